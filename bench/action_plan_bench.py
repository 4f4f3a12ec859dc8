"""Benchmark of the action plan's downloads: a 40-action plan as a tagged PDF and as an
iCalendar file, in both languages.

Run by hand: `uv run python bench/action_plan_bench.py [--rounds N]`. Each 40-action plan has
a 300-character private note on every action and a few check-ins, so it is near the largest a
plan gets (plan.MAX_ITEMS is 60, notes up to 500 characters). Prints the median time and the
size of each, as ratios against a baseline measured in the same run: one content page (the
mentorship module's overview) rendered from its template, without the page cache. "PDF again"
is a repeated download of the same plan, served from allykit/action_plan/pdf_cache.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import statistics
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()
logging.getLogger("weasyprint").setLevel(logging.WARNING)  # no progress lines

from django.template.loader import render_to_string  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.utils import translation  # noqa: E402

from allykit.action_plan import downloads  # noqa: E402
from allykit.action_plan import plan as pl  # noqa: E402
from allykit.action_plan.store import get_catalogue  # noqa: E402
from allykit.toolkit.views import page_context  # noqa: E402

ACTIONS = 40
NOTE = (
    "Talk to the chair before the agenda goes out; name two colleagues whose work fits the "
    "opening and ask each of them first whether they want it. Follow up in writing the "
    "same day, and put the next step in the calendar. Check afterwards how it landed, "
    "with her, in private, and write down what to do differently next time."
)


def plan_of(lang: str) -> pl.Plan:
    today = dt.date(2026, 12, 1)
    plan = pl.Plan(lang=lang)
    for action in get_catalogue().langs[lang][:ACTIONS]:
        plan = pl.add(plan, action.id, action.due_days, today, note=NOTE[:300])
    for n, item in enumerate(plan.items[:10]):
        status = ("done", "postponed", "dropped")[n % 3]
        plan = pl.check_in(plan, item.id, status, today + dt.timedelta(days=n), "As planned.")
    return plan


def timed(fn, rounds: int) -> tuple[float, int]:
    """Median seconds over `rounds` calls (after one warm-up call), and the output's size."""
    out = fn()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    size = len(out.encode() if isinstance(out, str) else out)
    return statistics.median(times), size


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed calls per measurement")
    args = parser.parse_args(argv)
    factory = RequestFactory(HTTP_HOST="localhost")
    rows = []
    for lang in ("en", "fr"):
        request = factory.get(f"/{lang}/mentorship-sponsorship/")
        with translation.override(lang):

            def baseline(request=request, lang=lang):
                context = page_context(request, lang, "mentorship")
                return render_to_string("toolkit/page.html", context, request=request)

            base_time, base_size = timed(baseline, args.rounds * 4)
            plan = plan_of(lang)
            pdf_time, pdf_size = timed(partial(downloads.pdf_bytes, request, plan), args.rounds)
            # The same plan downloaded again: served by pdf_cache (its warm-up call fills it).
            again = partial(downloads.cached_pdf_bytes, request, plan)
            again_time, again_size = timed(again, args.rounds * 4)
            ics = partial(downloads.calendar_bytes, request, plan)
            ics_time, ics_size = timed(ics, args.rounds * 4)
        rows.append((lang, "content page (baseline)", base_time, base_size, base_time, base_size))
        rows.append((lang, f"PDF, {ACTIONS} actions", pdf_time, pdf_size, base_time, base_size))
        rows.append((lang, "PDF again (cached)", again_time, again_size, base_time, base_size))
        rows.append(
            (lang, f"iCalendar, {ACTIONS} actions", ics_time, ics_size, base_time, base_size)
        )
    print(f"{'lang':4}  {'what':26} {'median ms':>10} {'x base':>8} {'bytes':>9} {'x base':>7}")
    for lang, what, seconds, size, base_t, base_s in rows:
        print(
            f"{lang:4}  {what:26} {seconds * 1000:10.1f} {seconds / base_t:8.2f} "
            f"{size:9,} {size / base_s:7.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
