"""The plan's forms: one action's date and note, a check-in. Sizes are limited here and in
plan.py; every message is translated."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import plan as planlib


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


def _check_date(day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    today = timezone.localdate()
    if day.year < planlib.MIN_YEAR or day.year > today.year + planlib.MAX_YEARS_AHEAD:
        raise forms.ValidationError(
            _("Enter a date between %(first)s and %(last)s."),
            params={"first": planlib.MIN_YEAR, "last": today.year + planlib.MAX_YEARS_AHEAD},
        )
    return day


class ItemForm(forms.Form):
    """One action of the plan: when to do it and a note only its owner sees."""

    date = forms.DateField(
        label=_("Date"),
        help_text=_("When you mean to do it."),
        widget=DateInput(),
        input_formats=["%Y-%m-%d"],
        error_messages={
            "required": _("Enter the date you mean to do it."),
            "invalid": _("Enter the date as year-month-day, for example 2027-01-15."),
        },
    )
    note = forms.CharField(
        label=_("Private note (optional)"),
        required=False,
        max_length=planlib.MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": planlib.MAX_NOTE}),
        error_messages={
            "max_length": _(
                "Keep the note to %(limit_value)s characters or fewer (it has %(show_value)s)."
            ),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Formatted per request, in the request's language (a lazy string would be fixed here).
        self.fields["note"].help_text = gettext(
            "For you alone: a name, an event, what you will say (up to %(n)s characters)."
        ) % {"n": planlib.MAX_NOTE}

    def clean_date(self):
        return _check_date(self.cleaned_data.get("date"))

    def clean_note(self):
        return planlib.clean_note(self.cleaned_data.get("note", ""))


class CheckInForm(forms.Form):
    """A check-in on one action: done, postponed (to a new date), dropped, or reopened."""

    status = forms.ChoiceField(
        label=_("How is it going?"),
        choices=(
            ("done", _("Done")),
            ("postponed", _("Postponed")),
            ("dropped", _("Dropped")),
            ("open", _("Still to do")),
        ),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose done, postponed, dropped or still to do.")},
    )
    new_date = forms.DateField(
        label=_("New date (if postponed)"),
        help_text=_("Leave empty to move it one week on."),
        required=False,
        widget=DateInput(),
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": _("Enter the date as year-month-day, for example 2027-01-15.")},
    )
    note = forms.CharField(
        label=_("What happened (optional, private)"),
        required=False,
        max_length=planlib.MAX_CHECKIN_NOTE,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": planlib.MAX_CHECKIN_NOTE}),
        error_messages={
            "max_length": _(
                "Keep the note to %(limit_value)s characters or fewer (it has %(show_value)s)."
            ),
        },
    )

    def clean_new_date(self):
        return _check_date(self.cleaned_data.get("new_date"))

    def clean_note(self):
        return planlib.clean_note(self.cleaned_data.get("note", ""))
