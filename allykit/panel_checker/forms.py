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


def _text_area(rows: int) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows, "cols": 60, "spellcheck": "false"})


class PanelForm(forms.Form):
    """Labels and hints live here so the shared form_field component renders each field."""

    table = forms.CharField(
        required=False,
        strip=False,
        widget=_text_area(10),
        label=_("Paste a table"),
        help_text=_(
            "Copy the cells from a spreadsheet, including the row of column names, and paste "
            "them here."
        ),
    )
    file = forms.FileField(
        required=False, allow_empty_file=True, label=_("Or choose a file"), widget=forms.FileInput
    )
    supplement = forms.CharField(
        required=False,
        strip=False,
        widget=_text_area(4),
        label=_("Paste the supplementary table"),
        help_text=_(
            "Schedule exports from pretalx or frab do not say anyone's gender or who "
            "moderates. Add a table of name (or speaker code) and gender, with an optional "
            "role column, to count them."
        ),
    )
    supplement_file = forms.FileField(
        required=False,
        allow_empty_file=True,
        label=_("Or choose the supplementary file"),
        widget=forms.FileInput,
    )
    target = forms.ChoiceField(
        choices=[(k, k) for k in (*PRESETS, CUSTOM)],
        initial="parity",
        error_messages={
            "required": _("Choose a target for the share of women."),
            "invalid_choice": _("Choose one of the targets listed, or another share."),
        },
    )
    custom_share = forms.CharField(
        required=False,
        max_length=12,
        label=_("Share of women to aim for, in percent (with “Another share”)"),
        widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 6}),
    )
    dimensions = forms.CharField(
        required=False,
        max_length=500,
        label=_("Other columns to count (optional)"),
        help_text=_(
            "Column names separated by commas, for example: Language, Province. Columns for "
            "racialised people, Indigenous people, disability, career stage, discipline, "
            "institution and region are counted when present."
        ),
        widget=forms.TextInput(attrs={"size": 40}),
    )
    estimate = forms.BooleanField(
        required=False,
        label=_("Add an estimate from names for people whose gender is not stated"),
    )

    def __init__(
        self, *args, formats_hint: str = "", limits=("5", "20,000"), estimator=True, **kwargs
    ):
        from allykit.panelaudit import formats

        super().__init__(*args, **kwargs)
        too_large = _("This file is larger than %(mb)s MB. Split the programme into parts.") % {
            "mb": limits[0]
        }
        for name in ("file", "supplement_file"):
            self.fields[name].widget.attrs.update(
                {"data-max-bytes": LIMITS["bytes"], "data-too-large": too_large}
            )
        self.fields["file"].widget.attrs["accept"] = formats.accept()
        self.fields["supplement_file"].widget.attrs["accept"] = ".csv,.tsv,.txt,.xlsx"
        self.fields["file"].help_text = _(
            "Up to %(mb)s MB and %(rows)s rows. The checker reads: %(formats)s."
        ) % {"mb": limits[0], "rows": limits[1], "formats": formats_hint}
        hint = _(
            "Off by default. This is only an estimate for the event as a whole, never for a "
            "person: it cannot see non-binary people and abstains on ambiguous names. It needs "
            "the optional package nomquamgender on the server."
        )
        if not estimator:
            hint = f"{hint} " + str(
                _(
                    "It is not installed here, so the result will say that the estimate is "
                    "unavailable."
                )
            )
        self.fields["estimate"].help_text = hint

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
        "target": "id_target",  # the group (a focusable fieldset), not its first radio
    }
    out = []
    for name, errors in form.errors.items():
        for message in errors:
            out.append({"field": anchors.get(name, "id_" + name), "message": message})
    return out


__all__ = ["CUSTOM", "LIMITS", "PanelForm", "error_list"]
