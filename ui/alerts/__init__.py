"""alerts: the alert list, its wiring to the window, and the alert settings."""
