#!/bin/sh
# Rebuild the set and check it. Needs a virtualenv with reportlab, python-docx and the
# loader's libraries (pyyaml, PyStemmer, pypdf, trafilatura, lxml_html_clean):
#   python3 -m venv .venv-build && .venv-build/bin/pip install reportlab python-docx \
#       pyyaml PyStemmer pypdf trafilatura lxml_html_clean
set -e
cd "$(dirname "$0")/.."
PY=${PY:-.venv-build/bin/python}
"$PY" build/make_docs.py
"$PY" build/make_questions.py
TANYAKOTA_ROOT=${TANYAKOTA_ROOT:-the project folder} "$PY" build/check.py
