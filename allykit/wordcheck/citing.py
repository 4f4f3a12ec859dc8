"""Citations for the checker's findings, from the site's reference list (pure: no Django).

The engine gives each flag and note a source key only (`model.Source`). Whoever shows a
report passes in the site's references (`allykit.content` `Reference` objects: the web app
hands over the loaded site's, the CLI reads content/references/*.yaml) and, for the web, where
each entry of the reference list lives. The short citation is made by the site's formatter
(`narrative_citation`) in the reader's language: « Trix et Psenka (2003) », « (s. d.) »,
organisations by their French names where the reference data has them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from allykit.content.model import Reference
from allykit.content.references import narrative_citation

from .lexicon import source_keys

Linker = Callable[[str, str], str]  # (key, lang) -> address of the key's reference-list entry


def problems(refs: Mapping[str, Reference]) -> list[str]:
    """Every source key of the word lists, rules and notes that the reference list lacks, or
    whose entry does not say how it was verified (empty when all is well)."""
    out = []
    for key in sorted(source_keys()):
        ref = refs.get(key)
        if ref is None:
            out.append(
                f"writing checker source '{key}' is not in the reference list "
                "(content/references/*.yaml): add the reference or change the word list"
            )
        elif ref.checked is None or not ref.checked.where:
            out.append(f"writing checker source '{key}' has no 'checked' record")
    return out


def table(
    refs: Mapping[str, Reference], lang: str, link: Linker | None = None
) -> dict[str, dict[str, str]]:
    """Key -> the `source` object of a finding, for every key the checker uses: the key, the
    short citation in `lang`, the work's DOI or address (`url`) and its entry in the site's
    reference list (`reference_url`, empty without a linker)."""
    out = {}
    for key in sorted(source_keys()):
        ref = refs.get(key)
        if ref is None:  # refused by check-content and at start-up; never shown as a gap
            out[key] = {"key": key, "citation": key, "url": "", "reference_url": ""}
            continue
        out[key] = {
            "key": key,
            "citation": narrative_citation(ref, lang),
            "url": ref.link,
            "reference_url": link(key, lang) if link else "",
        }
    return out


def cite(report: dict[str, Any], sources: Mapping[str, dict[str, str]]) -> dict[str, Any]:
    """Fill in the `source` of every flag and note of a report dict (`Report.to_dict()`) from
    `table(...)`, in place; returns the report. The objects are shared: read them only."""
    for finding in report["flags"]:
        key = finding["source"]["key"]
        finding["source"] = sources.get(key) or _unknown(key)
    for finding in report["notes"]:
        key = finding["source"]["key"]
        finding["source"] = sources.get(key) or _unknown(key)
    return report


def _unknown(key: str) -> dict[str, str]:
    return {"key": key, "citation": key, "url": "", "reference_url": ""}
