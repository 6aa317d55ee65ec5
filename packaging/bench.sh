#!/usr/bin/env bash
# Speed, memory and search quality of Evidence Library against SQLite FTS5 on a generated
# corpus of report pages (cached in bench-results/, reused between runs). Installs what is
# missing first, then prints a table against the targets and writes JSON. Examples:
#   packaging/bench.sh --pages 5000                 # quick: a few minutes
#   packaging/bench.sh --pages 80000 --profile      # the target size; adds cProfile tables
#   packaging/bench.sh --pages 5000 --formats text --out bench-results/text-only.json
# The real library (1,748 State Department reports saved from state.gov; tests/benchmarks/real.py):
#   git clone https://github.com/InsideClimateNews/2025-08-state-department-human-rights
#   packaging/bench.sh --real 2025-08-state-department-human-rights [--limit 150] [--years 2021]
# Passage risk labels (tests/benchmarks/labels.py): the starter reports, or --real DIR:
#   packaging/bench.sh --labels [--real DIR] [--limit 300]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/packaging/bootstrap.sh" test
cd "$here"
if [[ "${1:-}" == "--labels" ]]; then
    # passage risk labels against the State Department reports' section headings
    shift
    exec "$here/.venv/bin/python" -m tests.benchmarks.labels "$@"
fi
if [[ "${1:-}" == "--real" ]]; then
    shift
    exec "$here/.venv/bin/python" -m tests.benchmarks.real "$@"
fi
exec "$here/.venv/bin/python" -m tests.benchmarks.run "$@"
