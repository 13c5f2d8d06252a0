"""The New order tests' tabs: the main window's New order tab and its mass-order page, shown,
their questions answered "yes" and recorded."""

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


@pytest.fixture
def mass(app_window, monkeypatch):
    """The mass-order page, its questions answered "yes" and recorded in `mass.asked`."""
    tab = app_window.order_tab
    app_window.tabs.setCurrentWidget(tab)
    tab.mode_tabs.setCurrentIndex(1)
    panel_widget = tab.mass_panel
    panel_widget.asked = []
    panel_widget.pace_seconds = 0  # no pause between lines in tests

    def ask(kind: str, title: str, text: str) -> bool:
        panel_widget.asked.append((kind, text))
        return True

    monkeypatch.setattr(panel_widget, "ask", ask)
    return panel_widget
