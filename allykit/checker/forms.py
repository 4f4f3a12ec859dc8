"""The page's form: text, genre, language of the text, optional name, rules to ignore."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from allykit.wordcheck import GENRES, MAX_CHARS

from .names import MAX_NAME
from .service import MAX_IGNORE, MAX_RULE_CHARS, RULE_ID, too_long_message

LANG_CHOICES = (("en", _("English")), ("fr", _("French")))


def genre_choices(lang: str) -> list[tuple[str, str]]:
    return [(key, labels[lang]) for key, labels in GENRES.items()]


class CheckerForm(forms.Form):
    text = forms.CharField(
        strip=False,
        error_messages={"required": _("Paste or type the text to check.")},
    )
    genre = forms.ChoiceField(
        choices=(),
        error_messages={"invalid_choice": _("Choose the kind of text from the list.")},
    )
    text_lang = forms.ChoiceField(
        choices=LANG_CHOICES,
        error_messages={"invalid_choice": _("Choose English or French.")},
    )
    name = forms.CharField(required=False, max_length=MAX_NAME, strip=True)

    def __init__(self, *args, lang: str = "en", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["genre"].choices = genre_choices(lang)
        self.fields["genre"].initial = "letter"
        self.fields["text_lang"].initial = lang
        self.fields["name"].error_messages["max_length"] = _(
            "Shorten the name to %(n)s characters or fewer."
        ) % {"n": MAX_NAME}

    def clean_text(self):
        text = self.cleaned_data["text"].replace("\r\n", "\n")
        if not text.strip():
            raise forms.ValidationError(self.fields["text"].error_messages["required"])
        if len(text) > MAX_CHARS:
            raise forms.ValidationError(too_long_message())
        return text

    def ignored(self) -> list[str]:
        """The rule ids ticked on the previous result (unknown values are dropped)."""
        if not self.is_bound:
            return []
        values = self.data.getlist("ignore") if hasattr(self.data, "getlist") else []
        seen: list[str] = []
        for v in values[:MAX_IGNORE]:
            if len(v) <= MAX_RULE_CHARS and RULE_ID.match(v) and v not in seen:
                seen.append(v)
        return seen

    def field_errors(self) -> list[dict]:
        """[{field id, message}] for the error summary, in the order of the form."""
        ids = {"text": "id_text", "genre": "id_genre", "text_lang": "id_text_lang",
               "name": "id_name"}  # fmt: skip
        return [
            {"field": ids.get(name, "id_text"), "message": message}
            for name in self.fields
            for message in self.errors.get(name, [])
        ] + [{"field": "id_text", "message": m} for m in self.non_field_errors()]
