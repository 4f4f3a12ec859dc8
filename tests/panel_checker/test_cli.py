"""`allykit panels FILE --format json` in a subprocess, as an organiser would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.panelaudit.programs import FLAGS, GENDER, PEOPLE, as_text, as_xlsx

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "panelaudit" / "fixtures"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "allykit.cli", "panels", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_csv_file_as_json(tmp_path):
    path = tmp_path / "programme.csv"
    path.write_text(as_text(sep=";"), encoding="utf-8-sig")
    done = run(str(path), "--format", "json")
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert body["people"] == PEOPLE
    assert body["whole"]["gender"]["counts"] == GENDER
    assert {s["label"]: tuple(s["flags"]) for s in body["sessions"]} == FLAGS
    assert body["flag_counts"]["all_men"] == 1 and body["counted_as_given"] is True
    assert body["complete"] is False and body["coverage"] == (PEOPLE - 2) / PEOPLE


def test_xlsx_with_a_preset_in_french(tmp_path):
    path = tmp_path / "programme.xlsx"
    path.write_bytes(as_xlsx())
    done = run(str(path), "--format", "json", "--lang", "fr", "--target", "cma-2019-physicians")
    body = json.loads(done.stdout)
    assert body["people"] == PEOPLE and body["target"]["share"] == 0.4


def test_schedule_with_supplement():
    done = run(
        str(FIXTURES / "pretalx_schedule.json"),
        "--supplement",
        str(FIXTURES / "supplement.csv"),
        "--format",
        "json",
    )
    counts = json.loads(done.stdout)["whole"]["gender"]["counts"]
    assert (counts["woman"], counts["man"], counts["another"], counts["not_stated"]) == (3, 6, 1, 3)


def test_unusable_input_exits_2_with_a_message(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Panel A,Ann,chair,F\n", encoding="utf-8")
    done = run(str(path), "--format", "json")
    assert done.returncode == 2 and done.stdout == ""
    assert "session" in done.stderr and "Panel A" in done.stderr
