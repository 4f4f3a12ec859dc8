"""Throughput and latency of content pages through the production server, with baselines.

Run by hand:  uv run python bench/platform_bench.py [--seconds 10] [--connections 50]
Starts `allykit serve` (gunicorn, 2 workers) and nginx on loopback, loads them with wrk, and
prints requests/s and p50/p99 for: content pages, a minimal Django view on the same server, and
nginx serving the same HTML as static files. Also prints page weight and cold-start time.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["/en/", "/en/why-allyship/", "/fr/en-quoi-consiste-l-alliance/", "/en/resources/"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 30) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return time.monotonic() - start
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"{url} did not answer")


def wrk(url: str, seconds: int, connections: int, gzip_ok: bool = False) -> dict:
    header = ["-H", "Accept-Encoding: gzip"] if gzip_ok else []
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


def start_nginx(html: dict[str, bytes], port: int, root: Path) -> subprocess.Popen:
    for path, body in html.items():
        target = root / "www" / path.strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
    (root / "logs").mkdir(exist_ok=True)
    conf = root / "nginx.conf"
    user = "user root;" if os.geteuid() == 0 else ""
    conf.write_text(
        f"""{user} worker_processes 2; daemon off; pid {root}/nginx.pid;
error_log {root}/logs/error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; sendfile on; keepalive_requests 100000;
  client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp; fastcgi_temp_path {root}/tmp;
  uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp;
  gzip on;
  server {{ listen 127.0.0.1:{port}; root {root}/www; default_type text/html; }} }}
"""
    )
    return subprocess.Popen(["nginx", "-c", str(conf), "-p", str(root)])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=50)
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            sys.exit(f"{tool} not found: apt-get install {tool}")
    tmp = Path(tempfile.mkdtemp(prefix="allykit-bench-"))
    port, nginx_port = free_port(), free_port()
    env = {**os.environ, "ALLYKIT_DATA_DIR": str(tmp / "var"), "ALLYKIT_BENCH_VIEWS": "true"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    started = time.monotonic()
    server = subprocess.Popen(
        [sys.executable, "-m", "allykit.cli", "serve", "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    nginx = None
    try:
        wait_for(f"http://127.0.0.1:{port}/en/")
        cold = time.monotonic() - started
        base = f"http://127.0.0.1:{port}"
        html = {p: urllib.request.urlopen(base + p).read() for p in PAGES}
        nginx = start_nginx(html, nginx_port, tmp / "nginx")
        wait_for(f"http://127.0.0.1:{nginx_port}/en/")

        print(f"cold start (allykit serve, first migration included) to first page: {cold:.2f} s")
        static = ["css/site.css", "css/print.css", "js/site.js", "img/favicon.svg"]
        asset = sum(len(gzip.compress((ROOT / "allykit/static" / s).read_bytes())) for s in static)
        for p, body in html.items():
            kb = (len(gzip.compress(body)) + asset) / 1024
            print(f"page weight {p}: {kb:.1f} KB compressed (HTML + CSS + JS), limit 40 KB")
        for gzip_ok in (False, True):
            mode = "Accept-Encoding: gzip" if gzip_ok else "no Accept-Encoding"
            print(
                f"\nwrk -t2 -c{args.connections} -d{args.seconds}s, {mode}, {os.cpu_count()} cores"
            )
            run = lambda url, g=gzip_ok: wrk(url, args.seconds, args.connections, g)  # noqa: E731
            minimal = run(f"{base}/bench/minimal")
            static_nginx = run(f"http://127.0.0.1:{nginx_port}{PAGES[1]}")
            rows = [("minimal Django view (baseline)", minimal), ("nginx, same HTML", static_nginx)]
            rows += [(f"content page {p}", run(base + p)) for p in PAGES]
            print(
                f"{'target':48} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
                f"{'x minimal':>10} {'x nginx':>8}"
            )
            for name, r in rows:
                print(
                    f"{name:48} {r['rps']:9.0f} {r['p50']:8.1f} {r['p99']:8.1f} "
                    f"{r['rps'] / minimal['rps']:10.2f} {r['rps'] / static_nginx['rps']:8.3f}"
                    + (f"  ({r['non2xx']} non-2xx!)" if r["non2xx"] else "")
                )
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
        if nginx:
            nginx.send_signal(signal.SIGQUIT)
            nginx.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
