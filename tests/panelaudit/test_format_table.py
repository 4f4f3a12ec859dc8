"""Issue 15: the upload formats are one table that drives detection, the form, the help and
the error text."""

from __future__ import annotations

import pytest

from allykit.panelaudit import PanelInputError, parse_table
from allykit.panelaudit.formats import FORMATS, accept, as_list, by_extension, labels


def test_every_format_has_extensions_media_types_labels_and_a_reader():
    for fmt in FORMATS:
        assert fmt.extensions and fmt.media_types and fmt.label("en")
        assert fmt.label("fr") != fmt.label("en")
        module, name = fmt.reader.split(":")
        assert callable(
            getattr(__import__(f"allykit.panelaudit.readers.{module}", fromlist=[name]), name)
        )


def test_accept_attribute_and_api_list_come_from_the_table():
    value = accept()
    for fmt in FORMATS:
        assert all(ext in value for ext in fmt.extensions)
        assert all(t in value for t in fmt.media_types)
    assert [f["key"] for f in as_list()] == [f.key for f in FORMATS]


@pytest.mark.parametrize(
    "ext, key", [("xlsx", "xlsx"), ("JSON", "json"), ("xml", "xml"), ("tsv", "csv"), ("doc", None)]
)
def test_extensions(ext, key):
    found = by_extension(ext)
    assert (found.key if found else None) == key


def test_error_text_names_the_formats_read():
    with pytest.raises(PanelInputError) as caught:
        parse_table(bytes(range(256)) * 10, "p.csv")
    for lang in ("en", "fr"):
        assert FORMATS[0].label(lang) in caught.value.message(lang)
    assert labels("fr").count(" ou ") >= 1


def test_cli_help_lists_the_formats(capsys):
    from allykit.panelaudit.cli import _parser

    assert "Excel workbook" in _parser().format_help()


def test_the_api_format_hints_come_from_the_table():
    from allykit.panelaudit.formats import hints

    for fmt in FORMATS:
        assert all(ext in fmt.extensions for _hint, ext in fmt.hints)
        assert not (fmt.binary and fmt.hints), "a binary format comes as an upload"
    assert hints()["pretalx"] == "json" and hints()["text"] == "txt"
