"""The local panel's account: services, balance, orders and refills, with a real panel's rules.

No HTTP here: `answer(form)` takes a decoded form and returns the JSON-able answer. Time comes
from a callable so tests move it forward instead of sleeping. Not thread-safe by itself: the
server holds one lock around every call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

FINAL = frozenset({"Completed", "Partial", "Canceled", "Refunded"})
BAD_ORDER = "Incorrect order ID"
BATCH_LIMIT = 100
_CENT4 = Decimal("0.0001")
_BALANCE_PLACES = Decimal("0.00001")
_SUB_DELAYS = frozenset(
    {
        0,
        5,
        10,
        15,
        20,
        30,
        40,
        50,
        60,
        90,
        120,
        150,
        180,
        210,
        240,
        270,
        300,
        360,
        420,
        480,
        540,
        600,
    }
)


def _norm_type(name: str) -> str:
    return re.sub(r"[\s_\-]+", " ", name).strip().lower()


def _flag(value: Any) -> bool:
    return value is True or value == 1 or str(value).strip().lower() in ("1", "true")


@dataclass(frozen=True)
class _Type:
    """What `add` needs for one type: required fields and where the quantity comes from."""

    required: tuple[str, ...]
    quantity_from: str | None = "quantity"  # a field, "lines:<field>", or None (no quantity)
    package: bool = False  # the rate is the price of the whole order


_TYPES: dict[str, _Type] = {
    "default": _Type(("link", "quantity")),
    "package": _Type(("link",), None, package=True),
    "seo": _Type(("link", "quantity", "keywords")),
    "custom comments": _Type(("link", "comments"), "lines:comments"),
    "custom comments package": _Type(("link", "comments"), "lines:comments", package=True),
    "mentions": _Type(("link", "quantity", "usernames")),
    "mentions with hashtags": _Type(("link", "quantity", "usernames", "hashtags")),
    "mentions custom list": _Type(("link", "usernames"), "lines:usernames"),
    "mentions hashtag": _Type(("link", "quantity", "hashtag")),
    "mentions user followers": _Type(("link", "quantity", "username")),
    "mentions media likers": _Type(("link", "quantity", "media")),
    "comment likes": _Type(("link", "quantity", "username")),
    "comment replies": _Type(("link", "username", "comments"), "lines:comments"),
    "poll": _Type(("link", "quantity", "answer_number")),
    "invites from groups": _Type(("link", "quantity", "groups")),
    "subscriptions": _Type(("username", "min", "max", "delay"), None),
    "web traffic": _Type(("link", "quantity", "country", "device", "type_of_traffic")),
}
_GENERIC = _Type(("link", "quantity"))


class Refused(Exception):
    """An `{"error": ...}` answer for the whole request."""


@dataclass(frozen=True)
class PanelService:
    """A catalogue item read the way the panel itself reads it."""

    id: str
    type_key: str
    rate: Decimal
    min: int
    max: int
    dripfeed: bool
    refill: bool
    cancel: bool

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> PanelService:
        return cls(
            id=str(item["service"]).strip(),
            type_key=_norm_type(str(item.get("type", "Default"))),
            rate=Decimal(str(item["rate"])),
            min=int(item["min"]),
            max=int(item["max"]),
            dripfeed=_flag(item.get("dripfeed")),
            refill=_flag(item.get("refill")),
            cancel=_flag(item.get("cancel")),
        )


@dataclass
class PanelOrder:
    """One placed order and what has been forced on it."""

    id: int
    service: PanelService
    params: dict[str, str]
    quantity: int
    charge: Decimal
    created: float
    start_count: int
    runs: int | None = None
    forced_status: str | None = None
    forced_remains: int | None = None
    refunded: Decimal = Decimal(0)


@dataclass
class PanelRefill:
    """One refill request."""

    id: int
    order_id: int
    created: float
    forced_status: str | None = None


@dataclass
class OrderBook:
    """Services, balance, orders and refills of one account, and the answer to each action."""

    services: list[dict[str, Any]]
    balance: Decimal
    currency: str
    now: Callable[[], float]
    pending_seconds: float = 60.0
    progress_seconds: float = 300.0
    refill_seconds: float = 120.0
    reject_duplicate_links: bool = False
    status_error_style: str = "object"  # "object": {"error": ...}; "string": the plain text
    seed_style: bool = False  # add `"status": "success"` to add and balance, as the seed does
    refill_success_text: bool = False
    supports_refill_cancel: bool = True
    next_order_id: int = 1001
    next_refill_id: int = 501
    orders: dict[int, PanelOrder] = field(default_factory=dict)
    refills: dict[int, PanelRefill] = field(default_factory=dict)
    _index: dict[str, PanelService] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the id index after `services` changed; unreadable items are not orderable."""
        self._index = {}
        for item in self.services:
            try:
                svc = PanelService.from_item(item)
            except (KeyError, ValueError, TypeError, InvalidOperation):
                continue
            self._index[svc.id] = svc

    # --- dispatch -------------------------------------------------------------------------

    def answer(self, action: str, form: dict[str, str]) -> Any:
        """The JSON-able answer to an authenticated request; raises Refused for an error."""
        handlers: dict[str, Callable[[dict[str, str]], Any]] = {
            "balance": self._balance,
            "add": self._add,
            "status": self._status,
        }
        if self.supports_refill_cancel:
            handlers.update(
                refill=self._refill, refill_status=self._refill_status, cancel=self._cancel
            )
        handler = handlers.get(action)
        if handler is None:
            raise Refused("Incorrect request")
        return handler(form)

    def _balance(self, form: dict[str, str]) -> dict[str, str]:
        out = {"balance": str(self.balance.quantize(_BALANCE_PLACES)), "currency": self.currency}
        if self.seed_style:
            out["status"] = "success"
        return out

    # --- add ------------------------------------------------------------------------------

    def _add(self, form: dict[str, str]) -> dict[str, Any]:
        svc = self._index.get(form.get("service", "").strip())
        if svc is None:
            raise Refused("Incorrect service ID")
        spec = _TYPES.get(svc.type_key, _GENERIC)
        for name in spec.required:
            if not form.get(name, "").strip():
                # The leading space and the typo are the real panel's.
                raise Refused(f" {name} is not specfied.")
        quantity = self._quantity(spec, svc, form)
        runs = self._runs(svc, form) if svc.type_key in ("default", "web traffic") else None
        if svc.type_key == "subscriptions":
            self._check_subscription(svc, form)
        elif svc.type_key == "web traffic":
            self._check_web_traffic(form)
        link = form.get("link", "").strip()
        if self.reject_duplicate_links and link and self._has_active(svc.id, link):
            raise Refused(
                "You have active order with this link. Please wait until order being completed."
            )
        total = quantity * (runs or 1)
        if spec.package:
            charge = svc.rate
        elif svc.type_key == "subscriptions":
            charge = Decimal(0)  # charged per post later, as real panels do
        else:
            charge = svc.rate * total / 1000
        charge = charge.quantize(_CENT4, ROUND_HALF_UP)
        if charge > self.balance:
            raise Refused("Not enough funds on balance")
        self.balance -= charge
        order_id = self.next_order_id
        self.next_order_id += 1
        params = {k: v for k, v in form.items() if k != "key"}
        self.orders[order_id] = PanelOrder(
            id=order_id,
            service=svc,
            params=params,
            quantity=max(total, 1),
            charge=charge,
            created=self.now(),
            start_count=1000 + (order_id * 7919) % 90000,
            runs=runs,
        )
        out: dict[str, Any] = {"order": order_id}
        if self.seed_style:
            out["status"] = "success"
        return out

    def _quantity(self, spec: _Type, svc: PanelService, form: dict[str, str]) -> int:
        if spec.quantity_from is None:
            return svc.min if svc.type_key == "package" else 1
        if spec.quantity_from.startswith("lines:"):
            text = form.get(spec.quantity_from[6:], "")
            quantity = len([line for line in re.split(r"\r\n|\n", text) if line.strip()])
            if spec.package:
                return quantity
        else:
            try:
                quantity = int(form["quantity"].strip())
            except ValueError:
                raise Refused("Incorrect quantity") from None
        self._check_bounds(svc, quantity)
        return quantity

    @staticmethod
    def _check_bounds(svc: PanelService, value: int) -> None:
        if value < svc.min:
            raise Refused(f"Quantity less than minimal {svc.min}")
        if value > svc.max:
            raise Refused(f"Quantity more than maximum {svc.max}")

    @staticmethod
    def _runs(svc: PanelService, form: dict[str, str]) -> int | None:
        runs, interval = form.get("runs", "").strip(), form.get("interval", "").strip()
        if not runs and not interval:
            return None
        if not svc.dripfeed:
            raise Refused("Drip-feed is not available for this service")
        if not runs.isdigit() or int(runs) < 1:
            raise Refused("Incorrect runs")
        if not interval.isdigit() or int(interval) < 1:
            raise Refused("Incorrect interval")
        return int(runs)

    def _check_subscription(self, svc: PanelService, form: dict[str, str]) -> None:
        try:
            low, high = int(form["min"]), int(form["max"])
            delay = int(form["delay"])
        except ValueError:
            raise Refused("Incorrect request") from None
        self._check_bounds(svc, low)
        self._check_bounds(svc, high)
        if low > high:
            raise Refused("Min quantity can't be more than max quantity")
        if delay not in _SUB_DELAYS:
            raise Refused("Incorrect delay")
        for name in ("posts", "old_posts"):
            value = form.get(name, "").strip()
            if value and not value.isdigit():
                raise Refused(f"Incorrect {name}")
        expiry = form.get("expiry", "").strip()
        if expiry:
            try:
                datetime.strptime(expiry, "%d/%m/%Y")
            except ValueError:
                raise Refused("Incorrect expiry date") from None

    @staticmethod
    def _check_web_traffic(form: dict[str, str]) -> None:
        device, kind = form["device"].strip(), form["type_of_traffic"].strip()
        if device not in ("1", "2", "3", "4", "5"):
            raise Refused("Incorrect device")
        if kind not in ("1", "2", "3"):
            raise Refused("Incorrect type of traffic")
        if kind == "1" and not form.get("google_keyword", "").strip():
            raise Refused(" google_keyword is not specfied.")
        if kind == "2" and not form.get("referring_url", "").strip():
            raise Refused(" referring_url is not specfied.")

    def _has_active(self, service_id: str, link: str) -> bool:
        return any(
            o.service.id == service_id
            and o.params.get("link", "").strip() == link
            and self.progress(o)[0] not in FINAL
            for o in self.orders.values()
        )

    # --- status ---------------------------------------------------------------------------

    def progress(self, order: PanelOrder) -> tuple[str, int, str]:
        """(status, remains, start_count) at the current time."""
        if order.forced_status is not None:
            status = order.forced_status
            if order.forced_remains is not None:
                remains = order.forced_remains
            else:
                remains = 0 if status == "Completed" else order.quantity
            return status, remains, "0" if status == "Pending" else str(order.start_count)
        elapsed = self.now() - order.created
        if elapsed < self.pending_seconds:
            return "Pending", order.quantity, "0"
        if elapsed < self.pending_seconds + self.progress_seconds:
            done = int(order.quantity * (elapsed - self.pending_seconds) / self.progress_seconds)
            return "In progress", order.quantity - done, str(order.start_count)
        return "Completed", 0, str(order.start_count)

    def order_answer(self, order: PanelOrder) -> dict[str, Any]:
        """The status object of one order, with the fields real panels send."""
        status, remains, start_count = self.progress(order)
        out: dict[str, Any] = {
            "charge": str((order.charge - order.refunded).quantize(_CENT4)),
            "start_count": start_count,
            # The seed's example sends the status word in lower case.
            "status": status.lower() if self.seed_style else status,
            "remains": str(remains),
            "currency": self.currency,
        }
        if order.runs:
            out["runs"] = str(order.runs)
        if order.service.type_key == "subscriptions":
            expiry = order.params.get("expiry", "").strip()
            out["posts"] = order.params.get("posts", "").strip() or "0"
            out["expiry"] = (
                datetime.strptime(expiry, "%d/%m/%Y").strftime("%Y-%m-%d") if expiry else None
            )
            out["orders"] = []
            out["old_orders"] = []
        return out

    def _bad(self) -> Any:
        return BAD_ORDER if self.status_error_style == "string" else {"error": BAD_ORDER}

    def _find(self, raw: str) -> PanelOrder | None:
        raw = raw.strip()
        return self.orders.get(int(raw)) if raw.isdigit() else None

    def _status(self, form: dict[str, str]) -> Any:
        if "orders" in form:
            ids = _split_ids(form["orders"])
            out: dict[str, Any] = {}
            for raw in ids:
                order = self._find(raw)
                out[raw] = self.order_answer(order) if order else self._bad()
            return out
        order = self._find(form.get("order", ""))
        if order is None:
            raise Refused(BAD_ORDER)
        return self.order_answer(order)

    # --- refill ---------------------------------------------------------------------------

    def _refill_one(self, raw: str) -> int:
        order = self._find(raw)
        if order is None:
            raise Refused(BAD_ORDER)
        if not order.service.refill or self.progress(order)[0] != "Completed":
            raise Refused("Order not eligible for refill.")
        refill_id = self.next_refill_id
        self.next_refill_id += 1
        self.refills[refill_id] = PanelRefill(refill_id, order.id, self.now())
        return refill_id

    def _refill(self, form: dict[str, str]) -> Any:
        if "orders" in form:
            out = []
            for raw in _split_ids(form["orders"]):
                try:
                    result: Any = self._refill_one(raw)
                except Refused as exc:
                    result = {"error": str(exc)}
                out.append({"order": _id_out(raw), "refill": result})
            return out
        refill_id = self._refill_one(form.get("order", ""))
        if self.refill_success_text:
            return {"success": "Your order will be refilled asap", "refill": refill_id}
        return {"refill": str(refill_id)}

    def refill_state(self, refill: PanelRefill) -> str:
        """The refill's status word now."""
        if refill.forced_status is not None:
            return refill.forced_status
        if self.now() - refill.created < self.refill_seconds:
            return "Pending"
        return "Completed"

    def _find_refill(self, raw: str) -> PanelRefill | None:
        raw = raw.strip()
        return self.refills.get(int(raw)) if raw.isdigit() else None

    def _refill_status(self, form: dict[str, str]) -> Any:
        if "refills" in form:
            out = []
            for raw in _split_ids(form["refills"]):
                refill = self._find_refill(raw)
                status: Any = self.refill_state(refill) if refill else {"error": "Refill not found"}
                out.append({"refill": _id_out(raw), "status": status})
            return out
        refill = self._find_refill(form.get("refill", ""))
        if refill is None:
            raise Refused("Refill not found")
        return {"status": self.refill_state(refill)}

    # --- cancel ---------------------------------------------------------------------------

    def _cancel(self, form: dict[str, str]) -> Any:
        out = []
        raw_ids = form.get("orders", form.get("order", ""))
        for raw in _split_ids(raw_ids):
            order = self._find(raw)
            result: Any
            if order is None:
                result = {"error": BAD_ORDER}
            elif not order.service.cancel or self.progress(order)[0] in FINAL:
                result = {"error": "Order can't be canceled."}
            else:
                self.force(order, "Canceled", order.quantity)
                result = 1
            out.append({"order": _id_out(raw), "cancel": result})
        return out

    # --- test controls --------------------------------------------------------------------

    def force(
        self, order: PanelOrder, status: str, remains: int | None, start_count: int | None = None
    ) -> None:
        """Fix an order's status; Canceled/Refunded refund all, Partial refunds the remains."""
        order.forced_status = status
        order.forced_remains = remains
        if start_count is not None:
            order.start_count = start_count
        if status in ("Canceled", "Refunded"):
            due = order.charge
        elif status == "Partial" and remains is not None and order.quantity:
            due = (order.charge * remains / order.quantity).quantize(_CENT4, ROUND_HALF_UP)
        else:
            due = Decimal(0)
        if due > order.refunded:
            self.balance += due - order.refunded
            order.refunded = due


def _split_ids(text: str) -> list[str]:
    ids = [part.strip() for part in text.split(",") if part.strip()]
    if not ids or len(ids) > BATCH_LIMIT:
        raise Refused("Incorrect request")
    return ids


def _id_out(raw: str) -> Any:
    """Batch answers echo ids as numbers, like the examples in the API pages."""
    return int(raw) if raw.isdigit() else raw
