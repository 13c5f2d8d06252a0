"""The release workflow and the CI scripts call scripts/release_files.py commands that exist, so
a renamed command fails here and not first on a hosted runner at release time."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.locations import PROJECT_ROOT

CALLERS = [
    PROJECT_ROOT / ".github" / "workflows" / "release.yml",
    PROJECT_ROOT / ".ci" / "run",
    PROJECT_ROOT / ".ci" / "package",
]
GENERATOR = PROJECT_ROOT / "scripts" / "release_files.py"


def test_every_command_the_workflow_and_ci_run_exists() -> None:
    used = set()
    for caller in CALLERS:
        used |= set(re.findall(r"scripts/release_files\.py ([\w-]+)", caller.read_text()))
    assert used >= {"check-tag", "check-app", "windows", "macos", "linux", "write"}
    for command in sorted(used):
        done = subprocess.run(
            [sys.executable, str(GENERATOR), command, "--help"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, f"{command}: {done.stderr}"


def test_the_workflow_releases_on_a_version_tag_and_on_demand() -> None:
    text = CALLERS[0].read_text()
    assert re.search(r'tags: \["v\*"\]', text) and "workflow_dispatch:" in text
    # The same three systems for the tests on every push and for the build.
    assert text.count("os: [windows-latest, macos-latest, ubuntu-latest]") == 2
    assert "QT_QPA_PLATFORM: offscreen" in text and "--self-test" in text
