"""The order form: drawn from core's type table for the chosen service, checked live by core.

No field name is written here: every row comes from a `FieldSpec` of core/service_types.py,
and every check from core/drafts.py. Widgets are named `field_<name>` after the parameter they
fill, with `error_<name>`, `hint_<name>` and (for lists) `count_<name>` beside them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.drafts import FieldError, OrderDraft, lines_of, parse_int, validate
from core.models import Service
from core.service_types import FieldKind, FieldSpec, fields_for, type_for_name, type_of
from ui.common import formatting
from ui.common.date_editors import use_chosen_calendar
from ui.new_order.draft_text import ERROR_COLOUR, WARNING_COLOUR, field_error_text, tr_type


def parameter_lines(type_name: str, params: dict[str, str], skip: tuple[str, ...]) -> list[str]:
    """An order's parameters under the labels the form showed them with ("Runs: 3")."""
    specs = {spec.name: spec for spec in type_for_name(type_name).fields}
    lines = []
    for key, value in params.items():
        if key in skip or not value.strip():
            continue
        spec = specs.get(key)
        lines.append(
            QCoreApplication.translate("OrderForm", "{label}: {value}").format(
                label=tr_type(spec.label) if spec is not None else key,
                value=_parameter_text(spec, value),
            )
        )
    return lines


def _parameter_text(spec: FieldSpec | None, value: str) -> str:
    """A parameter's value as the form put it: a choice by its label, a number grouped."""
    if spec is not None and spec.kind == FieldKind.CHOICE:
        choice = spec.choice(value)
        if choice is not None:
            return tr_type(choice.label)
    if spec is not None and spec.kind == FieldKind.INTEGER and value.strip().isdigit():
        return formatting.number(value.strip())  # int() refuses past 4,300 digits
    if "\n" in value:
        return " | ".join(formatting.isolate(v) for v in value.splitlines() if v.strip())
    return formatting.isolate(value)


def _note_style(colour: str) -> str:
    return f"color: {colour};"


class _FieldRow:
    """The widgets of one field: the editor and the labels around it."""

    def __init__(self, spec: FieldSpec, editor: QWidget, box: QWidget, label: QLabel) -> None:
        self.spec = spec
        self.editor = editor
        self.box = box  # holds editor, hint, count and error: the row's right-hand side
        self.label = label
        self.error = QLabel(box)
        self.error.setObjectName(f"error_{spec.name}")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.count: QLabel | None = None
        self.enabled_check: QCheckBox | None = None  # an optional date's "set" box
        self.form: QFormLayout | None = None  # the form layout holding the row


class OrderForm(QWidget):
    """The fields of one service's type; emits `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderForm")
        self.service: Service | None = None
        self._rows: dict[str, _FieldRow] = {}
        self._touched: set[str] = set()
        self._errors: list[FieldError] = []
        self._body: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(self)
        self.note.setObjectName("serviceNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self._layout.addWidget(self.note)
        self.placeholder = QLabel(self.tr("Choose a service to see its order form."), self)
        self.placeholder.setObjectName("formPlaceholder")
        self.placeholder.setEnabled(False)
        self._layout.addWidget(self.placeholder)
        self._layout.addStretch(1)

    # --- building --------------------------------------------------------------------------

    def set_service(self, service: Service | None) -> None:
        """Redraw the form for this service's type, starting from what of the last form still
        means the same thing for it (`_values_kept_for`)."""
        kept = self._values_kept_for(service)
        kept_touched = set(self._touched)
        self.service = service
        self._rows = {}
        self._touched = set()
        if self._body is not None:
            self._body.hide()
            self._body.setParent(None)  # out of the tree now: findChild sees only the new form
            self._body.deleteLater()
            self._body = None
        self.placeholder.setVisible(service is None)
        if service is None:
            self.note.setVisible(False)
            self.changed.emit()
            return
        self._body = QWidget(self)
        self._body.setObjectName("orderFields")
        body_layout = QVBoxLayout(self._body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        main_form = QFormLayout()
        main_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body_layout.addLayout(main_form)
        drip_form: QFormLayout | None = None
        for spec in fields_for(service):
            if spec.dripfeed:
                if drip_form is None:
                    group = QGroupBox(self.tr("Drip-feed (optional)"), self._body)
                    group.setObjectName("dripfeedGroup")
                    outer = QVBoxLayout(group)
                    explain = QLabel(
                        self.tr(
                            "Deliver the quantity several times, with a pause between runs. "
                            "The total delivered and charged is quantity × runs."
                        ),
                        group,
                    )
                    explain.setWordWrap(True)
                    explain.setObjectName("dripfeedExplain")
                    outer.addWidget(explain)
                    drip_form = QFormLayout()
                    outer.addLayout(drip_form)
                    body_layout.addWidget(group)
                self._add_row(drip_form, spec)
            else:
                self._add_row(main_form, spec)
        body_layout.addStretch(1)
        self._layout.insertWidget(1, self._body, 1)
        self._body.show()
        self.set_values(
            {name: value for name, value in kept.items() if name in self._rows},
            touched=kept_touched & set(kept),
        )
        self._update_conditions()
        self.refresh()

    def _values_kept_for(self, service: Service | None) -> dict[str, Any]:
        """The last form's values that carry into `service`'s form: all of them for the same
        service (a catalogue reload); for another one the fields of the same name (the link,
        the comments...) except drip-feed's runs and interval, a plan made for the last
        service that would multiply the new order's quantity unseen, and a quantity (or
        min/max per post) the new service does not take: its empty field shows the bounds."""
        if self.service is None or service is None:
            return {}
        values = self.raw_values()
        if service.id == self.service.id:
            return values
        kept = {}
        for name, value in values.items():
            spec = self._rows[name].spec
            if spec.dripfeed:
                continue
            if spec.service_bounds and isinstance(value, str):
                number = parse_int(value)
                lowest = max(service.min, spec.min_value or 0)
                if number is not None and not lowest <= number <= service.max:
                    continue
            kept[name] = value
        return kept

    def _add_row(self, form: QFormLayout, spec: FieldSpec) -> None:
        box = QWidget(self._body)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        editor = self._make_editor(spec, box)
        label_text = tr_type(spec.label)
        if not spec.required and spec.only_when is None:
            label_text = self.tr("{label} (optional)").format(label=label_text)
        label = QLabel(label_text, self._body)
        label.setObjectName(f"label_{spec.name}")
        label.setBuddy(editor)
        row = _FieldRow(spec, editor, box, label)
        if spec.kind is FieldKind.DATE:
            check = QCheckBox(self.tr("Set a date"), box)
            check.setObjectName(f"field_{spec.name}_enabled")
            check.setChecked(spec.required)
            check.setVisible(not spec.required)
            editor.setEnabled(spec.required)
            check.toggled.connect(editor.setEnabled)
            check.toggled.connect(lambda _on, n=spec.name: self._edited(n))
            row.enabled_check = check
            line = QHBoxLayout()
            line.addWidget(check)
            line.addWidget(editor, 1)
            column.addLayout(line)
        else:
            column.addWidget(editor)
        if spec.is_list:
            row.count = QLabel(box)
            row.count.setObjectName(f"count_{spec.name}")
            column.addWidget(row.count)
        hint_text = self._hint_text(spec)
        if hint_text:
            hint = QLabel(hint_text, box)
            hint.setObjectName(f"hint_{spec.name}")
            hint.setWordWrap(True)
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            column.addWidget(hint)
        column.addWidget(row.error)
        form.addRow(label, box)
        row.form = form
        self._rows[spec.name] = row

    def _hint_text(self, spec: FieldSpec) -> str:
        hint = tr_type(spec.hint)
        service = self.service
        if spec.service_bounds and service is not None:
            bounds = self.tr("{min} to {max}").format(
                min=formatting.number(service.min), max=formatting.number(service.max)
            )
            hint = f"{hint} ({bounds})" if hint else bounds
        return hint

    def _make_editor(self, spec: FieldSpec, parent: QWidget) -> QWidget:
        name = f"field_{spec.name}"
        kind = spec.kind
        if spec.is_list:
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            editor.setPlaceholderText(tr_type(spec.hint))
            editor.setMinimumHeight(90)
            editor.textChanged.connect(lambda n=spec.name: self._edited(n))
        elif kind is FieldKind.CHOICE:
            editor = QComboBox(parent)
            for choice in spec.choices:
                text = tr_type(choice.label)
                if choice.newer:
                    text = self.tr("{value} (newer panels only)").format(value=text)
                editor.addItem(text, choice.value)
            index = editor.findData(spec.default)
            editor.setCurrentIndex(max(index, 0))
            editor.currentIndexChanged.connect(lambda _i, n=spec.name: self._edited(n))
        elif kind is FieldKind.DATE:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            # Shown in the chosen calendar (Solar Hijri in Persian); the value stays a plain
            # date, sent to the panel as Gregorian d/m/Y whatever the calendar shown.
            use_chosen_calendar(editor)
            # Year first, like every other date of the app, except English Gregorian, which
            # shows the d/m/Y the panel is sent. Qt reverses the sections of a right-to-left
            # editor, so there "dd/MM/yyyy" reads 1405/12/14 like the tables' dates.
            jalali = formatting.current().calendar == formatting.JALALI
            year_first = jalali and not formatting.is_rtl()
            editor.setDisplayFormat("yyyy/MM/dd" if year_first else "dd/MM/yyyy")
            editor.setMinimumDate(QDate.currentDate().addDays(1))
            editor.setDate(QDate.currentDate().addDays(30))
            editor.dateChanged.connect(lambda _d, n=spec.name: self._edited(n))
        else:
            editor = QLineEdit(parent)
            editor.setClearButtonEnabled(kind is not FieldKind.INTEGER)
            if kind is FieldKind.LINK:
                editor.setPlaceholderText("https://")
            elif kind is FieldKind.INTEGER and spec.service_bounds and self.service is not None:
                editor.setPlaceholderText(
                    f"{formatting.number(self.service.min)} – {formatting.number(self.service.max)}"
                )
            editor.setText(spec.default)
            editor.textChanged.connect(lambda _t, n=spec.name: self._edited(n))
        editor.setObjectName(name)
        editor.setAccessibleName(tr_type(spec.label))
        return editor

    # --- values ----------------------------------------------------------------------------

    @property
    def field_names(self) -> list[str]:
        """The parameter names the form has a widget for, in form order."""
        return list(self._rows)

    def editor(self, name: str) -> QWidget | None:
        row = self._rows.get(name)
        return None if row is None else row.editor

    def focus_first_field(self) -> None:
        """Put the cursor in the first field (Enter on a service in the picker)."""
        for row in self._rows.values():
            if row.editor.isEnabled() and self.is_field_shown(row.spec.name):
                row.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def raw_values(self) -> dict[str, Any]:
        """What each field holds: str, multi-line str for lists, a date or None for dates."""
        out: dict[str, Any] = {}
        for name, row in self._rows.items():
            editor = row.editor
            if isinstance(editor, QPlainTextEdit):
                out[name] = editor.toPlainText()
            elif isinstance(editor, QComboBox):
                out[name] = editor.currentData() or ""
            elif isinstance(editor, QDateEdit):
                enabled = row.enabled_check is None or row.enabled_check.isChecked()
                out[name] = editor.date().toPython() if enabled else None
            elif isinstance(editor, QLineEdit):
                out[name] = editor.text()
        return out

    def set_values(self, values: dict[str, Any], touched: set[str] | None = None) -> None:
        """Fill fields by parameter name (dates as date or d/m/Y text); others are left alone."""
        for name, value in values.items():
            row = self._rows.get(name)
            if row is None:
                continue
            editor = row.editor
            editor.blockSignals(True)
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText("" if value is None else str(value))
            elif isinstance(editor, QComboBox):
                index = editor.findData(str(value))
                if index >= 0:
                    editor.setCurrentIndex(index)
            elif isinstance(editor, QDateEdit):
                qdate = _to_qdate(value)
                if row.enabled_check is not None:
                    row.enabled_check.blockSignals(True)
                    row.enabled_check.setChecked(qdate is not None or row.spec.required)
                    row.enabled_check.blockSignals(False)
                    editor.setEnabled(row.enabled_check.isChecked())
                if qdate is not None:
                    editor.setMinimumDate(min(qdate, editor.minimumDate()))
                    editor.setDate(qdate)
            elif isinstance(editor, QLineEdit):
                editor.setText("" if value is None else str(value))
            editor.blockSignals(False)
        self._touched |= set(values) if touched is None else touched
        self._update_conditions()
        self.refresh()

    def draft(self) -> OrderDraft | None:
        """The draft the form describes, or None with no service chosen."""
        if self.service is None:
            return None
        return OrderDraft(self.service, self.raw_values())

    def errors(self) -> list[FieldError]:
        """Every problem core finds with the current values (the last `refresh`)."""
        return list(self._errors)

    def blocking_errors(self) -> list[FieldError]:
        return [e for e in self._errors if e.blocking]

    def is_valid(self) -> bool:
        return self.service is not None and not self.blocking_errors()

    def touch_all(self) -> None:
        """Show every message, also for fields not edited yet."""
        self._touched |= set(self._rows)
        self.refresh()

    # --- live checks -----------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        row = self._rows.get(name)
        if row is not None and row.spec.kind is FieldKind.CHOICE:
            self._update_conditions()
        self.refresh()

    def _update_conditions(self) -> None:
        """Show a conditional field only while its condition holds (Web Traffic's referrer)."""
        values = self.raw_values()
        for row in self._rows.values():
            if row.spec.only_when is None:
                continue
            other, wanted = row.spec.only_when
            visible = str(values.get(other, "")) == wanted
            parent_form = self._form_of(row)
            if parent_form is not None:
                parent_form.setRowVisible(row.box, visible)

    @staticmethod
    def _form_of(row: _FieldRow) -> QFormLayout | None:
        return row.form

    def is_field_shown(self, name: str) -> bool:
        """True when the field's row is visible (conditional rows may be hidden)."""
        row = self._rows.get(name)
        if row is None:
            return False
        form = self._form_of(row)
        return form is None or form.isRowVisible(row.box)

    def refresh(self) -> None:
        """Re-check the draft, update counts and messages, then emit `changed`."""
        draft = self.draft()
        self._errors = validate(draft) if draft is not None else []
        by_field: dict[str, list[FieldError]] = {}
        service_notes: list[FieldError] = []
        for error in self._errors:
            if error.field in self._rows:
                by_field.setdefault(error.field, []).append(error)
            else:
                service_notes.append(error)
        values = self.raw_values()
        for name, row in self._rows.items():
            if row.count is not None:
                row.count.setText(self._count_text(row.spec, values.get(name)))
            shown = [
                e
                for e in by_field.get(name, [])
                # "Fill in X" waits until X was edited; every other problem shows at once.
                if e.code != "required" or name in self._touched
            ]
            if shown:
                worst = next((e for e in shown if e.blocking), shown[0])
                row.error.setText("\n".join(field_error_text(e) for e in shown))
                row.error.setStyleSheet(
                    _note_style(ERROR_COLOUR if worst.blocking else WARNING_COLOUR)
                )
            row.error.setVisible(bool(shown))
        if service_notes:
            worst = next((e for e in service_notes if e.blocking), service_notes[0])
            self.note.setText("\n".join(field_error_text(e) for e in service_notes))
            self.note.setStyleSheet(_note_style(ERROR_COLOUR if worst.blocking else WARNING_COLOUR))
        self.note.setVisible(bool(service_notes))
        self.changed.emit()

    def _count_text(self, spec: FieldSpec, value: Any) -> str:
        count = len(lines_of(value))
        text = self.tr("%Ln line(s)", "", count)
        if spec.counts_as_quantity and self.service is not None:
            text = self.tr("{lines}: this is the quantity ({min} to {max})").format(
                lines=text,
                min=formatting.number(self.service.min),
                max=formatting.number(self.service.max),
            )
        return text

    def type_name(self) -> str:
        """The chosen service's type as the panel names it (empty with no service)."""
        return "" if self.service is None else (type_of(self.service).name or self.service.type)


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _to_qdate(value: Any) -> QDate | None:
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    text = str(value or "").strip()
    if not text:
        return None
    for fmt in ("d/M/yyyy", "yyyy-MM-dd"):
        qdate = QDate.fromString(text, fmt)
        if qdate.isValid():
            return qdate
    return None
