#!/usr/bin/env bash
# Installs what is missing, then starts Evidence Library with the default library
# (or pass --library DIR). Any arguments go to the app.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/packaging/bootstrap.sh" app
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: start it from a desktop session (or set QT_QPA_PLATFORM=offscreen)." >&2
fi
exec "$here/.venv/bin/python" -m evidence_app "$@"
