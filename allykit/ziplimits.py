"""Limits on what a zip archive declares, checked before anything is inflated (pure Python,
no Django): the Office readers of both engines (.docx in wordcheck, .xlsx in panelaudit) use it.

`open_checked(data, limits)` reads only the archive's central directory and refuses, in this
order: bytes that are not a zip (`unreadable`), a zip without the part that makes it the
expected document (`missing_part`), too many parts (`parts`), then per part an encrypted one
(`encrypted`), a part above 1 MB inflating more than `ratio` times its compressed size
(`ratio`), a part above its own cap (`part_size`), and finally all parts together declaring
more than `unpacked` bytes (`unpacked`). Python's zipfile never inflates more than a part's
declared size, so these declared figures bound the work. Each engine maps `ZipRefused.reason`
to its own error and message.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, field

RATIO_FLOOR = 1024 * 1024  # parts smaller than this are not ratio-checked
MB = 1024 * 1024

# What zipfile may raise on damaged input, when opening or reading a part.
BROKEN = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    KeyError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    UnicodeDecodeError,
)


@dataclass(frozen=True)
class ZipLimits:
    required: str  # the part that makes the archive the expected document
    parts: int  # parts in the archive
    unpacked: int  # bytes of all parts together, as declared
    ratio: float  # declared / compressed size, for a part above RATIO_FLOOR
    part_sizes: dict[str, int] = field(default_factory=dict)  # part name -> its own cap


class ZipRefused(ValueError):
    """`reason`: unreadable, missing_part, parts, encrypted, ratio, part_size or unpacked;
    `detail`: a short English description for logs and messages ("" when there is none);
    `value`: the figure at fault (parts, ratio, bytes), when there is one."""

    def __init__(self, reason: str, detail: str = "", value: float | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.value = value


def open_checked(data: bytes, limits: ZipLimits) -> zipfile.ZipFile:
    """The archive, opened on `data` once its directory is within `limits`; else ZipRefused.
    The caller closes it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except BROKEN as exc:
        raise ZipRefused("unreadable", "not a zip archive") from exc
    try:
        _check(infos, limits)
    except ZipRefused:
        archive.close()
        raise
    return archive


def _check(infos: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    if limits.required not in {info.filename for info in infos}:
        raise ZipRefused("missing_part", f"no {limits.required}")
    if len(infos) > limits.parts:
        raise ZipRefused("parts", f"{len(infos)} parts", len(infos))
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ZipRefused("encrypted")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > limits.ratio:
            raise ZipRefused("ratio", f"compression ratio {ratio:.0f}:1", round(ratio))
        cap = limits.part_sizes.get(info.filename)
        if cap is not None and info.file_size > cap:
            raise ZipRefused("part_size", f"{info.filename} too large", info.file_size)
    if total > limits.unpacked:
        raise ZipRefused("unpacked", f"{total // MB} MB unpacked", total)
