"""SMM Desk core: the panel API, the domain rules and the local store. Free of Qt."""

__version__ = "0.1.0"
APP_NAME = "SMM Desk"
APP_ID = "smm-desk"
DEFAULT_PANEL_URL = "https://smm.robostas.ir/api/v1"
