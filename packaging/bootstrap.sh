#!/usr/bin/env bash
# Installs what Evidence Library needs on a Debian machine, once: system packages (when run as
# root), a virtual environment in .venv and the app in editable mode. Safe to run again: it only
# does what is missing. Usage: packaging/bootstrap.sh [app|test]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-app}"

# Qt offscreen/xcb, fonts for packets, PDF tools used by tests and screenshots.
apt_packages=(libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 fonts-dejavu-core fonts-noto-core fonts-wqy-microhei libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0
  libxcb-xkb1 poppler-utils qpdf)
if [ "$mode" = test ]; then
  # Xvfb for real windows; Tesseract with English and Spanish for the OCR tests (OCRmyPDF
  # comes from pip with the test extras and needs no Ghostscript for plain PDF output).
  apt_packages+=(xvfb xauth tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa)
fi
if ! python3 -m venv --help >/dev/null 2>&1; then
  apt_packages+=(python3-venv)
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing system packages: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "Missing system packages (run as root to install): sudo apt-get install ${missing[*]}" >&2
    fi
  fi
fi

venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
extras=""
[ "$mode" = test ] && extras="[test]"
stamp="$venv/.installed-$(sha256sum "$here/pyproject.toml" | cut -c1-16)$extras"
if [ ! -f "$stamp" ]; then
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
  # pyside6-pdf (Qt 6.12) and pyside6-addons (6.11) both write PySide6/QtPdf*: an old venv is
  # cleared of the first, with the Qt it came with, before the pinned Qt goes in
  if "$venv/bin/python" -m pip show -q pyside6-pdf >/dev/null 2>&1; then
    "$venv/bin/python" -m pip uninstall -q -y pyside6-pdf pyside6-essentials shiboken6
  fi
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -e "$here$extras"
  rm -f "$venv"/.installed-*
  touch "$stamp"
  # A test install covers the app install too.
  [ "$mode" = test ] && touch "${stamp%"$extras"}"
fi
