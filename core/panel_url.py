"""A panel's API URL and proxy, checked before anything is sent (no network code here).

Apart from core.transport so that reading the saved panels at start-up does not import the
HTTP stack (requests and urllib3 take about 0.1-0.2 s to import) before the window is shown.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from core.errors import InvalidSettings


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
