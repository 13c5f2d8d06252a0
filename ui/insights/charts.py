"""The Insights charts as Qt Charts, built on the GUI thread from prepared, display-ready data.

Every figure arrives twice: as a float the chart draws, and as the exact text (money from its
Decimal, counts grouped, in the UI's digits) the tooltip shows. The hover callbacks hand that
text to `on_hover`, which the chart card shows as a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
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

from ui.common import formatting

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
MAX_AXIS_LABELS = 12


@dataclass(frozen=True)
class Series:
    """One named series: a value per category, and its exact text for the tooltip."""

    name: str
    values: Sequence[float]
    texts: Sequence[str]


@dataclass(frozen=True)
class TimePoint:
    """One point of a line over time: when (ms since the epoch), how much, its label texts."""

    at_ms: float
    value: float
    when: str
    text: str


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


def _thinned(labels: Sequence[str]) -> list[str]:
    """Every label while they fit, else every n-th (the others blank, each kept unique: a
    category axis merges equal texts)."""
    step = max(1, -(-len(labels) // MAX_AXIS_LABELS))
    return [label if i % step == 0 else "\u200b" * (i + 1) for i, label in enumerate(labels)]


def stacked_bars(categories: Sequence[str], series: Sequence[Series], on_hover: HoverFn) -> QChart:
    """Bars over `categories` (periods), one stacked part per series (a panel, a service)."""
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
    x_axis = QBarCategoryAxis()
    x_axis.append(_thinned(categories))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(x_axis)
    y_axis = _value_axis(max(totals, default=0.0))
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(y_axis)
    chart.legend().setVisible(len(series) > 1)
    return chart


def _bar_hover(on_hover: HoverFn, categories: Sequence[str], part: Series) -> Callable:
    def hovered(inside: bool, index: int) -> None:
        if not inside or not 0 <= index < len(part.texts):
            on_hover("")
            return
        on_hover(f"{formatting.isolate(part.name)}\n{categories[index]}: {part.texts[index]}")

    return hovered


def horizontal_bars(labels: Sequence[str], series: Series, on_hover: HoverFn) -> QChart:
    """One bar per label (a service), longest first from the top."""
    chart = _new_chart()
    bars = QHorizontalBarSeries()
    bar_set = QBarSet(series.name)
    bar_set.setColor(_colour(0))
    # Qt draws the first category at the bottom: reversed, so the list reads from the top.
    order = list(range(len(labels)))[::-1]
    bar_set.append([float(series.values[i]) for i in order])
    shown = [labels[i] for i in order]
    texts = [series.texts[i] for i in order]
    bar_set.hovered.connect(
        _bar_hover(on_hover, shown, Series(series.name, [series.values[i] for i in order], texts))
    )
    bars.append(bar_set)
    chart.addSeries(bars)
    y_axis = QBarCategoryAxis()
    y_axis.append(shown)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(y_axis)
    x_axis = _value_axis(max((float(v) for v in series.values), default=0.0))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(x_axis)
    chart.legend().setVisible(False)
    return chart


def pie(labels: Sequence[str], counts: Sequence[int], texts: Sequence[str], on_hover: HoverFn):
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
    for at_ms, text in axis_labels:
        if first <= at_ms <= last:
            x_axis.append(text, at_ms)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    top = max((p.value for _name, points in lines for p in points), default=0.0)
    y_axis = _value_axis(top)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
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
        on_hover(f"{formatting.isolate(name)}\n{nearest.when}: {nearest.text}")

    return hovered


def render_hints() -> QPainter.RenderHint:
    """What a chart view draws with: smooth lines and text."""
    return QPainter.RenderHint.Antialiasing
