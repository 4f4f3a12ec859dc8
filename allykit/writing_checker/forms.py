"""The page's form: a text (pasted, uploaded or a sample), its kind and language, an optional
name, an optional second text to compare, rules to ignore and report options."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from allykit.wordcheck import GENRES, MAX_CHARS
from allykit.wordcheck.documents import ACCEPT, MAX_BYTES, MAX_PAGES, DocumentError, extract

from .names import MAX_NAME
from .samples import sample
from .service import MAX_IGNORE, MAX_RULE_CHARS, RULE_ID, too_long_message
from .typo import fmt_int

LANG_CHOICES = (("en", _("English")), ("fr", _("French")))


def genre_choices(lang: str) -> list[tuple[str, str]]:
    return [(key, labels[lang]) for key, labels in GENRES.items()]


def document_message(error: DocumentError, lang: str) -> str:
    """What went wrong with an upload, in the page's language."""
    messages = {
        "too_large": gettext("The file is larger than %(mb)s MB. Paste the text instead.")
        % {"mb": fmt_int(MAX_BYTES // (1024 * 1024), lang)},
        "empty": gettext("The file is empty. Choose another file or paste the text."),
        "unknown_format": gettext("Choose a .docx, .pdf or .txt file."),
        "unreadable": gettext("The file could not be read. Save it again or paste the text."),
        "encrypted": gettext("The file is protected by a password. Paste the text instead."),
        "unsafe_archive": gettext(
            "The file is not a usual Word document (it would unpack to too much data). "
            "Paste the text instead."
        ),
        "too_many_pages": gettext("The PDF has more than %(n)s pages. Check it in parts.")
        % {"n": MAX_PAGES},
        "too_slow": gettext("Reading the PDF took too long. Paste the text instead."),
        "no_text": gettext(
            "No text was found in the file (a scanned PDF holds images, not text). "
            "Paste the text instead."
        ),
    }
    return messages.get(error.code, messages["unreadable"])


class CheckerForm(forms.Form):
    text = forms.CharField(
        strip=False,
        required=False,
        label=_("Text to check"),
        widget=forms.Textarea(attrs={"rows": 14, "cols": 70, "data-max-chars": MAX_CHARS}),
    )
    upload = forms.FileField(
        required=False,
        label=_("Or choose a file"),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )
    genre = forms.ChoiceField(
        label=_("Kind of text"),
        choices=(),
        error_messages={"invalid_choice": _("Choose the kind of text from the list.")},
    )
    text_lang = forms.ChoiceField(
        label=_("Language of the text"),
        choices=LANG_CHOICES,
        error_messages={"invalid_choice": _("Choose English or French.")},
    )
    name = forms.CharField(
        required=False,
        max_length=MAX_NAME,
        strip=True,
        label=_("Candidate’s name (optional)"),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    text_b = forms.CharField(
        strip=False,
        required=False,
        label=_("Second text (for example, a letter you wrote for a man)"),
        widget=forms.Textarea(attrs={"rows": 8, "cols": 70}),
    )
    upload_b = forms.FileField(
        required=False,
        label=_("Or choose a file for the second text"),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )
    include_text = forms.BooleanField(required=False, label=_("Include my text in the report"))

    def __init__(self, *args, lang: str = "en", **kwargs):
        super().__init__(*args, **kwargs)
        self.lang = lang
        self.fields["genre"].choices = genre_choices(lang)
        self.fields["genre"].initial = "letter"
        self.fields["text_lang"].initial = lang
        self.fields["name"].error_messages["max_length"] = _(
            "Shorten the name to %(n)s characters or fewer."
        ) % {"n": MAX_NAME}
        self.truncated = self.truncated_b = False
        self.from_file = self.from_file_b = ""
        text_lang = (self.data.get("text_lang") if self.is_bound else None) or lang
        if text_lang in ("en", "fr"):
            for key in ("text", "text_b"):
                self.fields[key].widget.attrs["lang"] = text_lang

    def _limit(self, text: str, field: str) -> str:
        text = text.replace("\r\n", "\n")
        if len(text) > MAX_CHARS:
            self.add_error(field, too_long_message())
        return text

    def _read(self, field: str):
        """The text of the file uploaded in ``field`` (an Extracted), None when there is
        none, or False after adding the error to the field."""
        upload = self.cleaned_data.get(field)
        if not upload:
            return None
        upload.seek(0)
        try:
            return extract(upload.read(MAX_BYTES + 1), upload.name or "")
        except DocumentError as error:
            self.add_error(field, document_message(error, self.lang))
            return False

    def clean(self):
        data = super().clean()
        got, got_b = self._read("upload"), self._read("upload_b")
        if got is False:
            return data
        if got:
            data["text"] = got.text
            self.truncated, self.from_file = got.truncated, data["upload"].name or ""
        if got_b:
            data["text_b"] = got_b.text
            self.truncated_b, self.from_file_b = got_b.truncated, data["upload_b"].name or ""
        text = self._limit(data.get("text") or "", "text")
        if not text.strip() and not self.has_error("upload"):
            self.add_error("text", _("Paste or type the text to check, or choose a file."))
        data["text"] = text
        data["text_b"] = self._limit(data.get("text_b") or "", "text_b")
        return data

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
        return [
            {"field": f"id_{name}", "message": message}
            for name in self.fields
            for message in self.errors.get(name, [])
        ] + [{"field": "id_text", "message": m} for m in self.non_field_errors()]


def sample_data(post, key: str, page_lang: str):
    """The form data with a sample text loaded (its kind and language too), or None."""
    found = sample(page_lang, key)
    if found is None:
        return None
    data = post.copy()
    data["text"] = found["text"]
    data["genre"] = key
    data["text_lang"] = page_lang
    data["text_b"] = ""
    data.setlist("ignore", [])
    return data
