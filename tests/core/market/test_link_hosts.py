"""core/market/link_hosts.py: the platform a link is on, and a link on another platform than
its service's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.market.link_hosts import link_platform, platform_clash
from core.market.offers import Platform
from core.models import Service


def service(name: str, category: str = "") -> Service:
    return Service("1", name, category, "Default", Decimal("1"), 10, 1000)


@pytest.mark.parametrize(
    "link,platform",
    [
        ("https://www.instagram.com/p/abc/", Platform.INSTAGRAM),
        ("https://instagr.am/p/abc", Platform.INSTAGRAM),
        ("https://youtu.be/dQw4w9WgXcQ", Platform.YOUTUBE),
        ("https://m.youtube.com/watch?v=1", Platform.YOUTUBE),
        ("http://vm.tiktok.com/ZM123/", Platform.TIKTOK),
        ("https://t.me/somechannel", Platform.TELEGRAM),
        ("https://x.com/user/status/1", Platform.TWITTER),
        ("https://open.spotify.com/track/1", Platform.SPOTIFY),
        ("https://music.apple.com/us/album/1", Platform.APPLE_MUSIC),
        ("https://web.telegram.org/k/#@somechannel", Platform.TELEGRAM),
        ("https://www.youtube-nocookie.com/embed/x", Platform.YOUTUBE),
        ("https://www.google.com/maps/place/x", Platform.GOOGLE),
        ("https://maps.app.goo.gl/abc", Platform.GOOGLE),
        ("https://goo.gl/abc", None),  # a shortener of anything
        ("HTTPS://WWW.FACEBOOK.COM./page", Platform.FACEBOOK),  # case and a trailing dot
        ("https://apple.com/music", None),  # not Apple Music's own host
        ("https://notx.com/a", None),  # a domain ending in a platform's letters is not it
        ("https://example.com/instagram.com", None),  # the path says nothing
        ("https://[::1", None),  # unreadable: no platform, no exception
        ("instagram.com/p/abc", None),  # no scheme: no host to read
        ("", None),
    ],
)
def test_the_platform_of_a_link_is_read_from_its_host(link: str, platform: Platform) -> None:
    assert link_platform(link) is platform


def test_a_link_on_another_platform_is_questioned() -> None:
    likes = service("Instagram Likes [Real, 30 days refill]", "Instagram Likes")
    assert platform_clash(likes, "https://youtu.be/abc") == (Platform.YOUTUBE, Platform.INSTAGRAM)
    assert platform_clash(likes, "https://www.instagram.com/p/abc/") is None
    # Where the audience comes from is no platform the link may be on: the video is.
    shares = service("YouTube Social Shares from Facebook", "YouTube Worldwide Shares")
    assert platform_clash(shares, "https://facebook.com/post/1") == (
        Platform.FACEBOOK,
        Platform.YOUTUBE,
    )
    assert platform_clash(shares, "https://youtu.be/abc") is None


@pytest.mark.parametrize(
    "name,category,link",
    [
        # Services that take any page: web traffic, or one whose words say so.
        ("Website Traffic from Instagram", "Website Traffic", "https://instagram.com/p/1"),
        ("Website Visitors [Worldwide]", "Traffic", "https://youtu.be/abc"),
        (
            "Search from Google USA (Any Site or YTvideo)",
            "YouTube / Website SEO",
            "https://instagram.com/p/1",
        ),
        ("Facebook Website Share", "Facebook: others", "https://instagram.com/p/1"),
        # Its words name the link's platform as one it sells on too.
        (
            "threads — Like (30 kun kafolat)",
            "threads — instagram Xizmatlar",
            "https://instagram.com/p/1",
        ),
        # A service whose platform its words do not say.
        ("Premium Likes", "Best sellers", "https://youtu.be/abc"),
        # A host no platform owns.
        ("Instagram Likes", "Instagram", "https://my-shop.example/p/1"),
    ],
)
def test_nothing_is_said_where_the_link_may_well_be_meant(
    name: str, category: str, link: str
) -> None:
    assert platform_clash(service(name, category), link) is None
