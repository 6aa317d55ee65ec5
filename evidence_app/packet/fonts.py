"""Embedded Unicode fonts for our pages, one font per script run.

ReportLab's built-in Helvetica covers Latin-1 only, so a Cyrillic or Devanagari name
would print as boxes. We embed DejaVu Sans (Latin, Greek, Cyrillic, Arabic…) and, for
characters it lacks, the first font that has them: known Noto fonts, then whatever
fontconfig (`fc-match :charset=…`) proposes, checked against the font's own character map.
Text stays searchable because ReportLab embeds a ToUnicode map; we keep shaping off
(ENVIRONMENT.md: shaped Devanagari extracts as private-use characters). Arabic and Hebrew
are the exception: ReportLab draws characters left to right as given, so a name stored in
logical order printed reversed with its letters unjoined. `visual()` joins Arabic letters
(arabic-reshaper, into presentation forms DejaVu has) and puts right-to-left runs in
display order (python-bidi); the ToUnicode map sends presentation forms back to the
letters they show, so pdftotext and pdfium read the name as stored. Without those two
packages text is left as it is. Chinese, Japanese and Korean come from a CJK font found
when first needed (WenQuanYi Micro Hei from fonts-wqy-microhei, or fontconfig's pick).

On a machine with none of these fonts (Windows, macOS without fontconfig) known system
paths are tried, and as a last resort the built-in Helvetica is used, unembedded. The
portable build carries its own copies in resources/fonts/ (packaging/build.sh copies them
from the build machine), tried before anything else so every packet looks the same.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..folder.paths import app_root, external_program_env

log = logging.getLogger(__name__)

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/wqy"),
    Path("/usr/share/fonts/wenquanyi/wqy-microhei"),
    Path("/usr/share/fonts/truetype/droid"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/noto"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts/Supplemental"),
    Path("C:/Windows/Fonts"),
)
# (regular, bold) file names, best first; the first pair found is the base font.
_BASE_FILES = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("FreeSans.ttf", "FreeSansBold.ttf"),
    ("Arial Unicode.ttf", "Arial Unicode.ttf"),
    ("arial.ttf", "arialbd.ttf"),
)
_BASE_FAMILIES = ("DejaVu Sans", "Noto Sans", "FreeSans")
# Fallbacks for other scripts, tried in order before asking fontconfig.
_FALLBACK_FILES = (
    ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    ("FreeSans.ttf", "FreeSansBold.ttf"),
    ("FreeSerif.ttf", "FreeSerifBold.ttf"),
    ("Nirmala.ttf", "NirmalaB.ttf"),
    ("mangal.ttf", "mangalb.ttf"),
)
# Large fonts (Chinese, Japanese, Korean) registered only when a character needs them.
_LAZY_FILES = (
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
    "DroidSansFallbackFull.ttf",
    "msyh.ttc",
    "malgun.ttf",
)
# CFF-flavoured OpenType fonts cannot be embedded by ReportLab (TTFError when tried);
# of a TrueType collection the first font is used.
_EMBEDDABLE = (".ttf", ".ttc")


@dataclass
class FontSet:
    """Registered ReportLab font names. `regular`/`bold` form the family used in styles."""

    regular: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    embedded: bool = False
    fallbacks: list[tuple[str, frozenset[int]]] = field(default_factory=list)
    base_chars: frozenset[int] = frozenset()
    files: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)  # fallback font file -> name
    _by_char: dict[int, str | None] = field(default_factory=dict)
    _fc_tried: set[int] = field(default_factory=set)
    _lazy_tried: bool = False

    def font_for(self, char: str) -> str | None:
        """The registered font name for a character the base font lacks, or None."""
        code = ord(char)
        if code in self._by_char:
            return self._by_char[code]
        found = next((name for name, chars in self.fallbacks if code in chars), None)
        if found is None and self.embedded and not self._lazy_tried:
            self._lazy_tried = True
            for file_name in _LAZY_FILES:
                path = _find_file(file_name)
                if path is not None and str(path) not in self.files:
                    _add_fallback(self, path, path)
            found = next((name for name, chars in self.fallbacks if code in chars), None)
        if found is None and self.embedded:
            found = _from_fontconfig(self, code)
        self._by_char[code] = found
        return found


_lock = threading.RLock()
_fontset: FontSet | None = None


def fontset() -> FontSet:
    """Find and register the fonts once per process."""
    global _fontset
    with _lock:
        if _fontset is None:
            _fontset = _discover()
        return _fontset


def markup(text: str, *, keep_newlines: bool = False, shape: bool = True) -> str:
    """Escape `text` for a ReportLab Paragraph, switching fonts for runs of other scripts;
    right-to-left runs put in display order line by line unless `shape` is False."""
    fs = fontset()
    if shape:
        text = "\n".join(visual(line) for line in text.split("\n"))
    out: list[str] = []
    run: list[str] = []
    current: str | None = None
    with _lock:
        for char in text:
            if char == "\n" and keep_newlines:
                font = current
            elif not fs.embedded or ord(char) in fs.base_chars or char.isspace():
                font = None
            else:
                font = fs.font_for(char)
            if font != current:
                _flush(out, run, current)
                run, current = [], font
            run.append(char)
        _flush(out, run, current)
    result = "".join(out)
    return result.replace("\n", "<br/>") if keep_newlines else result


def script_runs(text: str) -> list[tuple[str, str]]:
    """`text` as (run, registered font name) pairs, for drawing on a canvas directly."""
    fs = fontset()
    text = visual(text)
    out: list[tuple[str, str]] = []
    with _lock:
        for char in text:
            font = None
            if fs.embedded and ord(char) not in fs.base_chars and not char.isspace():
                font = fs.font_for(char)
            name = font or fs.regular
            if out and out[-1][1] == name:
                out[-1] = (out[-1][0] + char, name)
            else:
                out.append((char, name))
    return out


# ---------------------------------------------------------------- right to left
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_PRESENTATION = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def visual(text: str) -> str:
    """One line of text as ReportLab must draw it: Arabic letters joined, right-to-left
    runs in display order. Text with neither script comes back unchanged."""
    if not _RTL.search(text):
        return text
    try:
        from bidi import get_display
    except ImportError:
        return text
    if _ARABIC.search(text):
        reshaper = _reshaper()
        if reshaper is not None:
            text = reshaper.reshape(text)
    # The packet is English: every line runs left to right, with right-to-left runs in it.
    return str(get_display(text, base_dir="L"))


_reshaper_instance: Any = None


def _reshaper() -> Any:
    global _reshaper_instance
    if _reshaper_instance is None:
        try:
            from arabic_reshaper import ArabicReshaper
        except ImportError:
            return None
        # Ligatures such as U+FDF2 (Allah) are missing from DejaVu; letters join anyway.
        _reshaper_instance = ArabicReshaper(configuration={"support_ligatures": False})
    return _reshaper_instance


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with Arabic presentation forms mapped to the letters they
    show (so text extraction gives what was stored) and non-BMP characters as UTF-16."""
    text: str = _reportlab_cmap(fontname, subset)
    head, rest = text.split("beginbfchar\n", 1)
    tail = rest.split("endbfchar", 1)[1]
    lines = []
    for index, code in enumerate(subset):
        char = chr(code)
        if any(lo <= code <= hi for lo, hi in _PRESENTATION):
            char = unicodedata.normalize("NFKC", char)
        lines.append(f"<{index:02X}> <{char.encode('utf-16-be').hex().upper()}>")
    return head + "beginbfchar\n" + "\n".join(lines) + "\nendbfchar" + tail


_reportlab_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _flush(out: list[str], run: list[str], font: str | None) -> None:
    if not run:
        return
    text = escape("".join(run))
    out.append(f'<font name="{font}">{text}</font>' if font else text)


# ---------------------------------------------------------------- discovery
def _discover() -> FontSet:
    fs = FontSet()
    base = _find_base()
    if base is None:
        log.warning("no Unicode TrueType font found; non-Latin text will not render")
        return fs
    regular, bold = base
    try:
        font = _register("EvidenceSans", regular, fs)
        _register("EvidenceSans-Bold", bold, fs)
    except (TTFError, OSError) as exc:
        log.warning("cannot load font %s: %s", regular, exc)
        return fs
    addMapping("EvidenceSans", 0, 0, "EvidenceSans")
    addMapping("EvidenceSans", 1, 0, "EvidenceSans-Bold")
    addMapping("EvidenceSans", 0, 1, "EvidenceSans")
    addMapping("EvidenceSans", 1, 1, "EvidenceSans-Bold")
    fs.regular, fs.bold, fs.embedded = "EvidenceSans", "EvidenceSans-Bold", True
    fs.base_chars = frozenset(font.face.charToGlyph)
    for regular_name, bold_name in _FALLBACK_FILES:
        path = _find_file(regular_name)
        if path is not None and str(path) not in fs.files:
            _add_fallback(fs, path, _find_file(bold_name) or path)
    return fs


def _bundled_dir() -> Path:
    return app_root() / "resources" / "fonts"


def _find_file(name: str) -> Path | None:
    for folder in (_bundled_dir(), *_FONT_DIRS):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def _fc_match(pattern: str) -> Path | None:
    exe = shutil.which("fc-match")
    if exe is None:
        return None
    try:
        result = subprocess.run(
            [exe, "-f", "%{file}", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            env=external_program_env(),
        )
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(result.stdout.strip()) if result.returncode == 0 else None
    if path is None or not path.is_file() or path.suffix.lower() not in _EMBEDDABLE:
        return None
    return path


def _find_base() -> tuple[Path, Path] | None:
    bundled = _bundled_dir()
    for regular_name, bold_name in _BASE_FILES:
        if (bundled / regular_name).is_file():
            bundled_bold = bundled / bold_name
            if not bundled_bold.is_file():
                bundled_bold = bundled / regular_name
            return bundled / regular_name, bundled_bold
    for family in _BASE_FAMILIES:
        regular = _fc_match(f"{family}:style=Book") or _fc_match(family)
        if regular is not None and family.replace(" ", "") in regular.name:
            bold = _fc_match(f"{family}:style=Bold")
            if bold is None or family.replace(" ", "") not in bold.name:
                bold = regular
            return regular, bold
    for regular_name, bold_name in _BASE_FILES:
        regular_path = _find_file(regular_name)
        if regular_path is not None:
            return regular_path, _find_file(bold_name) or regular_path
    return None


def _register(name: str, path: Path, fs: FontSet) -> TTFont:
    font = TTFont(name, str(path), subfontIndex=0)
    pdfmetrics.registerFont(font)
    fs.files.add(str(path))
    return font


def _add_fallback(fs: FontSet, regular: Path, bold: Path) -> str | None:
    name = f"EvidenceFallback{len(fs.fallbacks) + 1}"
    try:
        font = _register(name, regular, fs)
        bold_name = name
        if bold != regular:
            _register(name + "-Bold", bold, fs)
            bold_name = name + "-Bold"
    except (TTFError, OSError) as exc:
        log.info("skipping font %s: %s", regular, exc)
        return None
    for is_bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, is_bold, italic, bold_name if is_bold else name)
    fs.fallbacks.append((name, frozenset(font.face.charToGlyph)))
    fs.names[str(regular)] = name
    return name


def _from_fontconfig(fs: FontSet, code: int) -> str | None:
    """Ask fontconfig once per 128-character block for a font covering `code`."""
    block = code >> 7
    if block in fs._fc_tried:
        return None
    fs._fc_tried.add(block)
    path = _fc_match(f":charset={code:x}")
    if path is None:
        return None
    if str(path) in fs.files:  # a font we have: fontconfig's best, though it may lack code
        name = fs.names.get(str(path))
        chars = dict(fs.fallbacks).get(name or "", frozenset())
        return name if code in chars else None
    name = _add_fallback(fs, path, path)
    if name is None or code not in fs.fallbacks[-1][1]:
        return None
    return name
