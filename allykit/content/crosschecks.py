"""Checks across the whole content: between the two languages, and between the pages and the
reference list. The loader runs them once every language has loaded."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from .model import LANGS, LangContent, Problem, Reference


def check_uncited(
    refs: Mapping[str, Reference],
    located: Mapping[str, tuple[str, int]],
    langs: Mapping[str, LangContent],
) -> list[Problem]:
    """The reference list says it lists what the pages cite: each work is cited or marked."""
    cited: dict[str, set[str]] = {}
    for lang, content in langs.items():
        for page in content.pages.values():
            for key in page.citations:
                cited.setdefault(key, set()).add(f"{lang}/{page.key}")
        for term in content.glossary.values():
            for key in term.cite:
                cited.setdefault(key, set()).add(f"{lang}/glossary")
    problems = []
    for key, ref in refs.items():
        rel, line = located[key]
        if key not in cited and not ref.further_reading:
            problems.append(
                Problem(
                    rel,
                    line,
                    f"reference {key} is cited nowhere: cite it where it "
                    "supports a claim, or mark it 'further_reading: true'",
                )
            )
        elif key in cited and ref.further_reading:
            where = ", ".join(sorted(cited[key]))
            problems.append(
                Problem(
                    rel,
                    line,
                    f"reference {key} is marked further_reading but is cited "
                    f"({where}); remove the mark",
                )
            )
    return problems


def compare_languages(
    root: Path,
    page_keys: Sequence[str],
    data_ids: Mapping[str, Mapping[str, set[str]]],
    unreadable: Mapping[str, set[str]],
    kinds: Sequence[str],
) -> list[Problem]:
    """Every page and every data entry exists in both languages, and every page file is declared."""
    problems = []
    for lang in LANGS:
        other = "fr" if lang == "en" else "en"
        for path in sorted((root / lang).glob("*.md")):
            if path.stem not in page_keys:
                problems.append(
                    Problem(
                        f"content/{lang}/{path.name}",
                        1,
                        f"page '{path.stem}' is not in the page table",
                    )
                )
        for key in page_keys:
            here = (root / lang / f"{key}.md").exists()
            there = (root / other / f"{key}.md").exists()
            if not here and there:
                problems.append(
                    Problem(
                        f"content/{other}/{key}.md",
                        1,
                        f"page exists in {other} only (no content/{lang}/{key}.md)",
                    )
                )
            elif not here and lang == "en":
                problems.append(
                    Problem(
                        f"content/{lang}/{key}.md",
                        1,
                        f"page '{key}' is in the page table but has no file",
                    )
                )
        mine, theirs = data_ids[lang], data_ids[other]
        skip = unreadable[lang] | unreadable[other]
        for kind in kinds:
            if kind in skip:
                continue  # a file that did not parse: its syntax error says it all
            for missing in sorted(mine[kind] - theirs[kind]):
                problems.append(
                    Problem(
                        f"content/{other}/{kind}.yaml",
                        1,
                        f"{kind} entry '{missing}' exists in {lang} only",
                    )
                )
    return problems
