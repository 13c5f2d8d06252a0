"""Where tests find the project and the shared real-panel data, wherever a test file sits."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
#: Real panels' answers, kept outside the project (never copied in); tests skip without them.
REALDATA = PROJECT_ROOT.parent / "shared" / "realdata"
SEEDS = PROJECT_ROOT.parent / "shared" / "seeds"
