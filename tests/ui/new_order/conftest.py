"""The New order tests' tab: the main window's, shown, its questions answered and recorded."""

from __future__ import annotations

import pytest


@pytest.fixture
def tab(app_window, monkeypatch):
    """The New order tab, its questions answered "yes" and recorded in `tab.asked`."""
    order_tab = app_window.order_tab
    app_window.tabs.setCurrentWidget(order_tab)
    order_tab.asked = []

    def ask(kind: str, title: str, text: str) -> bool:
        order_tab.asked.append((kind, text))
        return order_tab.answers.get(kind, True)

    order_tab.answers = {}
    monkeypatch.setattr(order_tab, "ask", ask)
    return order_tab
