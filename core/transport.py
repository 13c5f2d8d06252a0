"""One POST to a panel, under the protocol's safety rules, with every failure typed.

Rules (docs/protocol.md, section 10): form body only, the key never in a URL or message,
redirects refused, TLS verified, connect and read timeouts, a cap on the answer size, a
User-Agent naming the app, proxies from the environment or given explicitly (socks5 via PySocks).
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from collections.abc import Mapping
from typing import NamedTuple
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from core import APP_NAME, __version__
from core.errors import (
    AnswerTooLarge,
    ConnectFailed,
    ConnectionDropped,
    ConnectTimedOut,
    HttpStatusError,
    InvalidSettings,
    NetworkError,
    RateLimited,
    ReadTimedOut,
    RedirectRefused,
)

log = logging.getLogger(__name__)

USER_AGENT = f"{APP_NAME.replace(' ', '-')}/{__version__}"
DEFAULT_TIMEOUT = (10.0, 60.0)  # (connect, read) seconds
DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # the largest catalogues are ~15 MB
_CHUNK = 256 * 1024


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_insecure_url(url: str) -> bool:
    """True for plain http:// to anything but this machine: the key would travel in clear."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower() == "http" and not is_loopback(parts.hostname or "")


def check_url(url: str) -> str:
    """The URL stripped, or InvalidSettings saying what is wrong with it."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidSettings(
            "The API URL must start with https:// and name a host, "
            "for example https://smm.robostas.ir/api/v1.",
            host=parts.hostname,
        )
    if parts.username or parts.password or parts.query or parts.fragment:
        raise InvalidSettings(
            "The API URL must not carry a user name, password or query: the key is sent "
            "separately.",
            host=parts.hostname,
        )
    return url


def check_proxy(proxy: str | None) -> str | None:
    if not proxy or not proxy.strip():
        return None
    proxy = proxy.strip()
    scheme = urlsplit(proxy).scheme.lower()
    if scheme not in ("http", "https", "socks5", "socks5h", "socks4", "socks4a"):
        raise InvalidSettings(
            "The proxy must look like http://host:port or socks5://host:port.", proxy_scheme=scheme
        )
    return proxy


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

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = USER_AGENT
            session.headers["Accept"] = "application/json"
            session.verify = True
            if self.proxy:
                session.proxies = {"http": self.proxy, "https": self.proxy}
            self._local.session = session
        return session

    def post(self, form: Mapping[str, str]) -> RawAnswer:
        """POST the form; return the status, body and Retry-After. Raises only core.errors."""
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
        if declared.isdigit() and int(declared) > self.max_bytes:
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
