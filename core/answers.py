"""Turn decoded panel answers into typed results; any shape gives a value or a typed error.

Pure functions over already-decoded JSON, so Hypothesis can throw anything at them.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from core.errors import (
    EmptyAnswer,
    ErrorKind,
    MalformedAnswer,
    NotJson,
    PanelRefused,
)
from core.models import (
    AddResult,
    Balance,
    CancelResult,
    OrderStatus,
    RefillResult,
    RefillStatus,
    Service,
    ServiceList,
)

SNIPPET_CHARS = 160
# Thousands separators only after a non-zero lead: "0,050" is a decimal comma, not 50.
_THOUSANDS = re.compile(r"[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d+")
_INT64 = 2**63

# --- scalars -------------------------------------------------------------------------------


def as_id(value: Any) -> str | None:
    """Ids come as ints or strings; a float like 12.0 is an int that lost its type."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def as_decimal(value: Any) -> Decimal | None:
    """Money from a string or a JSON number; floats go through repr to keep what was sent."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = repr(value)
    if not isinstance(value, str):
        return None
    if "," in value:
        value = value.strip()
        if _THOUSANDS.fullmatch(value):  # 1,234.5
            value = value.replace(",", "")
        elif _DECIMAL_COMMA.fullmatch(value):  # 0,05 (a decimal comma)
            value = value.replace(",", ".")
        else:
            return None
    try:
        number = Decimal(value)  # surrounding spaces are allowed
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def as_int(value: Any) -> int | None:
    """Counts arrive as ints, strings, "" or floats."""
    # Fast paths for the common shapes: a catalogue has 100,000 of these.
    if type(value) is int:
        return value if -_INT64 < value < _INT64 else None
    if type(value) is str and len(value) <= 18 and value.isdigit() and value.isascii():
        return int(value)
    number = as_decimal(value)
    # Counts fit in 64 bits; "1e99999999" must not become a 100-million-digit int.
    if number is None or number.adjusted() > 18 or abs(number) >= _INT64:
        return None
    return int(number)


def as_flag(value: Any) -> bool:
    """true/1/"1"/"true"/"yes" are set; anything else is not."""
    if value is True or value is False:
        return value
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(value, (int, float)):
        return value != 0
    return False


def as_text(value: Any) -> str:
    """Text fields, with HTML entities unescaped as the panel's web page would show them.

    Some panels escape names several times over (`&amp;amp;amp;`); unescape until stable so
    the user sees `&`, not the panel's bookkeeping."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    for _ in range(5):
        if "&" not in value:
            break
        unescaped = html.unescape(value)
        if unescaped == value:
            break
        value = unescaped
    return value


# --- bodies --------------------------------------------------------------------------------


def snippet(text: str) -> str:
    """A short, single-line piece of an answer for an error message."""
    flat = re.sub(r"\s+", " ", text).strip()
    return flat[:SNIPPET_CHARS] + ("…" if len(flat) > SNIPPET_CHARS else "")


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith("<") or "<html" in head or "<!doctype" in head


def _let_other_threads_run(obj: dict[str, Any]) -> dict[str, Any]:
    return obj


def decode_body(raw: bytes) -> Any:
    """Bytes -> JSON value, or EmptyAnswer / NotJson / MalformedAnswer."""
    text = raw.decode("utf-8-sig", errors="replace")
    if not text.strip():
        raise EmptyAnswer("The panel sent an empty answer.")
    try:
        # A catalogue of megabytes: the object hook, a Python call per object, is where the
        # interpreter lets the GUI thread in; plain json.loads would hold the GIL ~100 ms.
        if len(text) > 256 * 1024:
            return json.loads(text, object_hook=_let_other_threads_run)
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    if looks_like_html(text):
        title = re.search(r"<title[^>]*>(.*?)</title>", text, re.I | re.S)
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


def raise_if_error(body: Any) -> None:
    """A body whose key is `error` is the panel's refusal of the whole call."""
    if isinstance(body, dict) and "error" in body:
        text = as_text(body["error"]).strip() or "The panel reported an error."
        kind = classify_panel_error(text)
        numbers = re.findall(r"\d+", text)
        details: dict[str, Any] = {"panel_text": text}
        if kind in (ErrorKind.QUANTITY_TOO_LOW, ErrorKind.QUANTITY_TOO_HIGH) and numbers:
            details["limit"] = int(numbers[-1])
        raise PanelRefused(f"The panel refused: {text}", kind=kind, **details)


def _expect(cond: bool, what: str, body: Any) -> None:
    if not cond:
        raise MalformedAnswer(
            f"The panel sent a malformed answer: {what}.",
            snippet=snippet(json.dumps(body, default=str)[:1000]),
        )


# --- actions -------------------------------------------------------------------------------

_SERVICE_KNOWN = {
    "service",
    "name",
    "category",
    "type",
    "rate",
    "min",
    "max",
    "dripfeed",
    "refill",
    "cancel",
    "desc",
    "description",
}


def parse_service(item: Any) -> Service:
    """One catalogue entry; raises ValueError with a reason when it cannot be used at all."""
    if not isinstance(item, dict):
        raise ValueError("not an object")
    service_id = as_id(item.get("service"))
    if service_id is None:
        raise ValueError("no service id")
    get = item.get
    description = get("desc") or get("description") or ""
    min_q, max_q = as_int(get("min")), as_int(get("max"))
    # Positional, and `extra` only built when there is something extra: 50,000 of these.
    return Service(
        service_id,
        as_text(get("name")).strip() or f"#{service_id}",
        as_text(get("category")).strip(),
        as_text(get("type")).strip() or "Default",
        as_decimal(get("rate")),
        min_q if min_q is not None else 1,
        max_q if max_q is not None else 0,
        as_flag(get("dripfeed")),
        as_flag(get("refill")),
        as_flag(get("cancel")),
        as_text(description),
        {}
        if item.keys() <= _SERVICE_KNOWN
        else {k: v for k, v in item.items() if k not in _SERVICE_KNOWN},
    )


def parse_services(body: Any) -> ServiceList:
    """The services answer: a list (some caches wrap it as {"services"|"data": [...]})."""
    raise_if_error(body)
    if isinstance(body, dict):
        for wrapper in ("services", "data"):
            if isinstance(body.get(wrapper), list):
                body = body[wrapper]
                break
    _expect(isinstance(body, list), "the service list is not a list", body)
    services, skipped, seen = [], [], set()
    for index, item in enumerate(body):
        try:
            service = parse_service(item)
        except ValueError as exc:
            skipped.append(f"item {index + 1}: {exc}")
            continue
        if service.id in seen:
            skipped.append(f"item {index + 1}: duplicate id {service.id}")
            continue
        seen.add(service.id)
        services.append(service)
    _expect(bool(services) or not body, "no readable service in the list", body)
    return ServiceList(services, skipped)


def parse_balance(body: Any) -> Balance:
    raise_if_error(body)
    _expect(isinstance(body, dict), "the balance is not an object", body)
    amount = as_decimal(body.get("balance"))
    _expect(amount is not None, "the balance has no amount", body)
    return Balance(amount=amount, currency=as_text(body.get("currency")).strip() or "?")


def parse_add(body: Any) -> AddResult:
    raise_if_error(body)
    _expect(isinstance(body, dict), "the order answer is not an object", body)
    order_id = as_id(body.get("order"))
    _expect(order_id is not None, "the order answer has no order id", body)
    return AddResult(order_id=order_id, extra={k: v for k, v in body.items() if k != "order"})


_STATUS_KNOWN = {"status", "charge", "start_count", "remains", "currency", "order", "error"}


def parse_order_status(order_id: str, item: Any) -> OrderStatus:
    """One order's status. A bad id (a string or {"error": ...}) is data, not an exception."""
    if isinstance(item, str):
        return OrderStatus(order_id=order_id, error=item.strip() or "Unknown error")
    if not isinstance(item, dict):
        return OrderStatus(order_id=order_id, error="The panel sent no status for this order.")
    if "error" in item and "status" not in item:
        return OrderStatus(order_id=order_id, error=as_text(item["error"]).strip() or "Error")
    status, currency = item.get("status"), item.get("currency")
    # Plain strings are the norm (10,000 orders a refresh): skip the general helpers for them.
    if type(status) is not str or "&" in status:
        status = as_text(status)
    if type(currency) is not str or "&" in currency:
        currency = as_text(currency)
    extra = (
        {k: v for k, v in item.items() if k not in _STATUS_KNOWN}
        if not item.keys() <= _STATUS_KNOWN
        else {}
    )
    return OrderStatus(
        order_id,
        status.strip(),
        as_decimal(item.get("charge")),
        as_int(item.get("start_count")),
        as_int(item.get("remains")),
        currency.strip() or None,
        None,
        extra,
    )


def parse_status(order_id: str, body: Any) -> OrderStatus:
    """The single-order answer: an error for the whole call is an unknown order."""
    raise_if_error(body)
    _expect(isinstance(body, dict), "the status is not an object", body)
    return parse_order_status(order_id, body)


def parse_statuses(order_ids: Iterable[str], body: Any) -> dict[str, OrderStatus]:
    """The multi-order answer, keyed by id; ids the panel left out get an error entry."""
    raise_if_error(body)
    _expect(isinstance(body, dict), "the statuses are not an object keyed by order id", body)
    by_id = {str(k).strip(): v for k, v in body.items()}
    return {
        oid: parse_order_status(oid, by_id.get(oid, "The panel sent no status for this order."))
        for oid in order_ids
    }


def _item_error(value: Any) -> str | None:
    if isinstance(value, dict) and "error" in value:
        return as_text(value["error"]).strip() or "Error"
    return None


def parse_refill(order_id: str, body: Any) -> RefillResult:
    raise_if_error(body)
    _expect(isinstance(body, dict), "the refill answer is not an object", body)
    error = _item_error(body.get("refill"))
    refill_id = None if error else as_id(body.get("refill"))
    _expect(refill_id is not None or error is not None, "the refill answer has no refill id", body)
    message = as_text(body.get("success")).strip() or None
    return RefillResult(order_id=order_id, refill_id=refill_id, error=error, message=message)


def _batch_items(body: Any, id_key: str, what: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, item) for each readable item of a batch answer: a list of objects keyed by id.
    Items without a usable id are skipped; the caller reports the ids left unanswered."""
    raise_if_error(body)
    _expect(isinstance(body, list), f"the {what} answer is not a list", body)
    for item in body:
        item_id = as_id(item.get(id_key)) if isinstance(item, dict) else None
        if item_id is not None:
            yield item_id, item


def parse_refills(order_ids: list[str], body: Any) -> list[RefillResult]:
    results: dict[str, RefillResult] = {}
    for oid, item in _batch_items(body, "order", "refill"):
        error = _item_error(item.get("refill"))
        results[oid] = RefillResult(
            order_id=oid, refill_id=None if error else as_id(item.get("refill")), error=error
        )
    return [
        results.get(oid, RefillResult(order_id=oid, error="The panel did not answer for it."))
        for oid in order_ids
    ]


def parse_refill_status(refill_id: str, body: Any) -> RefillStatus:
    raise_if_error(body)
    _expect(isinstance(body, dict), "the refill status is not an object", body)
    error = _item_error(body.get("status"))
    if error:
        return RefillStatus(refill_id=refill_id, error=error)
    return RefillStatus(refill_id=refill_id, status=as_text(body.get("status")).strip())


def parse_refill_statuses(refill_ids: list[str], body: Any) -> dict[str, RefillStatus]:
    found: dict[str, RefillStatus] = {}
    for rid, item in _batch_items(body, "refill", "refill status"):
        error = _item_error(item.get("status"))
        status = "" if error else as_text(item.get("status")).strip()
        found[rid] = RefillStatus(refill_id=rid, status=status, error=error)
    return {
        rid: found.get(rid, RefillStatus(refill_id=rid, error="The panel did not answer for it."))
        for rid in refill_ids
    }


def parse_cancel(order_ids: list[str], body: Any) -> list[CancelResult]:
    found: dict[str, CancelResult] = {}
    for oid, item in _batch_items(body, "order", "cancel"):
        error = _item_error(item.get("cancel"))
        accepted = error is None and as_flag(item.get("cancel"))
        found[oid] = CancelResult(
            order_id=oid,
            accepted=accepted,
            error=error or (None if accepted else "The panel did not accept the cancel."),
        )
    return [
        found.get(oid, CancelResult(oid, False, "The panel did not answer for it."))
        for oid in order_ids
    ]
