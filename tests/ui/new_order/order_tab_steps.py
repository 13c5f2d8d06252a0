"""Steps the New order tests take as a person would: find a field, fill the form, Ctrl+Enter,
send a mass order; and the `add` requests the panel received."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget


def field(tab, name: str) -> QWidget:
    widget = tab.findChild(QWidget, f"field_{name}")
    assert widget is not None, f"no widget field_{name}"
    return widget


def ctrl_enter(qtbot, widget: QWidget) -> None:
    """Press Ctrl+Enter with the focus in `widget`, as a person would."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def fill(tab, values: dict) -> None:
    for name, value in values.items():
        widget = field(tab, name)
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            assert index >= 0, (name, value)
            widget.setCurrentIndex(index)
        elif isinstance(widget, QDateEdit):
            tab.findChild(QCheckBox, f"field_{name}_enabled").setChecked(True)
            widget.setDate(QDate(value.year, value.month, value.day))
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(value)


def adds(panel) -> list[dict]:
    return [r for r in panel.requests if r.get("action") == "add"]


def send(mass, qtbot, timeout: int = 10_000):
    qtbot.waitUntil(mass.send_button.isEnabled)
    with qtbot.waitSignal(mass.finished, timeout=timeout) as blocker:
        qtbot.mouseClick(mass.send_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]
