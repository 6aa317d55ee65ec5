"""Facade verbs for bundles, backups and restore (a mixin of Library; coordinates, owns no SQL)."""

from __future__ import annotations


class MaintenanceMixin:
    """Library inherits these verbs."""
