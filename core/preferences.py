"""Every preference the app keeps, declared once: its key, its type, its default.

The database's `settings` table holds text; this module is the only place that turns that text
into typed values and back. Code asks `store.preferences.get(ORDERS_AUTO_REFRESH)` and gets a
bool, never "on" or "off". Reading is synchronous: one indexed SQLite row costs microseconds.
A stored value that no longer parses (an older version's, or a hand edit) reads as the default.
Window geometry and splitters are not preferences: they stay in Qt's QSettings (`ui-state.ini`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Generic, Protocol, TypeVar
from urllib.parse import urlsplit

from core.exchange_rates import ExchangeRate, rates_from_json, rates_to_json

T = TypeVar("T")

#: Text a flag accepts as "on". Older versions wrote "on"/"off"; "on"/"off" is still written.
_TRUE_WORDS = frozenset({"on", "1", "true", "yes"})
_FALSE_WORDS = frozenset({"off", "0", "false", "no"})


class TextSettings(Protocol):
    """Where preferences are kept: core.store.settings.SettingsStore."""

    def get(self, name: str, default: str | None = None) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


@dataclass(frozen=True)
class Option(Generic[T]):
    """One preference. `key` may hold `{profile_id}` for a value kept per panel."""

    key: str
    default: T
    about: str

    @property
    def per_profile(self) -> bool:
        return "{profile_id}" in self.key

    def key_for(self, profile_id: int | None) -> str:
        if self.per_profile:
            if profile_id is None:
                raise ValueError(f"{self.key} is kept per panel: a profile id is needed")
            return self.key.format(profile_id=int(profile_id))
        return self.key

    def decode(self, text: str) -> T:
        """The stored text as a value (ValueError if it is not one)."""
        raise NotImplementedError

    def encode(self, value: T) -> str:
        """The value as stored text (ValueError or TypeError if it is not a valid value)."""
        raise NotImplementedError


@dataclass(frozen=True)
class Flag(Option[bool]):
    """On or off."""

    def decode(self, text: str) -> bool:
        word = text.strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise ValueError(f"not a flag: {text!r}")

    def encode(self, value: bool) -> str:
        if not isinstance(value, bool):
            raise TypeError(f"{self.key} is a flag, not {type(value).__name__}")
        return "on" if value else "off"


@dataclass(frozen=True)
class Number(Option[int]):
    """A whole number within [minimum, maximum]."""

    minimum: int = 0
    maximum: int = 2**31 - 1

    def decode(self, text: str) -> int:
        value = int(text.strip())
        if not self.minimum <= value <= self.maximum:
            raise ValueError(f"{value} outside {self.minimum}..{self.maximum}")
        return value

    def encode(self, value: int) -> str:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{self.key} is a whole number, not {type(value).__name__}")
        if not self.minimum <= value <= self.maximum:
            raise ValueError(f"{self.key}: {value} outside {self.minimum}..{self.maximum}")
        return str(value)


@dataclass(frozen=True)
class OptionalId(Option["int | None"]):
    """A database id, or None when nothing is chosen."""

    def decode(self, text: str) -> int | None:
        value = int(text.strip())
        if value <= 0:
            raise ValueError(f"not an id: {text!r}")
        return value

    def encode(self, value: int | None) -> str:
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ValueError(f"{self.key}: not an id: {value!r}")
        return str(value)


@dataclass(frozen=True)
class Choice(Option["str | None"]):
    """One of `choices`, or None when the user never chose (the default then applies)."""

    choices: Sequence[str] = ()

    def decode(self, text: str) -> str | None:
        if text in self.choices:
            return text
        raise ValueError(f"{text!r} is not one of {tuple(self.choices)}")

    def encode(self, value: str | None) -> str:
        if value is None:
            return ""
        if value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {tuple(self.choices)}")
        return value


@dataclass(frozen=True)
class Code(Option["str | None"]):
    """A short code such as a currency ("USD", "IRT", "₺"): printable, at most `longest` long."""

    longest: int = 10

    def decode(self, text: str) -> str | None:
        value = text.strip()
        if not value or len(value) > self.longest or not value.isprintable():
            raise ValueError(f"not a code: {text!r}")
        return value

    def encode(self, value: str | None) -> str:
        if value is None:
            return ""
        return self.decode(value) or ""


@dataclass(frozen=True)
class RateTable(Option["tuple[ExchangeRate, ...]"]):
    """The user's exchange rates, each with its date (core/exchange_rates.py), kept as JSON."""

    def decode(self, text: str) -> tuple[ExchangeRate, ...]:
        return rates_from_json(text)

    def encode(self, value: tuple[ExchangeRate, ...]) -> str:
        return rates_to_json(value)


# --- the declarations --------------------------------------------------------------------------

LANGUAGES = ("system", "en", "fa")
CALENDARS = ("jalali", "gregorian")

ACTIVE_PROFILE = OptionalId("active_profile", None, "the panel shown at start")
LANGUAGE = Choice("ui.language", "system", "the interface language", choices=LANGUAGES)
#: None follows the language: Solar Hijri for Persian, Gregorian otherwise.
CALENDAR = Choice("ui.calendar", None, "the calendar of dates", choices=CALENDARS)
ORDERS_AUTO_REFRESH = Flag("orders.auto_refresh", True, "refresh orders on a timer")
ORDERS_AUTO_REFRESH_MINUTES = Number(
    "orders.auto_refresh_minutes", 5, "minutes between automatic refreshes", 1, 24 * 60
)
ORDERS_ALL_PANELS = Flag("orders.all_panels", False, "show every panel's orders together")
#: Panels say their currency only with the balance: the last one seen, shown before it comes.
PANEL_CURRENCY = Code("currency.{profile_id}", None, "the panel's currency, last seen")

# --- shell (ux_shell, issue 14): the demo's profile, each panel's add-funds page --------------


@dataclass(frozen=True)
class WebAddress(Option["str | None"]):
    """An http(s) address with a host, at most `longest` characters; None when none is set."""

    longest: int = 2000

    def decode(self, text: str) -> str | None:
        value = text.strip()
        parts = urlsplit(value)
        if (
            len(value) > self.longest
            or parts.scheme.lower() not in ("http", "https")
            or not parts.hostname
            or not value.isprintable()
            or any(c.isspace() for c in value)
        ):
            raise ValueError(f"not a web address: {text[:100]!r}")
        return value

    def encode(self, value: str | None) -> str:
        if value is None:
            return ""
        return self.decode(value) or ""


#: The profile `--demo` made and points at its local panel (no key warning for its fake key).
DEMO_PROFILE = OptionalId("demo_profile", None, "the demo panel's profile")
#: Where "Add funds" goes; None: the site the API URL belongs to (panel_account.funds_page).
FUNDS_PAGE = WebAddress("funds_page.{profile_id}", None, "the panel's add-funds page")
# --- market_ui: currencies (issue 15) ---
#: Stated by the user for a panel whose balance never said it; the panel's own word wins.
PANEL_CURRENCY_STATED = Code(
    "currency_stated.{profile_id}", None, "the panel's currency as the user stated it"
)
#: None: never chosen (the currency most panels bill in is used meanwhile).
DISPLAY_CURRENCY = Code("market.display_currency", None, "the currency prices are compared in")
EXCHANGE_RATES = RateTable("market.exchange_rates", (), "exchange rates entered by the user")

# --- alerts (issue 16, core/insights) ------------------------------------------------------


@dataclass(frozen=True)
class Amount(Option["Decimal | None"]):
    """An amount of money (a Decimal from 0 up to, not including, `largest`), or None when none
    is set. Bounded as a panel's amounts are (core.answer_values.NUMBER_LIMIT, 1e15): "1e400"
    was kept, then shown as "unreadable" in the alert it raised."""

    largest: Decimal = Decimal(10) ** 15

    def decode(self, text: str) -> Decimal | None:
        try:
            value = Decimal(text.strip())
        except InvalidOperation:
            raise ValueError(f"not an amount: {text!r}") from None
        if not value.is_finite() or not 0 <= value < self.largest:
            raise ValueError(f"not an amount: {text!r}")
        return value

    def encode(self, value: Decimal | None) -> str:
        if value is None:
            return ""
        if not isinstance(value, Decimal):
            raise TypeError(f"{self.key} is a Decimal amount, not {type(value).__name__}")
        return str(self.decode(str(value)))


ALERT_LOW_BALANCE = Flag("alerts.low_balance", True, "alert when a panel's balance runs low")
#: None: no balance alert for this panel.
ALERT_BALANCE_BELOW = Amount(
    "alerts.balance_below.{profile_id}", None, "the balance under which the panel alerts"
)
ALERT_STALLED_ORDER = Flag("alerts.stalled_order", True, "alert on an order with no progress")
ALERT_STALLED_HOURS = Number(
    "alerts.stalled_hours", 24, "hours without progress before an order alerts", 1, 24 * 90
)
ALERT_UNREADABLE_ORDER = Flag(
    "alerts.unreadable_order", True, "alert on an order whose status cannot be read"
)
ALERT_UNREADABLE_REFRESHES = Number(
    "alerts.unreadable_refreshes", 3, "refreshes without a readable status before alerting", 1, 1000
)
ALERT_RATE_INCREASE = Flag(
    "alerts.rate_increase", True, "alert on a rate increase of a favourite or recent service"
)
ALERT_SERVICE_REMOVED = Flag(
    "alerts.service_removed", True, "alert on the removal of a favourite or recent service"
)
ALERT_DESKTOP_NOTIFICATIONS = Flag(
    "alerts.desktop_notifications", True, "show alerts as desktop notifications too"
)

ALL_OPTIONS: tuple[Option, ...] = (
    ACTIVE_PROFILE,
    LANGUAGE,
    CALENDAR,
    ORDERS_AUTO_REFRESH,
    ORDERS_AUTO_REFRESH_MINUTES,
    ORDERS_ALL_PANELS,
    PANEL_CURRENCY,
    # shell (ux_shell, issue 14)
    DEMO_PROFILE,
    FUNDS_PAGE,
    # market_ui: currencies (issue 15)
    PANEL_CURRENCY_STATED,
    DISPLAY_CURRENCY,
    EXCHANGE_RATES,
    # alerts (issue 16)
    ALERT_LOW_BALANCE,
    ALERT_BALANCE_BELOW,
    ALERT_STALLED_ORDER,
    ALERT_STALLED_HOURS,
    ALERT_UNREADABLE_ORDER,
    ALERT_UNREADABLE_REFRESHES,
    ALERT_RATE_INCREASE,
    ALERT_SERVICE_REMOVED,
    ALERT_DESKTOP_NOTIFICATIONS,
)


class Preferences:
    """Typed reads and writes of the declared options."""

    def __init__(self, settings: TextSettings, *, in_memory: bool = False) -> None:
        self._settings = settings
        #: Set when the store cannot be written (a read-only view): values set in this run
        #: live here, over what the file says, and are never written.
        self._this_run: dict[str, str] | None = {} if in_memory else None

    def _read(self, key: str) -> str | None:
        if self._this_run is not None and key in self._this_run:
            return self._this_run[key]
        return self._settings.get(key)

    def _write(self, key: str, text: str) -> None:
        if self._this_run is not None:
            self._this_run[key] = text
        elif text == "":
            self._settings.delete(key)
        else:
            self._settings.set(key, text)

    def get(self, option: Option[T], profile_id: int | None = None) -> T:
        text = self._read(option.key_for(profile_id))
        if text is None or text == "":
            return option.default
        try:
            return option.decode(text)
        except (ValueError, TypeError):
            return option.default  # an unreadable value is as good as none

    def set(self, option: Option[T], value: T, profile_id: int | None = None) -> None:
        """Save `value` (ValueError/TypeError when it is not a valid value of the option)."""
        self._write(option.key_for(profile_id), option.encode(value))

    def reset(self, option: Option, profile_id: int | None = None) -> None:
        """Forget the saved value: the default applies again."""
        self._write(option.key_for(profile_id), "")
