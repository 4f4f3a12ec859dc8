"""`allykit check` command line: stdin and file, text and JSON, bad arguments exit 2."""

from __future__ import annotations

import io
import json

import pytest

from allykit.wordcheck.cli import main

LETTER = "Dr. Jane Roe is a hardworking surgeon. Jane is the best female surgeon."


def test_stdin_text(capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["-", "--genre", "letter", "--lang", "en"], stdin=io.StringIO(LETTER))
    out = capsys.readouterr().out
    assert rc == 0
    assert "hardworking" in out and "Effort" in out


def test_file_json(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    rc = main([str(path), "--genre", "letter", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert {f["category"] for f in data["flags"]} >= {"effort", "first_name", "gender_marker"}
    assert data["summary"]["words"] == 13


def test_french_json_from_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Le candidat idéal est ambitieux."
    rc = main(["-", "--genre", "job", "--lang", "fr", "--format", "json"], stdin=io.StringIO(text))
    data = json.loads(capsys.readouterr().out)
    assert rc == 0 and data["lang"] == "fr"
    assert {f["category"] for f in data["flags"]} == {"masculine_generic", "masculine_coded"}


def test_ignore_option(capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(
        [
            "-",
            "--genre",
            "letter",
            "--format",
            "json",
            "--ignore",
            "effort",
            "--ignore",
            "first_name",
        ],
        stdin=io.StringIO(LETTER),
    )
    data = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert not {"effort", "first_name"} & {f["category"] for f in data["flags"]}


@pytest.mark.parametrize(
    "argv,needle",
    [
        (["-", "--genre", "poem"], "invalid choice: 'poem'"),
        (["-", "--genre", "job", "--lang", "de"], "invalid choice: 'de'"),
        (["-"], "--genre"),
        (["-", "--genre", "job", "--format", "xml"], "invalid choice: 'xml'"),
    ],
)
def test_bad_arguments_exit_2(argv, needle, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv, stdin=io.StringIO("x"))
    assert exc.value.code == 2
    assert needle in capsys.readouterr().err


def test_missing_file_exits_2(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope.txt"), "--genre", "job"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_too_long_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["-", "--genre", "job"], stdin=io.StringIO("a " * 60_000))
    assert rc == 2
    assert "too_long" in capsys.readouterr().err
