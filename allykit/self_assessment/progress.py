"""Reading progress: which pages count as the toolkit's reading, per module (no Django).

The three modules of the original toolkit (Why, What allyship entails, Mentorship and
sponsorship) with their pages, in page-table order. Resources, the glossary, references,
About and Contact are for looking things up, not for reading through, so they do not count.
"""

from __future__ import annotations

from allykit.toolkit.pages import module_of, module_pages

READING_MODULES = ("why", "what", "mentorship")


def module_keys(module: str) -> tuple[str, ...]:
    return (module, *(p.key for p in module_pages(module)))


def all_keys() -> tuple[str, ...]:
    return tuple(k for m in READING_MODULES for k in module_keys(m))


def scope(page_key: str) -> tuple[str, tuple[str, ...]] | None:
    """(scope name, page keys counted) for the counter shown on `page_key`, or None.

    Home counts the whole toolkit; a page of a module with several pages counts its module;
    a single-page module (Why) counts the whole toolkit too."""
    if page_key == "home":
        return "toolkit", all_keys()
    if page_key not in all_keys():
        return None
    keys = module_keys(module_of(page_key))
    return ("module", keys) if len(keys) > 1 else ("toolkit", all_keys())
