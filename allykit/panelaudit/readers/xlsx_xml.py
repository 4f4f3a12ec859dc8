"""Streaming the XML parts of an .xlsx workbook: the standard library's expat parser, no
document type declarations (so no entities), and one element budget for the whole workbook
(`MAX_ELEMENTS`). Handlers get local tag names (namespaces stripped)."""

from __future__ import annotations

import zipfile
from xml.parsers import expat

from allykit.ziplimits import BROKEN

from ..errors import PanelInputError

MAX_ELEMENTS = 800_000  # XML elements read in the whole workbook
_CHUNK = 64 * 1024


class Budget:
    """Counts XML elements across the workbook and refuses past the limit."""

    def __init__(self) -> None:
        self.left = MAX_ELEMENTS

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            detail = "more than {n} XML elements"
            raise PanelInputError("unsafe_xlsx", detail=detail, n=MAX_ELEMENTS)


def _no_dtd(*_args) -> None:
    raise PanelInputError("unsafe_xlsx", detail="a document type declaration")


def parse(archive: zipfile.ZipFile, name: str, start, end, text=None) -> None:
    """Stream one part through expat with the given handlers (local names only)."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _no_dtd
    parser.EntityDeclHandler = _no_dtd
    parser.StartElementHandler = lambda tag, attrs: start(tag.rsplit("}", 1)[-1], attrs)
    parser.EndElementHandler = lambda tag: end(tag.rsplit("}", 1)[-1])
    if text is not None:
        parser.CharacterDataHandler = text
    try:
        with archive.open(name) as stream:
            while chunk := stream.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except PanelInputError:
        raise
    except expat.ExpatError as exc:
        raise PanelInputError("unreadable_xlsx") from exc
    except BROKEN as exc:  # a damaged or oddly compressed part
        raise PanelInputError("unreadable_xlsx") from exc


def attr(attrs: dict, local: str) -> str | None:
    """An attribute by its local name, whatever its namespace."""
    for key, value in attrs.items():
        if key.rsplit("}", 1)[-1] == local:
            return value
    return None
