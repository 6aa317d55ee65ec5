"""Imported by the extraction fork server (ingest/pool.py PRELOAD): loads the language model
once (about 0.5 s), so every worker forked from it starts with the model in memory."""

from __future__ import annotations

from evidence_app.ingest.language import load_model

load_model()
