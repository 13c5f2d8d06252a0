"""panel_account: where a panel's add-funds page is, derived from its API URL or saved."""

from __future__ import annotations

import pytest

from core import preferences
from core.store import Store
from core.workflows import panel_account


@pytest.mark.parametrize(
    ("api_url", "site"),
    [
        ("https://smm.robostas.ir/api/v1", "https://smm.robostas.ir/"),
        ("https://panel.example/api/v2?x=1", "https://panel.example/"),
        ("HTTP://Panel.Example:8080/api/v2", "http://panel.example:8080/"),
        ("http://[::1]:9000/api", "http://[::1]:9000/"),
        ("ftp://panel.example/api", ""),
        ("not a url", ""),
        ("https://panel.example:notaport/api", ""),
        ("", ""),
    ],
)
def test_the_site_of_an_api_url(api_url, site):
    assert panel_account.site_address(api_url) == site


def test_a_saved_funds_page_wins_and_a_bad_one_saves_nothing(tmp_path, memory_keyring):
    from core.credentials import CredentialStore

    store = Store(tmp_path)
    credentials = CredentialStore()
    try:
        saved = panel_account.save_panel(
            store, credentials, None, "P", "https://smm.example/api/v2", None, None
        )
        profile = saved.panel.profile
        assert panel_account.funds_page(store.preferences, profile) == "https://smm.example/"
        page = "https://smm.example/addfunds"
        panel_account.save_panel(
            store, credentials, profile.id, "P", profile.url, None, None, funds_page=page
        )
        assert panel_account.funds_page(store.preferences, profile) == page
        with pytest.raises(ValueError):
            panel_account.save_panel(
                store, credentials, profile.id, "Renamed", profile.url, None, None, "javascript:x"
            )
        assert store.profiles.get(profile.id).name == "P"  # nothing saved
        assert store.preferences.get(preferences.FUNDS_PAGE, profile.id) == page
        panel_account.save_panel(store, credentials, profile.id, "P", profile.url, None, None, "")
        assert panel_account.funds_page(store.preferences, profile) == "https://smm.example/"
    finally:
        store.close()
