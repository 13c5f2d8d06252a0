"""The New order questions fit the screen: a long order scrolls, its buttons stay in sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog

from core.local_panel import catalogue as lp

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LINK = "https://instagram.com/p/Cx1_aB/"
COMMENTS = "\n".join(f"Comment number {i}, lovely photo 😍" for i in range(1000))


def _inspect_and_cancel(seen: dict) -> None:
    """Look at the question on screen (the modal dialog), then press its Cancel button."""
    box = QApplication.activeModalWidget()
    if box is None:  # not shown yet: look again in a moment
        QTimer.singleShot(20, lambda: _inspect_and_cancel(seen))
        return
    screen = box.screen().availableGeometry()
    seen["box"] = box.frameGeometry()
    seen["screen"] = screen
    seen["buttons"] = []
    for button in box.findChildren(QAbstractButton):
        if button.isVisible():
            top_left = button.mapToGlobal(QPoint(0, 0))
            seen["buttons"].append((button.text(), QRect(top_left, button.size())))
    cancel = [b for b in box.findChildren(QAbstractButton) if "cancel" in b.text().lower()]
    if cancel:
        cancel[0].click()
    else:
        box.reject()


def test_a_thousand_comments_scroll_inside_a_box_that_fits_the_screen(app_window, panel, qtbot):
    app_window.resize(1200, 760)
    tab = app_window.order_tab
    app_window.tabs.setCurrentWidget(tab)
    assert tab.choose_service(str(lp.SERVICE_CUSTOM_COMMENTS))
    tab.form.editor("link").setText(LINK)
    tab.form.editor("comments").setPlainText(COMMENTS)
    qtbot.waitUntil(tab.submit_button.isEnabled)
    seen: dict = {}
    QTimer.singleShot(0, lambda: _inspect_and_cancel(seen))
    tab.submit()
    qtbot.waitUntil(lambda: "box" in seen, timeout=10_000)
    screen, box = seen["screen"], seen["box"]
    assert box.height() <= screen.height() and box.width() <= screen.width(), (box, screen)
    names = [text for text, _ in seen["buttons"]]
    assert any("Place order" in n for n in names) and any("Cancel" in n for n in names), names
    for text, rect in seen["buttons"]:  # inside the box, so on screen wherever it is placed
        assert box.contains(rect), (text, rect, box)
    qtbot.waitUntil(lambda: tab.submit_button.isEnabled())
    assert not [r for r in panel.requests if r.get("action") == "add"]  # cancelled: nothing sent


def test_the_whole_text_is_in_the_scrolling_box(qtbot):
    from ui.new_order.question_dialog import QuestionDialog

    dialog = QuestionDialog("confirm", "Place this order?", COMMENTS, "Place order", True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.text_box.toPlainText() == COMMENTS
    assert dialog.text_box.verticalScrollBar().maximum() > 0  # it scrolls: too long to show
    free = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= free.height()
    assert dialog.accept_button.isDefault()
    dialog.cancel_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
