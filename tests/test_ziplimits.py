"""allykit.ziplimits: the zip directory checks both Office readers share (.docx, .xlsx), and
each engine's mapping of a refusal to its own error."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile

import pytest

from allykit.panelaudit import PanelInputError
from allykit.panelaudit.readers import xlsx
from allykit.wordcheck import documents
from allykit.ziplimits import ZipLimits, ZipRefused, open_checked

LIMITS = ZipLimits("doc.xml", parts=5, unpacked=3 * 1024 * 1024, ratio=50, part_sizes={})


def archive(parts: dict[str, bytes], *, encrypted: str = "", deflate: bool = True) -> bytes:
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    data = bytearray(buf.getvalue())
    if encrypted:  # set the "encrypted" flag bit of the part's central directory entry
        entry = data.index(b"PK\x01\x02")
        while data[entry + 46 : entry + 46 + len(encrypted)] != encrypted.encode():
            entry = data.index(b"PK\x01\x02", entry + 4)
        data[entry + 8] |= 0x1
    return bytes(data)


def reason(data: bytes, limits: ZipLimits = LIMITS) -> str:
    with pytest.raises(ZipRefused) as err:
        open_checked(data, limits)
    return err.value.reason


def test_a_small_archive_opens():
    with open_checked(archive({"doc.xml": b"<d/>", "a.bin": b"x" * 1000}), LIMITS) as z:
        assert z.read("doc.xml") == b"<d/>"


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"not a zip at all", "unreadable"),
        (archive({"other.xml": b"<d/>"}), "missing_part"),
        (archive({"doc.xml": b""} | {f"p{i}": b"" for i in range(5)}), "parts"),
        (archive({"doc.xml": b"<d/>", "secret": b"x"}, encrypted="secret"), "encrypted"),
        (archive({"doc.xml": b"<d/>", "bomb": b"\0" * (2 * 1024 * 1024)}), "ratio"),
        (
            archive(
                {"doc.xml": b"<d/>", "a": b"a" * 2_000_000, "b": b"b" * 2_000_000}, deflate=False
            ),
            "unpacked",
        ),
    ],
    ids=["unreadable", "missing-part", "parts", "encrypted", "ratio", "unpacked"],
)
def test_each_refusal_is_named(data, expected):
    assert reason(data) == expected


def test_a_part_cap_and_the_details():
    data = archive({"doc.xml": b"<d/>" * 1000}, deflate=False)
    capped = ZipLimits("doc.xml", 5, 10**7, 50, {"doc.xml": 100})
    assert reason(data, capped) == "part_size"
    with pytest.raises(ZipRefused) as err:
        open_checked(archive({"doc.xml": b"<d/>", "bomb": b"\0" * (2 * 1024 * 1024)}), LIMITS)
    assert err.value.detail.startswith("compression ratio ") and err.value.value > 50


def test_the_checks_look_at_the_directory_only():
    """A 60 MB part declared in a small archive is refused without being inflated."""
    data = archive({"doc.xml": b"<d/>", "bomb": b"\0" * (60 * 1024 * 1024)})
    assert len(data) < 200_000
    assert reason(data) == "ratio"


def test_each_engine_maps_a_refusal_to_its_own_error():
    bomb = {"bomb": b"\0" * (60 * 1024 * 1024)}
    both = {"xl/workbook.xml": b"", "word/document.xml": b""}
    cases = [
        (b"PK\x03\x04 truncated", "unreadable_xlsx", "unreadable"),
        (archive({"a.xml": b"<a/>"}), "not_xlsx", "unknown_format"),
        (archive({**both, **bomb}), "unsafe_xlsx", "unsafe_archive"),
        (archive({**both, "s": b""}, encrypted="s"), "xls_unsupported", "encrypted"),
    ]
    for data, panel_code, word_code in cases:
        with pytest.raises(PanelInputError) as panel:
            xlsx.check_archive(data)
        assert panel.value.code == panel_code
        with pytest.raises(documents.DocumentError) as word:
            documents.check_archive(data)
        assert word.value.code == word_code


def test_the_engines_and_the_module_import_without_django():
    code = (
        "import sys, allykit.ziplimits, allykit.wordcheck.documents, "
        "allykit.panelaudit.readers.xlsx; print('django' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
