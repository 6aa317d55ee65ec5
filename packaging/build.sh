#!/usr/bin/env bash
# Builds the portable one-folder app with PyInstaller: dist/EvidenceLibrary/ holds the
# EvidenceLibrary executable, everything it needs (Qt, fonts, translations, taxonomy,
# migrations), a .desktop file and its installer. Copy the folder anywhere (a USB stick too).
# Usage: packaging/build.sh [--dist DIR] [--work DIR] [--python PY] [--archive]
#   --python PY  use this interpreter (with PyInstaller) and skip bootstrap.sh
#   --archive    also write EvidenceLibrary-<version>-linux-<arch>.tar.gz beside the folder
# Windows and macOS: see packaging/evidence-library.spec (same spec, run by hand).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="$here/dist"
work="$here/build"
py=""
archive=0
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --python) py="$2"; shift 2 ;;
    --archive) archive=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
if [ -z "$py" ]; then
  "$here/packaging/bootstrap.sh" test
  py="$here/.venv/bin/python"
fi
mkdir -p "$dist" "$work"
dist="$(cd "$dist" && pwd)"
work="$(cd "$work" && pwd)"
start=$(date +%s)

# Fonts the packet code looks for (evidence_app/packet/fonts.py), copied from the system so
# that no font binary lives in git. DejaVu Sans is required, the Noto fonts are fallbacks.
stage="$work/stage"
rm -rf "$stage"
mkdir -p "$stage/resources/fonts" "$stage/resources/icons"
font_dirs=(/usr/share/fonts/truetype/dejavu /usr/share/fonts/truetype/noto /usr/share/fonts/TTF
  /usr/share/fonts/dejavu /usr/share/fonts/noto /usr/local/share/fonts /Library/Fonts)
find_font() {
  local d
  for d in "${font_dirs[@]}"; do
    [ -f "$d/$1" ] && { echo "$d/$1"; return 0; }
  done
  if command -v fc-list >/dev/null 2>&1; then
    fc-list --format='%{file}\n' | grep -m1 "/$1\$" && return 0
  fi
  return 1
}
for font in DejaVuSans.ttf DejaVuSans-Bold.ttf NotoSans-Regular.ttf NotoSans-Bold.ttf \
    NotoSansDevanagari-Regular.ttf NotoSansDevanagari-Bold.ttf wqy-microhei.ttc; do
  if path="$(find_font "$font")"; then
    cp "$path" "$stage/resources/fonts/"
  elif [[ "$font" == DejaVu* ]]; then
    echo "missing $font: apt-get install fonts-dejavu-core" >&2
    exit 1
  else
    echo "warning: $font not found (apt-get install fonts-noto-core fonts-wqy-microhei);" \
      "packets fall back" >&2
  fi
done
for doc in /usr/share/doc/fonts-dejavu-core/copyright /usr/share/doc/fonts-noto-core/copyright \
    /usr/share/doc/fonts-wqy-microhei/copyright; do
  [ -f "$doc" ] && cp "$doc" "$stage/resources/fonts/$(basename "$(dirname "$doc")").copyright"
done

# The icon: drawn from the SVG with Qt, for the .desktop file and the Windows/macOS icons.
QT_QPA_PLATFORM=offscreen "$py" - "$here/resources/icons/evidence-library.svg" \
  "$stage/resources/icons/evidence-library.png" <<'PY'
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication(sys.argv[:1])
image = QImage(256, 256, QImage.Format.Format_ARGB32)
image.fill(Qt.GlobalColor.transparent)
painter = QPainter(image)
QSvgRenderer(sys.argv[1]).render(painter)
painter.end()
sys.exit(0 if image.save(sys.argv[2]) else 1)
PY

EVIDENCE_STAGE="$stage" "$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work/pyinstaller" "$here/packaging/evidence-library.spec"

app="$dist/EvidenceLibrary"
if [ -d "$app" ]; then
  cp "$here/packaging/linux/evidence-library.desktop" "$app/"
  cp "$here/packaging/linux/install-desktop-entry.sh" "$app/"
  cp "$stage/resources/icons/evidence-library.png" "$app/"
  chmod +x "$app/install-desktop-entry.sh"
  version="$("$py" -c 'import sys; sys.path.insert(0, sys.argv[1]); import evidence_app; print(evidence_app.__version__)' "$here")"
  echo "$version" > "$app/VERSION"
  if [ "$archive" = 1 ]; then
    tarball="$dist/EvidenceLibrary-$version-linux-$(uname -m).tar.gz"
    tar -C "$dist" -czf "$tarball" EvidenceLibrary
    echo "archive: $tarball"
  fi
  echo "built $app ($(du -sh "$app" | cut -f1)) in $(( $(date +%s) - start )) s"
fi
