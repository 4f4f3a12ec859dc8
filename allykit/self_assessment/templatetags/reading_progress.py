"""{% reading_progress %}: the reading-progress counter of a toolkit page (filled by
self_assessment/progress.js from the browser's localStorage; nothing is sent or stored on the
server). Used by templates/self_assessment/_progress.html, the one line the toolkit's page and
home templates include."""

from __future__ import annotations

import json

from django import template
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from allykit.self_assessment.progress import scope

register = template.Library()


@register.simple_tag(takes_context=True)
def reading_progress(context) -> str:
    found = scope(context.get("page_key", ""))
    if found is None:
        return ""
    name, keys = found
    if name == "module":
        label = _("Pages read in this module: %(read)s of %(total)s")
    else:
        label = _("Pages of the toolkit read: %(read)s of %(total)s")
    return render_to_string("self_assessment/_progress_box.html", {
        "page_key": context.get("page_key"),
        "keys": json.dumps(list(keys)),
        "total": len(keys),
        "label": label,
        "initial": label % {"read": 0, "total": len(keys)},
    })  # fmt: skip
