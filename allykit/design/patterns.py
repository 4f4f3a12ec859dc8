"""Sample data for the pattern page: every component of allykit/templates/components/.

Each component is rendered twice, in a light and a dark box, from the very template the site
includes; its documented parameters are read from the comment at the top of that template.
"""

from __future__ import annotations

import re
from pathlib import Path

from django import forms
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from allykit.routes import url_for

COMPONENTS = Path(settings.BASE_DIR) / "allykit" / "templates" / "components"
COMMENT = re.compile(r"\{% comment %\}\n?(.*?)\{% endcomment %\}", re.S)
SCHEMES = ("light", "dark")


class SampleForm(forms.Form):
    """A form shown with errors, to show the error summary and every kind of field."""

    name = forms.CharField(
        label=gettext_lazy("Name of the event"),
        help_text=gettext_lazy("For example, Grand rounds, March."),
        max_length=80,
    )
    role = forms.ChoiceField(
        label=gettext_lazy("Your role at the event"),
        choices=[
            ("chair", gettext_lazy("Chair or organiser")),
            ("speaker", gettext_lazy("Speaker")),
            ("guest", gettext_lazy("Guest")),
        ],
        widget=forms.RadioSelect,
    )
    notes = forms.CharField(
        label=gettext_lazy("Notes"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    agree = forms.BooleanField(
        label=gettext_lazy("Send me a copy"),
        help_text=gettext_lazy("Nothing is sent unless you tick this."),
        required=False,
    )


def documentation(name: str) -> str:
    """The parameter comment at the top of components/<name>.html."""
    text = (COMPONENTS / f"{name}.html").read_text(encoding="utf-8")
    found = COMMENT.search(text)
    return found.group(1).strip() if found else ""


def _form(scheme: str) -> SampleForm:
    form = SampleForm({"name": "", "notes": "", "agree": ""}, auto_id=f"{scheme}-%s", prefix=None)
    form.is_valid()
    return form


def _errors(form: SampleForm) -> list[dict]:
    return [
        {"href": f"#{form[name].auto_id}", "text": " ".join(errors)}
        for name, errors in form.errors.items()
    ]


def samples(lang: str, scheme: str) -> dict:
    """Everything one sample box needs, with ids unique to its scheme."""
    form = _form(scheme)
    return {
        "scheme": scheme,
        "cards": [
            {
                "title": _("Why allyship matters"),
                "url": url_for("home", lang),
                "meta": _("6-minute read"),
                "text": _("What the research says about who leads in health care."),
            },
            {
                "title": _("Panel checker"),
                "url": url_for("home", lang),
                "text": _("Count who speaks at your event, and act on it."),
                "action": _("Try it"),
                "tag": _("Tool"),
            },
        ],
        "takeaways": [
            _("Allyship is action, not a label."),
            _("Small, repeated acts change who gets heard."),
            _("Ask, listen, then act with the person, not for them."),
        ],
        "quote": {
            "text": _("I did not notice who was missing until someone asked me to count."),
            "who": _("A department chair"),
            "role": _("Sample quotation for this page"),
        },
        "figure_long": mark_safe(  # noqa: S308 - our own translated text, escaped below
            "<p>"
            + str(_("Three bars: 30 in the first year, 45 in the second, 60 in the third."))
            + "</p>"
        ),
        "tabs": [
            {
                "id": f"{scheme}-tab-meeting",
                "title": _("In a meeting"),
                "body": mark_safe(  # noqa: S308 - our own translated text
                    "<p>" + str(_("Say: “Let’s hear the rest of Dr. Lee’s point.”")) + "</p>"
                ),
            },
            {
                "id": f"{scheme}-tab-email",
                "title": _("By email"),
                "body": mark_safe(  # noqa: S308 - our own translated text
                    "<p>" + str(_("Credit the idea to the person who had it, by name.")) + "</p>"
                ),
            },
        ],
        "previous": {"url": url_for("home", lang), "title": _("Mentorship")},
        "next": {"url": url_for("home", lang), "title": _("Sponsorship")},
        "up": {"url": url_for("home", lang), "title": _("Mentorship and sponsorship")},
        "do": [_("Credit ideas by name"), _("Ask before you share a story")],
        "dont": [_("Speak for a colleague who is in the room"), _("Joke about the issue")],
        "nav_label": _("Pages of this module (%(scheme)s)")
        % {"scheme": _("light") if scheme == "light" else _("dark")},
        "takeaways_title": _("Key takeaways (%(scheme)s)")
        % {"scheme": _("light") if scheme == "light" else _("dark")},
        "form": form,
        "errors": _errors(form),
    }


def context(request, lang: str) -> dict:
    names = sorted(p.stem for p in COMPONENTS.glob("*.html"))
    return {
        "title": _("Patterns"),
        "docs": {name: documentation(name) for name in names},
        "schemes": [samples(lang, scheme) for scheme in SCHEMES],
        "swatches": [
            "bg",
            "surface",
            "text",
            "muted",
            "border",
            "link",
            "brand",
            "accent",
            "error",
            "success",
            "warning",
            "focus-ring",
        ],
    }
