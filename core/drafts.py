"""Order drafts: check one against its service, build the exact `add` parameters, estimate cost.

Everything here reads core/service_types.py; nothing knows a type by name except through it.
Messages are plain English, in core/draft_messages.py. The ui translates
`FieldError.template` in the context `TR_CONTEXT` ("OrderErrors") and formats it with `params`,
translating `params["label"]` in the "ServiceTypes" context first and a platform code
(`*_platform`) into its name; `code` is stable for tests and for the ui to key on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, Overflow, localcontext
from typing import Any
from urllib.parse import urlsplit

from core.answer_values import NUMBER_LIMIT
from core.draft_messages import ESTIMATE_REASONS, LINE_PREFIX, MESSAGES
from core.models import Service
from core.service_types import Charge, FieldKind, FieldSpec, ServiceType, type_of
from core.whole_numbers import MAX_DIGITS, digits_only, whole_number

ERROR = "error"
WARNING = "warning"  # shown, but does not stop the order


Value = str | list[str] | date | None


@dataclass
class OrderDraft:
    """An order being filled in: the service and the value typed for each field (by name).

    Scalar fields hold a str; list fields a list of str or one multi-line str; date fields a
    `datetime.date`. Names the service's type does not take are ignored, never sent.
    """

    service: Service
    values: dict[str, Value] = field(default_factory=dict)

    @property
    def type(self) -> ServiceType:
        return type_of(self.service)


@dataclass(frozen=True)
class FieldError:
    """One problem with a draft: the field it is about, a stable code, English words, severity."""

    field: str  # the parameter name, or "service" for the service as a whole
    code: str
    message: str  # English, formatted; prefixed with the line for mass orders
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    severity: str = ERROR
    line: int | None = None  # the mass-order line this belongs to

    @property
    def blocking(self) -> bool:
        return self.severity == ERROR

    @property
    def template(self) -> str:
        """The untranslated text with `{placeholders}` for `params` (without the line prefix)."""
        return MESSAGES.get(self.code, self.message)

    def on_line(self, line: int) -> FieldError:
        """The same error, placed on a mass-order line (its message says which)."""
        return replace(self, line=line, message=LINE_PREFIX.format(line=line, message=self.message))


def make_error(name: str, code: str, severity: str = ERROR, **params: Any) -> FieldError:
    """An error not tied to a field of the type table (used by the mass-order parser)."""
    return _error(None, name, code, severity, **params)


class DraftInvalid(ValueError):
    """Raised by build_params for a draft with blocking errors: it must not be sent."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class Estimate:
    """The expected charge; `amount` is None when it cannot be known, and `reason` says why."""

    amount: Decimal | None
    reason: str = ""
    quantity: int | None = None  # units charged for: quantity x runs, counted lines, 1 package
    reason_code: str = ""


def _error(
    spec: FieldSpec | None, name: str, code: str, severity: str = ERROR, **params: Any
) -> FieldError:
    params.setdefault("label", spec.label if spec else name)
    return FieldError(
        field=name,
        code=code,
        message=MESSAGES[code].format(**params),
        params=params,
        severity=severity,
    )


# --- reading values ---------------------------------------------------------------------------

_DATE_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _scalar(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "\n".join(str(v) for v in value).strip()
    return str(value).strip()


def lines_of(value: Value) -> list[str]:
    """The items of a list field: split on any line break, trimmed, blank lines dropped."""
    if value is None or isinstance(value, date):
        return []
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        out.extend(s.strip() for s in str(item).splitlines())
    return [s for s in out if s]


def parse_int(text: str) -> int | None:
    """A whole non-negative number written in digits (any script), else None (also for one
    too long to be meant: `_check_field` says which)."""
    return whole_number(text)


def _as_date(value: Value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _scalar(value)
    m = _DATE_DMY.fullmatch(text)
    try:
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        return date.fromisoformat(text)
    except ValueError:
        return None


def format_dmy(d: date) -> str:
    """A date as panels want it: d/m/Y with two-digit day and month, e.g. 05/03/2027."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def is_http_url(text: str) -> bool:
    """True for an absolute http(s) URL with a host and no whitespace."""
    if not text or any(c.isspace() for c in text):
        return False
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:  # e.g. a bad port or an unbalanced IPv6 bracket
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)


def _is_missing(spec: FieldSpec, value: Value) -> bool:
    if spec.is_list:
        return not lines_of(value)
    if spec.kind is FieldKind.DATE and isinstance(value, date):
        return False
    return _scalar(value) == ""


def _active(spec: FieldSpec, draft: OrderDraft) -> bool:
    """Whether the field applies to this draft (drip-feed allowed, condition met)."""
    if spec.dripfeed and not draft.service.dripfeed:
        return False
    if spec.only_when is not None:
        other, wanted = spec.only_when
        return _scalar(draft.values.get(other)) == wanted
    return True


# --- validation -------------------------------------------------------------------------------


def validate(draft: OrderDraft, today: date | None = None) -> list[FieldError]:
    """Every problem with the draft, in form order; only `severity == "error"` ones block it."""
    today = today or date.today()
    service = draft.service
    stype = draft.type
    if not service.orderable:
        return [_error(None, "service", "not_orderable", min=service.min, max=service.max)]
    errors: list[FieldError] = []
    if not stype.known:
        errors.append(_error(None, "service", "unknown_type", WARNING, type=service.type))
    for spec in stype.fields:
        value = draft.values.get(spec.name)
        missing = _is_missing(spec, value)
        if spec.dripfeed and not service.dripfeed:
            if not missing:
                errors.append(_error(spec, spec.name, "dripfeed_not_allowed"))
            continue
        if not _active(spec, draft):
            continue  # a conditional field whose condition is not met is neither checked nor sent
        if missing:
            if spec.service_bounds and max(service.min, spec.min_value or 0) > service.max:
                # Said before anything is typed: no number could be right (min 0, max 0).
                errors.append(
                    _error(spec, spec.name, "no_allowed_value", min=service.min, max=service.max)
                )
            elif spec.required or spec.only_when is not None:
                errors.append(_error(spec, spec.name, "required"))
            continue
        errors.extend(_check_field(spec, value, service, today))
    errors.extend(_check_dripfeed(draft))
    errors.extend(_check_min_max_pair(draft))
    return errors


def _check_field(spec: FieldSpec, value: Value, service: Service, today: date) -> list[FieldError]:
    name = spec.name
    kind = spec.kind
    if kind is FieldKind.INTEGER:
        text = _scalar(value)
        n = parse_int(text)
        if n is None:
            return [_integer_unread(spec, service, text)]
        if spec.service_bounds:
            lo = max(service.min, spec.min_value or 0)
            if lo > service.max:  # min 0, max 0: "between 1 and 0" asked the impossible
                return [_error(spec, name, "no_allowed_value", min=service.min, max=service.max)]
            if not lo <= n <= service.max:
                return [_error(spec, name, "out_of_range", min=lo, max=service.max)]
        else:
            if spec.min_value is not None and n < spec.min_value:
                return [_error(spec, name, "too_small", min=spec.min_value)]
            if spec.max_value is not None and n > spec.max_value:
                return [_error(spec, name, "out_of_range", min=spec.min_value, max=spec.max_value)]
        return []
    if kind is FieldKind.LINK:
        link = _scalar(value)
        if not is_http_url(link):
            return [_error(spec, name, "not_url")]
        # The market's vocabulary loads at the first link checked, not at start-up.
        from core.market.link_hosts import platform_clash

        clash = platform_clash(service, link)
        if clash is None:
            return []
        on, sold = clash
        return [
            _error(spec, name, "link_other_platform", WARNING,
                   link_platform=on.value, service_platform=sold.value)
        ]  # fmt: skip
    if kind is FieldKind.USERNAME:
        text = _scalar(value)
        return [_error(spec, name, "has_spaces")] if any(c.isspace() for c in text) else []
    if kind is FieldKind.TEXT:
        return [_error(spec, name, "not_single_line")] if len(lines_of(value)) != 1 else []
    if kind is FieldKind.CHOICE:
        return [] if spec.choice(_scalar(value)) else [_error(spec, name, "not_a_choice")]
    if kind is FieldKind.DATE:
        d = _as_date(value)
        if d is None:
            return [_error(spec, name, "not_a_date")]
        return [] if d > today else [_error(spec, name, "not_future", today=today.isoformat())]
    # list kinds
    items = lines_of(value)
    out: list[FieldError] = []
    if kind is FieldKind.USERNAME_LIST:
        for i, item in enumerate(items, 1):
            if any(c.isspace() for c in item):
                out.append(_error(spec, name, "line_has_spaces", line=i))
                break  # one is enough to say what is wrong
    if spec.counts_as_quantity and not service.min <= len(items) <= service.max:
        out.append(
            _error(
                spec, name, "count_out_of_range", count=len(items), min=service.min, max=service.max
            )  # fmt: skip
        )
    if spec.flag_duplicates:
        seen: set[str] = set()
        dup_lines = []
        for i, item in enumerate(items, 1):
            if item in seen:
                dup_lines.append(i)
            seen.add(item)
        if dup_lines:
            shown = ", ".join(str(i) for i in dup_lines[:5]) + ("..." if len(dup_lines) > 5 else "")
            out.append(_error(spec, name, "duplicate_lines", WARNING, lines=shown))
    return out


def _integer_unread(spec: FieldSpec, service: Service, text: str) -> FieldError:
    """Why an integer field's text is not a number: no number, or digits beyond any bound."""
    if not digits_only(text):
        return _error(spec, spec.name, "not_integer")
    if spec.service_bounds:
        lo = max(service.min, spec.min_value or 0)
        return _error(spec, spec.name, "out_of_range", min=lo, max=service.max)
    if spec.max_value is not None:
        return _error(spec, spec.name, "out_of_range", min=spec.min_value, max=spec.max_value)
    return _error(spec, spec.name, "too_large", digits=MAX_DIGITS)


def _check_dripfeed(draft: OrderDraft) -> list[FieldError]:
    stype, service = draft.type, draft.service
    if not (service.dripfeed and stype.has_dripfeed):
        return []
    runs_spec, interval_spec = stype.field("runs"), stype.field("interval")
    runs_given = not _is_missing(runs_spec, draft.values.get("runs"))
    interval_given = not _is_missing(interval_spec, draft.values.get("interval"))
    if runs_given != interval_given:
        spec = interval_spec if runs_given else runs_spec
        return [_error(spec, spec.name, "dripfeed_incomplete")]
    if runs_given:
        qty = parse_int(_scalar(draft.values.get("quantity")))
        runs = parse_int(_scalar(draft.values.get("runs")))
        if qty and runs and qty * runs > service.max:
            return [_error(runs_spec, "runs", "total_above_max", WARNING, total=qty * runs,
                           max=service.max)]  # fmt: skip
    return []


def _check_min_max_pair(draft: OrderDraft) -> list[FieldError]:
    """Subscriptions: min per post must not exceed max per post."""
    stype = draft.type
    if stype.field("min") is None or stype.field("max") is None:
        return []
    lo = parse_int(_scalar(draft.values.get("min")))
    hi = parse_int(_scalar(draft.values.get("max")))
    if lo is not None and hi is not None and lo > hi:
        return [_error(stype.field("max"), "max", "min_above_max", min=lo, max=hi)]
    return []


def blocking(errors: list[FieldError]) -> list[FieldError]:
    """Only the errors that stop an order."""
    return [e for e in errors if e.blocking]


# --- the request ------------------------------------------------------------------------------


def build_params(draft: OrderDraft, today: date | None = None) -> dict[str, str]:
    """The `add` parameters (without key/action): `service` and exactly the type's fields.

    Raises DraftInvalid when validation finds a blocking error, so an invalid draft cannot be
    sent by mistake. Optional fields left empty and conditional fields whose condition is not
    met are left out; lists are joined with "\\n" after dropping blank lines.
    """
    errors = blocking(validate(draft, today))
    if errors:
        raise DraftInvalid(errors)
    params = {"service": draft.service.id}
    for spec in draft.type.fields:
        value = draft.values.get(spec.name)
        if not _active(spec, draft) or _is_missing(spec, value):
            continue
        if spec.is_list:
            params[spec.name] = "\n".join(lines_of(value))
        elif spec.kind is FieldKind.DATE:
            params[spec.name] = format_dmy(_as_date(value))
        elif spec.kind is FieldKind.INTEGER:
            params[spec.name] = str(parse_int(_scalar(value)))
        else:
            params[spec.name] = _scalar(value)
    return params


# --- the estimate -----------------------------------------------------------------------------

#: Charges are kept exact up to this many decimals (rates have up to 6; /1000 adds 3).
AMOUNT_PLACES = Decimal("1e-9")


def _no_amount(code: str, quantity: int | None = None) -> Estimate:
    return Estimate(None, ESTIMATE_REASONS[code], quantity, code)


def charged_units(draft: OrderDraft) -> int | None:
    """The units the panel charges for: quantity x runs, the counted lines, or 1 for a package."""
    stype = draft.type
    if stype.charge is Charge.ONCE:
        return 1
    if stype.charge is Charge.NOT_ESTIMABLE:
        return None
    qspec = stype.quantity_field
    if qspec is None:
        return None
    if qspec.is_list:
        count = len(lines_of(draft.values.get(qspec.name)))
        return count or None
    qty = parse_int(_scalar(draft.values.get(qspec.name)))
    if not qty:
        return None
    if draft.service.dripfeed and stype.has_dripfeed:
        runs = parse_int(_scalar(draft.values.get("runs")))
        if runs:
            return qty * runs
    return qty


def estimate(draft: OrderDraft) -> Estimate:
    """What the order should cost in the panel's currency, or why that cannot be said.

    rate x units / 1000, with units = quantity x runs for drip-feed and the line count for
    counted lists. A Package (and a Custom Comments Package) is charged once: we take the
    listed rate as the price of the whole package, which is how panels list packages (their
    min and max are usually 1 and 1). Subscriptions are charged per post later: no amount.
    """
    stype = draft.type
    if stype.charge is Charge.NOT_ESTIMABLE:
        return _no_amount("not_estimable")
    units = charged_units(draft)
    rate = draft.service.rate
    if rate is None:
        return _no_amount("no_rate", units)
    if units is None:
        return _no_amount("incomplete")
    try:
        with localcontext() as ctx:
            ctx.prec = 60  # rates of 99999999 x quantities of 2^31 must stay exact
            amount = rate if stype.charge is Charge.ONCE else rate * units / Decimal(1000)
            if not amount.is_finite() or amount.copy_abs() > NUMBER_LIMIT:
                raise Overflow
            if amount.as_tuple().exponent < AMOUNT_PLACES.as_tuple().exponent:
                amount = amount.quantize(AMOUNT_PLACES, rounding=ROUND_HALF_UP)
    except ArithmeticError:
        # An absurd rate ("1e5000", from a catalogue cached before rates were bounded)
        # overflows, cannot be rounded or gives no sane sum: the cost is unknown, as with no
        # readable rate, and never a crash.
        return _no_amount("no_rate", units)
    return Estimate(amount, "", units, "")
