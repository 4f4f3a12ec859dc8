"""The settings table, the README and the instance folder."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from allykit.config import SETTINGS, settings_table, value

ROOT = Path(__file__).resolve().parents[1]


def test_readme_settings_table_matches_the_code():
    readme = (ROOT / "README.md").read_text()
    start, end = "<!-- settings:start -->\n", "\n<!-- settings:end -->"
    table = readme[readme.index(start) + len(start) : readme.index(end)]
    assert table == settings_table(), "regenerate with: uv run python -m allykit.config"


def test_readme_shows_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert "uv run allykit serve" in readme and "uv run pytest" in readme


def names_read_by_the_code() -> set[str]:
    """Every `ALLYKIT_` name (and DATABASE_URL) in allykit/, outside the table itself."""
    found = set()
    for path in (ROOT / "allykit").rglob("*.py"):
        text = path.read_text()
        if path.name == "config.py":
            start = text.index("\nSETTINGS = (")
            text = text[:start] + text[text.index("\n)\n", start) :]
        found |= set(re.findall(r"\bALLYKIT_[A-Z0-9_]+\b|\bDATABASE_URL\b", text))
    return found


def test_every_name_the_code_reads_is_in_the_table_and_the_reverse():
    table = {s.name for s in SETTINGS}
    read = names_read_by_the_code()
    assert read - table == set(), "add these to allykit/config.py SETTINGS"
    assert table - read == set(), "these settings are never read"
    assert len(table) == len(SETTINGS)


def test_settings_read_their_values_through_the_table():
    code = (ROOT / "allykit" / "settings.py").read_text() + (
        ROOT / "allykit" / "cli.py"
    ).read_text()
    assert "os.environ.get(" not in code and "env(" not in code
    for name in re.findall(
        r'"(ALLYKIT_[A-Z0-9_]+)"', (ROOT / "allykit" / "settings.py").read_text()
    ):
        assert f'value("{name}")' in code, name


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("ALLYKIT_DEBUG", "", False),
        ("ALLYKIT_DEBUG", " Yes ", True),
        ("ALLYKIT_WORKERS", "", 2),
        ("ALLYKIT_WORKERS", "5", 5),
        ("ALLYKIT_ALLOWED_HOSTS", "a.org, b.org,", ["a.org", "b.org"]),
        ("ALLYKIT_CSRF_TRUSTED_ORIGINS", "", []),
        ("ALLYKIT_ADMIN_PATH", "/inbox", "inbox/"),
        ("ALLYKIT_CONTACT_RATE_LIMIT", "", (5, 3600)),
        ("ALLYKIT_CONTACT_MIN_SECONDS", "0.5", 0.5),
        ("ALLYKIT_SMTP_URL", "", {}),
        ("ALLYKIT_SECRET_KEY", "", None),
        ("DATABASE_URL", "", None),
    ],
)
def test_each_setting_parses_its_text(monkeypatch, name, text, expected):
    monkeypatch.setenv(name, text)
    assert value(name) == expected


def test_every_setting_has_a_meaning_and_a_parser():
    for setting in SETTINGS:
        assert setting.meaning.endswith(".") and callable(setting.parse), setting.name
        if setting.default is not None:
            setting.parse(setting.default)  # the default itself parses


def test_secret_key_is_generated_once_with_mode_600(tmp_path):
    env = {**os.environ, "ALLYKIT_DATA_DIR": str(tmp_path)}
    env.pop("ALLYKIT_SECRET_KEY", None)
    code = "from allykit.config import secret_key; print(secret_key())"
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert first.stdout == second.stdout and len(first.stdout.strip()) >= 50
    mode = stat.S_IMODE((tmp_path / "secret_key").stat().st_mode)
    assert mode == 0o600
