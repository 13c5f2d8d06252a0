"""HTML pages the local panel sends where a real panel or its CDN would answer with a web page."""

from __future__ import annotations

_STYLE = """
  body { font-family: Verdana, sans-serif; font-size: 11pt; background: #d8dbe2; }
  div.main { width: 800px; margin: 0 auto; background: #fff; border: 2px solid #212738; }
  div.header { height: 99px; background: #f5f6f7; font-size: 180%; font-weight: bold; }
  div.section { margin: 3px; padding: 4px 8px; color: #000; }
  div.section pre { padding: 8px; border: 1px dotted #000; background: #f5f6f7; }
"""

_PARAGRAPH = (
    "    <p>This is the default welcome page of a web server that has just been installed. "
    "If you can read this page, the web server works, but the site you asked for has not "
    "been set up at this address, or the address points to the wrong place. The owner of "
    "the site should check the path of the document they wanted to publish.</p>\r\n"
)


def _site_page() -> bytes:
    """A web server's default page of about 11 KB, like a real panel's wrong-path answer."""
    head = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\r\n<head>\r\n'
        '  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\r\n'
        "  <title>Web server default page: it works</title>\r\n"
        f'  <style type="text/css">{_STYLE}</style>\r\n</head>\r\n<body>\r\n'
        '  <div class="main"><div class="header">It works!</div>\r\n'
        '  <div class="section">\r\n'
    )
    tail = "  </div></div>\r\n</body>\r\n</html>\r\n"
    body = head
    while len(body) + len(tail) < 11_000:
        body += _PARAGRAPH
    return (body + tail).encode()


SITE_PAGE = _site_page()

CLOUDFLARE_PAGE = (
    b'<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>'
    b'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
    b'<meta name="robots" content="noindex,nofollow"></head><body>'
    b'<div class="main-wrapper" role="main"><div class="main-content">'
    b"<h1>127.0.0.1</h1><h2>Checking if the site connection is secure</h2>"
    b"<noscript>Enable JavaScript and cookies to continue</noscript>"
    b"<p>127.0.0.1 needs to review the security of your connection before proceeding.</p>"
    b'</div></div><div class="footer">Ray ID: <code>8a1b2c3d4e5f6a7b</code> &bull; '
    b"Performance &amp; security by Cloudflare</div></body></html>"
)

ERROR_500_PAGE = (
    b"<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
    b"<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)

RATE_LIMIT_PAGE = (
    b"<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n"
    b"<center><h1>429 Too Many Requests</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)

REDIRECT_PAGE = (
    b"<html>\r\n<head><title>302 Found</title></head>\r\n<body>\r\n"
    b"<center><h1>302 Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)

# The seed's own example answer: missing commas and an unquoted value.
MALFORMED_JSON = b'[{"service": 1 "name": "Followers", "type": default, "rate": "0.90"}]'
