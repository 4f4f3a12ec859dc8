"""The PostgreSQL fixture's sharing across xdist workers, without starting a server."""

from __future__ import annotations

import json
import threading

from tests.postgres import fixtures


def test_workers_of_one_run_share_one_server(tmp_path, monkeypatch):
    started = []

    def fake_start():
        started.append(1)
        return {"base": f"postgresql://postgres@127.0.0.1:{5400 + len(started)}", "root": "x"}

    monkeypatch.setattr(fixtures, "start_server", fake_start)
    seen = []
    threads = [
        threading.Thread(target=lambda: seen.append(fixtures._shared_server(tmp_path)))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(started) == 1 and len({s["base"] for s in seen}) == 1
    assert json.loads((tmp_path / fixtures.STATE).read_text()) == seen[0]


def test_the_controller_stops_the_server_at_the_end(tmp_path, monkeypatch):
    stopped = []
    monkeypatch.setattr(fixtures, "stop_server", stopped.append)
    (tmp_path / fixtures.STATE).write_text(json.dumps({"base": "b", "root": "r"}))

    class Factory:
        def getbasetemp(self):
            return tmp_path

    class Config:
        _tmp_path_factory = Factory()
        option = type("Option", (), {"numprocesses": 2})()

    fixtures.pytest_unconfigure(Config())
    assert stopped == [{"base": "b", "root": "r"}]
    assert not (tmp_path / fixtures.STATE).exists()
    worker = Config()
    worker.workerinput = {"workerid": "gw0"}
    (tmp_path / fixtures.STATE).write_text("{}")
    fixtures.pytest_unconfigure(worker)  # a worker never stops the shared server
    assert stopped == [{"base": "b", "root": "r"}]
