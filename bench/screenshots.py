"""Screenshots of every page at 360 and 1280 px, light and dark, to look at the whole site.

    uv run python bench/screenshots.py                 # starts `allykit serve` on a free port
    uv run python bench/screenshots.py --base-url http://127.0.0.1:8180 --only patterns
    uv run python bench/screenshots.py --out /tmp/shots --widths 360 --schemes dark --no-full

Writes <out>/<width>-<scheme>/<lang>-<route key>.png (default out: var/screenshots) and an
index.html beside them. Glossary term pages are represented by one term per language.
"""

from __future__ import annotations

import argparse
import html
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CHROMIUM = os.environ.get("ALLYKIT_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]


def page_urls() -> list[tuple[str, str, str]]:
    """(url, lang, key) of every page route in both languages (one glossary term)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "allykit.settings")
    import django

    django.setup()
    from allykit.routes import all_routes, url_for
    from allykit.toolkit.site import get_site

    site = get_site()
    urls = []
    for route in all_routes():
        if "." in route.en:
            continue  # downloads and stylesheets
        for lang in ("en", "fr"):
            kwargs = {}
            if route.key == "term":
                kwargs = {"term_id": next(iter(site[lang].glossary))}
            urls.append((url_for(route.key, lang, **kwargs), lang, route.key))
    return urls


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server() -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen(
        ["uv", "run", "allykit", "serve", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)  # noqa: S310 - local server
            return proc, base
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("the server did not start")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="use a running server instead of starting one")
    parser.add_argument("--out", default=str(ROOT / "var" / "screenshots"))
    parser.add_argument("--only", default="", help="only URLs or keys containing this")
    parser.add_argument("--widths", default="360,1280")
    parser.add_argument("--schemes", default="light,dark")
    parser.add_argument("--no-full", action="store_true", help="first screen only")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    pages = [p for p in page_urls() if args.only in p[0] or args.only in p[2]]
    widths = [int(w) for w in args.widths.split(",")]
    schemes = args.schemes.split(",")
    proc, base = (None, args.base_url.rstrip("/")) if args.base_url else start_server()
    out = Path(args.out)
    shots = []
    started = time.perf_counter()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
            for width in widths:
                for scheme in schemes:
                    folder = out / f"{width}-{scheme}"
                    folder.mkdir(parents=True, exist_ok=True)
                    context = browser.new_context(
                        viewport={"width": width, "height": 800 if width > 600 else 740},
                        color_scheme=scheme,
                    )
                    page = context.new_page()
                    for url, lang, key in pages:
                        page.goto(base + url, wait_until="load")
                        path = folder / f"{lang}-{key}.png"
                        page.screenshot(path=str(path), full_page=not args.no_full)
                        shots.append((path.relative_to(out), url))
                    context.close()
            browser.close()
    finally:
        if proc:
            proc.terminate()
            proc.wait(10)
    rows = "\n".join(
        f'<li><a href="{html.escape(str(p))}">{html.escape(str(p))}</a> ({html.escape(u)})</li>'
        for p, u in shots
    )
    (out / "index.html").write_text(f"<!doctype html><title>Screenshots</title><ul>{rows}</ul>")
    elapsed = time.perf_counter() - started
    print(f"{len(shots)} screenshots of {len(pages)} pages in {elapsed:.0f} s -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
