"""Exporting a case's packet: the dialog, its options, its checks and its result page."""
