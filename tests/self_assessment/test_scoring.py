"""Scoring: a pure module, tested without Django."""

from __future__ import annotations

import pytest

from allykit.self_assessment import scoring

FUNCTIONS = (("a", ("a1", "a2")), ("b", ("b1", "b2", "b3")), ("c", ("c1", "c2")))
IDS = tuple(i for _, items in FUNCTIONS for i in items)


def test_mean_per_function_and_levels():
    answers = {"a1": 4, "a2": 3, "b1": 2, "b2": 2, "b3": 3, "c1": 0, "c2": 3}
    result = scoring.score("x", FUNCTIONS, answers)
    by = {f.function: f for f in result.functions}
    assert by["a"].mean == 3.5 and by["a"].level == "strength"
    assert by["b"].mean == pytest.approx(7 / 3) and by["b"].level == "growing"
    assert by["c"].mean == 1.5 and by["c"].level == "gap"
    assert [f.function for f in result.strengths] == ["a"]
    assert [f.function for f in result.gaps] == ["c"]
    assert [f.function for f in result.growing] == ["b"]
    assert by["a"].percent == 88 and by["c"].answers == (0, 3)


def test_level_boundaries():
    assert scoring.level_of(3.0) == "strength"
    assert scoring.level_of(2.99) == "growing"
    assert scoring.level_of(2.0) == "growing"
    assert scoring.level_of(1.99) == "gap"
    assert scoring.level_of(0) == "gap"


def test_gaps_weakest_first_strengths_strongest_first():
    answers = {"a1": 0, "a2": 1, "b1": 0, "b2": 0, "b3": 0, "c1": 1, "c2": 1}
    result = scoring.score("x", FUNCTIONS, answers)
    assert [f.function for f in result.gaps] == ["b", "a", "c"]
    answers = {"a1": 3, "a2": 3, "b1": 4, "b2": 4, "b3": 4, "c1": 4, "c2": 3}
    result = scoring.score("x", FUNCTIONS, answers)
    assert [f.function for f in result.strengths] == ["b", "c", "a"]


def test_parse_answers_reads_only_the_scale():
    data = {
        "a1": "0",
        "a2": "4",
        "b1": "5",
        "b2": "-1",
        "b3": " 2 ",
        "c1": "two",
        "x": "3",
        "c2": "04",
    }
    answers, problems = scoring.parse_answers(IDS, data)
    assert answers == {"a1": 0, "a2": 4, "b3": 2}
    assert problems == ["b1", "b2", "c1", "c2"]
    assert "x" not in answers


def test_parse_answers_missing():
    answers, problems = scoring.parse_answers(IDS, {})
    assert answers == {} and problems == list(IDS)


def test_score_refuses_off_scale_and_empty():
    with pytest.raises(ValueError):
        scoring.score("x", (("a", ("a1",)),), {"a1": 7})
    with pytest.raises(ValueError):
        scoring.score("x", (("a", ()),), {})


def test_compare_reports_direction_and_level_change():
    after = scoring.score(
        "x", FUNCTIONS, {"a1": 4, "a2": 4, "b1": 1, "b2": 1, "b3": 1, "c1": 2, "c2": 2}
    )
    rows = {r["function"]: r for r in scoring.compare({"a": 1.5, "b": 2.0, "c": 2.0}, after)}
    assert rows["a"]["change"] == "up"
    assert (rows["a"]["level_before"], rows["a"]["level_after"]) == ("gap", "strength")
    assert rows["b"]["change"] == "down" and rows["b"]["level_after"] == "gap"
    assert rows["c"]["change"] == "same"
    rows = scoring.compare({}, after)
    assert {r["change"] for r in rows} == {"new"}


def test_as_data_is_what_the_browser_keeps():
    result = scoring.score(
        "x", FUNCTIONS, {"a1": 1, "a2": 2, "b1": 1, "b2": 1, "b3": 2, "c1": 2, "c2": 2}
    )
    assert result.as_data() == {"a": 1.5, "b": 1.33, "c": 2.0}


def test_module_has_no_django():
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(scoring))
    names = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    names += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [n for n in names if n.startswith("django")]
