"""Facade verbs for OCR of scanned sources (a mixin of Library; coordinates, owns no SQL)."""

from __future__ import annotations


class OcrMixin:
    """Library inherits these verbs."""
