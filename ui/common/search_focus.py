"""Ctrl+F's protocol: a tab with a search field has `focus_search()`, which calls this.

The main window asks the current tab (`getattr(tab, "focus_search", None)`), so a new tab takes
part by defining the method, and the window names no tab's field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


def focus_search_field(edit: QLineEdit) -> None:
    """The cursor in `edit` with its text selected: typing replaces the last search."""
    edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    edit.selectAll()
