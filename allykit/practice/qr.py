"""The join link as a QR code, drawn locally with segno (no third-party service)."""

from __future__ import annotations

import io

import segno


def qr_svg(url: str, title: str) -> bytes:
    """An SVG QR code with an accessible title; dark modules on a white quiet zone."""
    out = io.BytesIO()
    segno.make(url, error="m").save(
        out, kind="svg", scale=8, border=4, dark="#000", light="#fff", title=title, xmldecl=False
    )
    return out.getvalue()
