"""Workshop benchmark: N simulated participants join, vote and poll one workshop.

Runs against the production server (`allykit serve`, its default workers) on loopback only,
with SQLite (default) or a throwaway PostgreSQL server (`--db postgres`). The load is bounded:
a fixed pool of client threads plays every participant's schedule (poll every 1.5 s as
workshop.js does, one vote at a random moment, some changed votes), while one facilitator
polls every second. Prints vote latency p50/p99, the time for a vote to show on the
facilitator's screen, lost or doubled votes, and requests/s against a same-run baseline of a
minimal view (/bench/minimal, or /healthz where that view does not exist).

    uv run python bench/workshop_bench.py [--db sqlite|postgres] [--participants 500]
"""

from __future__ import annotations

import argparse
import contextlib
import heapq
import http.client
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # loopback only, by design
sys.path.insert(0, str(ROOT))


class Client:
    """One browser: its own cookies; one connection per request (gunicorn sync closes them)."""

    def __init__(self, port: int):
        self.port, self.cookies = port, {}

    def request(self, method, path, body=None, headers=None):
        conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
        head = {"Host": f"{HOST}:{self.port}", **(headers or {})}
        if self.cookies:
            head["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            body = urlencode(body, doseq=True)
            head["Content-Type"] = "application/x-www-form-urlencoded"
            head["Origin"] = f"http://{HOST}:{self.port}"
        conn.request(method, path, body=body, headers=head)
        resp = conn.getresponse()
        data = resp.read()
        for name, value in resp.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        conn.close()
        return resp.status, dict(resp.getheaders()), data

    def csrf(self, path) -> str:
        _s, _h, page = self.request("GET", path)
        return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1].decode()


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))] if values else float("nan")


def start_server(port, env):
    proc = subprocess.Popen(
        [sys.executable, "-m", "allykit.cli", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        with contextlib.suppress(OSError):
            if Client(port).request("GET", "/healthz")[0] == 200:
                return proc
        if proc.poll() is not None:
            raise SystemExit(proc.stdout.read().decode())
        time.sleep(0.5)
    raise SystemExit("server did not start")


def baseline(port, threads, seconds):
    """Requests/s of the platform's minimal view (/bench/minimal), else /healthz."""
    found = Client(port).request("GET", "/bench/minimal")[0] == 200
    path = "/bench/minimal" if found else "/healthz"
    count, stop = [0], time.time() + seconds
    lock = threading.Lock()

    def loop():
        c = Client(port)
        while time.time() < stop:
            if c.request("GET", path)[0] == 200:
                with lock:
                    count[0] += 1

    pool = [threading.Thread(target=loop) for _ in range(threads)]
    [t.start() for t in pool]
    [t.join() for t in pool]
    return count[0] / seconds, path


def run(port, participants, threads, window):
    host = Client(port)
    token = host.csrf("/en/workshop/")
    form = {"csrfmiddlewaretoken": token, "scenarios": ["taken-for-nurse-family"], "minutes": "3"}
    status, head, _ = host.request("POST", "/en/workshop/", form)
    assert status == 302, status
    code = re.search(r"code=([0-9A-Z]{8})", head["Location"])[1]
    screen = f"/en/workshop/facilitate/?code={code}"
    token = host.csrf(screen)
    host.request(
        "POST",
        "/en/workshop/facilitate/",
        {"csrfmiddlewaretoken": token, "code": code, "action": "open"},
    )
    state = f"/en/workshop/state.json?code={code}"
    host_state = state + "&host=1"
    choices = ["hand-back", "step-back", "later", "answer-it"]

    # Join everyone (bounded by the thread pool).
    phones, join_times = [], []
    lock = threading.Lock()
    queue = list(range(participants))

    def joiner():
        while True:
            with lock:
                if not queue:
                    return
                queue.pop()
            c = Client(port)
            t = c.csrf(f"/en/join/?code={code}")
            t0 = time.perf_counter()
            s, _h, _b = c.request("POST", "/en/join/", {"csrfmiddlewaretoken": t, "code": code})
            with lock:
                join_times.append(time.perf_counter() - t0)
                if s == 302:
                    phones.append((c, t))

    pool = [threading.Thread(target=joiner) for _ in range(threads)]
    [t.start() for t in pool]
    [t.join() for t in pool]
    joined = len(phones)

    # Schedule: polls every 1.5 s per phone, one vote at a random moment, 20% change it later.
    rng = random.Random(12)
    t_start = time.time() + 1
    tasks, expected = [], {}
    for i in range(len(phones)):
        offset = rng.random() * 1.5
        for k in range(int(window / 1.5)):
            tasks.append((t_start + offset + k * 1.5, i, "poll", None))
        first = rng.choice(choices)
        at = t_start + rng.random() * window * 0.6
        tasks.append((at, i, "vote", first))
        expected[i] = first
        if rng.random() < 0.2:
            second = rng.choice([x for x in choices if x != first])
            tasks.append((at + 2 + rng.random() * window * 0.3, i, "vote", second))
            expected[i] = second
    heapq.heapify(tasks)
    votes, first_done, polls, errors, lag = [], [], [0], [0], []
    last_vote: dict[int, tuple[float, str]] = {}
    etags: dict[int, str] = {}

    def worker():
        while True:
            with lock:
                if not tasks:
                    return
                due, i, kind, choice = heapq.heappop(tasks)
            wait = due - time.time()
            if wait > 0:
                time.sleep(wait)
            else:
                lag.append(-wait)
            c, tok = phones[i]
            if kind == "poll":
                hdr = {"If-None-Match": etags[i]} if i in etags else {}
                s, h, _b = c.request("GET", state, headers=hdr)
                with lock:
                    polls[0] += 1
                    if s == 200:
                        etags[i] = h.get("ETag", "")
                    elif s != 304:
                        errors[0] += 1
                continue
            t0 = time.perf_counter()
            form = {"csrfmiddlewaretoken": tok, "question": "0", "choice": choice}
            accept = {"Accept": "application/json"}  # as workshop.js sends it
            s, _h, _b = c.request("POST", f"/en/workshop/vote/?code={code}", form, accept)
            done = time.time()
            with lock:
                votes.append(time.perf_counter() - t0)
                if s != 200:
                    errors[0] += 1
                    continue
                if i not in last_vote:
                    first_done.append(done)
                prev = last_vote.get(i)
                if prev is None or prev[0] < done:
                    last_vote[i] = (done, choice)

    screen_polls, stop = [], threading.Event()

    def facilitator():
        etag = ""
        while not stop.is_set():
            hdr = {"If-None-Match": etag} if etag else {}
            s, h, b = host.request("GET", host_state, headers=hdr)
            now = time.time()
            if s == 200:
                etag = h.get("ETag", "")
                screen_polls.append((now, json.loads(b)["total"]))
            elif screen_polls:
                screen_polls.append((now, screen_polls[-1][1]))
            stop.wait(1.0)

    fac = threading.Thread(target=facilitator)
    fac.start()
    t0 = time.time()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    [t.start() for t in pool]
    [t.join() for t in pool]
    elapsed = time.time() - t0
    time.sleep(2.5)
    stop.set()
    fac.join()
    host.request(
        "POST",
        "/en/workshop/facilitate/",
        {"csrfmiddlewaretoken": token, "code": code, "action": "close"},
    )
    final = json.loads(host.request("GET", host_state)[2])
    counts = final["counts"]
    want: dict[str, int] = {}
    for _t, choice in last_vote.values():
        want[choice] = want.get(choice, 0) + 1
    lost = sum(max(0, want.get(k, 0) - counts.get(k, 0)) for k in set(want) | set(counts))
    doubled = sum(max(0, counts.get(k, 0) - want.get(k, 0)) for k in set(want) | set(counts))
    first_done.sort()
    shown = []
    for k, t in enumerate(first_done, start=1):
        later = [p for p, total in screen_polls if p >= t and total >= k]
        if later:
            shown.append(later[0] - t)
    requests = polls[0] + len(votes)
    return {
        "joined": joined,
        "join_p50": pct(join_times, 50),
        "vote_p50": pct(votes, 50),
        "vote_p99": pct(votes, 99),
        "votes": len(votes),
        "shown_p50": pct(shown, 50),
        "shown_max": max(shown) if shown else float("nan"),
        "unseen": len(first_done) - len(shown),
        "lost": lost,
        "doubled": doubled,
        "errors": errors[0],
        "rps": requests / elapsed,
        "requests": requests,
        "lag_p99": pct(lag, 99) if lag else 0.0,
        "expected": want,
        "counts": counts,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--participants", type=int, default=500)
    parser.add_argument("--threads", type=int, default=24, help="client threads (the bound)")
    parser.add_argument("--window", type=float, default=20.0, help="seconds of voting")
    parser.add_argument("--port", type=int, default=8171)
    args = parser.parse_args(argv)
    data = tempfile.mkdtemp(prefix="allykit-bench-")
    env = {
        **os.environ,
        "ALLYKIT_DATA_DIR": data,
        "ALLYKIT_SECRET_KEY": "bench-" + "x" * 50,
        "ALLYKIT_BENCH_VIEWS": "true",
    }
    env.pop("ALLYKIT_WORKERS", None)  # the server's default workers
    with contextlib.ExitStack() as stack:
        if args.db == "postgres":
            from tests.postgres.server import postgres_server

            env["DATABASE_URL"] = stack.enter_context(postgres_server())
        proc = start_server(args.port, env)
        stack.callback(lambda: (os.killpg(proc.pid, 15), proc.wait(20)))
        base, base_path = baseline(args.port, args.threads, 5.0)
        r = run(args.port, args.participants, args.threads, args.window)
    print(
        f"workshop bench ({args.db}, default workers, {args.threads} client threads, "
        f"{args.participants} participants, {args.window:.0f} s of voting)"
    )
    print(
        f"  joined                      {r['joined']}/{args.participants} "
        f"(join p50 {r['join_p50'] * 1000:.0f} ms)"
    )
    print(
        f"  vote latency p50 / p99      {r['vote_p50'] * 1000:.0f} ms / "
        f"{r['vote_p99'] * 1000:.0f} ms  ({r['votes']} votes; target p99 < 200 ms)"
    )
    print(
        f"  vote to facilitator screen  p50 {r['shown_p50']:.2f} s, max {r['shown_max']:.2f} s "
        f"(target < 2 s; {r['unseen']} never seen)"
    )
    print(f"  lost / doubled votes        {r['lost']} / {r['doubled']}  (errors {r['errors']})")
    print(
        f"  requests/s under load       {r['rps']:.0f} ({r['requests']} requests; schedule lag "
        f"p99 {r['lag_p99']:.2f} s)"
    )
    print(
        f"  baseline {base_path} req/s  {base:.0f}  -> the workshop's load is "
        f"{r['rps'] / base:.2f}x the minimal view's throughput"
    )
    print(f"  final counts {r['counts']} expected {r['expected']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
