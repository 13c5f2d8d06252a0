"""A panel's raw answer as JSON, and the refusals it says: the bytes' first reading.

The answer's bytes are decoded here (a web page, a protection service's check page, broken or
empty JSON each a typed error; lone surrogates made U+FFFD), and a JSON `{"error": ...}` becomes
the panel's refusal with its kind. core/answers.py then reads the JSON of each action.
"""

from __future__ import annotations

import json
import re
from typing import Any

from core.answer_values import (
    as_id,
    as_text,
    panel_words,
    snippet,
)
from core.errors import (
    EmptyAnswer,
    ErrorKind,
    ErrorWithOrderId,
    MalformedAnswer,
    NotJson,
    PanelRefused,
    ProtectionPage,
)

# Surrogate escapes in JSON text: a pair (an emoji, decoded fine), and any one at all.
_SURROGATE_PAIR_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")

#: How many characters of a large answer one surrogate scan reads at a time: the interpreter
#: lets the GUI thread in between such calls only, and 13 MB of emoji escaped as a PHP panel
#: sends them, scanned whole, held it 18 ms.
_PIECE = 1 << 20


def without_lone_surrogates(value: Any) -> Any:
    """`value` (decoded JSON) with lone surrogates replaced by U+FFFD, keys included: they
    cannot be encoded as UTF-8, so SQLite, the form body or a file would refuse them later."""
    if isinstance(value, str):
        return value if value.isascii() else _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {without_lone_surrogates(k): without_lone_surrogates(v) for k, v in value.items()}
    return value


def _has_lone_surrogate_escape(text: str) -> bool:
    # With the pairs taken out, a surrogate escape left is a lone one (or an escaped backslash
    # before "ud800": a false alarm that only costs the exact walk). Both patterns start with
    # a literal, so a 13 MB catalogue of escaped emoji takes ~20 ms; a lookbehind took 160.
    # A piece at a time, each ending after a comma: no escape (nor a pair) holds one.
    if "\\ud" not in text and "\\uD" not in text:
        return False
    start = 0
    while start < len(text):
        comma = text.find(",", start + _PIECE)
        end = len(text) if comma < 0 else comma + 1
        if _SURROGATE_ESCAPE.search(_SURROGATE_PAIR_ESCAPE.sub("", text[start:end])):
            return True
        start = end
    return False


# --- bodies ---------------------------------------------------------------------------------------


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith("<") or "<html" in head or "<!doctype" in head


# What the challenge and block pages of web protection services carry, matched on the lower-case
# start of a page (their markers sit in the head and the first lines): the marker, and the
# service named ("" when the page does not say whose it is).
_PROTECTION_MARKERS: tuple[tuple[str, str], ...] = (
    ("cf-browser-verification", "Cloudflare"),
    ("/cdn-cgi/challenge-platform", "Cloudflare"),
    ("cf_chl_", "Cloudflare"),
    ("cf-error-details", "Cloudflare"),
    ("attention required! | cloudflare", "Cloudflare"),
    ("security by cloudflare", "Cloudflare"),
    ("ddos protection by cloudflare", "Cloudflare"),
    ("arvancloud", "ArvanCloud"),
    ("ddos-guard", "DDoS-Guard"),
    ("sucuri website firewall", "Sucuri"),
    ("_incapsula_resource", "Imperva"),
    ("incapsula incident id", "Imperva"),
    ("checking if the site connection is secure", ""),
    ("checking your browser before accessing", ""),
    ("verifying you are human", ""),
    ("<title>just a moment...</title>", ""),
    ("enable javascript and cookies to continue", ""),
)
#: How much of a page is searched for the markers (a challenge page is a few KB).
_PROTECTION_SCAN_CHARS = 64 * 1024


def protection_service(page: str) -> str | None:
    """Whose protection page this web page is: "Cloudflare", ..., "" when it is a challenge
    page of no named service, None when it is no protection page (docs/protocol.md §1)."""
    head = page[:_PROTECTION_SCAN_CHARS].lower()
    found = [service for marker, service in _PROTECTION_MARKERS if marker in head]
    if not found:
        return None
    return next((service for service in found if service), "")


def _let_other_threads_run(obj: dict[str, Any]) -> dict[str, Any]:
    return obj


def _int_or_text(digits: str) -> int | str:
    # Python refuses ints of more than 4,300 digits: such a number stays text, so it is an
    # error of its own item (as_count) instead of making the whole answer unreadable.
    return int(digits) if len(digits) <= 64 else digits


def _loads(text: str) -> Any:
    # A catalogue of megabytes: the object hook, a Python call per object, is where the
    # interpreter lets the GUI thread in; plain json.loads would hold the GIL ~100 ms.
    hook = _let_other_threads_run if len(text) > 256 * 1024 else None
    try:
        return json.loads(text, object_hook=hook)
    except ValueError:
        # Broken JSON fails again here; a 5,000-digit number parses as text.
        return json.loads(text, object_hook=hook, parse_int=_int_or_text)


def decode_body(raw: bytes) -> Any:
    """Bytes -> JSON value, or EmptyAnswer / NotJson / MalformedAnswer."""
    text = raw.decode("utf-8-sig", errors="replace")  # invalid UTF-8 becomes U+FFFD
    if not text.strip():
        raise EmptyAnswer("The panel sent an empty answer.")
    try:
        value = _loads(text)
        # JSON's \\ud800 escapes can still make a string that no encoder accepts.
        return without_lone_surrogates(value) if _has_lone_surrogate_escape(text) else value
    except (ValueError, RecursionError):
        pass
    if looks_like_html(text):
        title = re.search(r"<title[^>]*>(.*?)</title>", text, re.I | re.S)
        service = protection_service(text)
        if service is not None:
            raise ProtectionPage(
                "A web protection page answered instead of the panel.",
                snippet=snippet(title.group(1) if title else text),
                service=service or None,
            )
        raise NotJson(
            "The panel sent a web page instead of data: is the API URL right?",
            snippet=snippet(title.group(1) if title else text),
            html=True,
        )
    if text.lstrip()[:1] in "[{":
        raise MalformedAnswer(
            "The panel sent a malformed answer (broken JSON).", snippet=snippet(text)
        )
    raise NotJson("The panel's answer is not data (not JSON).", snippet=snippet(text), html=False)


# Known error texts, matched on a lower-case answer. Order matters: the first match wins.
_ERROR_PATTERNS: list[tuple[re.Pattern[str], ErrorKind]] = [
    (re.compile(r"api[ _.]?key|apikey|invalid[ _]key|incorrect[ _]key"), ErrorKind.BAD_KEY),
    (re.compile(r"not[ _]enough[ _]funds|insufficient|balance is low"), ErrorKind.NOT_ENOUGH_FUNDS),
    (re.compile(r"less than minim|min[ _]quantity|minimum quantity"), ErrorKind.QUANTITY_TOO_LOW),
    (re.compile(r"more than maxim|max[ _]quantity|maximum quantity"), ErrorKind.QUANTITY_TOO_HIGH),
    (
        re.compile(r"service[ _]id|incorrect[ _]service|service not found"),
        ErrorKind.UNKNOWN_SERVICE,
    ),
    (re.compile(r"active order|link[ _]duplicate"), ErrorKind.ACTIVE_ORDER),
    (re.compile(r"order[ _]id|order not found|incorrect[ _]order"), ErrorKind.UNKNOWN_ORDER),
    (re.compile(r"incorrect request|unknown action|invalid action"), ErrorKind.UNSUPPORTED_ACTION),
]


def classify_panel_error(text: str) -> ErrorKind:
    """The panel's error text -> what kind of refusal it is."""
    lowered = text.lower()
    for pattern, kind in _ERROR_PATTERNS:
        if pattern.search(lowered):
            return kind
    return ErrorKind.PANEL_OTHER


def error_words(value: Any) -> str:
    """A panel's error value as words fit to show (secrets redacted, length bounded)."""
    return panel_words(as_text(value).strip())


#: Refusals that only an order request can meet. Some panels answer any request with the same
#: words ("Incorrect order ID" to `services`): there they say nothing of an order.
_ORDER_REFUSALS = frozenset(
    {
        ErrorKind.NOT_ENOUGH_FUNDS,
        ErrorKind.QUANTITY_TOO_LOW,
        ErrorKind.QUANTITY_TOO_HIGH,
        ErrorKind.UNKNOWN_SERVICE,
        ErrorKind.ACTIVE_ORDER,
        ErrorKind.UNKNOWN_ORDER,
    }
)
#: The actions that name no order: a catalogue or a balance read.
_NO_ORDER_ACTIONS = frozenset({"services", "balance"})


def raise_if_error(body: Any, action: str | None = None) -> None:
    """A body whose key is `error` is the panel's refusal of the whole call; `action` (when
    given) keeps an order's refusal kinds off a request that names no order."""
    if isinstance(body, dict) and "error" in body:
        text = error_words(body["error"]) or "The panel reported an error."
        kind = classify_panel_error(text)
        if action in _NO_ORDER_ACTIONS and kind in _ORDER_REFUSALS:
            kind = ErrorKind.PANEL_OTHER  # said in the panel's own words
        numbers = re.findall(r"(?<!\d)\d{1,15}(?!\d)", text)  # whole numbers, not 5,000 digits
        details: dict[str, Any] = {"panel_text": text}
        if kind in (ErrorKind.QUANTITY_TOO_LOW, ErrorKind.QUANTITY_TOO_HIGH) and numbers:
            details["limit"] = int(numbers[-1])
        raise PanelRefused(f"The panel refused: {text}", kind=kind, **details)


def raise_if_error_with_order(body: Any) -> None:
    """`add` answered an error and an order id at once: the order may exist, so this is
    neither a refusal nor a success (ErrorWithOrderId, whose `maybe_processed` is True). An
    `order` that is not one id ("5001,5002") still says an order may exist; null, "" or 0
    say nothing and leave a plain refusal."""
    if not (isinstance(body, dict) and "error" in body and body.get("order")):
        return
    order_id = as_id(body["order"])
    text = error_words(body["error"]) or "The panel reported an error."
    raise ErrorWithOrderId(
        f"The panel reported an error ({text}) and an order id ({order_id or 'unreadable'}).",
        panel_text=text,
        order_id=order_id,
    )
