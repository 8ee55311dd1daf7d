"""The database schema's Alembic migrations (run by `bot.state.migrate`)."""
