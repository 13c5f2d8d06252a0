"""The Insights charts as Qt Charts, built on the GUI thread from prepared, display-ready data.

Every figure arrives twice: as a float the chart draws, and as the exact text (money from its
Decimal, counts grouped, in the UI's digits) the tooltip shows. The hover callbacks hand that
text to `on_hover`, which the chart card shows as a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter

from ui.common import formatting, time_text

#: Told the text to show while the pointer is on a bar, slice or point ("" when it leaves).
HoverFn = Callable[[str], None]

#: Colours that stay apart for colour-blind readers (Okabe and Ito's palette), then greys.
PALETTE = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#d55e00",
    "#f0e442",
    "#999999",
)
#: Axis labels are dropped to every n-th when there are more categories than this.
MAX_AXIS_LABELS = 10
AXIS_FONT_SCALE = 0.85
#: A legend of more entries than this goes beside the chart, one entry a line.
LEGEND_BELOW_MAX = 3


@dataclass(frozen=True)
class Series:
    """One named series: a value per category, and its exact text for the tooltip."""

    name: str
    values: Sequence[float]
    texts: Sequence[str]


@dataclass(frozen=True)
class TimePoint:
    """One point of a line over time: where it is drawn (ms since the epoch, a float), and the
    moment and amount the tooltip words when the pointer rests on it (hundreds of points: only
    the one hovered is formatted)."""

    at_ms: float
    value: float
    at: datetime
    amount: Decimal
    currency: str | None


def _new_chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # opening must not stall
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.setLocalizeNumbers(True)  # axis numbers in the UI's digits (Persian in Persian)
    chart.setLocale(formatting.locale())
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def _value_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, top if top > 0 else 1)
    axis.applyNiceNumbers()
    axis.setLabelFormat("%.10g")
    return axis


def _add_axis(chart: QChart, axis: QAbstractAxis, where: Qt.AlignmentFlag) -> None:
    """Axis texts a little smaller than the window's: a card is small, and Qt Charts elides a
    label that does not fit its bar to "…"."""
    font = axis.labelsFont()
    font.setPointSizeF(font.pointSizeF() * AXIS_FONT_SCALE)
    axis.setLabelsFont(font)
    chart.addAxis(axis, where)


def _period_axis(labels: Sequence[str]) -> QCategoryAxis:
    """Bars 0..n-1 named under every bar while the names fit, else under every n-th: placed on
    the bar's value, so a label is not cut to its bar's width."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, len(labels) - 0.5)
    axis.setGridLineVisible(False)
    step = max(1, -(-len(labels) // MAX_AXIS_LABELS))
    for i in range(0, len(labels), step):
        axis.append(labels[i], i)
    return axis


def stacked_bars(
    categories: Sequence[str],
    series: Sequence[Series],
    on_hover: HoverFn,
    axis_labels: Sequence[str] | None = None,
) -> QChart:
    """Bars over `categories` (periods, named in full in the tooltip), one stacked part per
    series (a panel, a service); the axis shows `axis_labels` (shorter) when given."""
    chart = _new_chart()
    bars = QStackedBarSeries()
    totals = [0.0] * len(categories)
    for number, part in enumerate(series):
        bar_set = QBarSet(part.name)
        bar_set.setColor(_colour(number))
        bar_set.append([float(v) for v in part.values])
        for i, value in enumerate(part.values):
            totals[i] += float(value)
        bar_set.hovered.connect(_bar_hover(on_hover, categories, part))
        bars.append(bar_set)
    chart.addSeries(bars)
    x_axis = _period_axis(axis_labels if axis_labels is not None else categories)
    _add_axis(chart, x_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(x_axis)
    y_axis = _value_axis(max(totals, default=0.0))
    _add_axis(chart, y_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(y_axis)
    legend = chart.legend()
    legend.setVisible(len(series) > 1)
    if len(series) > LEGEND_BELOW_MAX:
        # Many parts (services): a column beside the bars gives each name a line of its own.
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
        font = legend.font()
        font.setPointSizeF(font.pointSizeF() * AXIS_FONT_SCALE)
        legend.setFont(font)
    return chart


def _bar_hover(on_hover: HoverFn, categories: Sequence[str], part: Series) -> Callable:
    def hovered(inside: bool, index: int) -> None:
        if not inside or not 0 <= index < len(part.texts):
            on_hover("")
            return
        on_hover(f"{formatting.isolate(part.name)}\n{categories[index]}: {part.texts[index]}")

    return hovered


def horizontal_bars(
    labels: Sequence[str],
    series: Series,
    on_hover: HoverFn,
    full_labels: Sequence[str] | None = None,
    value_title: str = "",
) -> QChart:
    """One bar per label (a service), in the given order from the top; the tooltip names it
    by `full_labels` when the axis shows shortened ones; `value_title` names the unit."""
    chart = _new_chart()
    bars = QHorizontalBarSeries()
    bar_set = QBarSet(series.name)
    bar_set.setColor(_colour(0))
    # Qt draws the first category at the bottom: reversed, so the list reads from the top.
    order = list(range(len(labels)))[::-1]
    bar_set.append([float(series.values[i]) for i in order])
    shown = [labels[i] for i in order]
    named = [(full_labels or labels)[i] for i in order]
    texts = [series.texts[i] for i in order]
    bar_set.hovered.connect(
        _bar_hover(on_hover, named, Series(series.name, [series.values[i] for i in order], texts))
    )
    bars.append(bar_set)
    chart.addSeries(bars)
    y_axis = QBarCategoryAxis()
    y_axis.append(shown)
    _add_axis(chart, y_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(y_axis)
    x_axis = _value_axis(max((float(v) for v in series.values), default=0.0))
    x_axis.setTitleText(value_title)
    _add_axis(chart, x_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(x_axis)
    chart.legend().setVisible(False)
    return chart


def pie(
    labels: Sequence[str], counts: Sequence[int], texts: Sequence[str], on_hover: HoverFn
) -> QChart:
    """Shares of a whole (orders by final status); each slice labelled with its count."""
    chart = _new_chart()
    slices = QPieSeries()
    slices.setPieSize(0.75)
    for number, (label, count, text) in enumerate(zip(labels, counts, texts, strict=True)):
        piece = slices.append(f"{label}: {text}", float(count))
        piece.setColor(_colour(number))
        piece.hovered.connect(_slice_hover(on_hover, piece, label, text))
    chart.addSeries(slices)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def _slice_hover(on_hover: HoverFn, piece: object, label: str, text: str) -> Callable:
    def hovered(inside: bool) -> None:
        piece.setExploded(inside)  # type: ignore[attr-defined]
        if not inside:
            on_hover("")
            return
        share = formatting.localize_digits(f"{piece.percentage() * 100:.1f}")  # type: ignore[attr-defined]
        on_hover(f"{label}: {text} ({share}%)")

    return hovered


def time_lines(
    lines: Sequence[tuple[str, Sequence[TimePoint]]],
    axis_labels: Sequence[tuple[float, str]],
    on_hover: HoverFn,
) -> QChart:
    """Lines over time (a balance per panel). Dates on the axis come as texts, so they follow
    the chosen calendar (QDateTimeAxis knows only the Gregorian one)."""
    chart = _new_chart()
    x_axis = QCategoryAxis()
    x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    every = [p.at_ms for _name, points in lines for p in points]
    first, last = min(every, default=0.0), max(every, default=1.0)
    if last <= first:
        first, last = first - 43_200_000, last + 43_200_000  # one point: half a day each side
    x_axis.setRange(first, last)
    shown = [(at_ms, text) for at_ms, text in axis_labels if first <= at_ms <= last]
    before = [(at_ms, text) for at_ms, text in axis_labels if at_ms < first]
    if not shown and before:
        # Readings of one day (minutes apart) have no midnight between them: that day's date,
        # the label of the midnight before them, goes under their middle instead of none.
        shown = [((first + last) / 2, max(before)[1])]
    for at_ms, text in shown:
        x_axis.append(text, at_ms)
    _add_axis(chart, x_axis, Qt.AlignmentFlag.AlignBottom)
    top = max((p.value for _name, points in lines for p in points), default=0.0)
    y_axis = _value_axis(top)
    _add_axis(chart, y_axis, Qt.AlignmentFlag.AlignLeft)
    for number, (name, points) in enumerate(lines):
        line = QLineSeries()
        line.setName(name)
        line.setColor(_colour(number))
        line.setPointsVisible(True)
        line.append([QPointF(p.at_ms, p.value) for p in points])
        line.hovered.connect(_point_hover(on_hover, name, points))
        chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
    chart.legend().setVisible(len(lines) > 1)
    return chart


def _point_hover(on_hover: HoverFn, name: str, points: Sequence[TimePoint]) -> Callable:
    def hovered(where: QPointF, inside: bool) -> None:
        if not inside or not points:
            on_hover("")
            return
        nearest = min(points, key=lambda p: abs(p.at_ms - where.x()))
        when = time_text.datetime_text(nearest.at)
        amount = formatting.money(nearest.amount, nearest.currency)
        on_hover(f"{formatting.isolate(name)}\n{when}: {amount}")

    return hovered


def render_hints() -> QPainter.RenderHint:
    """What a chart view draws with: smooth lines and text."""
    return QPainter.RenderHint.Antialiasing
