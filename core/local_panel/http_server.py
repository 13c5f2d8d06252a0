"""The local panel's HTTP side: one thread per connection, keep-alive, every request recorded.

A POST to the panel's path is handed to `LocalPanel._serve_api` (server.py) with its form; any
other path answers the site's web page, as a real panel's web server does.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from core.local_panel import pages
from core.local_panel.faults import HTML_TYPE as _HTML
from core.local_panel.faults import JSON_TYPE as _JSON

if TYPE_CHECKING:
    from core.local_panel.server import LocalPanel

_MAX_BODY = 20 * 1024 * 1024


@dataclass(frozen=True)
class HttpRecord:
    """One HTTP request as it arrived: tests use it to check the key never sits in the URL."""

    method: str
    target: str  # path and query string, exactly as sent
    headers: dict[str, str]


class PanelHttpServer(ThreadingHTTPServer):
    """The listening socket; its handlers reach the panel through `panel`."""

    daemon_threads = True
    # stop() joins handler threads itself, with a deadline, after closing their sockets.
    block_on_close = False
    # The default backlog of 5 drops SYNs under parallel clients, costing a 1 s retransmit.
    request_queue_size = 128
    panel: LocalPanel


class PanelRequestHandler(BaseHTTPRequestHandler):
    """One connection: records each request, answers GET/HEAD with the site, POST with the API."""

    protocol_version = "HTTP/1.1"  # keep-alive, as a requests.Session expects
    server_version = "nginx"
    sys_version = ""
    timeout = 60  # idle keep-alive connections end by themselves
    # Headers and body go out in separate writes: without this, Nagle + delayed ACK add ~40 ms.
    disable_nagle_algorithm = True
    server: PanelHttpServer

    def setup(self) -> None:
        super().setup()
        self.server.panel._track(self, True)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.server.panel._track(self, False)

    def handle(self) -> None:
        # The client may go away mid-answer (its read timeout, a dropped fault): nothing to do.
        with contextlib.suppress(OSError):
            super().handle()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def send(self, status: int, body: bytes, ctype: str = _JSON, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _record(self) -> None:
        self.server.panel._log_http(
            HttpRecord(self.command, self.path, {k: v for k, v in self.headers.items()})
        )

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self._record()
        self.send(200, pages.SITE_PAGE, _HTML)

    def do_HEAD(self) -> None:  # noqa: N802 - stdlib name
        self._record()
        self.send_response(200)
        self.send_header("Content-Type", _HTML)
        self.send_header("Content-Length", str(len(pages.SITE_PAGE)))
        self.end_headers()

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        self._record()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= _MAX_BODY:
            self.send(
                400, pages.ERROR_500_PAGE.replace(b"500 Internal Server Error", b"400"), _HTML
            )
            return
        body = self.rfile.read(length) if length else b""
        panel = self.server.panel
        if urlsplit(self.path).path.rstrip("/") != panel.path.rstrip("/"):
            self.send(200, pages.SITE_PAGE, _HTML)
            return
        # Only the body counts, like PHP's $_POST: a key in the query string is not a key.
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        panel._serve_api(self, form)
