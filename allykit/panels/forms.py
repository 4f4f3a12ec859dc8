"""The panel checker form: a pasted table or a file, an optional supplement, target, options."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from allykit.panelaudit import PRESETS, parse_target
from allykit.panelaudit.header import FIELDS, IGNORE

from . import carry
from .service import LIMITS, CheckInput, read_upload, split_dimensions

CUSTOM = "custom"
MAX_MAPPED = 60
AUTO = "auto"
CHOICES = (AUTO, *FIELDS, IGNORE)


def mapping_from(data) -> dict[str, str]:
    """The column choices sent with the form: mapping_header_N (the header text, as read)
    and mapping_field_N (a field, 'ignore', or 'auto' to let the checker decide)."""
    out = {}
    for i in range(MAX_MAPPED):
        header = data.get(f"mapping_header_{i}")
        if header is None:
            break
        choice = data.get(f"mapping_field_{i}", AUTO)
        if header.strip() and choice in CHOICES and choice != AUTO:
            out[header[:200]] = choice
    return out


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
        if not text.strip() and text_field == "table" and self.data.get("carried"):
            found = carry.unpack(self.data["carried"])  # the file sent with the first check
            if found:
                self.carried = found
                return found
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
                    _(
                        "Give the share of women to aim for as a percentage above 0 and at "
                        "most 100, for example 60."
                    ),
                )
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
            mapping=mapping_from(self.data),
        )
        cleaned["upload"] = (data, filename) if filename else None
        return cleaned


def error_list(form: PanelForm) -> list[dict]:
    """The error summary: each message with the id of the field it belongs to."""
    anchors = {
        "table": "id_table",
        "supplement": "id_supplement",
        "custom_share": "id_custom_share",
        "target": "id_target_0",
    }
    out = []
    for name, errors in form.errors.items():
        for message in errors:
            out.append({"field": anchors.get(name, "id_" + name), "message": message})
    return out


__all__ = ["CUSTOM", "LIMITS", "PanelForm", "error_list"]
