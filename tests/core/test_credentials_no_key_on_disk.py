"""After a whole session of use, the API key is nowhere in the data directory or the log."""

from __future__ import annotations

import logging
import os
import secrets
import zlib
from datetime import datetime, timezone
from decimal import Decimal

import keyring
import keyring.core
import pytest
from keyring.backends import fail

from core.api import PanelClient
from core.credentials import CredentialStore, KeyLocation
from core.errors import PanelError
from core.local_panel import LocalPanel
from core.store import Store
from tests.memory_keyring import MemoryKeyring, is_test_backend


def _real_backend():
    if os.environ.get("SMM_DESK_REAL_KEYRING") != "1":
        pytest.skip("set SMM_DESK_REAL_KEYRING=1 to test the real system keyring")
    keyring.core.init_backend(limit=lambda b: not is_test_backend(b))
    return keyring.get_keyring()


BACKENDS = {
    "memory": (MemoryKeyring, KeyLocation.KEYRING),
    "fail": (fail.Keyring, KeyLocation.SESSION),
    "real": (_real_backend, KeyLocation.KEYRING),
}


@pytest.fixture
def system_keyring():
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def _sqlite_texts(path) -> list[bytes]:
    """Every text and blob value in the database, decompressed where it is compressed."""
    import sqlite3

    conn = sqlite3.connect(path)
    values: list[bytes] = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in conn.execute(f"SELECT * FROM {table}"):  # noqa: S608 - names from the file
            for value in row:
                if isinstance(value, str):
                    values.append(value.encode("utf-8"))
                elif isinstance(value, bytes):
                    try:
                        values.append(zlib.decompress(value))
                    except zlib.error:
                        values.append(value)
    conn.close()
    return values


@pytest.mark.parametrize("backend_name", list(BACKENDS))
def test_key_is_nowhere_on_disk_after_a_session(tmp_path, system_keyring, backend_name):
    make_backend, expected_location = BACKENDS[backend_name]
    keyring.set_keyring(make_backend())
    key = secrets.token_hex(16)
    data_dir = tmp_path / "data"
    log_file = data_dir / "logs" / "smm-desk.log"
    log_file.parent.mkdir(parents=True)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)  # urllib3 and our own modules log everything they would
    panel = LocalPanel(key=key).start()
    profile_ids: list[int] = []
    creds = CredentialStore()
    try:
        store = Store(data_dir)
        store.journal.recover_interrupted()
        profile = store.profiles.ensure_default()
        profile = store.profiles.add("Local", panel.url)
        spare = store.profiles.add("Spare", panel.url, proxy="socks5h://127.0.0.1:9")
        profile_ids += [profile.id, spare.id]
        assert creds.set(profile.id, key).location is expected_location
        assert creds.set(spare.id, key).location is expected_location
        store.settings.set("active_profile", str(profile.id))
        store.settings.set("refresh_minutes", "5")

        client = PanelClient(profile.url, creds.get(profile.id))
        services = list(client.services())
        store.catalog.save(profile.id, services, datetime.now(timezone.utc))
        store.catalog.save(profile.id, services[1:])
        store.favourites.set(profile.id, services[0].id, True)
        service = next(s for s in services if s.type_key == "default" and s.min <= 100 <= s.max)
        link = "https://instagram.com/p/positive-control-link"
        params = {"service": service.id, "link": link, "quantity": "100"}
        # A careless caller passing the whole request: the journal must drop the key.
        local_id = store.journal.begin(
            profile.id, service, {**params, "key": key}, Decimal("0.1"), "USD"
        )
        store.journal.mark_placed(local_id, client.add(params).order_id)

        refused = store.journal.begin(profile.id, service, params, None, None)
        try:
            PanelClient(profile.url, key + "x").add(params)  # a wrong key: the panel refuses
        except PanelError as exc:
            store.journal.mark_failed(refused, str(exc))
        else:
            pytest.fail("the panel accepted a wrong key")

        tracked = store.journal.track(profile.id, "999999")
        panel.advance(10_000)
        statuses = client.statuses(store.journal.pending_ids(profile.id))
        store.journal.apply_statuses(profile.id, statuses)
        refill = client.refill(store.journal.get(local_id).panel_order_id)
        store.journal.record_refill(local_id, refill.refill_id, refill.error)
        cancels = client.cancel([store.journal.get(local_id).panel_order_id])
        store.journal.record_cancel(local_id, cancels[0].accepted, cancels[0].error)
        store.journal.mark_notified([local_id, tracked])
        logging.getLogger("smm-desk.session").info("order %s placed via %s", local_id, panel.url)

        store.profiles.delete(spare.id)
        creds.delete(spare.id)
        store.close()
    finally:
        panel.stop()
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)
        for profile_id in profile_ids:
            creds.delete(profile_id)

    assert any(r.get("key") == key for r in panel.requests)  # the key really was used
    needles = [key.encode("utf-8"), key.encode("utf-16-le"), key.upper().encode("ascii")]
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    contents = {p: p.read_bytes() for p in files}
    assert log_file in contents and b"positive-control-link" in b"".join(contents.values())
    assert panel.url.encode() in contents[log_file]  # the log really logged
    for path, content in contents.items():
        for needle in needles:
            assert needle not in content, f"the key is in {path}"
    for value in _sqlite_texts(data_dir / "smm-desk.sqlite3"):
        assert key.encode() not in value
