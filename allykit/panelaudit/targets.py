"""Targets an organiser can set for the share of women, with the source of each figure.

Only figures verified in the project's research briefs are offered as presets. A label is
written here in English and translated through the engine's gettext domain (context
"target"; French in locale/fr/LC_MESSAGES/panelaudit.po). Each preset names its entry in the
site's reference list (`ref`): the web pages cite that entry in the reader's language; the
engine's own `source` (English APA) and `url` are for the API and the command line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .i18n import pgettext


@dataclass(frozen=True, slots=True)
class Target:
    """The share of women the organiser aims for (0..1), how it was chosen, and its source."""

    share: float
    key: str = "custom"
    label_text: str = "Custom target"  # English; the msgid of its translations
    source: str | None = None  # APA-style citation
    url: str | None = None
    ref: str | None = None  # its key in content/references/*.yaml

    def __post_init__(self) -> None:
        if not 0 < self.share <= 1:
            raise ValueError("a target share must be above 0 and at most 1")

    def label(self, lang: str) -> str:
        return pgettext(lang, "target", self.label_text)

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "share": self.share,
            "label": {"en": self.label("en"), "fr": self.label("fr")},
            "source": self.source,
            "url": self.url,
        }


PARITY = Target(0.5, "parity", "Parity")

PRESETS: dict[str, Target] = {
    t.key: t
    for t in (
        PARITY,
        Target(
            0.70,
            "who-2019-health-workforce",
            "Women's share of the global health and social workforce (approximate)",
            "World Health Organization. (2019). Delivered by women, led by men: A gender and "
            "equity analysis of the global health and social workforce (Human Resources for "
            "Health Observer Series No. 24). WHO.",
            "https://www.who.int/hrh/resources/health-observer24/en/",
            "who2019",
        ),
        Target(
            0.77,
            "cihi-2007-canada-health-workforce",
            "Women's share of Canada's health workforce (2006 data)",
            "Canadian Institute for Health Information. (2007). Canada's health care "
            "providers, 2007. CIHI.",
            None,  # the release was read in a news site's reproduction, never linked
            "cihi2007",
        ),
        Target(
            0.75,
            "statcan-2022-care-occupations",
            "Women's share of paid care occupations in Canada (2016 data)",
            "Khanam, F., Langevin, M., Savage, K., & Uppal, S. (2022). Women working in paid "
            "care occupations. Insights on Canadian Society (Statistics Canada Catalogue no. "
            "75-006-X).",
            "https://www150.statcan.gc.ca/n1/pub/75-006-x/2022001/article/00001-eng.htm",
            "khanam2022",
        ),
        Target(
            0.40,
            "cma-2019-physicians",
            "Women's share of Canadian physicians (2017)",
            "Canadian Medical Association. (2019, March 8). Recognizing the contributions of "
            "Canada's female physicians on International Women's Day. CMA.",
            "https://www.cma.ca/recognizing-contributions-canadas-female-physicians-"
            "international-womens-day",
            "cma2019",
        ),
    )
}


def parse_target(value: str | float | Target | None) -> Target:
    """'parity', a preset key, '0.5', '50%', '50 %', '50,5' or a number -> Target."""
    if value is None:
        return PARITY
    if isinstance(value, Target):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        share = float(value)
    else:
        text = str(value).strip().lower()
        if text in PRESETS:
            return PRESETS[text]
        match = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(%?)", text.replace("\u00a0", " "))
        if not match:
            raise ValueError(
                f"unknown target {value!r}: give a share (0.5 or 50%) or one of "
                + ", ".join(PRESETS)
            )
        share = float(match.group(1).replace(",", "."))
        if match.group(2) or share > 1:
            share /= 100
    if share == 0.5:
        return PARITY
    return Target(share)
