"""`allykit check` reaches the writing checker's CLI (allykit.wordcheck.cli:main)."""

from __future__ import annotations

import json
import subprocess
import sys

TEXT = "She is hardworking and caring. Her husband is a surgeon."


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "allykit.cli", "check", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_json_from_standard_input():
    done = run("-", "--genre", "letter", "--lang", "en", "--format", "json", stdin=TEXT)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["genre"] == "letter" and report["lang"] == "en"
    assert {"hardworking", "caring", "husband"} <= {f["text"] for f in report["flags"]}


def test_text_from_a_file(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("Elle est dévouée et chaleureuse.", encoding="utf-8")
    done = run(str(path), "--genre", "letter", "--lang", "fr", "--format", "text")
    assert done.returncode == 0, done.stderr
    assert "dévouée" in done.stdout and "chaleureuse" in done.stdout


def test_bad_genre_exits_2():
    done = run("-", "--genre", "poem", stdin=TEXT)
    assert done.returncode == 2
    assert "poem" in done.stderr
