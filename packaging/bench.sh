#!/usr/bin/env bash
# Speed, memory and search quality of Evidence Library against SQLite FTS5 on a generated
# corpus of report pages (cached in bench-results/, reused between runs). Installs what is
# missing first, then prints a table against the targets and writes JSON. Examples:
#   packaging/bench.sh --pages 5000                 # quick: a few minutes
#   packaging/bench.sh --pages 80000 --profile      # the target size; adds cProfile tables
#   packaging/bench.sh --pages 5000 --formats text --out bench-results/text-only.json
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/packaging/bootstrap.sh" test
cd "$here"
exec "$here/.venv/bin/python" -m tests.benchmarks.run "$@"
