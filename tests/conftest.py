"""The suite's fixtures live in `tests/helpers/`, registered here as plugins."""

pytest_plugins = [
    "tests.helpers.fixtures",
    "tests.helpers.browser",
    "tests.helpers.phrasing",
    "tests.helpers.postgres",
    "tests.helpers.reports",
]
