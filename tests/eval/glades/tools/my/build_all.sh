#!/bin/sh
# Rebuild the PDF/DOCX/HTML documents, their sidecars and the JSONL files, then check.
# Needs a Python with reportlab, python-docx, pypdf, trafilatura, lxml_html_clean,
# pyyaml and PyStemmer (the venv used to build was deleted afterwards), e.g.
#   python3 -m venv .venv-build && .venv-build/bin/pip install reportlab python-docx \
#       pypdf trafilatura lxml_html_clean pyyaml PyStemmer
set -e
cd "$(dirname "$0")"
PY=${PY:-../.venv-build/bin/python}
$PY make_pdf.py
$PY make_docx.py
$PY make_html.py
$PY make_sets.py
$PY check.py
