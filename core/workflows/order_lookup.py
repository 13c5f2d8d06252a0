"""Finding orders on the panel: tracking orders placed elsewhere, resolving an unknown one.

Ids come from people (typed, pasted from a Persian page, copied with invisible marks), so they
are cleaned and checked here before they reach the journal or a batch request.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from core.api import PanelClient
from core.errors import PanelError
from core.store.journal import (
    DuplicateOrderId,
    JournalOrder,
    JournalState,
    OrderJournal,
    StateConflict,
)
from core.store.journal_state import REMOVABLE_STATES
from core.text_folding import to_ascii

#: What separates ids typed or pasted together.
_ID_SEPARATORS = re.compile(r"[\s,;]+")


# --- ids and links -------------------------------------------------------------------------


#: Longest id accepted: panels number orders with 64-bit integers (19 digits); a longer run of
#: digits is a paste of something else.
MAX_ID_DIGITS = 20


def clean_panel_id(text: str) -> str | None:
    """One panel order id as the panel knows it, or None when `text` cannot be one.

    Panels number their orders (docs/protocol.md, `add`): an id is digits. Persian and
    Arabic-Indic digits become ASCII, invisible marks and surrounding spaces go; anything
    else ("abc", "12 34", a grouped "1,234") is refused before it reaches the journal or a
    batch status request (`orders=1,2,3`)."""
    cleaned = to_ascii(text).strip()
    if not cleaned or len(cleaned) > MAX_ID_DIGITS:
        return None
    return cleaned if cleaned.isascii() and cleaned.isdecimal() else None


@dataclass(frozen=True)
class TypedIds:
    """Order ids typed or pasted by the user: the ones that can be ids, and the others."""

    ids: tuple[str, ...]  # cleaned, each once, in the order given
    refused: tuple[str, ...]  # parts that cannot be a panel's order id, as typed (each once)


def read_ids(text: str) -> TypedIds:
    """Split what the user typed (commas, semicolons, spaces or new lines between ids) into
    cleaned ids and the parts refused."""
    ids: dict[str, None] = {}
    refused: dict[str, None] = {}
    for part in _ID_SEPARATORS.split(to_ascii(text)):
        if not part:
            continue
        cleaned = clean_panel_id(part)
        if cleaned is None:
            refused.setdefault(part, None)
        else:
            ids.setdefault(cleaned, None)
    return TypedIds(tuple(ids), tuple(refused))


def split_ids(text: str) -> list[str]:
    """The ids of what the user typed (see read_ids), each once, in the order given."""
    return list(read_ids(text).ids)


def link_address(link: str) -> str | None:
    """The web address an order's link points at, or None when it is not one (a username).

    A link without a scheme (`instagram.com/p/x`) is taken as https."""
    link = link.strip()
    if not link or any(c.isspace() for c in link):
        return None
    if not re.match(r"(?i)^https?://", link):
        if "." not in link.split("/")[0]:
            return None  # "@name" or "name": a username, not a host
        link = "https://" + link
    return link


# --- tracking orders placed elsewhere --------------------------------------------------------


@dataclass(frozen=True)
class TrackOutcome:
    """What tracking a list of panel ids did."""

    added: tuple[int, ...]  # local ids of orders followed from now on
    already: tuple[int, ...]  # local ids of orders that were followed already (nothing added)
    #: Panel ids the panel answered with an error for ("Incorrect order ID"), with its words.
    #: They stay followed (the row shows the panel's answer), so a typo can be seen and removed.
    not_found: dict[str, str]
    #: Asking their status failed: they are followed, and the next refresh asks again.
    status_error: PanelError | None = None

    @property
    def followed(self) -> tuple[int, ...]:
        return self.added + self.already


def track_orders(
    journal: OrderJournal,
    client: PanelClient | None,
    profile_id: int,
    panel_order_ids: Iterable[str],
) -> TrackOutcome:
    """Follow orders placed elsewhere (the panel's website, another app) by their ids, and ask
    their status at once when a client is given. Call off the GUI thread.

    Ids are cleaned (`clean_panel_id`); ones that cannot be ids are skipped. An id this panel's
    journal already has is not added twice."""
    ids: dict[str, None] = {}
    for raw in panel_order_ids:
        cleaned = clean_panel_id(raw)
        if cleaned is not None:
            ids.setdefault(cleaned, None)
    if not ids:
        return TrackOutcome((), (), {})
    known = {o.panel_order_id for o in journal.orders(profile_id) if o.panel_order_id}
    added: list[int] = []
    already: list[int] = []
    for panel_id in ids:
        local_id = journal.track(profile_id, panel_id)
        (already if panel_id in known else added).append(local_id)
    if client is None:
        return TrackOutcome(tuple(added), tuple(already), {})
    try:
        statuses = client.statuses(list(ids))
    except PanelError as exc:
        return TrackOutcome(tuple(added), tuple(already), {}, exc)
    journal.apply_statuses(profile_id, statuses)
    not_found = {oid: st.error for oid, st in statuses.items() if st.error is not None}
    return TrackOutcome(tuple(added), tuple(already), not_found)


# --- resolving an order whose outcome is unknown ---------------------------------------------


class ResolveCode(str, Enum):
    """How resolving an unknown order ended."""

    RECORDED = "recorded"
    NOT_AN_ID = "not_an_id"  # the text given cannot be a panel order id: nothing changed
    TAKEN = "taken"  # another row of the same panel follows this id already: nothing changed
    NOT_UNKNOWN = "not_unknown"  # the order is not unknown (any more): nothing changed


@dataclass(frozen=True)
class ResolveOutcome:
    """The result of resolving an unknown order."""

    code: ResolveCode
    panel_order_id: str | None = None  # the cleaned id, when one was given
    #: Asking the status of an order found on the panel failed; it is recorded and followed,
    #: and the next refresh asks again.
    status_error: PanelError | None = None


def _is_unknown(journal: OrderJournal, local_id: int) -> bool:
    order = journal.get(local_id)
    if order is None:
        raise KeyError(local_id)
    return order.state == JournalState.UNKNOWN.value


def record_found(
    journal: OrderJournal, local_id: int, panel_id_text: str, client: PanelClient | None
) -> ResolveOutcome:
    """The user found the unknown order `local_id` on the panel under this id: record it as
    placed and, with a client (of the order's own panel), ask its status at once."""
    panel_id = clean_panel_id(panel_id_text)
    if panel_id is None:
        return ResolveOutcome(ResolveCode.NOT_AN_ID)
    if not _is_unknown(journal, local_id):
        return ResolveOutcome(ResolveCode.NOT_UNKNOWN, panel_id)
    try:
        journal.mark_found(local_id, panel_id)
    except DuplicateOrderId:
        return ResolveOutcome(ResolveCode.TAKEN, panel_id)
    except StateConflict:  # it changed state between the check and the write
        return ResolveOutcome(ResolveCode.NOT_UNKNOWN, panel_id)
    if client is None:
        return ResolveOutcome(ResolveCode.RECORDED, panel_id)
    order = journal.get(local_id)
    profile_id = order.profile_id if order is not None else None
    try:
        statuses = client.statuses([panel_id])
    except PanelError as exc:
        return ResolveOutcome(ResolveCode.RECORDED, panel_id, exc)
    if profile_id is not None:
        journal.apply_statuses(profile_id, statuses)
    return ResolveOutcome(ResolveCode.RECORDED, panel_id)


def record_not_placed(journal: OrderJournal, local_id: int, note: str) -> ResolveOutcome:
    """The user checked that the unknown order `local_id` is not on the panel: record it as not
    placed. `note` is kept in the journal as the reason, in the words the user read."""
    if not _is_unknown(journal, local_id):
        return ResolveOutcome(ResolveCode.NOT_UNKNOWN)
    try:
        journal.mark_failed(local_id, note)
    except StateConflict:  # it changed state between the check and the write
        return ResolveOutcome(ResolveCode.NOT_UNKNOWN)
    return ResolveOutcome(ResolveCode.RECORDED)


# --- taking rows off the table ---------------------------------------------------------------


def can_remove(order: JournalOrder) -> bool:
    """Whether the journal may forget this order: tracked by id here, or never placed. An
    order this app placed, or may have placed, can only be hidden."""
    return order.state in REMOVABLE_STATES


@dataclass(frozen=True)
class TidyOutcome:
    """What hiding, showing or removing rows did."""

    changed: tuple[int, ...]  # local ids hidden, shown again or removed
    kept: tuple[int, ...] = ()  # local ids asked for and left as they were


def hide_orders(
    journal: OrderJournal, local_ids: Iterable[int], hidden: bool = True
) -> TidyOutcome:
    """Hide these orders (or show them again): kept with their history, not shown unless asked,
    never polled. Call off the GUI thread."""
    wanted = list(dict.fromkeys(local_ids))
    changed = set(journal.set_hidden(wanted, hidden))
    return TidyOutcome(
        tuple(i for i in wanted if i in changed), tuple(i for i in wanted if i not in changed)
    )


def remove_orders(journal: OrderJournal, local_ids: Iterable[int]) -> TidyOutcome:
    """Remove these orders and their history where the journal may forget them (can_remove);
    the others stay. Call off the GUI thread."""
    wanted = list(dict.fromkeys(local_ids))
    removed = set(journal.remove(wanted))
    return TidyOutcome(
        tuple(i for i in wanted if i in removed), tuple(i for i in wanted if i not in removed)
    )
