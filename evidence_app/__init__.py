"""Evidence Library: country-conditions evidence for asylum cases, offline."""

__version__ = "0.1.0"
