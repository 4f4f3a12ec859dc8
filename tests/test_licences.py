"""The licences stated on the About page are the ones the repository and the package carry."""

from importlib.metadata import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CC_BY = "https://creativecommons.org/licenses/by/4.0/"


def test_licence_files_exist_and_name_their_licence():
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
    assert CC_BY in (ROOT / "LICENSE-CONTENT.md").read_text(encoding="utf-8")


def test_package_metadata_declares_both_licences():
    meta = metadata("allykit")
    assert meta["License-Expression"] == "MIT AND CC-BY-4.0"
    assert {"LICENSE", "LICENSE-CONTENT.md", "THIRD-PARTY-NOTICES.md"} <= set(
        meta.get_all("License-File")
    )


def test_every_mit_source_in_the_word_lists_has_its_notice():
    notices = (ROOT / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    words = (ROOT / "allykit/wordcheck/data/en.yaml").read_text(encoding="utf-8")
    for key in ("matfield2016", "marr2018", "wormer2015"):  # reference-list keys
        assert f"source: {key}" in words, key  # still a source of the English lists
        assert f"(source key `{key}`)" in notices
    assert notices.count("Permission is hereby granted") == 3


@pytest.mark.parametrize("path", ["/en/about/", "/fr/a-propos/"])
def test_about_page_states_the_licences(client, path):
    html = client.get(path).content.decode()
    assert f'href="{CC_BY}"' in html
    assert "MIT" in html
    assert "no licence yet" not in html and "pas encore de licence" not in html
