"""The one place where errors become words a person understands (translated), details on demand.

Every tab calls `describe(exc)` (or `show_error`) instead of showing `str(exc)`: core errors
carry a kind and English details; this module picks the translated title and message and keeps
the technical part (host, HTTP status, a snippet of the answer) for the "Details" button.
Nothing here ever shows a traceback or an API key.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from core.errors import READ_ACTIONS, ErrorKind, PanelError
from ui.common.formatting import isolate

if TYPE_CHECKING:  # the message box is imported when one is shown, not at start
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

_CTX = "ErrorText"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _N(text: str) -> str:  # noqa: N802 - marks text for lupdate
    return QT_TRANSLATE_NOOP(_CTX, text)


# (title, message) per kind; {host}, {status}, {limit}, {panel_text} are filled from details.
_TEXTS: dict[ErrorKind, tuple[str, str]] = {
    ErrorKind.CONNECTION: (
        _N("Cannot reach the panel"),
        _N(
            "Could not connect to {host}. Check the API URL, your internet connection and the "
            "proxy. Nothing was sent."
        ),
    ),
    ErrorKind.TIMEOUT_CONNECT: (
        _N("The panel does not answer"),
        _N(
            "{host} could not be reached in time. Check your connection or try again later. "
            "Nothing was sent."
        ),
    ),
    ErrorKind.TIMEOUT_READ: (
        _N("No answer in time"),
        _N(
            "{host} received the request but did not answer in time. If this was an order, check "
            "on the panel whether it was placed before trying again."
        ),
    ),
    ErrorKind.DROPPED: (
        _N("The connection broke"),
        _N(
            "The connection to {host} broke before the answer came. If this was an order, check "
            "on the panel whether it was placed before trying again."
        ),
    ),
    ErrorKind.REDIRECT: (
        _N("The panel redirected the request"),
        _N(
            "{host} answered with a redirect. It was not followed, so your key could not be sent "
            "elsewhere. The API URL is probably wrong: copy it again from the panel's API page."
        ),
    ),
    ErrorKind.HTTP: (
        _N("The panel reported a server error"),
        _N("{host} answered with HTTP error {status}. The panel may be down or the API URL wrong."),
    ),
    ErrorKind.RATE_LIMITED: (
        _N("Too many requests"),
        _N("{host} says too many requests were sent with this key. Wait a minute and try again."),
    ),
    ErrorKind.NOT_JSON: (
        _N("The panel sent a web page"),
        _N(
            "The panel answered with a web page instead of data. The API URL is probably wrong "
            "(it usually ends in /api/v2 or /api/v1), or the site shows a protection or "
            "maintenance page."
        ),
    ),
    ErrorKind.PROTECTION_PAGE: (
        _N("A protection page is in the way"),
        _N(
            "A web protection service in front of {host} answered with its check page instead "
            "of letting the request through to the panel. Open the panel's site in a browser; "
            "if it keeps happening, ask the panel to let API requests through. If this was an "
            "order, check on the panel whether it was placed before trying again."
        ),
    ),
    ErrorKind.EMPTY: (
        _N("The panel sent an empty answer"),
        _N("The panel answered with nothing. It may be overloaded, or the API URL is wrong."),
    ),
    ErrorKind.MALFORMED: (
        _N("The panel sent a malformed answer"),
        _N(
            "The panel's answer could not be read. Try again later; if it keeps happening, the "
            "panel's API is broken."
        ),
    ),
    ErrorKind.TOO_LARGE: (
        _N("The answer is too large"),
        _N(
            "The panel's answer was larger than this app accepts. The API URL may point at the "
            "wrong place."
        ),
    ),
    ErrorKind.ERROR_WITH_ORDER: (
        _N("The panel's answer contradicts itself"),
        _N(
            "The panel reported an error ({panel_text}) but also gave an order id "
            "({order_id}): the order may have been placed. Check on the panel before ordering "
            "again."
        ),
    ),
    ErrorKind.INVALID_SETTINGS: (
        _N("The panel settings cannot be used"),
        _N(
            "The API URL or the proxy is not valid. The API URL starts with https:// and comes "
            "from the panel's API page; a proxy looks like socks5://host:port."
        ),
    ),
    ErrorKind.BAD_KEY: (
        _N("The API key was refused"),
        _N(
            "The panel does not accept this API key. Copy the key again from your account's API "
            "page on the panel and save it in Panels."
        ),
    ),
    ErrorKind.NOT_ENOUGH_FUNDS: (
        _N("Not enough funds"),
        _N("Your balance on the panel is too low for this order. Add funds on the panel first."),
    ),
    ErrorKind.QUANTITY_TOO_LOW: (
        _N("Quantity too low"),
        _N("The panel says the quantity is below the service's minimum ({limit})."),
    ),
    ErrorKind.QUANTITY_TOO_HIGH: (
        _N("Quantity too high"),
        _N("The panel says the quantity is above the service's maximum ({limit})."),
    ),
    ErrorKind.UNKNOWN_SERVICE: (
        _N("Unknown service"),
        _N("The panel does not know this service any more. Refresh the services list."),
    ),
    ErrorKind.ACTIVE_ORDER: (
        _N("An order for this link is still running"),
        _N("The panel already has an active order for this link. Wait until it completes."),
    ),
    ErrorKind.UNKNOWN_ORDER: (
        _N("Unknown order"),
        _N("The panel does not know this order id."),
    ),
    ErrorKind.UNSUPPORTED_ACTION: (
        _N("Not supported by this panel"),
        _N("This panel does not support this request."),
    ),
    ErrorKind.PANEL_OTHER: (
        _N("The panel refused"),
        _N("The panel said: {panel_text}"),
    ),
}


#: The same kinds for a request that changes nothing on the panel (a catalogue, a balance, a
#: status read): no "if this was an order" advice, it was not one.
_READ_TEXTS: dict[ErrorKind, str] = {
    ErrorKind.TIMEOUT_READ: _N(
        "{host} received the request but did not answer in time. Try again later."
    ),
    ErrorKind.DROPPED: _N("The connection to {host} broke before the answer came. Try again."),
    ErrorKind.PROTECTION_PAGE: _N(
        "A web protection service in front of {host} answered with its check page instead "
        "of letting the request through to the panel. Open the panel's site in a browser; "
        "if it keeps happening, ask the panel to let API requests through."
    ),
}


class _Fields(dict):
    """format_map source: a missing detail reads as a neutral word, never a KeyError."""

    def __missing__(self, key: str) -> str:
        return "?" if key != "host" else _tr("the panel")


def _details_text(exc: BaseException) -> str:
    lines = [f"{type(exc).__name__}"]
    if isinstance(exc, PanelError):
        lines[0] += f" ({exc.kind.value})"
        lines.append(exc.message)
        for name, value in sorted(exc.details.items()):
            if value is not None and value != "":
                lines.append(f"{name}: {value}")
    else:
        text = str(exc)
        if text:
            lines.append(text)
    return "\n".join(lines)


def describe(exc: BaseException) -> tuple[str, str, str]:
    """(title, message, details) for any error, translated; `details` is technical text."""
    details = _details_text(exc)
    if isinstance(exc, PanelError):
        title, message = _TEXTS.get(exc.kind, _TEXTS[ErrorKind.PANEL_OTHER])
        # Hosts, codes and the panel's own words keep their direction inside Persian text.
        fields = _Fields(
            {k: isolate(str(v)) for k, v in exc.details.items() if v is not None and v != ""},
        )
        if exc.kind == ErrorKind.PANEL_OTHER and "panel_text" not in fields:
            fields["panel_text"] = isolate(exc.message)
        if exc.details.get("html") is False and exc.kind == ErrorKind.NOT_JSON:
            return (
                _tr("The panel's answer is not data"),
                _tr("The panel answered with text that is not data. The API URL may be wrong."),
                details,
            )
        if exc.details.get("action") in READ_ACTIONS and exc.kind in _READ_TEXTS:
            message = _READ_TEXTS[exc.kind]
        return _tr(title), _tr(message).format_map(fields), details
    # Imported here to keep this module importable before the store package exists.
    from core.store import StoreError, StoreReadOnly

    if isinstance(exc, StoreReadOnly):
        return (
            _tr("Read-only"),
            _tr(
                "This run shows a copy of the data file for viewing: nothing can be saved and "
                "no order can be placed."
            ),
            details,
        )
    if isinstance(exc, StoreError):
        return (
            _tr("The local data file cannot be used"),
            _tr("SMM Desk could not read or write its data file: {reason}").format(reason=exc),
            details,
        )
    if isinstance(exc, OSError):
        return (
            _tr("A file could not be used"),
            _tr("Reading or writing a file failed: {reason}").format(
                reason=exc.strerror or type(exc).__name__
            ),
            details,
        )
    if isinstance(exc, ValueError):
        return _tr("Check what you entered"), str(exc) or _tr("A value is not valid."), details
    log.error("unexpected error shown to the user: %s", details)
    return (
        _tr("Something went wrong"),
        _tr("An unexpected error happened. The details below help when reporting it."),
        details,
    )


def keyring_why(why: str | None) -> str:
    """Why the system keyring did not take a key (core.credentials.StoredKey.why), in words."""
    if why == "locked":
        return _tr("The system keyring is locked: unlock it, then save the key again.")
    if why == "refused":
        return _tr("The system keyring refused the key.")
    if why == "no_keyring":
        return _tr("No system keyring is available on this computer.")
    return ""


def one_line(exc: BaseException) -> str:
    """Title and message in one line, for a status bar or an inline label."""
    title, message, _ = describe(exc)
    return f"{title}: {message}"


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Show the error in a message box with the details behind "Show Details" (non-blocking)."""
    from PySide6.QtWidgets import QMessageBox

    title, message, details = describe(exc)
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(message)
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box
