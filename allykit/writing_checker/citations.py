"""The checker's sources as the site cites them: the engine's source keys turned into short
citations from the site's reference list, in the reader's language, linked to the entry in
the reference list (allykit/wordcheck/citing.py does the formatting without Django).

`check_or_report()` is the start-up and `allykit check-content` guard: every key the word
lists and rules use must be a reference with its `checked` record.
"""

from __future__ import annotations

import threading
from typing import Any

from allykit.loadonce import report_problems
from allykit.toolkit.site import SiteLinker, get_site
from allykit.wordcheck import citing

_lock = threading.Lock()
_tables: dict[str, tuple[object, dict[str, dict[str, str]]]] = {}


def table(lang: str) -> dict[str, dict[str, str]]:
    """Key -> source object for `lang`, built once per loaded site and language."""
    site = get_site()
    hit = _tables.get(lang)
    if hit is not None and hit[0] is site:
        return hit[1]
    with _lock:
        built = citing.table(site.references, lang, SiteLinker().reference)
        _tables[lang] = (site, built)
    return built


def attach(report: dict[str, Any], lang: str) -> dict[str, Any]:
    """The report with each flag's and note's source cited in `lang` (in place)."""
    return citing.cite(report, table(lang))


def check_or_report() -> bool:
    """For `allykit check-content` and start-up: print every missing checker source."""
    problems = [f"allykit/wordcheck/data: {p}" for p in citing.problems(get_site().references)]
    if not report_problems(problems, "writing checker source"):
        return False
    print(f"Writing checker sources OK: {len(citing.source_keys())} references.")
    return True
