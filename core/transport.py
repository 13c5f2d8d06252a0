"""One POST to a panel, under the protocol's safety rules, with every failure typed.

Rules (docs/protocol.md, section 10): form body only, the key never in a URL or message,
redirects refused, TLS verified, connect and read timeouts, a cap on the answer size, a
User-Agent naming the app, proxies from the environment or given explicitly (socks5 via PySocks).

The read timeout runs between two bytes, so a panel trickling a byte a second would hold a
request for ever: each request also has a total deadline (connect, send and every read). At
the deadline, or when the transport is closed, the request's sockets are shut down from a
watchdog thread, which ends a blocked read at once; urllib3 offers no other way to interrupt
one. The connections are found through the pool that hands them out (`_WatchedPool`).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Mapping
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import requests
import requests.adapters
import urllib3.exceptions
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from core import APP_NAME, __version__
from core.errors import (
    AnswerTooLarge,
    ConnectFailed,
    ConnectionDropped,
    ConnectTimedOut,
    HttpStatusError,
    InvalidSettings,
    NetworkError,
    PanelError,
    RateLimited,
    ReadTimedOut,
    RedirectRefused,
)
from core.panel_url import (  # noqa: F401 - is_loopback and is_insecure_url: still found here
    check_proxy,
    check_url,
    is_insecure_url,
    is_loopback,
)
from core.whole_numbers import digits_only, whole_number

log = logging.getLogger(__name__)

USER_AGENT = f"{APP_NAME.replace(' ', '-')}/{__version__}"
DEFAULT_TIMEOUT = (10.0, 60.0)  # (connect, read) seconds
#: The whole of one request. 90 s = the 10 s connect, one full 60 s read gap and 20 s more:
#: every answer the read timeout lets through in one go still arrives; only a trickle is cut.
#: An `add` cut here is recorded unknown, so a shorter deadline would make false unknowns of
#: panels that forward the order to their provider before answering (tens of seconds).
DEFAULT_DEADLINE = 90.0
#: The catalogue is the one large answer (~15 MB for the largest panels): 300 s lets it
#: arrive at 0.5 Mbit/s, a slow mobile link.
CATALOGUE_DEADLINE = 300.0
#: What `close()` leaves a request in flight before cutting it: an answer already arriving
#: (most take well under a second) still lands, and closing stays within 2 s.
CLOSE_GRACE = 1.0
DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # the largest catalogues are ~15 MB
_CHUNK = 256 * 1024


# --- the deadline watchdog ------------------------------------------------------------------

#: The watch of the request the current thread is making (read by the pool, same thread).
_current = threading.local()


def _shut(sock: Any) -> None:
    """Shut a socket down for reading and writing: a read blocked on it returns at once."""
    if sock is None:
        return
    # socket.socket's own method on TLS sockets too: it acts on the descriptor and leaves the
    # TLS object (which the reading thread is inside) alone. OSError: closed already.
    with contextlib.suppress(OSError, TypeError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class RequestWatch:
    """One request's connections, cut at its deadline or when the transport closes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connections: list[Any] = []
        self._finished = threading.Event()
        #: "deadline" or "closed" once the request was cut; None while it runs its course.
        self.reason: str | None = None

    def attach(self, connection: Any) -> None:
        with self._lock:
            self._connections.append(connection)

    def cut(self, reason: str, grace: float = 0.0) -> None:
        """After `grace` seconds, if the request still runs, shut its sockets, again every
        50 ms until it ends (a connection still being opened gets its socket later)."""
        if grace > 0 and self._finished.wait(grace):
            return
        with self._lock:
            if self.reason is not None or self._finished.is_set():
                return
            self.reason = reason
        while True:
            with self._lock:
                connections = list(self._connections)
            for connection in connections:
                _shut(getattr(connection, "sock", None))
            if self._finished.wait(0.05):
                return

    def finish(self) -> None:
        with self._lock:
            self._finished.set()
            self._connections.clear()


class _WatchedPool:
    """A connection pool that tells the current request's watch which connection it uses."""

    def _get_conn(self, timeout: float | None = None) -> Any:
        connection = super()._get_conn(timeout)  # type: ignore[misc]
        watch = getattr(_current, "watch", None)
        if watch is not None:
            watch.attach(connection)
        return connection


class _WatchedHTTPPool(_WatchedPool, HTTPConnectionPool):
    pass


class _WatchedHTTPSPool(_WatchedPool, HTTPSConnectionPool):
    pass


_WATCHED: dict[type, type] = {
    HTTPConnectionPool: _WatchedHTTPPool,
    HTTPSConnectionPool: _WatchedHTTPSPool,
}
try:
    from urllib3.contrib.socks import SOCKSHTTPConnectionPool, SOCKSHTTPSConnectionPool

    class _WatchedSOCKSPool(_WatchedPool, SOCKSHTTPConnectionPool):
        pass

    class _WatchedSOCKSHTTPSPool(_WatchedPool, SOCKSHTTPSConnectionPool):
        pass

    _WATCHED[SOCKSHTTPConnectionPool] = _WatchedSOCKSPool
    _WATCHED[SOCKSHTTPSConnectionPool] = _WatchedSOCKSHTTPSPool
except ImportError:  # pragma: no cover - PySocks is a dependency; without it, no socks proxy
    pass


def _watch_pools(manager: Any) -> Any:
    manager.pool_classes_by_scheme = {
        scheme: _WATCHED.get(cls, cls) for scheme, cls in manager.pool_classes_by_scheme.items()
    }
    return manager


class _WatchedAdapter(requests.adapters.HTTPAdapter):
    """requests' adapter with watched pools, direct and through any proxy."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        _watch_pools(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        return _watch_pools(super().proxy_manager_for(proxy, **kwargs))


# --- classifying failures ------------------------------------------------------------------


def _is_connect_phase(exc: BaseException) -> bool:
    """True when the failure happened before the request could be sent."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(
            exc,
            (
                urllib3.exceptions.NewConnectionError,
                urllib3.exceptions.NameResolutionError,
                ConnectionRefusedError,
            ),
        ):
            return True
        if isinstance(exc, urllib3.exceptions.MaxRetryError) and exc.reason is not None:
            exc = exc.reason
            continue
        exc = (
            exc.args[0]
            if exc.args and isinstance(exc.args[0], BaseException)
            else (exc.__cause__ or exc.__context__)
        )
    return False


def _is_read_timeout(exc: BaseException) -> bool:
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, (urllib3.exceptions.ReadTimeoutError, TimeoutError)):
            return True
        exc = (
            exc.args[0]
            if exc.args and isinstance(exc.args[0], BaseException)
            else (exc.__cause__ or exc.__context__)
        )
    return False


class RawAnswer(NamedTuple):
    """What came back, before any judgement."""

    status: int
    body: bytes
    retry_after: str | None = None


class Transport:
    """Sends form POSTs to one panel URL; one requests.Session per thread."""

    def __init__(
        self,
        url: str,
        *,
        proxy: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.url = check_url(url)
        self.host = urlsplit(self.url).hostname or "?"
        self.proxy = check_proxy(proxy)
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._local = threading.local()
        self._lock = threading.Lock()
        self._closed = False
        self._watches: set[RequestWatch] = set()

    def close(self, grace: float = CLOSE_GRACE) -> None:
        """No new request from now on; each one in flight is cut after `grace` seconds unless
        it ended (it fails as dropped: an `add` becomes unknown). Returns at once."""
        with self._lock:
            self._closed = True
            watches = list(self._watches)
        for watch in watches:
            threading.Thread(
                target=watch.cut, args=("closed", grace), daemon=True, name="request-cut"
            ).start()

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = USER_AGENT
            session.headers["Accept"] = "application/json"
            session.verify = True
            session.mount("http://", _WatchedAdapter())
            session.mount("https://", _WatchedAdapter())
            if self.proxy:
                session.proxies = {"http": self.proxy, "https": self.proxy}
            self._local.session = session
        return session

    def post(self, form: Mapping[str, str], deadline: float = DEFAULT_DEADLINE) -> RawAnswer:
        """POST the form; return the status, body and Retry-After. Raises only core.errors.

        Past `deadline` seconds the request is cut: ReadTimedOut (its outcome is unknown, as
        after any read timeout). After `close()` nothing is sent: ConnectFailed."""
        watch = RequestWatch()
        with self._lock:
            if self._closed:
                raise ConnectFailed(
                    f"Nothing was sent to {self.host}: the connection is closed.",
                    host=self.host,
                    closed=True,
                )
            self._watches.add(watch)
        timer = threading.Timer(deadline, watch.cut, args=("deadline",))
        timer.daemon = True
        timer.start()
        _current.watch = watch
        try:
            answer = self._post(form)
        except PanelError:
            if watch.reason is None:
                raise
            answer = None
        finally:
            _current.watch = None
            timer.cancel()
            watch.finish()
            with self._lock:
                self._watches.discard(watch)
        if watch.reason is None and answer is not None:
            return answer
        # Cut: whatever the library made of the shut socket (a drop, a short body), the
        # request ended because of the deadline or the close, and says so.
        if watch.reason == "closed":
            raise ConnectionDropped(
                f"The request to {self.host} was cut short: the connection was closed.",
                host=self.host,
                closed=True,
            )
        raise ReadTimedOut(
            f"{self.host} did not finish answering within {deadline:g} s.",
            host=self.host,
            deadline=deadline,
        )

    def _post(self, form: Mapping[str, str]) -> RawAnswer:
        action = form.get("action", "?")
        started = time.monotonic()
        try:
            response = self._session().post(
                self.url,
                data=dict(form),
                timeout=self.timeout,
                allow_redirects=False,
                stream=True,
            )
        except requests.exceptions.ConnectTimeout:
            raise ConnectTimedOut(
                f"Could not reach {self.host} in time: check the address and your connection.",
                host=self.host,
            ) from None
        except requests.exceptions.ReadTimeout:
            raise ReadTimedOut(f"{self.host} did not answer in time.", host=self.host) from None
        except requests.exceptions.SSLError:
            raise ConnectFailed(
                f"The secure connection to {self.host} failed (TLS certificate problem).",
                host=self.host,
                tls=True,
            ) from None
        except requests.exceptions.ProxyError:
            raise ConnectFailed(
                f"Could not connect through the proxy to {self.host}.", host=self.host, proxy=True
            ) from None
        except (
            requests.exceptions.InvalidURL,
            requests.exceptions.InvalidSchema,
            requests.exceptions.MissingSchema,
            requests.exceptions.InvalidProxyURL,
        ) as exc:
            raise InvalidSettings(
                f"The API URL or proxy cannot be used ({type(exc).__name__}).", host=self.host
            ) from None
        except requests.exceptions.ConnectionError as exc:
            if _is_connect_phase(exc):
                raise ConnectFailed(
                    f"Could not connect to {self.host}: check the address and your connection.",
                    host=self.host,
                ) from None
            raise ConnectionDropped(
                f"The connection to {self.host} broke before an answer came.", host=self.host
            ) from None
        except requests.exceptions.RequestException as exc:
            raise NetworkError(
                f"Talking to {self.host} failed ({type(exc).__name__}).", host=self.host
            ) from None

        with response:
            status = response.status_code
            if 300 <= status < 400:
                raise RedirectRefused(
                    f"{self.host} answered with a redirect (HTTP {status}); it was not followed "
                    "so your key cannot be sent elsewhere. Check the API URL.",
                    host=self.host,
                    status=status,
                    location_host=urlsplit(response.headers.get("Location", "")).hostname,
                )
            body = self._read_capped(response)
            retry_after = response.headers.get("Retry-After")
        log.info(
            "%s %s -> HTTP %s, %d bytes, %.0f ms",
            action,
            self.host,
            status,
            len(body),
            (time.monotonic() - started) * 1000,
        )
        return RawAnswer(status, body, retry_after)

    def _read_capped(self, response: requests.Response) -> bytes:
        declared = response.headers.get("Content-Length", "")
        length = whole_number(declared)  # None for no number, and for one of over 30 digits
        if (length is None and digits_only(declared)) or (length or 0) > self.max_bytes:
            raise AnswerTooLarge(self._too_large_text(), host=self.host, limit=self.max_bytes)
        chunks, total = [], 0
        try:
            for chunk in response.iter_content(_CHUNK):
                total += len(chunk)
                if total > self.max_bytes:
                    raise AnswerTooLarge(
                        self._too_large_text(), host=self.host, limit=self.max_bytes
                    )
                chunks.append(chunk)
        except requests.exceptions.RequestException as exc:
            if _is_read_timeout(exc):
                raise ReadTimedOut(
                    f"{self.host} stopped answering midway.", host=self.host
                ) from None
            raise ConnectionDropped(
                f"The connection to {self.host} broke while the answer was arriving.",
                host=self.host,
            ) from None
        return b"".join(chunks)

    def _too_large_text(self) -> str:
        return f"The answer from {self.host} is larger than {self.max_bytes // (1024 * 1024)} MB."


def raise_for_status(status: int, host: str, **details: object) -> None:
    """Judge the HTTP status alone, once the body is known to hold no panel error."""
    if status == 429:
        raise RateLimited(
            f"{host} says too many requests: wait a minute and try again.",
            host=host,
            status=status,
            **details,
        )
    if status >= 400:
        raise HttpStatusError(
            f"{host} answered with HTTP error {status}.", host=host, status=status, **details
        )
