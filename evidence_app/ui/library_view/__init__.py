"""library_view."""
