"""Turn decoded panel answers into typed results; any shape gives a value or a typed error.

Pure functions over JSON decoded by core.answer_bodies (which also made lone surrogates
U+FFFD and turned `{"error": ...}` into refusals), so Hypothesis can throw anything at them.
This is where panel text enters the app, so it is made safe here, once: the panel's words that
become a message, a journal entry or a screen pass `panel_words` (secrets redacted, length
bounded; core.api has already scrubbed the client's own key from the raw answer), and numbers
are bounded (core.answer_values): an absurd one is an error of its item, never a crash.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from core.answer_bodies import (
    error_words,
    raise_if_error,
    raise_if_error_with_order,
)
from core.answer_values import (
    ID_MAX_CHARS,
    NUMBER_LIMIT,
    OutOfRange,
    as_count,
    as_flag,
    as_id,
    as_money,
    as_text,
    shown_value,
    snippet,
)
from core.errors import (
    MalformedAnswer,
)
from core.models import (
    NO_EXTRA,
    AddResult,
    Balance,
    CancelResult,
    OrderStatus,
    RefillResult,
    RefillStatus,
    Service,
    ServiceList,
    make_service,
)


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


def _count(value: Any) -> int | None:
    # as_count's own first test, without the call when it passes (100,000 bounds a catalogue).
    if type(value) is int and -NUMBER_LIMIT <= value <= NUMBER_LIMIT:
        return value
    return as_count(value)


def _text(value: Any) -> str:
    # Text with no entity is as_text's own answer, without the call (four per service).
    return value if type(value) is str and "&" not in value else as_text(value)


def _label(known: dict[str, str], value: Any, default: str) -> str:
    """A category or type as shown (entities unescaped, trimmed, else `default`), each text
    the panel sent read once per answer. Only texts are remembered: 1, 1.0 and True are
    equal keys with different texts."""
    text = known.get(value) if type(value) is str else None
    if text is None:
        text = _text(value).strip() or default
        if type(value) is str:
            known[value] = text
    return text


def parse_service(
    item: Any, categories: dict[str, str] | None = None, types: dict[str, str] | None = None
) -> Service:
    """One catalogue entry; raises ValueError with a reason when it cannot be used at all.

    50,000 of these per catalogue: the common shapes (digit ids, int bounds, bool flags, text
    with no entity) are taken without a helper call; the helpers give the same answer.
    `categories` and `types`, shared by the entries of one answer, keep each one read once:
    a few hundred of them repeat across the catalogue (one text object each, not 50,000)."""
    if not isinstance(item, dict):
        raise ValueError("not an object")
    get = item.get
    service_id = get("service")
    if not (
        type(service_id) is str
        and len(service_id) <= ID_MAX_CHARS
        and service_id.isdigit()
        and service_id.isascii()
    ):
        service_id = as_id(service_id)
        if service_id is None:
            raise ValueError("no service id")
    description = get("desc") or get("description") or ""
    name = "min"  # which value was out of range (no helper call: 50,000 services)
    try:
        min_q = _count(get("min"))
        name = "max"
        max_q = _count(get("max"))
        name = "rate"
        rate = as_money(get("rate"))
    except OutOfRange as exc:
        raise OutOfRange(exc.value, name) from None
    # No price or quantity is below zero: such a service would take an order at a negative
    # estimate ("-0.25 USD"), so it is skipped as one with an absurd number is.
    if rate is not None and rate < 0:
        raise OutOfRange(get("rate"), "rate")
    if (min_q is not None and min_q < 0) or (max_q is not None and max_q < 0):
        raise OutOfRange(get("min") if min_q is not None and min_q < 0 else get("max"), "min-max")
    dripfeed, refill, cancel = get("dripfeed"), get("refill"), get("cancel")
    return make_service(
        service_id,
        _text(get("name")).strip() or f"#{service_id}",
        _label({} if categories is None else categories, get("category"), ""),
        _label({} if types is None else types, get("type"), "Default"),
        rate,
        min_q if min_q is not None else 1,
        max_q if max_q is not None else 0,
        dripfeed if dripfeed is True or dripfeed is False else as_flag(dripfeed),
        refill if refill is True or refill is False else as_flag(refill),
        cancel if cancel is True or cancel is False else as_flag(cancel),
        _text(description),
        # `extra` only built when there is something extra.
        NO_EXTRA
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
    categories: dict[str, str] = {}
    types: dict[str, str] = {}
    for index, item in enumerate(body):
        try:
            service = parse_service(item, categories, types)
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
    try:
        amount = as_money(body.get("balance"))
    except OutOfRange as exc:
        raise MalformedAnswer(
            f"The panel sent a balance out of range: {shown_value(exc.value)}.",
            snippet=shown_value(exc.value),
        ) from None
    _expect(amount is not None, "the balance has no amount", body)
    return Balance(amount=amount, currency=as_text(body.get("currency")).strip() or "?")


def parse_add(body: Any) -> AddResult:
    """The new order's id; an answer with an error AND an id is ErrorWithOrderId, and one
    whose `order` is not one id ("5001,5002", a list, 2 MB) is MalformedAnswer: the order's
    fate is unknown either way."""
    raise_if_error_with_order(body)
    raise_if_error(body)
    _expect(isinstance(body, dict), "the order answer is not an object", body)
    order_id = as_id(body.get("order"))
    # Zero or a negative number is no order the panel made (its ids count up from 1): the
    # order's fate is unknown, so it is never shown as placed.
    _expect(
        order_id is not None and not order_id.startswith("-") and order_id.strip("0") != "",
        "the order answer has no single order id",
        body,
    )
    return AddResult(order_id=order_id, extra={k: v for k, v in body.items() if k != "order"})


_STATUS_KNOWN = {"status", "charge", "start_count", "remains", "currency", "order", "error"}


def parse_order_status(order_id: str, item: Any) -> OrderStatus:
    """One order's status. A bad id (a string or {"error": ...}) is data, not an exception."""
    if isinstance(item, str):
        return OrderStatus(order_id=order_id, error=error_words(item) or "Unknown error")
    if not isinstance(item, dict):
        return OrderStatus(order_id=order_id, error="The panel sent no status for this order.")
    if "error" in item and "status" not in item:
        return OrderStatus(order_id=order_id, error=error_words(item["error"]) or "Error")
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
    name = "charge"  # which value was out of range (no helper call: 10,000 orders a refresh)
    try:
        charge = as_money(item.get("charge"))
        name = "start_count"
        start_count = as_count(item.get("start_count"))
        name = "remains"
        remains = as_count(item.get("remains"))
    except OutOfRange as exc:
        # Like a bad id: this order's entry is an error; the journal keeps what it knew.
        return OrderStatus(order_id=order_id, error=f"The panel's {OutOfRange(exc.value, name)}.")
    return OrderStatus(
        order_id,
        status.strip(),
        charge,
        start_count,
        remains,
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
        return error_words(value["error"]) or "Error"
    return None


def parse_refill(order_id: str, body: Any) -> RefillResult:
    raise_if_error(body)
    _expect(isinstance(body, dict), "the refill answer is not an object", body)
    error = _item_error(body.get("refill"))
    refill_id = None if error else as_id(body.get("refill"))
    _expect(refill_id is not None or error is not None, "the refill answer has no refill id", body)
    message = error_words(body.get("success")) or None
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
