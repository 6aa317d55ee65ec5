#!/usr/bin/env bash
# Collects the GUI's strings into resources/i18n/evidence_es.ts (keeping existing translations)
# and compiles it to evidence_es.qm; the same for the plural forms in evidence_en.ts.
# Translate new entries with pyside6-linguist, then run again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bin=".venv/bin"
sources=$(find evidence_app/ui -name "*.py" | LC_ALL=C sort)
"$bin/pyside6-lupdate" -no-obsolete $sources evidence_app/app.py -ts resources/i18n/evidence_es.ts
"$bin/pyside6-lrelease" resources/i18n/evidence_es.ts -qm resources/i18n/evidence_es.qm
# English needs only its plural forms ("1 exhibit", "%n exhibits"): give each new entry of
# evidence_en.ts its singular and plural <numerusform>.
"$bin/pyside6-lupdate" -pluralonly -no-obsolete $sources evidence_app/app.py \
  -ts resources/i18n/evidence_en.ts
"$bin/pyside6-lrelease" resources/i18n/evidence_en.ts -qm resources/i18n/evidence_en.qm
