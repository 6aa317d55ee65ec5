#!/usr/bin/env bash
# Installs what is missing, then runs the whole test suite: ruff, mypy, lint-imports (the import
# contracts in pyproject.toml), pytest (core and GUI, offscreen), slow tests included
# (--run-slow: a plain `pytest` leaves them out). Extra arguments go to pytest.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/packaging/bootstrap.sh" test
cd "$here"
py="$here/.venv/bin/python"
echo "== ruff"
"$py" -m ruff check evidence_app tests
echo "== mypy"
"$py" -m mypy
echo "== lint-imports"
"$here/.venv/bin/lint-imports"
echo "== pytest"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec "$py" -m pytest -q -p no:cacheprovider --run-slow "$@"
