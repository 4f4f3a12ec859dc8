"""The assessment form: one radio group per item on the five-point frequency scale."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _

from .items import Assessment


class AssessmentForm(forms.Form):
    """Built from the assessment: a required choice 0..4 per item, the item text as legend."""

    def __init__(self, assessment: Assessment, scale: tuple[str, ...], *args, **kwargs):
        kwargs.setdefault("auto_id", "q-%s")
        super().__init__(*args, **kwargs)
        self.assessment = assessment
        choices = [(str(i), label) for i, label in enumerate(scale)]
        for n, item in enumerate(assessment.items, start=1):
            self.fields[item.id] = forms.ChoiceField(
                label=f"{n}. {item.text}",
                choices=choices,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Question %(n)s: choose how often.") % {"n": n},
                    "invalid_choice": _("Question %(n)s: choose one of the five answers.")
                    % {"n": n},
                },
            )

    def answers(self) -> dict[str, int]:
        return {k: int(v) for k, v in self.cleaned_data.items()}
