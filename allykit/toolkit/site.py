"""The loaded content, built once per process, with the site's URLs and translated labels."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import NoReverseMatch
from django.utils import translation
from django.utils.translation import gettext as _

from allykit.content import Labels, Site, load_site
from allykit.content.markdown import RenderContext
from allykit.loadonce import once
from allykit.routes import url_for

from .pages import APP_PAGE_KEYS, PAGE_KEYS


class SiteLinker:
    """Tells the content engine where pages, terms, references and images live."""

    def page(self, key: str, lang: str) -> str | None:
        """A content page, or an app's page (a tool) by its route key."""
        if key in PAGE_KEYS:
            return url_for(key, lang)
        if key in APP_PAGE_KEYS:
            try:
                return url_for(key, lang)
            except NoReverseMatch:  # the app is not installed
                return None
        return None

    def term(self, term_id: str, lang: str) -> str:
        return url_for("term", lang, term_id=term_id)

    def reference(self, key: str, lang: str) -> str:
        return url_for("references", lang) + f"#ref-{key}"

    def static(self, path: str) -> str:
        try:
            return static(path)
        except ValueError:  # not collected yet (tests without collectstatic)
            return settings.STATIC_URL + path

    def static_exists(self, path: str) -> bool:
        return bool(finders.find(path))


def labels(lang: str) -> Labels:
    """The renderer's words, translated through gettext."""
    with translation.override(lang):
        return Labels(
            back_to_top=_("Back to top"),
            sources=_("Sources"),
            long_description=_("Long description"),
            data_table=_("Data table"),
            watch_from=_("watch from {start}"),
            until=_("until {end}"),
            video=_("Video:"),
            source=_("Source"),
            chart=_("Chart"),
            in_english=_("in English"),
            table=_("Table (scrolls sideways)"),
            illustrative=_("none; an illustrative example written for this guide"),
            outranked=_("If the speaker outranks you:"),
        )


def load(content_dir: str | Path | None = None) -> Site:
    """Load and validate the content (raises ContentError listing every problem)."""
    root = Path(content_dir or settings.CONTENT_DIR)
    return load_site(root, PAGE_KEYS, SiteLinker(), {lang: labels(lang) for lang in ("en", "fr")})


@once
def get_site() -> Site:
    """The content of this process, loaded on first use and never again."""
    return load()


def yaml_contexts(file: str) -> tuple[dict[str, RenderContext], dict[str, dict]]:
    """For a content YAML file outside the pages (scenarios, assessments, cards): a
    RenderContext per language, and each language's page anchors (page key -> anchors)."""
    site = get_site()
    contexts, anchors = {}, {}
    for lang in ("en", "fr"):
        content = site[lang]
        contexts[lang] = RenderContext(
            lang=lang,
            path=f"content/{lang}/{file}",
            references=dict(site.references),
            glossary_ids=frozenset(content.glossary),
            linker=SiteLinker(),
            labels=labels(lang),
            glossary_terms={t.id: t.term for t in content.glossary.values()},
        )
        anchors[lang] = {key: frozenset(p.anchors) for key, p in content.pages.items()}
    return contexts, anchors
