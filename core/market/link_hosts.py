"""Which platform a link is on, read from its host: so a link on another platform than its
service's (a YouTube video for Instagram likes) is questioned before the order is sent.

A panel takes any link and charges for the order all the same; what it delivers to the wrong
page is lost money. The check only speaks when both sides are known and disagree: an unknown
host, a service whose platform its name does not say, one that takes any page (web traffic,
map listings, "any site", "website share"), or one whose words name the link's platform as
one it sells on too ("threads — instagram") is never questioned.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from core.market.offers import Platform
from core.market.reading import describe, fold, platforms_named
from core.models import Service

#: A platform's own domains (and their short-link domains); a subdomain counts as its domain
#: (m.youtube.com, vm.tiktok.com, open.spotify.com).
HOSTS: dict[str, Platform] = {
    "instagram.com": Platform.INSTAGRAM,
    "instagr.am": Platform.INSTAGRAM,
    "ig.me": Platform.INSTAGRAM,
    "tiktok.com": Platform.TIKTOK,
    "youtube.com": Platform.YOUTUBE,
    "youtu.be": Platform.YOUTUBE,
    "youtube-nocookie.com": Platform.YOUTUBE,
    "t.me": Platform.TELEGRAM,
    "telegram.me": Platform.TELEGRAM,
    "telegram.dog": Platform.TELEGRAM,
    "telegram.org": Platform.TELEGRAM,  # web.telegram.org/k/#@channel
    "facebook.com": Platform.FACEBOOK,
    "fb.com": Platform.FACEBOOK,
    "fb.me": Platform.FACEBOOK,
    "fb.watch": Platform.FACEBOOK,
    "twitter.com": Platform.TWITTER,
    "x.com": Platform.TWITTER,
    "spotify.com": Platform.SPOTIFY,
    "spotify.link": Platform.SPOTIFY,
    "threads.net": Platform.THREADS,
    "threads.com": Platform.THREADS,
    "twitch.tv": Platform.TWITCH,
    "discord.gg": Platform.DISCORD,
    "discord.com": Platform.DISCORD,
    "soundcloud.com": Platform.SOUNDCLOUD,
    "linkedin.com": Platform.LINKEDIN,
    "lnkd.in": Platform.LINKEDIN,
    "whatsapp.com": Platform.WHATSAPP,
    "wa.me": Platform.WHATSAPP,
    "snapchat.com": Platform.SNAPCHAT,
    "pinterest.com": Platform.PINTEREST,
    "pin.it": Platform.PINTEREST,
    "reddit.com": Platform.REDDIT,
    "redd.it": Platform.REDDIT,
    "kick.com": Platform.KICK,
    "vk.com": Platform.VK,
    "vk.ru": Platform.VK,
    "rumble.com": Platform.RUMBLE,
    "music.apple.com": Platform.APPLE_MUSIC,
    "deezer.com": Platform.DEEZER,
    "audiomack.com": Platform.AUDIOMACK,
    "shazam.com": Platform.SHAZAM,
    "kwai.com": Platform.KWAI,
    "likee.video": Platform.LIKEE,
    "quora.com": Platform.QUORA,
    "trustpilot.com": Platform.TRUSTPILOT,
    "clubhouse.com": Platform.CLUBHOUSE,
    "rubika.ir": Platform.RUBIKA,
    "eitaa.com": Platform.EITAA,
    "aparat.com": Platform.APARAT,
    "boomplay.com": Platform.BOOMPLAY,
    "roblox.com": Platform.ROBLOX,
    "tumblr.com": Platform.TUMBLR,
    "ok.ru": Platform.ODNOKLASSNIKI,
    "rutube.ru": Platform.RUTUBE,
    "vimeo.com": Platform.VIMEO,
    "dailymotion.com": Platform.DAILYMOTION,
    "tidal.com": Platform.TIDAL,
    "bsky.app": Platform.BLUESKY,
    "trovo.live": Platform.TROVO,
    "bigo.tv": Platform.BIGO,
    "github.com": Platform.GITHUB,
    "mixcloud.com": Platform.MIXCLOUD,
    "dzen.ru": Platform.DZEN,
    "google.com": Platform.GOOGLE,  # a place on its maps, a business profile
    "maps.app.goo.gl": Platform.GOOGLE,
}

#: Services that take a link to any page: web traffic, a place on a map.
_ANY_PAGE = frozenset({Platform.WEBSITE, Platform.GOOGLE})
#: Words by which a service read as one platform's says it takes any page ("Facebook Website
#: Share", "Ads Click (Any site or YT video)"), on the folded name and category.
_ANY_PAGE_WORDS = re.compile(
    r"\b(?:web ?sites?|any (?:site|link|url|page)|веб ?сайт\w*|сайт\w*|وب ?سایت|سایت)\b"
)


def link_platform(link: str) -> Platform | None:
    """The platform a link is on, or None for a host that is none of HOSTS (or no link)."""
    try:
        host = urlsplit(link.strip()).hostname
    except ValueError:  # a bad port, an unbalanced IPv6 bracket
        return None
    if not host:
        return None
    parts = host.rstrip(".").split(".")
    for start in range(len(parts) - 1):  # the host, then each parent domain
        platform = HOSTS.get(".".join(parts[start:]))
        if platform is not None:
            return platform
    return None


@lru_cache(maxsize=256)
def _sold_on(service: Service) -> tuple[Platform | None, frozenset[Platform]]:
    """The platform the service sells for (None when it takes any page or says none), and
    every platform it names. A mass order checks the same few services line after line: each
    is read once."""
    sold = describe(service).platform
    if sold in _ANY_PAGE or _ANY_PAGE_WORDS.search(fold(f"{service.name} {service.category}")):
        sold = None
    return sold, platforms_named(service)


def platform_clash(service: Service, link: str) -> tuple[Platform, Platform] | None:
    """(the link's platform, the service's) when the link is on another platform than the
    one the service sells for; None when they agree or either is unknown, when the service
    takes any page, or when its name or category names the link's platform too."""
    on = link_platform(link)
    if on is None:
        return None
    sold, named = _sold_on(service)
    if sold is None or sold is on or on in named:
        return None
    return on, sold
