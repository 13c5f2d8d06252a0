"""LocalPanel: a fake SMM panel over real HTTP on loopback, with faults that tests switch on."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.local_panel.book import OrderBook, PanelOrder, Refused
from core.local_panel.catalogue import default_services, generate_services
from core.local_panel.faults import FAULTS, Fault, answer_with_fault
from core.local_panel.faults import dumps as _dumps
from core.local_panel.http_server import HttpRecord, PanelHttpServer, PanelRequestHandler
from core.local_panel.saved_book import CHANGING_ACTIONS, ChangeLog, load_book

__all__ = ["FAULTS", "Fault", "HttpRecord", "LocalPanel"]


class LocalPanel:
    """A fake panel speaking docs/protocol.md on 127.0.0.1; orders move with an injectable clock."""

    def __init__(
        self,
        key: str = "test-key",
        services: list[dict[str, Any]] | None = None,
        balance: Decimal = Decimal("100.00"),
        currency: str = "USD",
        clock: Callable[[], float] = time.monotonic,
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = "/api/v2",
        *,
        pending_seconds: float = 60.0,
        progress_seconds: float = 300.0,
        refill_seconds: float = 120.0,
        reject_duplicate_links: bool = False,
        supports_refill_cancel: bool = True,
        status_error_style: str = "object",
        seed_style: bool = False,
        refill_success_text: bool = False,
        bad_key_text: str = "Invalid API key",
        saved_in: Path | None = None,
    ) -> None:
        self.key = key
        self.host = host
        self.port = port
        self.path = path
        self.bad_key_text = bad_key_text
        self._clock = clock
        self._offset = 0.0
        self._lock = threading.RLock()
        self._held_cond = threading.Condition(self._lock)
        self.book = OrderBook(
            services=list(default_services() if services is None else services),
            balance=Decimal(balance),
            currency=currency,
            now=self.now,
            pending_seconds=pending_seconds,
            progress_seconds=progress_seconds,
            refill_seconds=refill_seconds,
            reject_duplicate_links=reject_duplicate_links,
            status_error_style=status_error_style,
            seed_style=seed_style,
            refill_success_text=refill_success_text,
            supports_refill_cancel=supports_refill_cancel,
        )
        #: Where the account is kept between runs (the demo's; saved_book.py), or None.
        self.saved_in = saved_in
        self._changes: ChangeLog | None = None
        if saved_in is not None:
            load_book(self.book, saved_in)
            self._changes = ChangeLog(self.book, saved_in)
        self._services_bytes: bytes | None = None
        self._huge_cache: dict[tuple[str, int], bytes] = {}
        self._requests: list[dict[str, str]] = []
        self._http: list[HttpRecord] = []
        self._faults: list[Fault] = []
        self._release_event = threading.Event()
        self._held_total = 0
        self._stopping = False
        self._server: PanelHttpServer | None = None
        self._thread: threading.Thread | None = None
        self._handlers: dict[PanelRequestHandler, threading.Thread] = {}

    # --- settings that tests flip after construction ----------------------------------------

    def __getattr__(self, name: str) -> Any:
        # Options such as reject_duplicate_links live on the book; read them through the panel.
        if name in _BOOK_OPTIONS and "book" in self.__dict__:
            return getattr(self.book, name)
        raise AttributeError(name)

    def __setattr__(self, name: str, value: Any) -> None:
        book = self.__dict__.get("book")
        if book is not None and name in _BOOK_OPTIONS:
            with self._lock:
                setattr(book, name, value)
        else:
            super().__setattr__(name, value)

    # --- life cycle -----------------------------------------------------------------------

    def start(self) -> LocalPanel:
        """Listen and serve on a daemon thread; returns self."""
        if self._server is not None:
            raise RuntimeError("LocalPanel already started")
        server = PanelHttpServer((self.host, self.port), PanelRequestHandler)
        server.panel = self
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True,
            name=f"LocalPanel:{self.port}",
        )  # fmt: skip
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, release held requests, close every connection and join the threads."""
        with self._lock:
            server, thread = self._server, self._thread
            if server is None:
                return
            self._server = None
            self._stopping = True
            self._release_event.set()
        server.shutdown()
        server.server_close()
        with self._lock:
            handlers = list(self._handlers.items())
        for handler, _ in handlers:
            # Unblocks handlers waiting for the next keep-alive request.
            with contextlib.suppress(OSError):
                handler.connection.shutdown(socket.SHUT_RDWR)
        if thread is not None:
            thread.join(5)
        for _, worker in handlers:
            if worker is not threading.current_thread():
                worker.join(5)

    def __enter__(self) -> LocalPanel:
        return self.start() if self._server is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The API endpoint, e.g. http://127.0.0.1:PORT/api/v2."""
        return f"http://{self.host}:{self.port}{self.path}"

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # --- time -----------------------------------------------------------------------------

    def now(self) -> float:
        """The panel's clock: the injected clock plus every `advance()`."""
        return self._clock() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the panel's time forward, so orders progress without sleeping."""
        with self._lock:
            self._offset += seconds

    # --- state for tests ------------------------------------------------------------------

    @property
    def requests(self) -> list[dict[str, str]]:
        """Every form posted to the API path, in order (a copy)."""
        with self._lock:
            return [dict(r) for r in self._requests]

    @property
    def http_log(self) -> list[HttpRecord]:
        """Every HTTP request on any path, in order (a copy)."""
        with self._lock:
            return list(self._http)

    @property
    def orders(self) -> dict[int, dict[str, str]]:
        """Each placed order's parameters as received (without the key), by order id."""
        with self._lock:
            return {oid: dict(o.params) for oid, o in self.book.orders.items()}

    def order(self, order_id: int | str) -> PanelOrder:
        """The internal record of one order."""
        with self._lock:
            return self.book.orders[int(order_id)]

    def order_status(self, order_id: int | str) -> dict[str, Any]:
        """What `status` would answer for this order now."""
        with self._lock:
            return self.book.order_answer(self.book.orders[int(order_id)])

    @property
    def balance(self) -> Decimal:
        with self._lock:
            return self.book.balance

    @balance.setter
    def balance(self, value: Decimal) -> None:
        with self._lock:
            self.book.balance = Decimal(value)

    @property
    def services(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self.book.services)

    def set_services(self, services: list[dict[str, Any]]) -> None:
        """Replace the catalogue (the cached answer is rebuilt on the next request)."""
        with self._lock:
            self.book.services = list(services)
            self.book.reindex()
            self._services_bytes = None

    def set_status(
        self,
        order_id: int | str,
        status: str,
        remains: int | None = None,
        start_count: int | None = None,
    ) -> None:
        """Force an order's status (Partial, Canceled, Refunded...), refunding as a panel does."""
        with self._lock:
            self.book.force(self.book.orders[int(order_id)], status, remains, start_count)
            if self._changes is not None:
                self._changes.append([int(order_id)], [])

    def set_refill_status(self, refill_id: int | str, status: str) -> None:
        """Force a refill's status (Rejected, Error...)."""
        with self._lock:
            self.book.refills[int(refill_id)].forced_status = status
            if self._changes is not None:
                self._changes.append([], [int(refill_id)])

    # --- faults ---------------------------------------------------------------------------

    def inject(
        self,
        fault: str,
        action: str | None = None,
        times: int | None = 1,
        *,
        after_processing: bool = False,
        size: int = 3_000_000,
        message: str = "The given data was invalid.",
        location: str = "/login",
        retry_after: str | None = "60",
        delay: float = 0.2,
        body: bytes | str = b"",
        status: int = 200,
        length: str | None = None,
    ) -> Fault:
        """Answer the next `times` requests (of `action`, or any) with `fault`; None = always.
        The kinds and what they answer: core.local_panel.faults."""
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; known: {sorted(FAULTS)}")
        raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
        item = Fault(
            fault, action, times, after_processing, size, message, location, retry_after, delay,
            raw, status, length,
        )  # fmt: skip
        with self._lock:
            self._faults.append(item)
        return item

    def clear_faults(self) -> None:
        """Remove every fault still waiting."""
        with self._lock:
            self._faults.clear()

    def release(self) -> None:
        """Let every request held by a "timeout" fault end (without an answer)."""
        with self._lock:
            event, self._release_event = self._release_event, threading.Event()
        event.set()

    @property
    def held_total(self) -> int:
        """How many requests a "timeout" or "trickle" fault has held so far."""
        with self._lock:
            return self._held_total

    def wait_held(self, count: int = 1, timeout: float = 5.0) -> bool:
        """Wait until `count` requests in total have been held by a "timeout" or "trickle"
        fault."""
        with self._held_cond:
            return self._held_cond.wait_for(lambda: self._held_total >= count, timeout)

    # --- serving --------------------------------------------------------------------------

    def _track(self, handler: PanelRequestHandler, alive: bool) -> None:
        with self._lock:
            if alive:
                self._handlers[handler] = threading.current_thread()
            else:
                self._handlers.pop(handler, None)

    def _log_http(self, record: HttpRecord) -> None:
        with self._lock:
            self._http.append(record)

    def _take_fault(self, action: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.action is None or fault.action == action:
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self._faults.remove(fault)
                    return fault
        return None

    def _serve_api(self, handler: PanelRequestHandler, form: dict[str, str]) -> None:
        action = form.get("action", "")
        with self._lock:
            self._requests.append(dict(form))
        fault = self._take_fault(action)
        if fault is not None and not fault.after_processing:
            self._apply(handler, fault, action, form)
            return
        body = self._answer(form, action)
        if fault is not None:
            self._apply(handler, fault, action, form, body)
            return
        handler.send(200, body)

    def _answer(self, form: dict[str, str], action: str) -> bytes:
        if form.get("key") != self.key:
            return _dumps({"error": self.bad_key_text})
        if action == "services":
            return self._services_answer()
        with self._lock:
            ids_before = self.book.next_order_id, self.book.next_refill_id
            try:
                answer = _dumps(self.book.answer(action, form))
            except Refused as exc:
                return _dumps({"error": str(exc)})
            if self._changes is not None and action in CHANGING_ACTIONS:
                self._changes.record(action, form, ids_before)  # before the answer goes out
            return answer

    def _services_answer(self) -> bytes:
        with self._lock:
            # Encoded once: a 50k catalogue is ~10 MB and is asked for often in benchmarks.
            if self._services_bytes is None:
                self._services_bytes = _dumps(self.book.services)
            return self._services_bytes

    def _apply(
        self,
        handler: PanelRequestHandler,
        fault: Fault,
        action: str,
        form: dict[str, str],
        body: bytes | None = None,
    ) -> None:
        """Answer with `fault`; `body` is the real answer when the request was processed."""
        answer_with_fault(self, handler, fault, action, form, body)

    def _count_held(self) -> threading.Event:
        """Count one more held request; returns the event `release()` or `stop()` sets."""
        with self._held_cond:
            event = self._release_event
            if self._stopping:
                event.set()
            self._held_total += 1
            self._held_cond.notify_all()
        return event

    def _hold(self) -> None:
        self._count_held().wait()

    def _huge(self, action: str, size: int) -> bytes:
        key = (action, size)
        with self._lock:
            cached = self._huge_cache.get(key)
        if cached is not None:
            return cached
        if action == "services":
            count = max(size // 180, 10)
            body = _dumps(generate_services(count, seed=7))
            while len(body) <= size:
                count *= 2
                body = _dumps(generate_services(count, seed=7))
        else:
            # A well-formed balance, so only the size can make a client refuse it.
            with self._lock:
                head = {"balance": str(self.book.balance), "currency": self.book.currency}
            body = _dumps({**head, "padding": "x" * size})
        with self._lock:
            self._huge_cache[key] = body
        return body


_BOOK_OPTIONS = frozenset(
    {
        "pending_seconds", "progress_seconds", "refill_seconds", "reject_duplicate_links",
        "status_error_style", "seed_style", "refill_success_text", "supports_refill_cancel",
        "currency",
    }
)  # fmt: skip
