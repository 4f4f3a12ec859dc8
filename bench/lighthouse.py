"""Lighthouse (mobile) on the home page, one module page and each tool, printed as a table.

    npm i -E --prefix /tmp/look/node lighthouse@12.2.3      # once (Lighthouse 13 wants Node 22)
    CHROME_PATH=/usr/bin/chromium uv run python bench/lighthouse.py
    uv run python bench/lighthouse.py --base-url http://127.0.0.1:8180 --runs 3

Targets: performance >= 95, accessibility 100, best practices 100, SEO 100. Lighthouse's default
mobile profile is used (Moto G-class device, simulated slow 4G). With --runs N the median of each
score is shown. The JSON reports are kept in --out (default var/lighthouse). Exit code 1 when a
target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import ROOT, start_server  # noqa: E402

TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync --disable-quic"
)


def pages() -> list[tuple[str, str]]:
    """(name, path): the home page, the first module page, and every tool."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "allykit.settings")
    import django

    django.setup()
    from allykit.routes import all_routes, url_for

    keys = {r.key for r in all_routes()}
    chosen = [("home", url_for("home", "en"))]
    module = next((k for k in ("why", "why-allyship") if k in keys), None)
    if module:
        chosen.append((module, url_for(module, "en")))
    for tool in ("checker", "panels", "practice"):
        if tool in keys:
            chosen.append((tool, url_for(tool, "en")))
    return chosen


def find_lighthouse(given: str | None) -> str:
    for candidate in (
        given,
        os.environ.get("LIGHTHOUSE"),
        shutil.which("lighthouse"),
        "/tmp/look/node/node_modules/.bin/lighthouse",
    ):
        if candidate and Path(candidate).exists():
            return candidate
    raise SystemExit("Lighthouse not found: npm i -E --prefix /tmp/look/node lighthouse@12.2.3")


def run(lighthouse: str, url: str, out: Path) -> dict[str, float]:
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    subprocess.run(
        [
            lighthouse,
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--chrome-flags={CHROME_FLAGS}",
            "--only-categories=performance,accessibility,best-practices,seo",
        ],
        check=True,
        env=env,
        timeout=240,
    )
    report = json.loads(out.read_text())
    scores = {k: round(v["score"] * 100) for k, v in report["categories"].items()}
    audits = report["audits"]
    scores["cls"] = audits["cumulative-layout-shift"]["numericValue"]
    scores["lcp"] = audits["largest-contentful-paint"]["numericValue"] / 1000
    scores["bytes"] = audits["total-byte-weight"]["numericValue"] / 1024
    failed = [
        f"{cat}:{ref['id']}"
        for cat, data in report["categories"].items()
        for ref in data["auditRefs"]
        if ref.get("weight")
        and (audits[ref["id"]].get("score") is not None)
        and audits[ref["id"]]["score"] < 1
        and cat != "performance"
    ]
    scores["failed"] = failed
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="use a running server instead of starting one")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--out", default=str(ROOT / "var" / "lighthouse"))
    parser.add_argument("--lighthouse", help="path of the lighthouse command")
    args = parser.parse_args(argv)
    lighthouse = find_lighthouse(args.lighthouse)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    chosen = pages()
    proc, base = (None, args.base_url.rstrip("/")) if args.base_url else start_server()
    rows = []
    try:
        for name, path in chosen:
            results = [
                run(lighthouse, base + path, out / f"{name}-{i}.json") for i in range(args.runs)
            ]
            row = {
                k: statistics.median(r[k] for r in results)
                for k in (*TARGETS, "cls", "lcp", "bytes")
            }
            row["failed"] = sorted({f for r in results for f in r["failed"]})
            rows.append((name, path, row))
    finally:
        if proc:
            proc.terminate()
            proc.wait(10)
    header = (
        f"{'page':<10} {'path':<34} {'perf':>5} {'a11y':>5} {'bp':>5} {'seo':>5} "
        f"{'CLS':>6} {'LCP s':>6} {'KB':>6}"
    )
    print(header)
    print("-" * len(header))
    missed = False
    for name, path, row in rows:
        print(
            f"{name:<10} {path:<34} {row['performance']:>5.0f} {row['accessibility']:>5.0f} "
            f"{row['best-practices']:>5.0f} {row['seo']:>5.0f} {row['cls']:>6.3f} "
            f"{row['lcp']:>6.2f} {row['bytes']:>6.1f}"
        )
        if row["failed"]:
            print(f"{'':<10} failing audits: {', '.join(row['failed'])}")
        missed |= any(row[k] < v for k, v in TARGETS.items())
    print("targets: " + ", ".join(f"{k} >= {v}" for k, v in TARGETS.items()))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
