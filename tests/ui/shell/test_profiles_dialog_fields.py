"""The Panels dialog as a new user meets it (issue 14 item 4), and each panel's add-funds page
(a reseller's expectation: "Add funds" a click away, its address editable)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtTest import QTest

from core import preferences


def open_dialog(window, qtbot):
    dialog = window.open_profiles()
    qtbot.waitUntil(lambda: dialog._has_saved_key is not None)
    return dialog


def test_add_panel_selects_the_name_and_lists_it_as_not_saved(app_window, qtbot):
    dialog = open_dialog(app_window, qtbot)
    dialog.add_button.click()
    assert dialog.name_edit.text() == "New panel"
    assert dialog.name_edit.selectedText() == "New panel"  # typing replaces it
    QTest.keyClicks(dialog.name_edit, "Mine")
    assert dialog.name_edit.text() == "Mine"
    item = dialog.profile_list.currentItem()
    grey = dialog.palette().color(QPalette.ColorRole.PlaceholderText)
    assert item.text() == "New panel (not saved)" and item.foreground().color() == grey
    saved = [dialog.profile_list.item(i) for i in range(dialog.profile_list.count() - 1)]
    assert saved and not any(
        i.foreground().color() == grey or "not saved" in i.text() for i in saved
    )


def test_the_first_run_dialog_says_the_key_is_missing_instead_of_closing(make_app, panel, qtbot):
    harness = make_app()  # an empty data folder: the dialog opens at first run
    window = harness.window
    qtbot.waitUntil(lambda: window.profiles_dialog is not None)
    dialog = window.profiles_dialog
    qtbot.waitUntil(lambda: dialog._has_saved_key is False)
    dialog.url_edit.setText(panel.url)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.save_result.text() == "Paste the API key from the panel's API page, then save."
    assert dialog.save_button.isEnabled()
    dialog.key_edit.setText(panel.key)  # nothing typed was lost: the key is all it needs
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: harness.session.client is not None)


class UrlCatcher(QObject):
    """Stands in for the browser: the addresses the app asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_add_funds_opens_the_site_of_the_api_url_or_the_page_saved(app_window, panel, qtbot):
    bar = app_window.balance_bar
    site = f"http://127.0.0.1:{panel.port}/"
    assert bar.funds_url() == site and bar.funds_button.isEnabled()
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("http", catcher, "open")
    try:
        bar.funds_button.click()
        assert catcher.opened == [site]

        dialog = open_dialog(app_window, qtbot)
        assert dialog.funds_edit.text() == "" and dialog.funds_edit.placeholderText() == site
        dialog.funds_edit.setText("not an address")
        dialog.save_button.click()
        assert "must be a web address" in dialog.save_result.text()
        assert dialog.isVisible()
        dialog.funds_edit.setText(f"{site}addfunds")
        with qtbot.waitSignal(dialog.saved, timeout=10_000):
            dialog.save_button.click()
        qtbot.waitUntil(lambda: bar.funds_url() == f"{site}addfunds")
        bar.funds_button.click()
        assert catcher.opened[-1] == f"{site}addfunds"
        profile_id = app_window.session.profile.id
        prefs = app_window.session.store.preferences
        assert prefs.get(preferences.FUNDS_PAGE, profile_id) == f"{site}addfunds"
    finally:
        QDesktopServices.unsetUrlHandler("http")


def test_the_balance_sits_beside_the_panel_switcher(app_window, qtbot):
    qtbot.waitUntil(lambda: "100.00 USD" in app_window.balance_button.text())
    toolbar = app_window.findChild(QObject, "mainToolbar")
    assert app_window.balance_bar.parent() is toolbar
    switcher = app_window.profile_switcher.geometry()
    balance = app_window.balance_bar.geometry()
    assert balance.left() >= switcher.right() and balance.left() - switcher.right() < 40
