"""The contact and page-feedback forms, with their anti-spam checks.

The checks never drop a message silently: each failure is a form error that explains what
happened, and the page comes back with everything the person typed.
"""

from __future__ import annotations

import re

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from allykit.toolkit.pages import PAGE_KEYS

from . import clock
from .models import Message

MESSAGE_MAX = 5000
COMMENT_MAX = 500
SALT = "allykit.contact.started"
MAX_AGE = 24 * 3600  # seconds a shown form stays sendable (settings.CONTACT_FORM_MAX_AGE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # control characters except tab and newline
_LINE_BREAK = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


FIELD_ORDER = ("name", "email", "topic", "message", "helpful", "comment")


def describe(form) -> list[dict]:
    """Link hints and errors to their fields (aria-describedby) and list the problems."""
    problems = [{"text": str(e), "href": ""} for e in form.non_field_errors()]
    names = sorted(form.fields, key=lambda n: FIELD_ORDER.index(n) if n in FIELD_ORDER else 99)
    for name in names:
        field, bound = form.fields[name], form[name]
        ids = [f"{bound.auto_id}-hint"] if field.help_text else []
        radios = field.widget.input_type == "radio" if hasattr(field.widget, "input_type") else 0
        if bound.errors:
            ids.append(f"{bound.auto_id}-error")
            field.widget.attrs["aria-invalid"] = "true"
            # A radio group's error leads to the group itself (its fieldset has the field's id
            # and tabindex="-1"), so focus lands on it and a screen reader reads its legend.
            problems += [{"text": str(e), "href": f"#{bound.auto_id}"} for e in bound.errors]
        if ids and not radios:
            field.widget.attrs["aria-describedby"] = " ".join(ids)
        bound.describedby = " ".join(ids)
    return problems


def client_binding(request) -> str:
    """What a start token is bound to: a keyed hash of this browser's CSRF secret.

    The contact form needs that cookie anyway (a post without it fails the CSRF check), so a
    token shown to one browser is worth nothing to another. Empty when the request has none.
    """
    return bind(request.META.get("CSRF_COOKIE", "") if request is not None else "")


def bind(csrf_secret: str) -> str:
    return salted_hmac(SALT, csrf_secret).hexdigest()[:32] if csrf_secret else ""


def max_age() -> float:
    return float(getattr(settings, "CONTACT_FORM_MAX_AGE", MAX_AGE))


def issue_token(at: float | None = None, client: str = "") -> str:
    """A signed record of when the form was shown (`at`, default now) and to which browser."""
    return signing.dumps({"t": clock.now() if at is None else at, "c": client}, salt=SALT)


def token_age(token: str, client: str = "") -> float | None:
    """Seconds since the token was issued; None when missing, tampered with or not this client's."""
    try:
        data = signing.loads(token, salt=SALT)
        issued, bound = float(data["t"]), str(data.get("c", ""))
    except (signing.BadSignature, KeyError, TypeError, ValueError, AttributeError):
        return None
    if not constant_time_compare(bound, client):
        return None
    return clock.now() - issued


def _one_line(value: str, message) -> str:
    if _LINE_BREAK.search(value):
        raise forms.ValidationError(message, code="line_break")
    return value


def _length(value: str, limit: int) -> str:
    if len(value) > limit:
        raise forms.ValidationError(
            _("This is %(count)s characters long; the limit is %(limit)s. Please shorten it."),
            code="too_long",
            params={"count": f"{len(value):,}", "limit": f"{limit:,}"},
        )
    return value


class HoneypotMixin:
    """A field people never see; software that fills every field fills it too."""

    def check_honeypot(self) -> None:
        if self.cleaned_data.get("website"):
            self.add_error(
                None,
                forms.ValidationError(
                    _(
                        "A field meant to stay empty was filled in, perhaps by an autofill tool, "
                        "so your message was not sent. We have emptied it: please check your "
                        "message and send it again."
                    ),
                    code="honeypot",
                ),
            )


class ContactForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Your name (optional)"), required=False, max_length=200)
    email = forms.EmailField(
        label=_("Your email address (optional)"),
        required=False,
        max_length=254,
        help_text=_(
            "We need it only to answer you. Without it we can read your message but cannot reply."
        ),
        error_messages={
            "invalid": _("Enter an email address like name@example.org, or leave this field empty.")
        },
    )
    topic = forms.ChoiceField(
        label=_("What is your message about?"),
        choices=Message.Topic.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what your message is about.")},
    )
    message = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Up to 5,000 characters. Please do not include health information."),
        error_messages={"required": _("Write your message.")},
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_name(self):
        value = self.cleaned_data["name"]
        return _one_line(value, _("Write your name on one line, without line breaks."))

    def clean_email(self):
        value = self.cleaned_data["email"]
        return _one_line(
            value, _("Enter an email address like name@example.org, or leave this field empty.")
        )

    def clean_message(self):
        value = _CONTROL.sub("", self.cleaned_data["message"].replace("\r\n", "\n"))
        if not value.strip():
            raise forms.ValidationError(_("Write your message."), code="required")
        return _length(value, MESSAGE_MAX)

    def __init__(self, *args, client: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.client = client  # client_binding(request): the browser the start token must name

    def clean(self):
        data = super().clean()
        self.check_honeypot()
        age = token_age(data.get("started") or "", self.client)
        if age is not None and age > max_age():
            self.add_error(
                None,
                forms.ValidationError(
                    _(
                        "This form was open for more than a day, so we held it back to keep out "
                        "automated spam. Your text is still here: please check it and send it "
                        "again."
                    ),
                    code="expired",
                ),
            )
        elif age is None or age < settings.CONTACT_MIN_SECONDS:
            self.add_error(
                None,
                forms.ValidationError(
                    _(
                        "This form was sent faster than a person usually can, so we held it back "
                        "to keep out automated spam. Your text is still here: please check it and "
                        "send it again."
                    ),
                    code="too_fast",
                ),
            )
        return data

    def spam_only(self) -> bool:
        """True when the only problems are the honeypot or the timing (the fields are fine)."""
        codes = {e.code for e in self.non_field_errors().as_data()}
        return bool(codes) and not any(k for k in self.errors if k != "__all__")

    def refresh(self, client: str) -> None:
        """Keep the input, with a new start time and the honeypot emptied, to show it again.

        `client` is the binding of the page about to be shown (a new CSRF cookie may come with it).
        """
        data = self.data.copy()
        age = token_age(data.get("started", ""), client)
        if age is None or not settings.CONTACT_MIN_SECONDS <= age <= max_age():
            data["started"] = issue_token(client=client)
        data["website"] = ""
        self.data = data


class FeedbackForm(HoneypotMixin, forms.Form):
    page = forms.ChoiceField(choices=[(k, k) for k in PAGE_KEYS], widget=forms.HiddenInput)
    helpful = forms.ChoiceField(
        label=_("Was this page helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no.")},
    )
    comment = forms.CharField(
        label=_("Anything we could improve? (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Up to 500 characters. Please do not include your name, email address or "
            "health information: we cannot answer here."
        ),
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def clean_comment(self):
        value = _CONTROL.sub("", self.cleaned_data["comment"].replace("\r\n", "\n")).strip()
        return _length(value, COMMENT_MAX)

    def clean(self):
        data = super().clean()
        self.check_honeypot()
        return data
