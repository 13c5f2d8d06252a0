"""New order tab against the local panel over real HTTP: every type's form, placing, failures."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from core.answers import parse_services
from core.api import PanelClient
from core.local_panel import catalogue as lp
from core.local_panel import default_services
from core.models import Service
from core.service_types import fields_for, type_of
from tests.ui.new_order.order_tab_steps import ctrl_enter, field, fill
from ui.common.formatting import strip_bidi

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SERVICES: dict[str, Service] = {s.id: s for s in parse_services(default_services())}
LINK = "https://instagram.com/p/Cx1_aB/"
EXPIRY = date.today() + timedelta(days=40)
USERS = "\n".join(f"u{i}" for i in range(12))

# (service id, what is typed into the form, the parameters the panel must receive beyond
# action/service): one case per service type of the local panel's catalogue.
CASES = [
    (lp.SERVICE_DEFAULT, {"link": f" {LINK} ", "quantity": "250"},
     {"link": LINK, "quantity": "250"}),
    (lp.SERVICE_DEFAULT_DRIPFEED, {"link": LINK, "quantity": "100", "runs": "3", "interval": "30"},
     {"link": LINK, "quantity": "100", "runs": "3", "interval": "30"}),
    (lp.SERVICE_PACKAGE, {"link": LINK}, {"link": LINK}),
    (lp.SERVICE_SEO, {"link": "https://example.com", "quantity": "100",
                      "keywords": "best shoes\n\ncheap shoes\n"},
     {"link": "https://example.com", "quantity": "100", "keywords": "best shoes\ncheap shoes"}),
    (lp.SERVICE_CUSTOM_COMMENTS, {"link": LINK, "comments": "Nice 😍\nGreat!\nLove it\nWow\nCool"},
     {"link": LINK, "comments": "Nice 😍\nGreat!\nLove it\nWow\nCool"}),
    (lp.SERVICE_CUSTOM_COMMENTS_PACKAGE, {"link": LINK, "comments": "a\nb\nc\nd\ne"},
     {"link": LINK, "comments": "a\nb\nc\nd\ne"}),
    (lp.SERVICE_MENTIONS, {"link": LINK, "quantity": "100", "usernames": "alice\nbob"},
     {"link": LINK, "quantity": "100", "usernames": "alice\nbob"}),
    (lp.SERVICE_MENTIONS_HASHTAGS,
     {"link": LINK, "quantity": "200", "usernames": "alice\nbob", "hashtags": "#one\n#two"},
     {"link": LINK, "quantity": "200", "usernames": "alice\nbob", "hashtags": "#one\n#two"}),
    (lp.SERVICE_MENTIONS_CUSTOM_LIST, {"link": LINK, "usernames": USERS},
     {"link": LINK, "usernames": USERS}),
    (lp.SERVICE_MENTIONS_HASHTAG, {"link": LINK, "quantity": "100", "hashtag": "#travel"},
     {"link": LINK, "quantity": "100", "hashtag": "#travel"}),
    (lp.SERVICE_MENTIONS_USER_FOLLOWERS, {"link": LINK, "quantity": "100", "username": "nasa"},
     {"link": LINK, "quantity": "100", "username": "nasa"}),
    (lp.SERVICE_MENTIONS_MEDIA_LIKERS,
     {"link": LINK, "quantity": "100", "media": "https://instagram.com/p/xyz"},
     {"link": LINK, "quantity": "100", "media": "https://instagram.com/p/xyz"}),
    (lp.SERVICE_COMMENT_LIKES, {"link": LINK, "quantity": "20", "username": "owner"},
     {"link": LINK, "quantity": "20", "username": "owner"}),
    (lp.SERVICE_COMMENT_REPLIES, {"link": LINK, "username": "owner", "comments": "Yes!\nAgreed"},
     {"link": LINK, "username": "owner", "comments": "Yes!\nAgreed"}),
    (lp.SERVICE_POLL, {"link": "https://t.me/c/1/2", "quantity": "50", "answer_number": "2"},
     {"link": "https://t.me/c/1/2", "quantity": "50", "answer_number": "2"}),
    (lp.SERVICE_INVITES, {"link": "https://t.me/g", "quantity": "100", "groups": "g1\ng2"},
     {"link": "https://t.me/g", "quantity": "100", "groups": "g1\ng2"}),
    (lp.SERVICE_SUBSCRIPTIONS,
     {"username": "nasa", "min": "50", "max": "100", "posts": "10", "old_posts": "2",
      "delay": "30", "expiry": EXPIRY},
     {"username": "nasa", "min": "50", "max": "100", "posts": "10", "old_posts": "2",
      "delay": "30", "expiry": EXPIRY.strftime("%d/%m/%Y")}),
    (lp.SERVICE_WEB_TRAFFIC,
     {"link": "https://shop.example", "quantity": "1000", "country": "US", "device": "1",
      "type_of_traffic": "1", "google_keyword": "buy shoes"},
     {"link": "https://shop.example", "quantity": "1000", "country": "US", "device": "1",
      "type_of_traffic": "1", "google_keyword": "buy shoes"}),
    (lp.SERVICE_WEB_TRAFFIC,
     {"link": "https://shop.example", "quantity": "500", "runs": "2", "interval": "60",
      "country": "DE", "type_of_traffic": "2", "referring_url": "https://ref.example/a"},
     {"link": "https://shop.example", "quantity": "500", "runs": "2", "interval": "60",
      "country": "DE", "device": "5", "type_of_traffic": "2",
      "referring_url": "https://ref.example/a"}),
    (lp.SERVICE_UNKNOWN_TYPE, {"link": LINK, "quantity": "100"}, {"link": LINK, "quantity": "100"}),
    (lp.SERVICE_STRING_ID, {"link": "https://tiktok.com/@a/video/1", "quantity": "1000"},
     {"link": "https://tiktok.com/@a/video/1", "quantity": "1000"}),
]  # fmt: skip


def add_requests(panel) -> list[dict]:
    return [r for r in panel.requests if r.get("action") == "add"]


def place(tab, qtbot, timeout: int = 10_000):
    """Click Place order and wait for the outcome."""
    qtbot.waitUntil(tab.submit_button.isEnabled)
    with qtbot.waitSignal(tab.orderFinished, timeout=timeout) as blocker:
        qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def shown_field_names(tab) -> set[str]:
    return {
        w.objectName()[len("field_") :]
        for w in tab.form.findChildren(QWidget)
        if w.objectName().startswith("field_") and not w.objectName().endswith("_enabled")
    }


def test_cases_cover_every_type_of_the_local_panel():
    covered = {type_of(SERVICES[str(sid)]).key for sid, _, _ in CASES}
    assert covered == {type_of(s).key for s in SERVICES.values()}


def test_form_shows_exactly_each_types_fields(tab, qtbot):
    for service in SERVICES.values():
        assert tab.choose_service(service.id)
        assert tab.picker.current.id == service.id
        expected = [f.name for f in fields_for(service)]
        assert tab.form.field_names == expected, service.type
        assert shown_field_names(tab) == set(expected), service.type
        drip = tab.form.findChild(QWidget, "dripfeedGroup")
        assert (drip is not None) == (service.dripfeed and type_of(service).has_dripfeed)
        note = tab.form.note
        qtbot.waitUntil(
            lambda: note.isVisible() == (not type_of(service).known or service.min > service.max)
        )  # noqa: B023
        for spec in fields_for(service):
            label = tab.form.findChild(QLabel, f"label_{spec.name}")
            assert label is not None and spec.label.split(" (")[0] in label.text()
            if spec.is_list:
                assert tab.form.findChild(QLabel, f"hint_{spec.name}").text().startswith("One ")


def test_unknown_type_has_the_generic_form_and_a_visible_note(tab, qtbot):
    tab.choose_service(str(lp.SERVICE_UNKNOWN_TYPE))
    assert tab.form.field_names == ["link", "quantity"]
    qtbot.waitUntil(tab.form.note.isVisible)
    assert "Story Poll Custom" in tab.form.note.text() and "unknown" in tab.form.note.text()


def test_web_traffic_shows_the_keyword_or_referrer_only_when_chosen(tab):
    tab.choose_service(str(lp.SERVICE_WEB_TRAFFIC))
    form = tab.form
    assert not form.is_field_shown("google_keyword") and not form.is_field_shown("referring_url")
    fill(tab, {"type_of_traffic": "1"})
    assert form.is_field_shown("google_keyword") and not form.is_field_shown("referring_url")
    fill(tab, {"type_of_traffic": "2"})
    assert form.is_field_shown("referring_url") and not form.is_field_shown("google_keyword")


@pytest.mark.parametrize(
    "service_id,typed,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_valid_fill_places_exactly_the_types_parameters(
    tab, panel, qtbot, app_window, service_id, typed, expected
):
    assert tab.choose_service(str(service_id))
    fill(tab, typed)
    assert "Estimated charge" in tab.estimate_label.text()
    outcome = place(tab, qtbot)
    assert outcome.state == "placed", tab.result_label.text()
    assert [kind for kind, _ in tab.asked] == ["confirm"]
    body = {"action": "add", "service": str(service_id), **expected}
    assert panel.orders[int(outcome.panel_order_id)] == body
    assert len(add_requests(panel)) == 1
    journal = app_window.harness.store.journal
    order = journal.get(outcome.local_id)
    assert order.state == "placed" and order.panel_order_id == outcome.panel_order_id
    assert order.params == {k: v for k, v in body.items() if k != "action"}
    assert outcome.panel_order_id in tab.result_label.text()
    assert tab.show_order_button.isVisible()
    with qtbot.waitSignal(app_window.session.showOrder) as shown:
        tab.show_order_button.click()
    assert shown.args == [outcome.local_id]


# (service id, valid values, the field broken, the bad value, words of the message)
INVALID = [
    (sid, typed, *({"username": ("username", "two words", "must not contain spaces")}.get(
        next(iter(typed)), ("link", "instagram.com/p/x", "web address"))))
    for sid, typed, _ in CASES
]  # fmt: skip


@pytest.mark.parametrize(
    "service_id,typed,name,bad,words", INVALID, ids=[f"{c[0]}-{i}" for i, c in enumerate(INVALID)]
)
def test_invalid_fill_shows_the_message_and_sends_nothing(
    tab, panel, qtbot, service_id, typed, name, bad, words
):
    tab.choose_service(str(service_id))
    fill(tab, {**typed, name: bad})
    error = tab.form.findChild(QLabel, f"error_{name}")
    qtbot.waitUntil(error.isVisible)
    assert words in error.text()
    assert not tab.submit_button.isEnabled()
    assert words in tab.submit_hint.text()
    tab.submit()  # Ctrl+Enter or a programmatic call cannot go around the check
    ctrl_enter(qtbot, field(tab, name))
    assert tab.asked == []
    assert add_requests(panel) == []


def test_a_quantity_out_of_range_is_shown_next_to_the_quantity(tab, qtbot):
    tab.choose_service(str(lp.SERVICE_DEFAULT_DRIPFEED))
    fill(tab, {"link": LINK, "quantity": "99"})
    error = tab.form.findChild(QLabel, "error_quantity")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Quantity must be between 100 and 50,000."  # grouped, as the hint
    assert not tab.form.findChild(QLabel, "error_link").isVisible()
    fill(tab, {"quantity": "100", "runs": "3"})
    qtbot.waitUntil(lambda: not error.isVisible())
    assert "both runs and interval" in tab.form.findChild(QLabel, "error_interval").text()
    assert not tab.submit_button.isEnabled()


def test_line_counts_update_live(tab):
    tab.choose_service(str(lp.SERVICE_CUSTOM_COMMENTS))
    count = tab.form.findChild(QLabel, "count_comments")
    assert count.text().startswith("0 line")
    fill(tab, {"comments": "one\n\ntwo\nthree"})
    assert count.text().startswith("3 line") and "quantity (5 to 1,000)" in count.text()


def test_double_click_sends_one_order(tab, panel, qtbot):
    tab.choose_service(str(lp.SERVICE_DEFAULT))
    fill(tab, {"link": LINK, "quantity": "100"})
    qtbot.waitUntil(tab.submit_button.isEnabled)
    panel.inject("latency", action="add", delay=2.0)  # keeps the order in flight meanwhile
    with qtbot.waitSignal(tab.orderFinished, timeout=10_000):
        qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
        # In flight, the form is held as sent (no field takes the focus): a double click,
        # another click, a direct submit() and Ctrl+Enter on the tab all do nothing.
        assert not tab.form.isEnabled() and not tab.picker.isEnabled()
        qtbot.mouseDClick(tab.submit_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
        tab.submit()
        QTest.keyClick(tab, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.form.isEnabled()
    assert len(add_requests(panel)) == 1
    assert len(panel.orders) == 1
    assert [kind for kind, _ in tab.asked] == ["confirm"]


def test_ctrl_enter_submits_after_confirmation(tab, panel, qtbot):
    tab.choose_service(str(lp.SERVICE_DEFAULT))
    fill(tab, {"link": LINK, "quantity": "100"})
    with qtbot.waitSignal(tab.orderFinished, timeout=10_000):
        ctrl_enter(qtbot, field(tab, "quantity"))
    summary = strip_bidi(tab.asked[0][1])  # the name is isolated: its marks are invisible
    assert "Service: 2 · Instagram Likes" in summary and f"Link: {LINK}" in summary
    assert "Quantity: 100" in summary and "Estimated charge: 0.01 USD" in summary
    assert len(panel.orders) == 1


def test_the_confirmation_shows_everything_that_will_be_sent(tab, panel, qtbot):
    tab.choose_service(str(lp.SERVICE_DEFAULT_DRIPFEED))
    fill(tab, {"link": LINK, "quantity": "1000", "runs": "3", "interval": "10"})
    with qtbot.waitSignal(tab.orderFinished, timeout=10_000):
        ctrl_enter(qtbot, field(tab, "quantity"))
    summary = strip_bidi(tab.asked[0][1])
    # What was typed, then the total it makes: never a bare "3,000" that looks typed.
    assert "Quantity: 1,000" in summary and "Runs: 3" in summary
    assert "Interval (minutes): 10" in summary and "Total quantity: 3,000" in summary


def test_declining_the_confirmation_sends_nothing(tab, panel, qtbot):
    tab.answers["confirm"] = False
    tab.choose_service(str(lp.SERVICE_DEFAULT))
    fill(tab, {"link": LINK, "quantity": "100"})
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.asked) and tab.submit_button.isEnabled())
    assert add_requests(panel) == []
    assert app_journal(tab).orders() == []


def app_journal(tab):
    return tab.session.store.journal


def test_same_service_and_link_within_the_hour_asks_first(tab, panel, qtbot):
    tab.choose_service(str(lp.SERVICE_DEFAULT))
    fill(tab, {"link": LINK, "quantity": "100"})
    place(tab, qtbot)
    tab.answers["duplicate"] = False
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tab.asked) == 2 and tab.submit_button.isEnabled())
    assert tab.asked[1][0] == "duplicate" and "1 time" in tab.asked[1][1]
    assert len(add_requests(panel)) == 1
    tab.answers["duplicate"] = True
    place(tab, qtbot)
    assert [kind for kind, _ in tab.asked] == ["confirm", "duplicate", "duplicate", "confirm"]
    assert len(panel.orders) == 2


def test_timeout_records_unknown_and_says_the_panel_may_have_placed_it(
    tab, panel, qtbot, app_window
):
    session = app_window.session
    session.client = PanelClient(panel.url, panel.key, timeout=(5.0, 0.5))
    panel.inject("timeout", action="add", after_processing=True)
    tab.choose_service(str(lp.SERVICE_DEFAULT))
    fill(tab, {"link": LINK, "quantity": "100"})
    try:
        outcome = place(tab, qtbot)
    finally:
        panel.release()
    assert outcome.state == "unknown"
    order = app_journal(tab).get(outcome.local_id)
    assert order.state == "unknown" and order.panel_order_id is None
    text = tab.result_label.text()
    assert "may have placed it" in text and "Check on the panel" in text
    assert "will not be sent again" in text
    assert len(add_requests(panel)) == 1 and len(panel.orders) == 1  # the panel did place it
    assert field(tab, "link").text() == LINK  # nothing lost from the form
    assert tab.submit_button.isEnabled()  # the user may decide; nothing resends on its own


def test_panel_error_is_shown_and_the_form_is_kept(tab, panel, qtbot, app_window):
    panel.balance = Decimal("0.001")
    tab.choose_service(str(lp.SERVICE_DEFAULT_DRIPFEED))
    fill(tab, {"link": LINK, "quantity": "1000"})
    outcome = place(tab, qtbot)
    assert outcome.state == "failed"
    assert "Not enough funds" in tab.result_label.text()
    assert app_journal(tab).get(outcome.local_id).state == "failed"
    assert field(tab, "link").text() == LINK and field(tab, "quantity").text() == "1000"
    assert not tab.show_order_button.isVisible()


def test_estimate_with_currency_and_warning_above_the_balance(tab, panel, qtbot, app_window):
    session = app_window.session
    qtbot.waitUntil(lambda: session.balance is not None)
    tab.choose_service(str(lp.SERVICE_DEFAULT_DRIPFEED))
    fill(tab, {"link": LINK, "quantity": "1000", "runs": "2", "interval": "10"})
    assert tab.estimate_label.text() == "Estimated charge: 1.90 USD"
    assert not tab.balance_warning.isVisible()
    panel.balance = Decimal("1.5")
    with qtbot.waitSignal(session.balanceChanged):
        session.refresh_balance()
    qtbot.waitUntil(tab.balance_warning.isVisible)
    assert "more than your balance (1.50 USD)" in tab.balance_warning.text()
    assert tab.submit_button.isEnabled()  # a warning, not a block: the panel decides
    tab.choose_service(str(lp.SERVICE_SUBSCRIPTIONS))
    assert "cannot be known in advance" in tab.estimate_label.text()


def test_balance_is_refreshed_after_an_order(tab, panel, qtbot, app_window):
    session = app_window.session
    qtbot.waitUntil(lambda: session.balance is not None)
    tab.choose_service(str(lp.SERVICE_PACKAGE))
    fill(tab, {"link": LINK})
    place(tab, qtbot)
    qtbot.waitUntil(lambda: session.balance.amount == Decimal("55.00"))


def test_repeat_fills_the_form_from_a_journal_order(tab, panel, qtbot, app_window):
    sid, typed, _ = next(c for c in CASES if c[0] == lp.SERVICE_SUBSCRIPTIONS)
    tab.choose_service(str(sid))
    fill(tab, typed)
    outcome = place(tab, qtbot)
    order = app_journal(tab).get(outcome.local_id)
    tab.choose_service(str(lp.SERVICE_DEFAULT))
    tab.mode_tabs.setCurrentIndex(1)
    app_window.session.repeatOrder.emit(order)
    assert tab.mode_tabs.currentIndex() == 0
    assert tab.picker.current.id == str(sid)
    assert tab.form.draft().values == {
        "username": "nasa", "min": "50", "max": "100", "posts": "10", "old_posts": "2",
        "delay": "30", "expiry": EXPIRY,
    }  # fmt: skip
    assert tab.submit_button.isEnabled()


def test_service_chosen_elsewhere_opens_its_form(tab, app_window):
    app_window.session.serviceChosen.emit(str(lp.SERVICE_POLL))
    assert app_window.tabs.currentWidget() is tab
    assert tab.form.field_names == ["link", "quantity", "answer_number"]


def test_picker_searches_id_name_and_category(tab, qtbot):
    picker = tab.picker
    QTest.keyClicks(picker.search_edit, "mentions hashtag")
    names = [picker.model.service_at(r).id for r in range(picker.model.rowCount())]
    assert names == [str(lp.SERVICE_MENTIONS_HASHTAGS), str(lp.SERVICE_MENTIONS_HASHTAG)]
    picker.search_edit.clear()
    QTest.keyClicks(picker.search_edit, " telegram")  # a category with a leading space
    assert picker.model.rowCount() == 2
    QTest.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.current.id == str(lp.SERVICE_POLL)
    details = picker.details.toPlainText()
    assert (
        "Rate per 1000: 0.75" in details
        and "USD" in details
        and "Quantity: 50 to 100,000" in details
    )
    assert "answer_number" in tab.form.field_names


def test_every_interactive_widget_has_an_object_name(tab):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QTabBar,
    )

    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractItemView,
             QAbstractSpinBox)  # fmt: skip
    containers = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar, QLineEdit)

    def internal(widget: QWidget) -> bool:  # a part Qt builds inside another widget
        parent = widget.parentWidget()
        while parent is not None and parent is not tab:
            if isinstance(parent, containers):
                return True
            parent = parent.parentWidget()
        return False

    for service_id in (str(lp.SERVICE_WEB_TRAFFIC), str(lp.SERVICE_SUBSCRIPTIONS)):
        tab.choose_service(service_id)
        checked = 0
        for widget in tab.findChildren(QWidget):
            if isinstance(widget, kinds) and not internal(widget):
                assert widget.objectName(), f"{type(widget).__name__} without objectName"
                assert widget.objectName()[0].islower() and " " not in widget.objectName()
                checked += 1
        assert checked > 15


def test_a_journal_failure_after_the_panel_placed_the_order_says_it_was_placed(
    tab, panel, qtbot, monkeypatch
):
    from core.store import StoreError

    journal = app_journal(tab)

    def disk_full(local_id: int, panel_order_id: str) -> None:
        raise StoreError("database or disk is full")

    monkeypatch.setattr(journal, "mark_placed", disk_full)
    tab.choose_service(str(lp.SERVICE_DEFAULT))
    fill(tab, {"link": LINK, "quantity": "100"})
    outcome = place(tab, qtbot)
    assert outcome.state == "placed" and outcome.journal_error is not None
    (panel_id,) = panel.orders
    text = tab.result_label.text()
    assert f"Order {panel_id} was placed, but it could not be saved on this computer" in text
    assert "note the id" in text and "Nothing was sent" not in text
    assert tab.submit_button.isEnabled()


class _Interrupted(BaseException):
    """Something place_order does not catch, raised while the request is under way."""


def test_an_error_after_the_order_was_written_down_never_says_nothing_was_sent(
    tab, panel, qtbot, app_window, monkeypatch
):
    def add(params: dict) -> None:
        raise _Interrupted

    monkeypatch.setattr(app_window.session.client, "add", add)
    tab.choose_service(str(lp.SERVICE_DEFAULT))
    fill(tab, {"link": LINK, "quantity": "100"})
    outcome = place(tab, qtbot)
    text = tab.result_label.text()
    assert "Nothing was sent" not in text
    assert "the panel may have placed it" in text and "Check on the panel" in text
    assert outcome.state == "unknown"
    assert app_journal(tab).get(outcome.local_id) is not None  # it was written down
    assert tab.show_order_button.isVisible()


def test_an_error_before_the_order_is_written_down_says_nothing_was_sent(
    tab, panel, qtbot, monkeypatch
):
    from core.store import StoreError

    def locked(*_args, **_kwargs) -> int:
        raise StoreError("database is locked")

    monkeypatch.setattr(app_journal(tab), "begin", locked)
    tab.choose_service(str(lp.SERVICE_DEFAULT))
    fill(tab, {"link": LINK, "quantity": "100"})
    error = place(tab, qtbot)
    assert isinstance(error, StoreError)
    assert tab.result_label.text().startswith("Nothing was sent.")
    assert add_requests(panel) == []
