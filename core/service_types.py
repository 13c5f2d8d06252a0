"""The one table of service types: which fields each `add` takes, how they are checked and charged.

Validation (core/drafts.py), request building, the charge estimate and the order form (ui) all read
this table; no other list of field names exists. Labels and hints are plain English literals: the
ui translates them with `QCoreApplication.translate("ServiceTypes", text)`, so keep them literal
here (the translation extractor finds them in this file).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from core.models import Service, normalise_type_name

#: Translation context for every label, hint and choice label below.
TR_CONTEXT = "ServiceTypes"


class FieldKind(str, Enum):
    """How a field's value is entered and checked."""

    LINK = "link"  # one http(s) URL
    INTEGER = "integer"  # a whole number, sent in ASCII digits
    TEXT = "text"  # one non-empty line
    TEXT_LIST = "text_list"  # one item per line, sent joined with "\n"
    USERNAME = "username"  # one non-empty word, no spaces
    USERNAME_LIST = "username_list"  # one username per line, none with spaces
    CHOICE = "choice"  # one of `choices`, sent as the choice's value
    DATE = "date"  # a datetime.date in the draft, sent as d/m/Y


class Charge(str, Enum):
    """How a type is charged, for the estimate."""

    PER_THOUSAND = "per_thousand"  # rate x quantity / 1000 (x runs with drip-feed)
    PER_THOUSAND_LINES = "per_thousand_lines"  # the quantity is the count of a list's lines
    ONCE = "once"  # a package: the rate is the price of the whole order (see estimate)
    NOT_ESTIMABLE = "not_estimable"  # charged later, per post: no honest number in advance


@dataclass(frozen=True)
class Choice:
    """One allowed value of a choice field; `newer` marks values old panels may refuse."""

    value: str
    label: str
    newer: bool = False


@dataclass(frozen=True)
class FieldSpec:
    """One parameter of `add`: its name as sent, how it looks in the form, how it is checked."""

    name: str
    label: str
    kind: FieldKind
    required: bool = True
    hint: str = ""
    choices: tuple[Choice, ...] = ()
    #: Inclusive bounds for INTEGER fields; None = unbounded on that side.
    min_value: int | None = None
    max_value: int | None = None
    #: The value must lie within the service's min..max (quantity, Subscriptions min/max).
    service_bounds: bool = False
    #: runs / interval: shown and accepted only for services whose `dripfeed` is set.
    dripfeed: bool = False
    #: This list's line count is the order's quantity (checked against the service's min..max).
    counts_as_quantity: bool = False
    #: Duplicate lines are pointed out (a warning, the panel would take them).
    flag_duplicates: bool = False
    #: Required, and sent, only when another field has this value: (field name, value).
    only_when: tuple[str, str] | None = None
    #: The value the form starts with ("" = empty).
    default: str = ""

    @property
    def is_list(self) -> bool:
        return self.kind in (FieldKind.TEXT_LIST, FieldKind.USERNAME_LIST)

    def choice(self, value: str) -> Choice | None:
        """The choice with this value, or None."""
        return next((c for c in self.choices if c.value == value), None)


@dataclass(frozen=True)
class ServiceType:
    """A service type: its fields in form order and how it is charged."""

    key: str  # normalised name (normalise_type_name)
    name: str  # the usual spelling, for display
    fields: tuple[FieldSpec, ...]
    charge: Charge
    known: bool = True

    def field(self, name: str) -> FieldSpec | None:
        """The field with this parameter name, or None."""
        return next((f for f in self.fields if f.name == name), None)

    @property
    def quantity_field(self) -> FieldSpec | None:
        """The field that holds the quantity: `quantity`, or the list whose lines are counted."""
        return next((f for f in self.fields if f.name == "quantity" or f.counts_as_quantity), None)

    @property
    def has_dripfeed(self) -> bool:
        return any(f.dripfeed for f in self.fields)


# --- the fields, shared between types --------------------------------------------------------

LINK = FieldSpec("link", "Link", FieldKind.LINK, hint="The full address, starting with https://")
QUANTITY = FieldSpec(
    "quantity",
    "Quantity",
    FieldKind.INTEGER,
    min_value=1,
    service_bounds=True,
    hint="Between the service's minimum and maximum",
)
RUNS = FieldSpec(
    "runs",
    "Runs",
    FieldKind.INTEGER,
    required=False,
    min_value=1,
    dripfeed=True,
    hint="Drip-feed: how many times to deliver the quantity",
)
INTERVAL = FieldSpec(
    "interval",
    "Interval (minutes)",
    FieldKind.INTEGER,
    required=False,
    min_value=1,
    dripfeed=True,
    hint="Drip-feed: minutes between two runs",
)
KEYWORDS = FieldSpec(
    "keywords", "Keywords", FieldKind.TEXT_LIST, hint="One keyword per line", flag_duplicates=True
)
COMMENTS = FieldSpec(
    "comments", "Comments", FieldKind.TEXT_LIST, hint="One comment per line", flag_duplicates=True
)
COMMENTS_COUNTED = FieldSpec(
    "comments",
    "Comments",
    FieldKind.TEXT_LIST,
    hint="One comment per line; the number of lines is the quantity",
    counts_as_quantity=True,
    flag_duplicates=True,
)
USERNAMES = FieldSpec(
    "usernames",
    "Usernames",
    FieldKind.USERNAME_LIST,
    hint="One username per line",
    flag_duplicates=True,
)
USERNAMES_COUNTED = FieldSpec(
    "usernames",
    "Usernames",
    FieldKind.USERNAME_LIST,
    hint="One username per line; the number of lines is the quantity",
    counts_as_quantity=True,
    flag_duplicates=True,
)
HASHTAGS = FieldSpec(
    "hashtags", "Hashtags", FieldKind.TEXT_LIST, hint="One hashtag per line", flag_duplicates=True
)
GROUPS = FieldSpec(
    "groups", "Groups", FieldKind.TEXT_LIST, hint="One group per line", flag_duplicates=True
)

# The seed's values, then the longer delays newer panels accept (up to 600 minutes). Which
# longer values a panel takes is not documented anywhere we could check: the ui marks them.
_SEED_DELAYS = (0, 5, 10, 15, 30, 60, 90)
_NEWER_DELAYS = (20, 40, 50, 120, 150, 180, 210, 240, 270, 300, 360, 420, 480, 540, 600)
DELAY_CHOICES = tuple(
    Choice(str(d), str(d), newer=d not in _SEED_DELAYS)
    for d in sorted(_SEED_DELAYS + _NEWER_DELAYS)
)

DEVICE_CHOICES = (
    Choice("1", "Desktop"),
    Choice("2", "Android"),
    Choice("3", "iOS"),
    Choice("4", "Mixed Mobile"),
    Choice("5", "Mixed"),
)
TRAFFIC_CHOICES = (
    Choice("1", "Google keyword"),
    Choice("2", "Custom referrer"),
    Choice("3", "Blank referrer"),
)


def _t(key: str, name: str, charge: Charge, *fields: FieldSpec) -> ServiceType:
    return ServiceType(key=key, name=name, fields=fields, charge=charge)


PER_K = Charge.PER_THOUSAND

#: Every type of docs/protocol.md (section 4), keyed by normalised name; fields in form order.
SERVICE_TYPES: dict[str, ServiceType] = {
    t.key: t
    for t in (
        _t("default", "Default", PER_K, LINK, QUANTITY, RUNS, INTERVAL),
        _t("package", "Package", Charge.ONCE, LINK),
        _t("seo", "SEO", PER_K, LINK, QUANTITY, KEYWORDS),
        _t("custom comments", "Custom Comments", Charge.PER_THOUSAND_LINES, LINK, COMMENTS_COUNTED),
        _t("custom comments package", "Custom Comments Package", Charge.ONCE, LINK, COMMENTS),
        _t("mentions", "Mentions", PER_K, LINK, QUANTITY, USERNAMES),
        _t(
            "mentions with hashtags",
            "Mentions with Hashtags",
            PER_K,
            LINK,
            QUANTITY,
            USERNAMES,
            HASHTAGS,
        ),  # fmt: skip
        _t(
            "mentions custom list",
            "Mentions Custom List",
            Charge.PER_THOUSAND_LINES,
            LINK,
            USERNAMES_COUNTED,
        ),  # fmt: skip
        _t(
            "mentions hashtag",
            "Mentions Hashtag",
            PER_K,
            LINK,
            QUANTITY,
            FieldSpec(
                "hashtag", "Hashtag", FieldKind.TEXT, hint="The hashtag to take usernames from"
            ),
        ),
        _t(
            "mentions user followers",
            "Mentions User Followers",
            PER_K,
            LINK,
            QUANTITY,
            # The panels' own page says "URL to scrape followers from" for this one: a URL or a
            # bare username both pass the username check (non-empty, no spaces).
            FieldSpec(
                "username",
                "Username",
                FieldKind.USERNAME,
                hint="The account (or its address) whose followers are mentioned",
            ),
        ),
        _t(
            "mentions media likers",
            "Mentions Media Likers",
            PER_K,
            LINK,
            QUANTITY,
            FieldSpec(
                "media",
                "Media link",
                FieldKind.LINK,
                hint="The post whose likers are mentioned, starting with https://",
            ),
        ),
        _t(
            "comment likes",
            "Comment Likes",
            PER_K,
            LINK,
            QUANTITY,
            FieldSpec(
                "username", "Username", FieldKind.USERNAME, hint="The author of the comment to like"
            ),
        ),
        _t(
            "comment replies",
            "Comment Replies",
            Charge.PER_THOUSAND_LINES,
            LINK,
            FieldSpec("username", "Username", FieldKind.USERNAME, hint="The author of the comment"),
            COMMENTS_COUNTED,
        ),
        _t(
            "poll",
            "Poll",
            PER_K,
            LINK,
            QUANTITY,
            FieldSpec(
                "answer_number",
                "Answer number",
                FieldKind.INTEGER,
                min_value=1,
                hint="The position of the answer to vote for, counting from 1",
            ),
        ),
        _t("invites from groups", "Invites from Groups", PER_K, LINK, QUANTITY, GROUPS),
        _t(
            "subscriptions",
            "Subscriptions",
            Charge.NOT_ESTIMABLE,
            FieldSpec("username", "Username", FieldKind.USERNAME, hint="The account to follow"),
            FieldSpec(
                "min",
                "Minimum per post",
                FieldKind.INTEGER,
                min_value=1,
                service_bounds=True,
                hint="Between the service's minimum and maximum",
            ),
            FieldSpec(
                "max",
                "Maximum per post",
                FieldKind.INTEGER,
                min_value=1,
                service_bounds=True,
                hint="Not less than the minimum per post",
            ),
            FieldSpec(
                "posts",
                "New posts",
                FieldKind.INTEGER,
                required=False,
                min_value=0,
                hint="How many new posts to serve; empty for no limit",
            ),
            FieldSpec(
                "old_posts",
                "Old posts",
                FieldKind.INTEGER,
                required=False,
                min_value=0,
                hint="How many existing posts to serve too",
            ),
            FieldSpec(
                "delay",
                "Delay (minutes)",
                FieldKind.CHOICE,
                choices=DELAY_CHOICES,
                default="0",
                hint="Minutes to wait after a new post",
            ),
            FieldSpec(
                "expiry",
                "Expiry date",
                FieldKind.DATE,
                required=False,
                hint="Optional; a date after today",
            ),
        ),
        _t(
            "web traffic",
            "Web Traffic",
            PER_K,
            LINK,
            QUANTITY,
            RUNS,
            INTERVAL,
            FieldSpec("country", "Country", FieldKind.TEXT, hint="Country code or name, e.g. US"),
            FieldSpec("device", "Device", FieldKind.CHOICE, choices=DEVICE_CHOICES, default="5"),
            FieldSpec(
                "type_of_traffic",
                "Type of traffic",
                FieldKind.CHOICE,
                choices=TRAFFIC_CHOICES,
                default="3",
            ),
            FieldSpec(
                "google_keyword",
                "Google keyword",
                FieldKind.TEXT,
                only_when=("type_of_traffic", "1"),
                hint="The search words visitors come from",
            ),
            FieldSpec(
                "referring_url",
                "Referring URL",
                FieldKind.LINK,
                only_when=("type_of_traffic", "2"),
                hint="The page visitors come from, starting with https://",
            ),
        ),
    )
}

#: The form for a type none of the names above match: link + quantity, flagged unknown.
UNKNOWN_TYPE = ServiceType(
    key="", name="Unknown type", fields=(LINK, QUANTITY), charge=PER_K, known=False
)


def type_for_name(type_name: str) -> ServiceType:
    """The type for a panel's type name, in any case/spacing; UNKNOWN_TYPE if none matches."""
    return SERVICE_TYPES.get(normalise_type_name(type_name or ""), UNKNOWN_TYPE)


def type_of(service: Service) -> ServiceType:
    """The type of a service (UNKNOWN_TYPE, with `known` False, for a type we do not know)."""
    return type_for_name(service.type)


def fields_for(service: Service) -> tuple[FieldSpec, ...]:
    """The fields a form shows for this service: drip-feed ones only where the service allows."""
    return tuple(f for f in type_of(service).fields if service.dripfeed or not f.dripfeed)
