"""The desktop GUI (PySide6). Only this package and evidence_app/app.py may import Qt.

Every panel talks to the core through evidence_app.library.facade.Library and runs slow verbs with
ui.tasks.run_in_background; the main window announces what changed with one
`library_changed(Changes)` signal.
"""
