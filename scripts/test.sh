#!/usr/bin/env bash
# The README's test command: install test dependencies, then pytest, ruff and mypy.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q --upgrade pip >/dev/null
python -m pip install -q -e ".[test,spark]"
ruff check src tests bench
mypy
pytest
