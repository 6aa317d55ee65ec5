#!/usr/bin/env bash
# Measures what makes the library trustworthy (bundle round trip, kill trials, hostile input,
# malformed files, network use) on ../shared/corpus and writes
# resources/reports/trust-report.md. Installs what is missing first. Takes a few minutes.
# Extra arguments go to the report, e.g. --trials 200 --queries 5000.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/packaging/bootstrap.sh" test
cd "$here"
exec "$here/.venv/bin/python" -m tests.trust.report --out resources/reports/trust-report.md "$@"
