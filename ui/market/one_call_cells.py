"""A table model's painted cells answered in one Python call each, for the Market's two lists:
the repaint after a keystroke is mostly these calls."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)

from ui.common.table_base import RIGHT_ALIGNED

LEFT_ALIGNED = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# Roles as plain ints: multiData gets ints, compared at C speed.
_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole.value)
#: QStyledItemDelegate asks a painted cell for seven roles in one span: font, alignment,
#: foreground, check state, decoration, display, background (Qt 6).
_PAINT_ROLES, _ALIGNMENT_AT, _DISPLAY_AT = 7, 1, 5


class OneCallCells:
    """A painted cell's text and alignment in one call from Qt (`multiData`) instead of one
    per role, and no Python call at all for its flags: the repaint after a keystroke is mostly
    these calls, four per cell before (index's rowCount and columnCount, flags, multiData)."""

    numeric_columns: frozenset[int]
    column_count: int
    #: Qt's own answer (enabled, selectable, no children: ReadOnlyTableModel's constant), so a
    #: painted cell asks no Python for it.
    flags = QAbstractTableModel.flags
    _alignments: tuple[int, ...] = ()  # per column, as the int Qt reads (made on first use)

    def _texts_at(self, row: int) -> tuple[str, ...] | None:
        raise NotImplementedError

    def multiData(  # noqa: N802 (Qt name)
        self, index: QModelIndex | QPersistentModelIndex, role_data_span: QModelRoleDataSpan
    ) -> None:
        texts = self._texts_at(index.row())
        if texts is None:
            return
        column = index.column()
        alignments = self._alignments or self._make_alignments()
        if len(role_data_span) == _PAINT_ROLES:
            # The item delegate's span, its roles always in one order: the two answered are
            # taken by place (checked), not found by asking each of the seven its role.
            display, alignment = role_data_span[_DISPLAY_AT], role_data_span[_ALIGNMENT_AT]
            if display.role() == _DISPLAY_ROLE and alignment.role() == _ALIGNMENT_ROLE:
                display.setData(texts[column])
                alignment.setData(alignments[column])
                return
        for role_data in role_data_span:
            role = role_data.role()
            if role == _DISPLAY_ROLE:
                role_data.setData(texts[column])
            elif role == _ALIGNMENT_ROLE:
                role_data.setData(alignments[column])

    def _make_alignments(self) -> tuple[int, ...]:
        # An int, not the enum: handing Qt an enum reads its value in Python each time.
        right, left = RIGHT_ALIGNED.value, LEFT_ALIGNED.value
        self._alignments = tuple(
            right if c in self.numeric_columns else left for c in range(self.column_count)
        )
        return self._alignments
