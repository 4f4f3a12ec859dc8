"""Exact counts under concurrent votes, on SQLite and (via tests/postgres) PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from allykit.practice import workshops
from allykit.practice.bank import get_bank

pytestmark = pytest.mark.django_db(transaction=True)

VOTERS = 50


def _run_together(jobs):
    barrier = threading.Barrier(len(jobs))
    errors = []

    def wrap(job):
        try:
            barrier.wait()
            job()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=wrap, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return errors


def _open_workshop():
    ids = list(get_bank().ids()[:2])
    ws, _key = workshops.create("en", ids, 3, False)
    ws = workshops.act(ws, "open")
    return ws, [r.id for r in get_bank().get("en", ids[0]).responses]


def test_fifty_concurrent_votes_are_counted_exactly():
    if connection.vendor == "sqlite" and "memory" in str(connection.settings_dict["NAME"]):
        pytest.skip("needs a file database shared by threads")
    ws, choices = _open_workshop()
    keys = [workshops.join(ws) for _ in range(VOTERS)]
    expected: dict[str, int] = {}
    jobs = []
    for i, key in enumerate(keys):
        choice = choices[i % len(choices)]
        expected[choice] = expected.get(choice, 0) + 1
        jobs.append(lambda key=key, choice=choice: workshops.vote(ws, key, 0, choice))
    assert _run_together(jobs) == []
    assert workshops.tally(ws) == expected
    assert sum(workshops.tally(ws).values()) == VOTERS


def test_a_participant_voting_twice_at_once_is_counted_once():
    ws, choices = _open_workshop()
    keys = [workshops.join(ws) for _ in range(10)]
    jobs = [
        lambda key=key, c=c: workshops.vote(ws, key, 0, c)
        for key in keys
        for c in (choices[0], choices[1])
    ]
    assert _run_together(jobs) == []
    assert sum(workshops.tally(ws).values()) == 10


def test_concurrent_joins_respect_the_cap(settings):
    settings.WORKSHOP_MAX_PARTICIPANTS = 20
    ws, _choices = _open_workshop()
    admitted = []

    def try_join():
        try:
            admitted.append(workshops.join(ws))
        except workshops.Full:
            pass

    assert _run_together([try_join] * 30) == []
    assert len(admitted) == 20 == workshops.participant_count(ws)
