"""Benchmark of site search: index build time and size, query latency in both languages.

Run by hand: `uv run python bench/search_bench.py`. Builds the index from the real content,
then runs realistic queries (English and French, with stemming, accents, hyphens, phrases,
misspellings and long questions) many times in-process. Prints p50/p95/p99 of the full search
(parse, FTS5 match, bm25 ranking, snippets and highlighting) and the ratio to a baseline
measured in the same run: a plain FTS5 MATCH of one pre-stemmed word, no snippets.
Target: p99 under 10 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()

from django.test.utils import override_settings  # noqa: E402

QUERIES = {
    "en": [
        "microaggressions",
        "micro-aggression",
        "what do I say when a colleague is called 'sweetie' in front of a patient",
        "sponsorship",
        '"think manager, think male"',
        "reverse mentoring",
        "bystander 5Ds",
        "glass ceiling",
        "mikroagression",
        "women in health leadership Canada",
        "reference letter doubt raisers",
        "allies",
        "tokenism manels",
        "where are you really from",
        "Trix Psenka",
    ],
    "fr": [
        "microagressions",
        "micro-agression",
        "allie",
        "alliées",
        "tokénisme",
        "« penser gestionnaire »",
        "que dire quand une collègue est appelée « ma belle » devant un patient",
        "parrainage",
        "témoin actif",
        "plafond de verre",
        "parainage",
        "lettre de recommandation",
        "mentorat inversé",
        "harcèlement en série",
        "Autochtones",
    ],
}
ROUNDS = 60


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    with override_settings(ROOT_URLCONF="allykit.urls"):  # the search app is registered
        from allykit.search.index import build
        from allykit.toolkit.site import get_site

        site = get_site()
        start = time.perf_counter()
        index = build(site)
        build_ms = (time.perf_counter() - start) * 1000
        docs = {lang: index.count(lang) for lang in ("en", "fr")}
        print(
            f"index: {docs['en']} + {docs['fr']} documents, built in {build_ms:.0f} ms "
            f"(stemming + FTS5: {index.build_seconds * 1000:.0f} ms), "
            f"{index.size_bytes() / 1024:.0f} KiB in memory"
        )

        for lang, queries in QUERIES.items():  # warm the stem caches as a running server would
            for q in queries:
                index.search(q, lang)
        full, base = [], []
        for _ in range(ROUNDS):
            for lang, queries in QUERIES.items():
                for q in queries:
                    t = time.perf_counter()
                    index.search(q, lang, limit=10)
                    full.append((time.perf_counter() - t) * 1000)
                    t = time.perf_counter()
                    index.raw_match('"microaggress"', lang, limit=10)
                    base.append((time.perf_counter() - t) * 1000)
        for name, values in (("search", full), ("baseline", base)):
            print(
                f"{name:9} n={len(values)} p50={statistics.median(values):.3f} ms "
                f"p95={percentile(values, 95):.3f} ms p99={percentile(values, 99):.3f} ms "
                f"max={max(values):.3f} ms"
            )
        ratio = percentile(full, 99) / percentile(base, 99)
        print(
            f"ratio p99 search/baseline: {ratio:.1f}x; "
            f"target p99 < 10 ms: {'met' if percentile(full, 99) < 10 else 'NOT met'}"
        )


if __name__ == "__main__":
    main()
