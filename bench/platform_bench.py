"""Throughput and latency of the public pages through every way of serving them, with baselines.

Run by hand:  uv run python bench/platform_bench.py [--seconds 5] [--connections 50] [--rounds 2]

Cold starts first (bench/startup_bench.py: a new instance folder, then the same folder, step
by step, against a bare Django process). Then one nginx on loopback (2 workers, one http
block for every server, so every side has the same settings) serves:
- the baseline: each page as a file, byte for byte what the proxy answers, plain and
  gzip-compressed (`gzip_static`, as a static host with precompressed files would), with
  nginx's stock file serving (Debian's `sendfile on`, no open-file cache);
- the same files given the tuning the documented cache location has (its `open_file_cache`,
  `sendfile` and `output_buffers` lines, copied from the file): the fastest file serving
  found, the ceiling;
- the same files compressed on the fly, the baseline for the static export;
- the static export (`allykit export-static`);
- the documented proxy cache (docs/deploy/nginx-allykit.conf, the file itself) in front of
  `allykit serve`, warmed for both encodings first.
wrk runs with the same threads, connections and duration against every target, without and
with Accept-Encoding: gzip; in each of --rounds rounds every target runs right after its
baseline, so the two meet the same load, and its ratios are the median of those pairs. The
table gives each row's best req/s, p50/p99 and the CPU the serving processes spent per
request (nginx's workers, or gunicorn's): on a shared machine req/s move with the load, CPU
per request much less. Also: the 304 share and latency, the proxy's
hit share, and whether any proxied request reached the server (its CPU during those runs).
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import startup_bench  # noqa: E402 - bench/ is not a package
from measure import (  # noqa: E402
    fetch,
    free_port,
    load,
    measure,
    span,
    stop,
    wait_for,
    workers,
)

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["/en/", "/en/why-allyship/", "/fr/en-quoi-consiste-l-alliance/", "/en/resources/"]
NGINX_CONF = ROOT / "docs" / "deploy" / "nginx-allykit.conf"


def write_files(bodies: dict, root: Path) -> None:
    """The baseline's files: `bodies` maps each path to the bytes the proxy serves for it,
    plain and gzip-compressed, so the files server sends exactly the same bytes (the gzip ones
    through `gzip_static`, as a static host with precompressed files would)."""
    for path, (plain, compressed) in bodies.items():
        target = root / "www" / path.strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(plain)
        target.with_name("index.html.gz").write_bytes(compressed)


def location_tuning(documented: str) -> str:
    """The documented cache location's file-reading lines (open-file cache, sendfile, output
    buffers), for the tuned file server."""
    directive = r"^\s*((?:open_file_cache\S*|sendfile|output_buffers)\s[^;]*;)"
    lines = re.findall(directive, documented, re.M)
    assert lines, "the documented configuration lost its open_file_cache / sendfile lines"
    return " ".join(lines)


def start_nginx(export: Path, ports: dict, upstream: int, root: Path):
    """nginx with the baseline files, the static export, and the documented proxy cache.

    The "fly" server compresses the same files on the fly, as the export's server does; the
    "tuned" server has the documented cache location's own file-reading lines. Every server
    shares one http block, so nginx's other settings are the same on every side.
    """
    for folder in ("logs", "tmp", "cache", "www"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    documented = NGINX_CONF.read_text()
    proxied = (
        documented.replace("listen 127.0.0.1:8080;", f"listen 127.0.0.1:{ports['proxy']};")
        .replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream};")
        .replace("/var/cache/nginx/allykit", str(root / "cache"))
    )
    assert proxied.count(str(upstream)) == 1, "the documented configuration changed its ports"
    (root / "allykit.conf").write_text(proxied)
    conf = root / "nginx.conf"
    user = "user root;" if os.geteuid() == 0 else ""
    temp = " ".join(
        f"{kind}_temp_path {root}/tmp;"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    conf.write_text(
        f"""{user} worker_processes 2; daemon off; pid {root}/nginx.pid;
error_log {root}/logs/error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; sendfile on; keepalive_requests 100000; {temp}
  include /etc/nginx/mime.types;
  gzip on;
  server {{ listen 127.0.0.1:{ports["files"]}; root {root}/www; default_type text/html;
           gzip_static on; }}
  server {{ listen 127.0.0.1:{ports["tuned"]}; root {root}/www; default_type text/html;
           gzip_static on; {location_tuning(documented)} }}
  server {{ listen 127.0.0.1:{ports["fly"]}; root {root}/www; default_type text/html; }}
  server {{ listen 127.0.0.1:{ports["export"]}; root {export}; default_type text/html; }}
  include {root}/allykit.conf;
}}
"""
    )
    return subprocess.Popen(["nginx", "-c", str(conf), "-p", str(root)])


def conditional_requests(url: str, etag: str, count: int = 400) -> dict:
    """Half the requests revalidate with the current tag, half with a stale one."""
    timings = {304: [], 200: []}
    for i in range(count):
        tag = etag if i % 2 == 0 else '"stale"'
        request = urllib.request.Request(url, headers={"If-None-Match": tag})
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        timings.setdefault(status, []).append((time.perf_counter() - start) * 1000)
    matching = count // 2 + count % 2
    return {
        "share": len(timings[304]) / matching,
        "p50_304": statistics.median(timings[304]) if timings[304] else float("nan"),
        "p99_304": sorted(timings[304])[int(len(timings[304]) * 0.99) - 1] if timings[304] else 0,
        "p50_200": statistics.median(timings[200]) if timings[200] else float("nan"),
    }


def run_target(target, best: dict, args, gzip_ok: bool) -> dict:
    """Measure one target; keep its best run in `best`."""
    name, url, headers, where, _base = target
    r = measure(url, args, gzip_ok, headers, **where)
    if name not in best or r["rps"] > best[name]["rps"]:
        best[name] = r
    return r


def hit_share(url: str, gzip_ok: bool, count: int = 200) -> float:
    hits = 0
    headers = {"Accept-Encoding": "gzip"} if gzip_ok else {}
    for _ in range(count):
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
            response.read()
            hits += response.headers.get("X-Cache-Status") in ("HIT", "STALE", "UPDATING")
    return hits / count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=2, help="best of N interleaved runs")
    parser.add_argument("--skip-cold-start", action="store_true", help="one start, not timed")
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            sys.exit(f"{tool} not found: apt-get install {tool}")
    print(f"{os.cpu_count()} cores, {load()} at the start")
    tmp = Path(tempfile.mkdtemp(prefix="allykit-bench-"))
    port = free_port()
    ports = {name: free_port() for name in ("files", "tuned", "fly", "export", "proxy")}
    env = {**os.environ, "ALLYKIT_DATA_DIR": str(tmp / "var"), "ALLYKIT_BENCH_VIEWS": "true"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    server = nginx = None
    summary = []
    try:
        if args.skip_cold_start:
            server, _ = startup_bench.start(port, env)
        else:
            starts = startup_bench.cold_starts(port, env, tmp)
            server = starts.pop("server")
            env["ALLYKIT_DATA_DIR"] = str(starts.pop("data_dir"))
            summary += startup_bench.report(starts)
        base = f"http://127.0.0.1:{port}"
        etag = urllib.request.urlopen(base + PAGES[1]).headers["ETag"]
        gz_request = urllib.request.Request(base + PAGES[1], headers={"Accept-Encoding": "gzip"})
        etag_gzip = urllib.request.urlopen(gz_request).headers["ETag"]
        export = tmp / "export"
        command = [sys.executable, "-m", "allykit.cli", "export-static", str(export)]
        subprocess.run(
            command,
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # The proxy's cache is filled with both representations of each page first, and the
        # files the baseline serves are the very bytes the proxy answers with.
        nginx = start_nginx(export, ports, port, tmp / "nginx")
        proxy = f"http://127.0.0.1:{ports['proxy']}"
        wait_for(proxy + "/en/")
        bodies = {p: (fetch(proxy + p), fetch(proxy + p, gzip_ok=True)) for p in PAGES}
        write_files(bodies, tmp / "nginx")
        for name in ports:
            wait_for(f"http://127.0.0.1:{ports[name]}/en/")
        same = all(
            fetch(f"http://127.0.0.1:{ports[side]}{p}", g) == fetch(proxy + p, g)
            for side in ("files", "tuned")
            for p in PAGES
            for g in (False, True)
        )
        print(
            "like with like: one nginx, one http block, 2 workers, the same wrk settings for"
            " every target; the baseline files are byte-identical to the proxy's responses"
            f" (plain and gzip): {'yes' if same else 'NO'}"
        )
        static = ["css/site.css", "css/print.css", "js/site.js", "img/favicon.svg"]
        asset = sum(len(gzip.compress((ROOT / "allykit/static" / s).read_bytes())) for s in static)
        for p, (_, compressed) in bodies.items():
            kb = (len(compressed) + asset) / 1024
            print(f"page weight {p}: {kb:.1f} KB compressed (HTML + CSS + JS), limit 40 KB")
        cond = conditional_requests(base + PAGES[1], etag)
        summary.append(
            f"304 from allykit serve: {cond['share']:.0%} of requests with the current tag;"
            f" 304 p50 {cond['p50_304']:.2f} ms, p99 {cond['p99_304']:.2f} ms"
            f" (a full 200: p50 {cond['p50_200']:.2f} ms), one client"
        )
        hits = [hit_share(proxy + PAGES[1], g) for g in (False, True)]
        print(f"proxy cache hit share after warm-up: {hits[0]:.0%} plain, {hits[1]:.0%} gzip")
        nginx_pids = workers(nginx, b"worker process")
        gunicorn_pids = workers(server)
        for gzip_ok in (False, True):
            mode = "Accept-Encoding: gzip" if gzip_ok else "no Accept-Encoding"
            files = f"http://127.0.0.1:{ports['files']}"
            tuned = f"http://127.0.0.1:{ports['tuned']}"
            fly = f"http://127.0.0.1:{ports['fly']}"
            on_nginx = {"pids": nginx_pids, "upstream": gunicorn_pids}
            on_server = {"pids": gunicorn_pids}
            # (name, url, extra headers, where the CPU is spent, baseline row)
            targets = [("minimal Django view", f"{base}/bench/minimal", (), on_server, None)]
            for p in PAGES:
                targets.append((f"nginx files {p}", files + p, (), on_nginx, None))
                targets.append((f"nginx files, tuned {p}", tuned + p, (), on_nginx, None))
            if gzip_ok:
                targets.append(
                    (f"nginx files, gzip on the fly {PAGES[1]}", fly + PAGES[1], (), on_nginx, None)
                )
            export_base = f"nginx files{', gzip on the fly' if gzip_ok else ''} {PAGES[1]}"
            targets.append(
                (
                    "static export under nginx",
                    f"http://127.0.0.1:{ports['export']}{PAGES[1]}",
                    (),
                    on_nginx,
                    export_base,
                )
            )
            for p in PAGES:
                targets.append(
                    (
                        f"nginx proxy cache {p}",
                        proxy + p,
                        (),
                        on_nginx,
                        (f"nginx files {p}", f"nginx files, tuned {p}"),
                    )
                )
            for p in PAGES:
                targets.append(
                    (f"allykit serve {p}", base + p, (), on_server, "minimal Django view")
                )
            tag = etag_gzip if gzip_ok else etag
            targets.append(
                (
                    "allykit serve, 304 (If-None-Match)",
                    base + PAGES[1],
                    [f"If-None-Match: {tag}"],
                    on_server,
                    "minimal Django view",
                )
            )
            # Each target runs right after its baseline (or each of its baselines), so both
            # meet the same load; its ratios are the median over the rounds of those pairs.
            # The table's own figures are each row's best run.
            by_name = {t[0]: t for t in targets}
            best: dict[str, dict] = {}
            paired: dict[tuple[str, str], list[tuple[float, float]]] = {}

            def baselines(base_name) -> tuple:
                return base_name if isinstance(base_name, tuple) else (base_name,)

            for _ in range(args.rounds):
                for name, *_rest, base_name in targets:
                    for baseline in baselines(base_name) if base_name else ():
                        b = run_target(by_name[baseline], best, args, gzip_ok)
                        r = run_target(by_name[name], best, args, gzip_ok)
                        ratio = (r["rps"] / b["rps"], b["cpu_us"] / max(r["cpu_us"], 1e-9))
                        paired.setdefault((name, baseline), []).append(ratio)
            print(
                f"\nwrk -t2 -c{args.connections} -d{args.seconds}s, {mode}, {args.rounds}"
                f" round(s), each target right after its baseline, {load()}"
            )
            print(
                f"{'target (best run)':52} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7}"
                f" {'CPU us/req':>10} {'x base req/s':>12} {'x base CPU':>10}  baseline (paired)"
            )
            ratios = {key: [] for key in ("proxy", "proxy_cpu", "tuned", "tuned_cpu")}
            ratios.update(export=[], serve=[])
            for name, _url, _h, _w, base_name in targets:
                r = best[name]
                line = (
                    f"{name:52} {r['rps']:8.0f} {r['p50']:7.1f} {r['p99']:7.1f} {r['cpu_us']:10.1f}"
                )
                for n, baseline in enumerate(baselines(base_name) if base_name else ()):
                    rps_ratio = statistics.median(x[0] for x in paired[(name, baseline)])
                    cpu_ratio = statistics.median(x[1] for x in paired[(name, baseline)])
                    if n:
                        line += "\n" + " " * 88
                    line += f" {rps_ratio:12.2f} {cpu_ratio:10.2f}  {baseline}"
                    if name.startswith("nginx proxy"):
                        kind = "tuned" if ", tuned" in baseline else "proxy"
                        ratios[kind].append(rps_ratio)
                        ratios[kind + "_cpu"].append(cpu_ratio)
                    elif name.startswith("static export"):
                        ratios["export"].append(rps_ratio)
                    elif name.startswith("allykit") and "304" not in name:
                        ratios["serve"].append(rps_ratio)
                if r["non2xx"]:
                    line += f"  ({r['non2xx']} non-2xx!)"
                print(line)
            upstream = sum(best[n]["upstream_cpu"] for n in best if n.startswith("nginx proxy"))
            worst = max(best[n]["p99"] for n in best if n.startswith("nginx proxy"))
            enc = "gzip" if gzip_ok else "plain"
            summary += [
                f"through the nginx cache ({enc}): {span(ratios['proxy'])} the req/s of nginx"
                f" serving the same bytes as files, stock ({span(ratios['proxy_cpu'])} by nginx"
                f" CPU per request); {span(ratios['tuned'])} ({span(ratios['tuned_cpu'])} by"
                " CPU) against files given the cache location's own tuning; proxy p99 at most"
                f" {worst:.1f} ms; allykit serve CPU during the proxy runs"
                f" {upstream * 1000:.0f} ms (a clock tick is 10 ms; a miss costs a render)."
                " Goal >= 0.9x",
                f"static export under nginx ({enc}): {span(ratios['export'])} nginx files."
                " Goal 1.0x",
                f"allykit serve ({enc}): {span(ratios['serve'])} the minimal Django view.",
            ]
    finally:
        stop(server)
        stop(nginx, signal.SIGQUIT)
        shutil.rmtree(tmp, ignore_errors=True)
    print("\nsummary (ratios from this run; " + load() + " at the end)")
    for line in summary:
        print("- " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
