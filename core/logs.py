"""Logging: a rotating log file in a folder the caller picks, with secrets redacted.

API keys must never reach a log. Code should not log them in the first place; the
`SecretRedactor` filter is the belt-and-braces measure: it blanks every string registered with
`register_secret` and any `key=...` / `"key": "..."` value, in messages, arguments and
tracebacks. The log folder and files are readable by the user only (core.private_files).
A windowed Windows app has no console (`sys.stdout`/`sys.stderr` are None): then only the
file handler exists and nothing writes to the missing stream.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from pathlib import Path

from core.private_files import make_private_file, make_private_folder, tighten_if_present

LOG_FILE_NAME = "smm-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
REDACTED = "***"
#: Shorter strings are not registered: blanking them would garble ordinary text.
MIN_SECRET_LENGTH = 6

_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

_secrets: set[str] = set()
_secrets_lock = threading.Lock()

# `key=VALUE` as in a form body or query string, and `"key": "VALUE"` as in JSON or a dict repr.
_KEY_FORM = re.compile(r"(?i)\b((?:api_?)?key=)([^&\s'\"]+)")
_KEY_JSON = re.compile(r"(?i)(['\"](?:api_?)?key['\"]\s*:\s*['\"])([^'\"]*)(['\"])")


def register_secret(secret: str | None) -> None:
    """Redact `secret` from every log record from now on (call it when a key is read or set)."""
    if secret and len(secret.strip()) >= MIN_SECRET_LENGTH:
        with _secrets_lock:
            _secrets.add(secret.strip())


def forget_secret(secret: str | None) -> None:
    """Stop redacting `secret` (a deleted key)."""
    if secret:
        with _secrets_lock:
            _secrets.discard(secret.strip())


def redact(text: str) -> str:
    """`text` with registered secrets and key=/"key": values replaced by ***."""
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)  # longest first: no partial leftovers
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    text = _KEY_FORM.sub(lambda m: m.group(1) + REDACTED, text)
    return _KEY_JSON.sub(lambda m: m.group(1) + REDACTED + m.group(3), text)


class SecretRedactor(logging.Filter):
    """Rewrites each record's message and traceback with `redact` before any handler emits it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what there is rather than lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def _rotate_privately(source: str, dest: str) -> None:
    """RotatingFileHandler's rotator: rename as usual, then make the next file 0600 before the
    handler opens it (it appends to the existing file, keeping that mode)."""
    if os.path.exists(source):
        os.rename(source, dest)
    make_private_file(Path(source))


def _has_stream(stream: object) -> bool:
    return stream is not None and callable(getattr(stream, "write", None))


def setup_logging(
    log_dir: Path,
    *,
    level: int = logging.INFO,
    console: bool | None = None,
    rotating: bool = True,
) -> Path:
    """Send the root logger to `log_dir`/smm-desk.log (rotating); returns the file's path.

    `console`: also log to stderr; None means "only when there is a stderr to write to".
    Calling it again replaces the handlers it added before.
    `rotating=False`: the same file through a plain FileHandler, without logging.handlers (it
    imports socket and pickle, ~6 ms of a frozen start); main.py starts so and calls this again
    once the window has painted.
    """
    log_dir = make_private_folder(Path(log_dir))
    path = log_dir / LOG_FILE_NAME
    for number in range(1, BACKUP_COUNT + 1):  # older logs, written before files were private
        tighten_if_present(path.with_name(f"{path.name}.{number}"))
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_smm_desk", False):
            root.removeHandler(handler)
            handler.close()

    redactor = SecretRedactor()
    formatter = logging.Formatter(_FORMAT)
    make_private_file(path)  # created 0600 (or tightened) before the handler opens it
    file_handler: logging.FileHandler
    if rotating:
        from logging.handlers import RotatingFileHandler

        file_handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        file_handler.rotator = _rotate_privately
    else:
        file_handler = logging.FileHandler(path, encoding="utf-8")
    handlers: list[logging.Handler] = [file_handler]
    want_console = _has_stream(sys.stderr) if console is None else console
    if want_console and _has_stream(sys.stderr):
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)  # the console is for problems; the file has the rest
        handlers.append(stream)
    for handler in handlers:
        handler.addFilter(redactor)
        handler.setFormatter(formatter)
        handler._smm_desk = True  # type: ignore[attr-defined]  # marks ours for a re-setup
        root.addHandler(handler)
    root.setLevel(level)
    # logging's own "--- Logging error ---" reports go to stderr: with none, stay silent.
    logging.raiseExceptions = _has_stream(sys.stderr)
    logging.captureWarnings(True)
    return path
