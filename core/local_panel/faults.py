"""The local panel's faults: what a broken, slow or hostile panel answers instead of the truth.

A test switches one on with `LocalPanel.inject(kind, ...)`; `answer_with_fault` then answers
the request with it. Besides pages, drops and timeouts, some faults are hostile on purpose:
echoing the key back (`echo_key`, `echo_key_html`, `echo_key_items`), trickling the answer a
byte at a time (`trickle`), an error beside an order id (`error_with_order`), and any bytes a
test writes itself (`raw`, for absurd numbers, ids and text).
"""

from __future__ import annotations

import contextlib
import html
import json
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.local_panel import pages

if TYPE_CHECKING:  # the server imports this module: no cycle at run time
    from core.local_panel.server import LocalPanel

FAULTS = frozenset(
    {
        "html", "cloudflare", "empty", "malformed", "http500", "http422_json", "rate_limit",
        "redirect", "timeout", "drop", "huge", "wrong_shape", "latency", "drop_mid_answer",
        "trickle", "echo_key", "echo_key_html", "echo_key_items", "error_with_order", "raw",
    }
)  # fmt: skip
JSON_TYPE = "application/json; charset=utf-8"
HTML_TYPE = "text/html; charset=UTF-8"
#: The order id `error_with_order` gives when the request was not processed.
UNPLACED_ORDER_ID = 778


def dumps(obj: Any) -> bytes:
    """JSON as PHP panels send it: raw UTF-8 and compact."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass
class Fault:
    """One injected fault; `times=None` keeps it until `clear_faults()`."""

    kind: str
    action: str | None = None
    times: int | None = 1
    after_processing: bool = False
    size: int = 3_000_000
    message: str = "The given data was invalid."
    location: str = "/login"
    retry_after: str | None = "60"  # the Retry-After header of "rate_limit" (None: none sent)
    delay: float = 0.2  # seconds "latency" waits, and "trickle" waits between two bytes
    body: bytes = b""  # what "raw" answers, as it is
    status: int = 200  # the HTTP status of "raw"
    length: str | None = None  # the Content-Length "raw" declares instead of the body's


def answer_with_fault(
    panel: LocalPanel,
    handler: Any,
    fault: Fault,
    action: str,
    form: dict[str, str],
    body: bytes | None = None,
) -> None:
    """Answer with `fault`; `body` is the real answer when the request was processed."""
    kind = fault.kind
    if kind in _HOSTILE:
        _HOSTILE[kind](panel, handler, fault, action, form, body)
    elif kind == "html":
        handler.send(200, pages.SITE_PAGE, HTML_TYPE)
    elif kind == "cloudflare":
        handler.send(503, pages.CLOUDFLARE_PAGE, HTML_TYPE, Server="cloudflare",
                     CF_RAY="8a1b2c3d4e5f6a7b-FRA")  # fmt: skip
    elif kind == "empty":
        handler.send(200, b"")
    elif kind == "malformed":
        handler.send(200, pages.MALFORMED_JSON)
    elif kind == "http500":
        handler.send(500, pages.ERROR_500_PAGE, HTML_TYPE)
    elif kind == "http422_json":
        handler.send(422, dumps({"error": fault.message}))
    elif kind == "rate_limit":
        extra = {"Retry_After": fault.retry_after} if fault.retry_after is not None else {}
        handler.send(429, pages.RATE_LIMIT_PAGE, HTML_TYPE, **extra)
    elif kind == "redirect":
        handler.send(302, pages.REDIRECT_PAGE, HTML_TYPE, Location=panel.base_url + fault.location)
    elif kind == "huge":
        handler.send(200, panel._huge(action, fault.size))
    elif kind == "wrong_shape":
        handler.send(200, dumps("success"))
    elif kind == "timeout":
        panel._hold()
        handler.close_connection = True
    elif kind == "latency":
        # A slow panel: wait (released early by stop()), then answer as usual.
        panel._release_event.wait(fault.delay)
        handler.send(200, body if body is not None else panel._answer(form, action))
    elif kind == "drop_mid_answer":
        _drop_mid_answer(panel, handler, action, form, body)
    elif kind == "drop":
        handler.close_connection = True
        with contextlib.suppress(OSError):
            handler.connection.shutdown(socket.SHUT_RDWR)


def _drop_mid_answer(
    panel: LocalPanel, handler: Any, action: str, form: dict[str, str], body: bytes | None
) -> None:
    """Headers and half of the body, then the connection closes."""
    if body is None:
        body = panel._answer(form, action)
    handler.send_response(200)
    handler.send_header("Content-Type", JSON_TYPE)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    with contextlib.suppress(OSError):
        handler.wfile.write(body[: max(1, len(body) // 2)])
        handler.wfile.flush()
        handler.connection.shutdown(socket.SHUT_RDWR)
    handler.close_connection = True


# --- hostile answers -------------------------------------------------------------------------


def _trickle(
    panel: LocalPanel,
    handler: Any,
    fault: Fault,
    action: str,
    form: dict[str, str],
    body: bytes | None,
) -> None:
    """The real answer (the request is processed), status line and headers included, one
    byte every `fault.delay` seconds: each read succeeds, so only a total deadline ends it.
    Counted as held (`wait_held`); `release()` or `stop()` lets the rest go at once."""
    if body is None:
        body = panel._answer(form, action)
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: {JSON_TYPE}\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    event = panel._count_held()
    handler.close_connection = True
    with contextlib.suppress(OSError):
        for index, byte in enumerate(head + body):
            if index and not event.is_set():
                event.wait(fault.delay)
            handler.wfile.write(bytes((byte,)))
        handler.wfile.flush()


def _echo_key(
    panel: LocalPanel,
    handler: Any,
    fault: Fault,
    action: str,
    form: dict[str, str],
    body: bytes | None,
) -> None:
    """The whole call refused, the key it was sent quoted back."""
    handler.send(200, dumps({"error": f"{panel.bad_key_text}: {form.get('key', '')}"}))


def _echo_key_html(
    panel: LocalPanel,
    handler: Any,
    fault: Fault,
    action: str,
    form: dict[str, str],
    body: bytes | None,
) -> None:
    """A debugging error page that shows the request, key and all, in its title and body."""
    key = html.escape(form.get("key", ""))
    page = (
        f"<html><head><title>500 Invalid key {key}</title></head><body>"
        f"<h1>Internal Server Error</h1><p>Request: key={key}&amp;action={html.escape(action)}"
        f"</p><pre>{{&quot;key&quot;: &quot;{key}&quot;}}</pre><p>The key {key} is invalid.</p>"
        "</body></html>"
    )
    handler.send(500, page.encode(), HTML_TYPE)


def _echo_key_items(
    panel: LocalPanel,
    handler: Any,
    fault: Fault,
    action: str,
    form: dict[str, str],
    body: bytes | None,
) -> None:
    """Each item of a batch refused with the key quoted back; a single request refused so."""
    error = {"error": f"Incorrect order ID for key {form.get('key', '')}"}
    ids = [i for i in (form.get("orders") or form.get("refills") or "").split(",") if i]
    if not ids:
        handler.send(200, dumps(error))
    elif action == "status":
        handler.send(200, dumps({oid: error for oid in ids}))
    elif action == "refill_status":
        handler.send(200, dumps([{"refill": rid, "status": error} for rid in ids]))
    else:  # refill, cancel
        handler.send(200, dumps([{"order": oid, action: error} for oid in ids]))


def _error_with_order(
    panel: LocalPanel,
    handler: Any,
    fault: Fault,
    action: str,
    form: dict[str, str],
    body: bytes | None,
) -> None:
    """`{"error": message, "order": id}`: the id of the order placed when the request was
    processed (`after_processing=True`), else UNPLACED_ORDER_ID."""
    order_id: Any = UNPLACED_ORDER_ID
    if body is not None:
        with contextlib.suppress(ValueError, AttributeError):
            order_id = json.loads(body).get("order", order_id)
    handler.send(200, dumps({"error": fault.message, "order": order_id}))


def _raw(
    panel: LocalPanel,
    handler: Any,
    fault: Fault,
    action: str,
    form: dict[str, str],
    body: bytes | None,
) -> None:
    """The bytes the test wrote, as they are, as JSON (with the Content-Length it wrote)."""
    if fault.length is None:
        handler.send(fault.status, fault.body)
        return
    handler.send_response(fault.status)
    handler.send_header("Content-Type", JSON_TYPE)
    handler.send_header("Content-Length", fault.length)
    handler.end_headers()
    handler.wfile.write(fault.body)
    handler.close_connection = True  # the client reads to the end: the length is no guide


_HOSTILE = {
    "trickle": _trickle,
    "echo_key": _echo_key,
    "echo_key_html": _echo_key_html,
    "echo_key_items": _echo_key_items,
    "error_with_order": _error_with_order,
    "raw": _raw,
}
