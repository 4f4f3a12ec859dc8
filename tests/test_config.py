"""The settings table, the README and the instance folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from allykit.config import SETTINGS, settings_table

ROOT = Path(__file__).resolve().parents[1]


def test_readme_settings_table_matches_the_code():
    readme = (ROOT / "README.md").read_text()
    start, end = "<!-- settings:start -->\n", "\n<!-- settings:end -->"
    table = readme[readme.index(start) + len(start) : readme.index(end)]
    assert table == settings_table(), "regenerate with: uv run python -m allykit.config"


def test_readme_shows_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert "uv run allykit serve" in readme and "uv run pytest" in readme


def test_every_setting_is_read_somewhere():
    code = "".join(p.read_text() for p in (ROOT / "allykit").rglob("*.py"))
    for setting in SETTINGS:
        assert code.count(f'"{setting.name}"') >= 2 or setting.name == "DATABASE_URL", setting


def test_secret_key_is_generated_once_with_mode_600(tmp_path):
    env = {**os.environ, "ALLYKIT_DATA_DIR": str(tmp_path)}
    env.pop("ALLYKIT_SECRET_KEY", None)
    code = "from allykit.config import secret_key; print(secret_key())"
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert first.stdout == second.stdout and len(first.stdout.strip()) >= 50
    mode = stat.S_IMODE((tmp_path / "secret_key").stat().st_mode)
    assert mode == 0o600
