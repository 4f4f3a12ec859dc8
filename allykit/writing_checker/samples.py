"""Sample texts to try, one per kind of text and language (content: sample_texts/<lang>.yaml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from allykit.wordcheck import GENRES

_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it
DIR = Path(__file__).with_name("sample_texts")


@cache
def samples(lang: str) -> dict[str, dict[str, str]]:
    data = yaml.load((DIR / f"{lang}.yaml").read_text(encoding="utf-8"), Loader=_SAFE)  # noqa: S506
    return {g: data[g] for g in GENRES if g in data}


def sample(lang: str, key: str) -> dict[str, str] | None:
    return samples(lang if lang in ("en", "fr") else "en").get(key)
