"""Every failure that leaves core: one hierarchy, a kind the ui translates, no raw library errors.

Messages are plain English for logs and tests; the ui turns `kind` + `details` into translated
words (see ui/common/error_text.py). No message ever contains the API key: errors are built from
the URL host, the HTTP status and the panel's own words, never from the request body, and the
panel's words are redacted where they enter (core.api scrubs the key from every answer,
core.answers.panel_words redacts every registered secret), since a panel may echo the key.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

#: The actions that change nothing on the panel: retried on a network fault (core.api), and a
#: failure of one needs no "check whether it was placed" (ui/common/error_text).
READ_ACTIONS = frozenset({"services", "balance", "status", "refill_status"})


class ErrorKind(str, Enum):
    """What went wrong, as a stable name the ui can map to translated text."""

    CONNECTION = "connection"  # could not connect: nothing was sent
    TIMEOUT_CONNECT = "timeout_connect"  # no connection in time: nothing was sent
    TIMEOUT_READ = "timeout_read"  # sent, no answer in time: the outcome is unknown
    DROPPED = "dropped"  # connection lost after sending: the outcome is unknown
    REDIRECT = "redirect"  # the panel answered with a redirect, which we refuse to follow
    HTTP = "http"  # an HTTP error status with no JSON error in the body
    RATE_LIMITED = "rate_limited"  # HTTP 429
    NOT_JSON = "not_json"  # a web page or other text instead of JSON
    PROTECTION_PAGE = "protection_page"  # a CDN's challenge or block page (Cloudflare...)
    EMPTY = "empty"  # an empty body
    MALFORMED = "malformed"  # JSON, but not the shape the protocol promises
    TOO_LARGE = "too_large"  # the answer exceeded the size cap
    INVALID_SETTINGS = "invalid_settings"  # bad URL or proxy given to the client
    ERROR_WITH_ORDER = "error_with_order"  # `add` answered an error AND an order id
    # The panel's own {"error": ...}, recognised:
    BAD_KEY = "bad_key"
    NOT_ENOUGH_FUNDS = "not_enough_funds"
    QUANTITY_TOO_LOW = "quantity_too_low"
    QUANTITY_TOO_HIGH = "quantity_too_high"
    UNKNOWN_SERVICE = "unknown_service"
    ACTIVE_ORDER = "active_order"
    UNKNOWN_ORDER = "unknown_order"
    UNSUPPORTED_ACTION = "unsupported_action"
    PANEL_OTHER = "panel_other"


class PanelError(Exception):
    """Base of every error core raises about talking to a panel."""

    kind: ErrorKind = ErrorKind.PANEL_OTHER
    #: True when the request may have reached the panel and been acted on. For `add` this
    #: decides between "failed" (nothing placed) and "unknown" (check on the panel).
    maybe_processed: bool = True

    def __init__(self, message: str, *, kind: ErrorKind | None = None, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        if kind is not None:
            self.kind = kind
        self.details: dict[str, Any] = details

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.kind.value!r}, {self.message!r})"


class NetworkError(PanelError):
    """The connection failed or timed out."""


class ConnectFailed(NetworkError):
    """No connection could be made: the request never left this machine."""

    kind = ErrorKind.CONNECTION
    maybe_processed = False


class ConnectTimedOut(NetworkError):
    """The connection could not be opened in time: nothing was sent."""

    kind = ErrorKind.TIMEOUT_CONNECT
    maybe_processed = False


class ReadTimedOut(NetworkError):
    """The request was sent but no answer came in time."""

    kind = ErrorKind.TIMEOUT_READ


class ConnectionDropped(NetworkError):
    """The connection broke after the request was sent."""

    kind = ErrorKind.DROPPED


class BadAnswer(PanelError):
    """The panel answered, but not with something the protocol allows."""


class RedirectRefused(BadAnswer):
    """The panel answered with a redirect; following it could send the key elsewhere."""

    kind = ErrorKind.REDIRECT


class HttpStatusError(BadAnswer):
    """An HTTP error status and no JSON error in the body."""

    kind = ErrorKind.HTTP


class RateLimited(BadAnswer):
    """HTTP 429: too many requests for this key."""

    kind = ErrorKind.RATE_LIMITED
    # A rate limiter turns the request away before the panel acts on it: nothing was placed.
    maybe_processed = False


class NotJson(BadAnswer):
    """The body is not JSON (often an HTML page: a wrong URL, Cloudflare, a 502 page)."""

    kind = ErrorKind.NOT_JSON


class ProtectionPage(BadAnswer):
    """A web protection service (Cloudflare, ArvanCloud, Sucuri...) answered with its challenge
    or block page instead of letting the request through to the panel, whatever the HTTP status.

    Whether the panel saw the request is not known, so an order stays unknown. `details` hold
    `status`, `snippet` (the page's title) and `service` (the protection named, when known)."""

    kind = ErrorKind.PROTECTION_PAGE


class EmptyAnswer(BadAnswer):
    """The body is empty."""

    kind = ErrorKind.EMPTY


class MalformedAnswer(BadAnswer):
    """JSON that does not have the shape the action promises."""

    kind = ErrorKind.MALFORMED


class AnswerTooLarge(BadAnswer):
    """The answer exceeded the client's size cap."""

    kind = ErrorKind.TOO_LARGE


class ErrorWithOrderId(BadAnswer):
    """`add` answered with an error and an order id at once: the order may exist.

    `details` hold `panel_text` (the error, redacted) and `order_id` (the id it gave, or
    None when what it gave is not one id)."""

    kind = ErrorKind.ERROR_WITH_ORDER

    @property
    def order_id(self) -> str | None:
        value = self.details.get("order_id")
        return None if value is None else str(value)


class InvalidSettings(PanelError):
    """The URL or proxy given to the client cannot be used."""

    kind = ErrorKind.INVALID_SETTINGS
    maybe_processed = False


class PanelRefused(PanelError):
    """The panel's own `{"error": ...}`: it understood the request and refused it."""

    maybe_processed = False

    @property
    def panel_text(self) -> str:
        """The panel's error text, as it sent it (trimmed)."""
        return str(self.details.get("panel_text", self.message))
