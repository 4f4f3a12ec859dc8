"""Downloads without storing anything: the result page carries its own outputs, signed.

The CSV summaries, the checklist and the letters are rendered with the result, packed into a
signed, compressed token in a hidden field, and a small POST form sends the token back with the
item wanted; the server checks the signature and returns that item as an attachment. The token
holds only what the engine made for sharing (no person's name), and expires after eight hours.
"""

from __future__ import annotations

from django.core import signing
from django.http import HttpResponse

from allykit.panelaudit import Audit
from allykit.panelaudit.export import summary_csv

SALT = "allykit.panels.download"
MAX_AGE = 8 * 60 * 60
CSV = "text/csv; charset=utf-8"
TEXT = "text/plain; charset=utf-8"


def pack(audit: Audit, lang: str, letters: list[dict]) -> str:
    """The signed token of every downloadable output of this result."""
    from allykit.panelaudit.letters import organiser_checklist

    items = {}
    for code in ("en", "fr"):
        items[f"csv-{code}"] = (
            f"panel-check-summary-{code}.csv",
            CSV,
            summary_csv(audit, code, bom=True),
        )
    checklist = "".join(f"- {line}\n" for line in organiser_checklist(audit, lang))
    items[f"checklist-{lang}"] = (f"panel-check-checklist-{lang}.txt", TEXT, checklist)
    for entry in letters:
        name = f"panel-check-{entry['item']}.txt"
        items[entry["item"]] = (name, TEXT, entry["text"])
    return signing.dumps(items, salt=SALT, compress=True)


TEMPLATE_SALT = "allykit.panels.template"
TEMPLATE_MAX_AGE = 60 * 60


def pack_template(audit: Audit, lang: str) -> str | None:
    """The pre-filled template (it holds the user's own names), in its own token with a
    shorter life; None when every gender is already stated. See decision record 0111."""
    from allykit.panelaudit.template import has_template, template_csv

    if not has_template(audit.program):
        return None
    items = {
        f"template-{code}": (
            f"panel-check-template-{code}.csv",
            CSV,
            template_csv(audit.program, code),
        )
        for code in ("en", "fr")
    }
    return signing.dumps(items, salt=TEMPLATE_SALT, compress=True)


def _unpack(token: str, item: str, salt: str, max_age: int) -> tuple[str, str, str] | None:
    """(filename, content type, text), or None for a bad, expired or tampered token."""
    try:
        items = signing.loads(token, salt=salt, max_age=max_age)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    found = items.get(item) if isinstance(items, dict) else None
    if not (isinstance(found, list) and len(found) == 3 and all(isinstance(x, str) for x in found)):
        return None
    return found[0], found[1], found[2]


def unpack_template(token: str, item: str) -> tuple[str, str, str] | None:
    return _unpack(token, item, TEMPLATE_SALT, TEMPLATE_MAX_AGE)


def unpack(token: str, item: str) -> tuple[str, str, str] | None:
    return _unpack(token, item, SALT, MAX_AGE)


def attachment(filename: str, content_type: str, text: str) -> HttpResponse:
    response = HttpResponse(text.encode("utf-8"), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
