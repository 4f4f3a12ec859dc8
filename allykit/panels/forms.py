"""The panel checker form: a pasted table or a file, an optional supplement, target, options."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from allykit.panelaudit import PRESETS, parse_target

from .service import LIMITS, CheckInput, read_upload, split_dimensions

CUSTOM = "custom"


class PanelForm(forms.Form):
    table = forms.CharField(required=False, strip=False, widget=forms.Textarea)
    file = forms.FileField(required=False, allow_empty_file=True)
    supplement = forms.CharField(required=False, strip=False, widget=forms.Textarea)
    supplement_file = forms.FileField(required=False, allow_empty_file=True)
    target = forms.ChoiceField(choices=[(k, k) for k in (*PRESETS, CUSTOM)], initial="parity")
    custom_share = forms.CharField(required=False, max_length=12)
    dimensions = forms.CharField(required=False, max_length=500)
    estimate = forms.BooleanField(required=False)

    def _source(self, text_field: str, file_field: str):
        """(data, filename) from a pasted text or a file; both given is an error."""
        text = self.cleaned_data.get(text_field) or ""
        upload = self.cleaned_data.get(file_field)
        if text.strip() and upload:
            self.add_error(text_field, _("Paste a table or choose a file, not both."))
            return None, None
        if upload:
            return read_upload(upload), upload.name
        return (text if text.strip() else None), None

    def clean(self):
        cleaned = super().clean()
        data, filename = self._source("table", "file")
        supplement, supplement_name = self._source("supplement", "supplement_file")
        if data is None and not self.has_error("table"):
            self.add_error("table", _("Paste a table or choose a file: the programme is missing."))
        choice = cleaned.get("target") or "parity"
        target = PRESETS.get(choice)
        if choice == CUSTOM:
            try:
                share = (cleaned.get("custom_share") or "").strip().rstrip("%").strip()
                target = parse_target(share + "%" if share else "?")
            except ValueError:
                self.add_error(
                    "custom_share",
                    _("Give the share of women to aim for as a percentage above 0 and at "
                      "most 100, for example 60."),
                )  # fmt: skip
        if self.errors:
            return cleaned
        cleaned["check"] = CheckInput(
            data=data,
            filename=filename,
            supplement=supplement,
            supplement_filename=supplement_name,
            target=target,
            dimensions=split_dimensions(cleaned.get("dimensions") or ""),
            estimate=bool(cleaned.get("estimate")),
        )
        return cleaned


def error_list(form: PanelForm) -> list[dict]:
    """The error summary: each message with the id of the field it belongs to."""
    anchors = {"table": "id_table", "supplement": "id_supplement",
               "custom_share": "id_custom_share", "target": "id_target_0"}  # fmt: skip
    out = []
    for name, errors in form.errors.items():
        for message in errors:
            out.append({"field": anchors.get(name, "id_" + name), "message": message})
    return out


__all__ = ["CUSTOM", "LIMITS", "PanelForm", "error_list"]
