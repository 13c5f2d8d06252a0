"""SMM Desk entry point: parse arguments, build the app's core objects and the main window."""

from __future__ import annotations

import argparse
import sys

from core import APP_NAME, __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="smm-desk", description=APP_NAME)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="where the database lives (default: the OS's app data)")
    parser.add_argument("--demo", action="store_true",
                        help="start a local demo panel and use it (no real money)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.session import AppSession
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    runner = TaskRunner()
    session = AppSession(store=None, credentials=None, runner=runner)
    window = MainWindow(session)
    window.show()
    del args
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
