"""Throughput and latency of the public pages through every way of serving them, with baselines.

Run by hand:  uv run python bench/platform_bench.py [--seconds 10] [--connections 50]

Starts `allykit serve` (gunicorn, 2 workers) on a fresh instance folder and again on the same
folder (cold start with and without one), writes the static export, and starts nginx on
loopback with three servers: the same HTML as plain files (the physical limit, the baseline),
the static export, and the documented proxy cache (docs/deploy/nginx-allykit.conf) in front
of `allykit serve`. wrk loads each; the table prints requests/s and p50/p99, as ratios to a
minimal Django view and to nginx serving the same files. Also: 304 share and latency for
conditional requests, the proxy's hit share, page weight.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["/en/", "/en/why-allyship/", "/fr/en-quoi-consiste-l-alliance/", "/en/resources/"]
NGINX_CONF = ROOT / "docs" / "deploy" / "nginx-allykit.conf"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 60) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return time.monotonic() - start
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"{url} did not answer")


def wrk(url: str, seconds: int, connections: int, gzip_ok: bool = False, headers=()) -> dict:
    header = ["-H", "Accept-Encoding: gzip"] if gzip_ok else []
    for line in headers:
        header += ["-H", line]
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", *header, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def pct(label: str) -> float:
        value, unit = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p50": pct("50"),
        "p99": pct("99"),
        "non2xx": int(errors.group(1)) if errors else 0,
    }


def start_nginx(html: dict[str, bytes], export: Path, ports: dict, upstream: int, root: Path):
    """nginx with the same HTML as files, the static export, and the documented proxy cache."""
    for path, body in html.items():
        target = root / "www" / path.strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
    for folder in ("logs", "tmp", "cache"):
        (root / folder).mkdir(exist_ok=True)
    documented = NGINX_CONF.read_text()
    proxied = (
        documented.replace("listen 127.0.0.1:8080;", f"listen 127.0.0.1:{ports['proxy']};")
        .replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream};")
        .replace("/var/cache/nginx/allykit", str(root / "cache"))
    )
    assert proxied != documented, "the documented configuration changed its placeholders"
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
  server {{ listen 127.0.0.1:{ports["files"]}; root {root}/www; default_type text/html; }}
  server {{ listen 127.0.0.1:{ports["export"]}; root {export}; default_type text/html; }}
  include {root}/allykit.conf;
}}
"""
    )
    return subprocess.Popen(["nginx", "-c", str(conf), "-p", str(root)])


def start_server(port: int, env: dict) -> tuple[subprocess.Popen, float]:
    """`allykit serve` and the seconds from launch to its first page."""
    started = time.monotonic()
    server = subprocess.Popen(
        [sys.executable, "-m", "allykit.cli", "serve", "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    wait_for(f"http://127.0.0.1:{port}/en/")
    return server, time.monotonic() - started


def stop(process: subprocess.Popen | None, sig=signal.SIGINT) -> None:
    if process and process.poll() is None:
        process.send_signal(sig)
        process.wait(timeout=30)


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


def hit_share(url: str, count: int = 200) -> float:
    hits = 0
    for _ in range(count):
        with urllib.request.urlopen(url) as response:
            response.read()
            hits += response.headers.get("X-Cache-Status") in ("HIT", "STALE", "UPDATING")
    return hits / count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=50)
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            sys.exit(f"{tool} not found: apt-get install {tool}")
    tmp = Path(tempfile.mkdtemp(prefix="allykit-bench-"))
    port = free_port()
    ports = {"files": free_port(), "export": free_port(), "proxy": free_port()}
    env = {**os.environ, "ALLYKIT_DATA_DIR": str(tmp / "var"), "ALLYKIT_BENCH_VIEWS": "true"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    server = nginx = None
    try:
        server, cold_new = start_server(port, env)
        stop(server)
        server, cold_existing = start_server(port, env)
        base = f"http://127.0.0.1:{port}"
        html = {p: urllib.request.urlopen(base + p).read() for p in PAGES}
        etag = urllib.request.urlopen(base + PAGES[1]).headers["ETag"]
        gz_request = urllib.request.Request(base + PAGES[1], headers={"Accept-Encoding": "gzip"})
        etag_gzip = urllib.request.urlopen(gz_request).headers["ETag"]
        export = tmp / "export"
        command = [sys.executable, "-m", "allykit.cli", "export-static", str(export)]
        subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        nginx = start_nginx(html, export, ports, port, tmp / "nginx")
        for name in ports:
            wait_for(f"http://127.0.0.1:{ports[name]}/en/")
        proxy = f"http://127.0.0.1:{ports['proxy']}"
        for p in PAGES:  # fill the proxy cache
            urllib.request.urlopen(proxy + p).read()

        print(
            f"cold start to first page, new instance folder (migrations, index): {cold_new:.2f} s"
        )
        print(f"cold start to first page, existing instance folder: {cold_existing:.2f} s")
        static = ["css/site.css", "css/print.css", "js/site.js", "img/favicon.svg"]
        asset = sum(len(gzip.compress((ROOT / "allykit/static" / s).read_bytes())) for s in static)
        for p, body in html.items():
            kb = (len(gzip.compress(body)) + asset) / 1024
            print(f"page weight {p}: {kb:.1f} KB compressed (HTML + CSS + JS), limit 40 KB")
        cond = conditional_requests(base + PAGES[1], etag)
        print(
            f"conditional requests to allykit serve: {cond['share']:.0%} of current tags answered"
            f" 304; 304 p50 {cond['p50_304']:.2f} ms, p99 {cond['p99_304']:.2f} ms"
            f" (a full 200: p50 {cond['p50_200']:.2f} ms)"
        )
        print(f"proxy cache hit share after warm-up: {hit_share(proxy + PAGES[1]):.0%}")
        for gzip_ok in (False, True):
            mode = "Accept-Encoding: gzip" if gzip_ok else "no Accept-Encoding"
            print(
                f"\nwrk -t2 -c{args.connections} -d{args.seconds}s, {mode}, {os.cpu_count()} cores"
            )

            def run(url, headers=(), g=gzip_ok):
                return wrk(url, args.seconds, args.connections, g, headers)

            minimal = run(f"{base}/bench/minimal")
            files = run(f"http://127.0.0.1:{ports['files']}{PAGES[1]}")
            rows = [("minimal Django view (baseline)", minimal), ("nginx, same HTML files", files)]
            rows.append(
                ("static export under nginx", run(f"http://127.0.0.1:{ports['export']}{PAGES[1]}"))
            )
            rows += [(f"nginx proxy cache {p}", run(proxy + p)) for p in PAGES]
            rows += [(f"allykit serve {p}", run(base + p)) for p in PAGES]
            rows.append(
                (
                    "allykit serve, 304 (If-None-Match)",
                    run(base + PAGES[1], [f"If-None-Match: {etag_gzip if gzip_ok else etag}"]),
                )
            )
            print(
                f"{'target':48} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
                f"{'x minimal':>10} {'x nginx':>8}"
            )
            for name, r in rows:
                print(
                    f"{name:48} {r['rps']:9.0f} {r['p50']:8.1f} {r['p99']:8.1f} "
                    f"{r['rps'] / minimal['rps']:10.2f} {r['rps'] / files['rps']:8.3f}"
                    + (f"  ({r['non2xx']} non-2xx!)" if r["non2xx"] else "")
                )
    finally:
        stop(server)
        stop(nginx, signal.SIGQUIT)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
