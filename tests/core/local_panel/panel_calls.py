"""How the local panel tests talk to it: raw HTTP posts, and a valid order of every service."""

from __future__ import annotations

import requests

from core.local_panel import LocalPanel
from core.local_panel import catalogue as cat

LINK = "https://instagram.com/p/abc"
# A valid add form for every service of the default catalogue, by id.
VALID_ADD = {
    cat.SERVICE_DEFAULT_DRIPFEED: {"link": LINK, "quantity": "1000"},
    cat.SERVICE_DEFAULT: {"link": LINK, "quantity": "100"},
    cat.SERVICE_DEFAULT_PERSIAN: {"link": LINK, "quantity": "50"},
    cat.SERVICE_PACKAGE: {"link": LINK},
    cat.SERVICE_SEO: {"link": LINK, "quantity": "100", "keywords": "smm\ndesk"},
    cat.SERVICE_CUSTOM_COMMENTS: {"link": LINK, "comments": "a\nb\nc\nd\ne"},
    cat.SERVICE_CUSTOM_COMMENTS_PACKAGE: {"link": LINK, "comments": "1\n2\n3\n4\n5"},
    cat.SERVICE_MENTIONS: {"link": LINK, "quantity": "100", "usernames": "a\nb"},
    cat.SERVICE_MENTIONS_HASHTAGS: {
        "link": LINK, "quantity": "100", "usernames": "a\nb", "hashtags": "#x\n#y",
    },
    cat.SERVICE_MENTIONS_CUSTOM_LIST: {"link": LINK, "usernames": "\n".join("u0123456789")},
    cat.SERVICE_MENTIONS_HASHTAG: {"link": LINK, "quantity": "100", "hashtag": "travel"},
    cat.SERVICE_MENTIONS_USER_FOLLOWERS: {"link": LINK, "quantity": "100", "username": "nasa"},
    cat.SERVICE_MENTIONS_MEDIA_LIKERS: {"link": LINK, "quantity": "100", "media": LINK},
    cat.SERVICE_COMMENT_LIKES: {"link": LINK, "quantity": "20", "username": "owner"},
    cat.SERVICE_COMMENT_REPLIES: {"link": LINK, "username": "owner", "comments": "hi\nthere"},
    cat.SERVICE_POLL: {"link": LINK, "quantity": "50", "answer_number": "2"},
    cat.SERVICE_INVITES: {"link": LINK, "quantity": "100", "groups": "g1\ng2"},
    cat.SERVICE_SUBSCRIPTIONS: {
        "username": "nasa", "min": "50", "max": "100", "posts": "3", "delay": "30",
        "expiry": "05/03/2027",
    },
    cat.SERVICE_WEB_TRAFFIC: {
        "link": LINK, "quantity": "500", "country": "US", "device": "5", "type_of_traffic": "3",
    },
    cat.SERVICE_UNKNOWN_TYPE: {"link": LINK, "quantity": "100"},
    cat.SERVICE_STRING_ID: {"link": LINK, "quantity": "1000"},
    cat.SERVICE_CANCEL_ONLY: {"link": LINK, "quantity": "100"},
}  # fmt: skip


def post(p: LocalPanel, timeout: float = 5, **fields: str) -> requests.Response:
    return requests.post(
        p.url, data={"key": p.key, **fields}, timeout=timeout, allow_redirects=False
    )


def call(p: LocalPanel, **fields: str):
    response = post(p, **fields)
    assert response.status_code == 200
    return response.json()


def add(p: LocalPanel, service, **fields: str):
    return call(p, action="add", service=str(service), **fields)


def place(p: LocalPanel, service=cat.SERVICE_DEFAULT_DRIPFEED, **fields: str) -> int:
    answer = add(p, service, **(fields or VALID_ADD[service]))
    assert isinstance(answer.get("order"), int), answer
    return answer["order"]
