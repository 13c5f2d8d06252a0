"""The filter tabs above the orders table (All, Pending, ... Not placed), with their counts."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QTabBar, QWidget

from ui.common import formatting
from ui.orders.order_rows import Bucket


class BucketBar(QTabBar):
    """One tab per Bucket, in Bucket order; a tab's data is its Bucket."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersFilterBar")
        self.setDrawBase(False)
        self.setExpanding(False)
        self._names = {
            Bucket.ALL: self.tr("All"),
            Bucket.PENDING: self.tr("Pending"),
            Bucket.IN_PROGRESS: self.tr("In progress"),
            Bucket.PROCESSING: self.tr("Processing"),
            Bucket.COMPLETED: self.tr("Completed"),
            Bucket.PARTIAL: self.tr("Partial"),
            Bucket.CANCELED: self.tr("Canceled"),
            Bucket.UNKNOWN: self.tr("Unknown"),
            Bucket.NOT_PLACED: self.tr("Not placed"),
        }
        for bucket, name in self._names.items():
            index = self.addTab(name)
            self.setTabData(index, int(bucket))
        self.setTabToolTip(
            int(Bucket.UNKNOWN),
            self.tr("Orders whose outcome is unknown, or with a status this app does not know"),
        )
        self.setTabToolTip(
            int(Bucket.NOT_PLACED), self.tr("Orders the panel refused: nothing was charged")
        )

    def bucket(self) -> Bucket:
        """The bucket of the chosen tab."""
        return Bucket(self.tabData(self.currentIndex()) or 0)

    def set_bucket(self, bucket: Bucket) -> None:
        self.setCurrentIndex(int(bucket))

    def show_counts(self, counts: Mapping[Bucket, int]) -> None:
        """Each tab's name with its number of orders ("Partial (3)"); a bare name for none."""
        for index in range(self.count()):
            bucket = Bucket(self.tabData(index))
            name = self._names[bucket]
            n = counts.get(bucket, 0)
            self.setTabText(index, f"{name} ({formatting.number(n)})" if n else name)
