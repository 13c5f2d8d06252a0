"""A fake SMM panel over real HTTP on 127.0.0.1, for tests, benchmarks and the demo mode."""

from core.local_panel.catalogue import default_services, generate_services
from core.local_panel.server import FAULTS, Fault, HttpRecord, LocalPanel

__all__ = ["FAULTS", "Fault", "HttpRecord", "LocalPanel", "default_services", "generate_services"]
