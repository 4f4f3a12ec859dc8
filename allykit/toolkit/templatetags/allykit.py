"""Template helpers: URLs from the route table."""

from django import template

from allykit.routes import url_for

register = template.Library()


@register.simple_tag(takes_context=True)
def route_url(context, key: str, lang: str | None = None, **kwargs) -> str:
    """URL of route `key` in `lang` (default: the page's language)."""
    return url_for(key, lang or context.get("lang", "en"), **kwargs)


@register.simple_tag(takes_context=True)
def tool_module_link(context, tool_key: str) -> str:
    """For a tool page: a line linking back to the module page it serves (from the page table)."""
    from django.utils.html import format_html
    from django.utils.translation import gettext as _

    from allykit.toolkit.navigation import link
    from allykit.toolkit.pages import APP_PAGES, module_of

    lang = context.get("lang", "en")
    key = APP_PAGES.get(tool_key)
    page = link(key, lang) if key else None
    if page is None:
        return ""
    module = link(module_of(key), lang)
    text = _("Background for this tool: %(page)s, in the module %(module)s.") % {
        "page": '<a href="{0}">{1}</a>',
        "module": '<a href="{2}">{3}</a>',
    }
    return format_html(
        '<p class="tool-module">' + text + "</p>",
        page["url"],
        page["full_title"],
        module["url"],
        module["title"],
    )
