#!/usr/bin/env bash
# Adds Evidence Library to your desktop's application menu, pointing at this folder.
# Run it again after moving the folder. Remove with: install-desktop-entry.sh --remove
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "${1:-}" = --remove ]; then
  rm -f "$apps/evidence-library.desktop" "$icons/evidence-library.png"
  echo "removed"
  exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/evidence-library.png" "$icons/evidence-library.png"
sed -e "s|^Exec=EvidenceLibrary|Exec=\"$here/EvidenceLibrary\"|" \
  -e "s|^Icon=evidence-library|Icon=$icons/evidence-library.png|" \
  "$here/evidence-library.desktop" > "$apps/evidence-library.desktop"
chmod +x "$apps/evidence-library.desktop"
echo "added to the application menu: $apps/evidence-library.desktop"
