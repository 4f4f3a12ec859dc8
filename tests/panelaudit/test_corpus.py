"""Issue 18's corpus: files in the layouts organisers really have, each read with the right
sessions, speaking places, genders, roles and flags (tests/panelaudit/fixtures/corpus/)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from allykit.panelaudit import audit, parse_table

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
EXPECTED = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
QUIET = {"unknown_column", "schedule_no_gender", "schedule_roles", "no_role_column"}


def test_the_corpus_has_at_least_25_files_each_with_expectations():
    files = sorted(p.name for p in CORPUS.iterdir() if p.suffix != ".yaml")
    assert len(files) >= 25
    assert files == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_file_is_counted_right(name):
    want = EXPECTED[name]
    result = audit(parse_table((CORPUS / name).read_bytes(), name))
    g = result.whole.gender
    genders = {
        k: g.get(k)
        for k in ("woman", "man", "non_binary", "another", "not_stated", "unrecognised")
        if g.get(k)
    }
    assert len(result.sessions) == want["sessions"]
    assert result.people == want["people"]
    assert genders == want["genders"]
    assert {r.key: r.gender.total for r in result.roles} == want["roles"]
    assert result.flag_counts["no_information"] == want["no_information"]
    flagged = {s.label: list(s.flags) for s in result.sessions if s.flags}
    flagged = {k: v for k, v in flagged.items() if v != ["no_information"]}
    assert flagged == want["flags"]
    assert sorted({p.code for p in result.problems} - QUIET) == want["notices"]
    if "header_row" in want:
        assert result.layout["row"] == want["header_row"]
