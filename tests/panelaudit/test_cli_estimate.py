"""`allykit panels` and the optional name-based estimate."""

from __future__ import annotations

import builtins
import io
import json
import sys
from pathlib import Path

import pytest

from allykit.panelaudit import audit, parse_table
from allykit.panelaudit.cli import main
from allykit.panelaudit.estimate import estimate_names, strip_titles

from .programs import ROWS, as_text, as_xlsx

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def programme(tmp_path):
    path = tmp_path / "programme.csv"
    path.write_bytes(as_text(";").encode("windows-1252"))
    return path


def test_cli_json(programme, capsys):
    assert main([str(programme), "--format", "json", "--target", "70%"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["people"] == len(ROWS) and data["target"]["share"] == 0.7
    assert data["problems"] == [] or all("message" in p for p in data["problems"])


def test_cli_text_in_french(programme, capsys):
    assert main([str(programme), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Panel entièrement masculin" in out
    assert "Amélie" not in out


def test_cli_csv_letter_checklist(programme, capsys):
    assert main([str(programme), "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("Section,Item,")
    assert main([str(programme), "--letter", "conditions", "--lang", "fr"]) == 0
    assert "J'accepte aux conditions suivantes" in capsys.readouterr().out
    assert main([str(programme), "--checklist"]) == 0
    assert "Kanter" in capsys.readouterr().out


def test_cli_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(as_xlsx())))
    assert main(["-", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["source"]["format"] == "xlsx"


def test_cli_schedule_with_supplement(capsys):
    assert (
        main(
            [
                str(FIXTURES / "frab_schedule.xml"),
                "--supplement",
                str(FIXTURES / "supplement.csv"),
                "--format",
                "json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["whole"]["gender"]["counts"]["woman"] == 3


def test_cli_errors_exit_2(tmp_path, capsys):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main([str(empty)]) == 2
    assert "empty" in capsys.readouterr().err
    assert main([str(tmp_path / "missing.csv")]) == 2
    assert main([str(empty), "--target", "lots"]) == 2
    big = tmp_path / "big.csv"
    big.write_bytes(b"session,gender\n" + b"A,F\n" * 1_500_000)
    assert main([str(big), "--lang", "fr"]) == 2
    assert "Mo" in capsys.readouterr().err


def fake_scorer(names):
    table = {"Jane": 0.95, "Maria": 0.97, "John": 0.02, "Jean": 0.48, "Sasha": 0.68}
    return [table.get(n.split()[0]) for n in names]


def test_estimate_is_aggregate_with_coverage_and_abstention():
    text = (
        "session,name,gender\nA,Dr. Jane Roe,\nA,Maria Lopez,\nA,John Smith,\n"
        "A,Jean Paul,\nA,Sasha Grey,\nA,Zyx Qq,\nA,Ann Lee,F\n"
    )
    result = audit(parse_table(text), estimate=True, scorer=fake_scorer)
    est = result.estimate.to_dict()
    assert est["kind"] == "estimate" and est["available"]
    assert est["candidates"] == 6
    assert (est["estimable"], est["abstained"], est["unknown"]) == (3, 2, 1)
    assert est["expected_women"] == pytest.approx(0.95 + 0.97 + 0.02, abs=0.01)
    low, high = est["interval_95"]
    assert 0 <= low <= est["expected_women"] <= high <= 3
    dumped = json.dumps(result.to_dict())
    assert "Jane" not in dumped and "Maria" not in dumped  # never per person
    assert result.whole.gender.not_stated == 6  # the estimate never changes the counts


def test_estimate_off_by_default_and_titles_stripped():
    assert audit(parse_table("session,name,gender\nA,Jane,\n")).estimate is None
    assert strip_titles("Dr. Ashok Kumar") == "Ashok Kumar"
    assert strip_titles("Dre Marie Roy") == "Marie Roy"


def test_estimator_unavailable_is_reported(monkeypatch):
    real_import = builtins.__import__

    def no_nqg(name, *args, **kwargs):
        if name == "nomquamgender":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_nqg)
    est = estimate_names(parse_table("session,name,gender\nA,Jane Roe,\n"))
    assert est.available is False and est.candidates == 1
    assert est.to_dict()["expected_women"] is None


def test_real_nomquamgender_if_installed():
    pytest.importorskip("nomquamgender")
    est = estimate_names(parse_table("session,name,gender\nA,Jane Roe,\nA,John Smith,\n"))
    assert est.available and est.estimable == 2
    assert est.expected_women == pytest.approx(1, abs=0.1)
