"""PanelClient: one method per action of the panel API (docs/protocol.md), typed results.

`add` is never retried: the protocol has no idempotency key, so a retry could pay twice. A
failure whose `maybe_processed` is True leaves the order's fate unknown; the journal records
that and the user checks on the panel.

Every answer has the client's key scrubbed from its raw bytes before it is read: a panel that
echoes the key in an error ("Invalid API key: <key>") must not put it in a message, the
journal, the log or the screen.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from core import answer_bodies, answers
from core.answer_values import scrub_key
from core.errors import (
    READ_ACTIONS,
    BadAnswer,
    ConnectFailed,
    ConnectionDropped,
    ConnectTimedOut,
    HttpStatusError,
    InvalidSettings,
    PanelError,
    ProtectionPage,
    RateLimited,
)
from core.models import (
    AddResult,
    Balance,
    CancelResult,
    OrderStatus,
    RefillResult,
    RefillStatus,
    ServiceList,
)
from core.transport import (
    CATALOGUE_DEADLINE,
    CLOSE_GRACE,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    Transport,
    raise_for_status,
)

log = logging.getLogger(__name__)

BATCH_LIMIT = 100  # the protocol's most ids per status/refill/cancel call
#: A Retry-After beyond a day is no advice but garbage: treated as absent, like nan or -5.
RETRY_AFTER_MAX = 86_400.0
# Only reads are retried. add, refill and cancel change things on the panel: a retry after a
# lost answer could order, or pay, twice.


def retry_delay(exc: PanelError, attempt: int, backoff: float, max_wait: float) -> float | None:
    """Seconds to wait before retrying a read after `exc`, or None if it is not worth it."""
    transient = isinstance(exc, (ConnectFailed, ConnectTimedOut, ConnectionDropped, RateLimited))
    # A protection page sent as a 5xx is often the CDN's brief check: worth one more read.
    server_side = isinstance(exc, (HttpStatusError, ProtectionPage)) and (
        int(exc.details.get("status", 0)) >= 500
    )
    if exc.details.get("tls") or exc.details.get("proxy") or not (transient or server_side):
        return None
    advised = retry_after_seconds(exc.details.get("retry_after"))
    wait = backoff * (2**attempt) if advised is None else advised
    return min(wait, max_wait)


def retry_after_seconds(header: object) -> float | None:
    """A Retry-After header (seconds or an HTTP date) as seconds to wait, or None when it is
    absent or no sane advice: nan, inf, negative, a date past, beyond RETRY_AFTER_MAX."""
    if not isinstance(header, str) or not header.strip() or len(header) > 100:
        return None
    try:
        wait = float(header)
    except ValueError:
        try:
            when = parsedate_to_datetime(header)
            wait = (when - datetime.now(timezone.utc)).total_seconds()
        except (TypeError, ValueError, OverflowError):
            return None
    if not math.isfinite(wait) or not 0.0 <= wait <= RETRY_AFTER_MAX:
        return None
    return wait


def batches(ids: Sequence[str], size: int = BATCH_LIMIT) -> list[list[str]]:
    return [list(ids[i : i + size]) for i in range(0, len(ids), size)]


def _unique_ids(ids: Iterable[Any]) -> list[str]:
    seen: dict[str, None] = {}
    for raw in ids:
        oid = answers.as_id(raw)
        if oid is not None:
            seen.setdefault(oid, None)
    return list(seen)


class PanelClient:
    """Talks to one panel with one key. Safe to use from a worker thread."""

    def __init__(
        self,
        url: str,
        key: str,
        *,
        proxy: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        retries: int = 2,
        backoff: float = 0.5,
        max_wait: float = 30.0,
        sleep: Callable[[float], object] | None = None,
        deadline: float = DEFAULT_DEADLINE,
        catalogue_deadline: float = CATALOGUE_DEADLINE,
    ) -> None:
        if not key or not key.strip():
            raise InvalidSettings("No API key is set for this panel.")
        self._transport = Transport(url, proxy=proxy, timeout=timeout, max_bytes=max_bytes)
        self.__key = key.strip()  # name-mangled and never part of repr, str or errors
        #: Seconds one request may take in all (connect, send, every read); `services`, the
        #: one large answer, gets `catalogue_deadline`. See core.transport for the defaults.
        self.deadline = deadline
        self.catalogue_deadline = catalogue_deadline
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self._closed = threading.Event()
        # The wait between retries; by default it wakes up at once when the client is closed.
        self._sleep = sleep or self._closed.wait

    @property
    def url(self) -> str:
        return self._transport.url

    @property
    def host(self) -> str:
        return self._transport.host

    def __repr__(self) -> str:
        return f"PanelClient(url={self.url!r}, key=<hidden>)"

    # --- the one place a request is made -----------------------------------------------------

    def call(self, action: str, **fields: str) -> Any:
        """POST one action and return the decoded JSON, or raise a core.errors type.

        Reads are retried with backoff on connection errors, 5xx and 429 (Retry-After is
        honoured), a bounded number of times; nothing else is ever retried."""
        attempts = 1 + (self.retries if action in READ_ACTIONS else 0)
        for attempt in range(attempts):
            try:
                return self._call_once(action, fields)
            except PanelError as exc:
                # Which request failed: the ui says "check whether it was placed" only for
                # actions that change something on the panel.
                exc.details.setdefault("action", action)
                wait = retry_delay(exc, attempt, self.backoff, self.max_wait)
                if wait is None or attempt + 1 >= attempts or self._closed.is_set():
                    raise
                log.info(
                    "%s on %s failed (%s); retry %d in %.1f s",
                    action,
                    self.host,
                    exc.kind.value,
                    attempt + 1,
                    wait,
                )
                self._sleep(wait)
                if self._closed.is_set():
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self, grace: float = CLOSE_GRACE) -> None:
        """The app is closing (or the panel changes): a wait between retries ends at once, a
        request in flight is cut after `grace` seconds (an `add` then ends unknown, and is
        recorded so), and no new request is sent. Returns at once."""
        self._closed.set()
        self._transport.close(grace)

    def _call_once(self, action: str, fields: Mapping[str, str]) -> Any:
        """One POST. A JSON `{"error": ...}` wins over the HTTP status (some panels send it
        with 400/422)."""
        form = {"key": self.__key, "action": action, **fields}
        deadline = self.catalogue_deadline if action == "services" else self.deadline
        answer = self._transport.post(form, deadline)
        body = scrub_key(answer.body, self.__key)
        try:
            value = answer_bodies.decode_body(body)
        except ProtectionPage as exc:
            # The page says what happened, not its status (a challenge comes as 403 or 503).
            exc.details.update(host=self.host, status=answer.status)
            exc.details["retry_after"] = answer.retry_after
            raise
        except BadAnswer as exc:
            raise_for_status(
                answer.status,
                self.host,
                snippet=exc.details.get("snippet"),
                retry_after=answer.retry_after,
            )
            raise
        if action == "add":
            answer_bodies.raise_if_error_with_order(value)  # before the error alone is a refusal
        answer_bodies.raise_if_error(value, action)
        raise_for_status(answer.status, self.host, retry_after=answer.retry_after)
        return value

    # --- actions -----------------------------------------------------------------------------

    def services(self) -> ServiceList:
        return answers.parse_services(self.call("services"))

    def balance(self) -> Balance:
        return answers.parse_balance(self.call("balance"))

    def add(self, params: Mapping[str, str]) -> AddResult:
        """Place an order. `params` are the type's fields incl. `service` (core.drafts builds
        them). Never retried here or anywhere else."""
        fields = {k: str(v) for k, v in params.items() if k not in ("key", "action")}
        if "service" not in fields:
            raise InvalidSettings("An order needs a service id.")
        return answers.parse_add(self.call("add", **fields))

    def status(self, order_id: str) -> OrderStatus:
        oid = answers.as_id(order_id) or str(order_id)
        return answers.parse_status(oid, self.call("status", order=oid))

    def statuses(
        self,
        order_ids: Iterable[Any],
        *,
        on_batch: Callable[[dict[str, OrderStatus]], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> dict[str, OrderStatus]:
        """Statuses of any number of orders, 100 per request, merged. A bad id is data on its
        entry. `on_batch` sees each batch as it arrives (to save progress); `should_stop`
        is checked between batches."""
        merged: dict[str, OrderStatus] = {}
        for batch in batches(_unique_ids(order_ids)):
            if should_stop is not None and should_stop():
                break
            result = answers.parse_statuses(batch, self.call("status", orders=",".join(batch)))
            merged.update(result)
            if on_batch is not None:
                on_batch(result)
        return merged

    def refill(self, order_id: str) -> RefillResult:
        oid = answers.as_id(order_id) or str(order_id)
        return answers.parse_refill(oid, self.call("refill", order=oid))

    def refills(self, order_ids: Iterable[Any]) -> list[RefillResult]:
        results: list[RefillResult] = []
        for batch in batches(_unique_ids(order_ids)):
            results += answers.parse_refills(batch, self.call("refill", orders=",".join(batch)))
        return results

    def refill_status(self, refill_id: str) -> RefillStatus:
        rid = answers.as_id(refill_id) or str(refill_id)
        return answers.parse_refill_status(rid, self.call("refill_status", refill=rid))

    def refill_statuses(self, refill_ids: Iterable[Any]) -> dict[str, RefillStatus]:
        merged: dict[str, RefillStatus] = {}
        for batch in batches(_unique_ids(refill_ids)):
            body = self.call("refill_status", refills=",".join(batch))
            merged.update(answers.parse_refill_statuses(batch, body))
        return merged

    def cancel(self, order_ids: Iterable[Any]) -> list[CancelResult]:
        results: list[CancelResult] = []
        for batch in batches(_unique_ids(order_ids)):
            results += answers.parse_cancel(batch, self.call("cancel", orders=",".join(batch)))
        return results
