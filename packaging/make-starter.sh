#!/usr/bin/env bash
# Rebuild resources/starter/starter.evbundle from the saved State Department pages
# (default ../shared/starter, see its PROVENANCE.md). Same pages in, same bytes out.
#   bash packaging/make-starter.sh [SOURCE_DIR] [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python packaging/make_starter.py "$@"
