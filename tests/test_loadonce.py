"""allykit.loadonce: a value made once per process; problems printed the same way everywhere."""

import threading

from allykit.loadonce import once, report_problems


def test_once_makes_the_value_once_for_every_caller_and_thread():
    calls = []

    @once
    def value():
        calls.append(1)
        return object()

    seen = []
    threads = [threading.Thread(target=lambda: seen.append(value())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and all(v is seen[0] for v in seen) and value() is seen[0]


def test_once_tries_again_after_a_failure():
    attempts = []

    @once
    def value():
        attempts.append(1)
        if len(attempts) == 1:
            raise ValueError("first")
        return "ok"

    try:
        value()
    except ValueError:
        pass
    assert value() == "ok" and len(attempts) == 2


def test_report_problems_prints_each_then_the_count(capsys):
    assert report_problems(["a.yaml:1: bad", "a.yaml:2: worse"], "card") is False
    assert capsys.readouterr().err == "a.yaml:1: bad\na.yaml:2: worse\n2 card problem(s) found.\n"
    assert report_problems([], "card") is True
    assert capsys.readouterr().err == ""


def test_peek_looks_without_making():
    @once
    def value():
        return 42

    assert value.peek() is None
    assert value() == 42 and value.peek() == 42
