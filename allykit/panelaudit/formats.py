"""The upload formats, in one table: key, file extensions, media types, label, how the
content is recognised, and the reader. It drives the reader's detection
(`readers.read`), the page's `accept` attribute and hint, the error text, the CLI's help and
the list an API can publish (`as_list()`). A new format is one row here and its reader.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from .typo import check_lang

XLSX_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


@dataclass(frozen=True)
class Format:
    key: str
    extensions: tuple[str, ...]
    media_types: tuple[str, ...]
    label_text: str  # English; translated in the engine's domain, context "format"
    binary: bool  # recognised from the raw bytes (else from the decoded text)
    sniff: Callable[[object], bool]  # bytes for binary formats, the stripped text otherwise
    reader: str  # "module:function" in allykit.panelaudit.readers
    # The JSON API's `format` hints for this format, each with the extension it stands for
    # (none for binary formats: they come as file uploads).
    hints: tuple[tuple[str, str], ...] = ()

    def label(self, lang: str) -> str:
        from .i18n import pgettext

        return pgettext(check_lang(lang), "format", self.label_text)

    def read(self, *args):
        module, name = self.reader.split(":")
        return getattr(importlib.import_module(f"allykit.panelaudit.readers.{module}"), name)(*args)

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "extensions": list(self.extensions),
            "media_types": list(self.media_types),
            "label": {"en": self.label("en"), "fr": self.label("fr")},
        }


FORMATS: tuple[Format, ...] = (
    Format(
        "xlsx",
        (".xlsx", ".xlsm"),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",),
        "Excel workbook (.xlsx), Sessionize's Excel exports included",
        True,
        lambda data: data.startswith(XLSX_MAGIC),
        "xlsx:read_xlsx",
    ),
    Format(
        "json",
        (".json",),
        ("application/json",),
        "schedule JSON: pretalx schedule or API list of submissions, Sessionize “All” view",
        False,
        lambda text: text[:1] in ("{", "["),
        "schedule:read_json",
        (("json", ".json"), ("pretalx", ".json")),
    ),
    Format(
        "xml",
        (".xml",),
        ("application/xml", "text/xml"),
        "schedule XML (frab, pretalx)",
        False,
        lambda text: text[:1] == "<",
        "frab:read_xml",
        (("xml", ".xml"), ("frab", ".xml")),
    ),
    Format(
        "csv",
        (".csv", ".tsv", ".txt"),
        ("text/csv", "text/tab-separated-values", "text/plain"),
        "CSV or TSV table (commas, semicolons or tabs)",
        False,
        lambda text: True,  # the fallback: a table
        "delimited:read_delimited",
        (("csv", ".csv"), ("tsv", ".tsv"), ("text", ".txt")),
    ),
)
BY_KEY = {f.key: f for f in FORMATS}


def by_extension(ext: str) -> Format | None:
    dotted = "." + ext.lower().lstrip(".")
    return next((f for f in FORMATS if dotted in f.extensions), None)


def accept() -> str:
    """The file input's `accept` attribute: every extension, then every media type."""
    exts = [e for f in FORMATS for e in f.extensions]
    types = [t for f in FORMATS for t in f.media_types]
    return ",".join(dict.fromkeys(exts + types))


def labels(lang: str) -> str:
    """'Excel workbook (.xlsx), …; or CSV or TSV table' for hints, help and error texts."""
    items = [f.label(lang) for f in FORMATS]
    from .i18n import gettext

    joiner = gettext(check_lang(lang), " or ")
    return "; ".join(items[:-1]) + ";" + joiner + items[-1]


def hints() -> dict[str, str]:
    """The JSON API's `format` hint -> the file extension (without the dot) it stands for."""
    return {hint: ext.lstrip(".") for f in FORMATS for hint, ext in f.hints}


def as_list() -> list[dict]:
    return [f.to_dict() for f in FORMATS]
