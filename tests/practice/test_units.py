"""Pure logic: rounds kept in the URL, join codes, ballots."""

from __future__ import annotations

import random

from allykit.practice import codes, rounds

IDS = {"a", "b", "c", "d", "e", "f"}


def test_draw_takes_five_distinct_scenarios():
    rnd = rounds.draw(sorted(IDS), rng=random.Random(1))
    assert len(rnd.ids) == 5 and len(set(rnd.ids)) == 5 and rnd.step == 0
    assert rounds.draw([]) is None
    assert len(rounds.draw(["a", "b"]).ids) == 2


def test_round_survives_the_url_and_rejects_tampering():
    rnd = rounds.Round(("a", "b", "c"), 1, ("direct",), "ward", "peer")
    from urllib.parse import parse_qsl

    params = dict(parse_qsl(rnd.query(), keep_blank_values=True))
    assert rounds.parse(params, IDS) == rnd
    assert rounds.parse({**params, "round": "a,zzz,c"}, IDS) is None
    assert rounds.parse({**params, "step": "2"}, IDS) is None  # step must match the picks
    assert rounds.parse({**params, "picks": "shout"}, IDS) is None
    assert rounds.parse({**params, "round": "a,a,c"}, IDS) is None
    assert rounds.parse({**params, "step": "x"}, IDS) is None
    assert rounds.parse({}, IDS) is None


def test_after_and_summary():
    rnd = rounds.Round(("a", "b"), 0, ())
    rnd = rnd.after("direct").after("own")
    assert rnd.done and rnd.picks == ("direct", "own")
    counts = dict(rounds.summary(rnd.picks))
    assert counts["direct"] == 1 and counts["own"] == 1 and counts["delay"] == 0


def test_codes_are_long_random_and_forgiving_to_type():
    seen = {codes.new_code() for _ in range(200)}
    assert len(seen) == 200
    code = "K7QDM2XP"
    assert codes.normalize("k7qd-m2xp") == code
    assert codes.normalize(" K7QD M2XP ") == code
    assert codes.normalize("K7QO") == ""  # too short
    assert codes.normalize("K7QDM2XPP") == ""
    assert codes.normalize("K7QDM2XO") == "K7QDM2X0"  # O read as zero
    assert codes.display(code) == "K7QD-M2XP"
    assert len(codes.ALPHABET) ** codes.CODE_LENGTH >= 2**40


def test_ballots_differ_per_question_and_hide_the_key():
    first = codes.ballot("secret", "key", "K7QDM2XP", 0)
    assert first == codes.ballot("secret", "key", "K7QDM2XP", 0)
    assert first != codes.ballot("secret", "key", "K7QDM2XP", 1)
    assert "key" not in first and len(first) == 64


def test_guidance_links_survive_a_page_split():
    from allykit.practice.scenarios import resolve

    before = {"mentorship": frozenset({"bystander", "metoo"}), "what": frozenset({"ma-x"})}
    after = {
        "mentorship": frozenset(),
        "bystander": frozenset({"serial-harassers"}),
        "microaggressions": frozenset({"ma-x"}),
        "what": frozenset(),
    }
    assert resolve("mentorship", "bystander", before) == ("mentorship", "bystander")
    assert resolve("mentorship", "bystander", after) == ("bystander", "")
    assert resolve("mentorship", "serial-harassers", after) == ("bystander", "serial-harassers")
    assert resolve("what", "ma-x", after) == ("microaggressions", "ma-x")
    assert resolve("what", "", after) == ("what", "")
    assert resolve("what", "nowhere", after) is None
    assert resolve("gone", "", after) is None
