"""The pure validator helpers: strong tags per representation and RFC 9110 precedence."""

from allykit.delivery import validators


def test_strong_etag_is_quoted_stable_and_differs_by_encoding():
    tag = validators.strong_etag(b"<p>hello</p>")
    assert tag == validators.strong_etag(b"<p>hello</p>")
    assert tag.startswith('"') and tag.endswith('"') and not tag.startswith("W/")
    assert validators.strong_etag(b"<p>hello</p>", "gzip") != tag
    assert validators.strong_etag(b"<p>hello!</p>") != tag


def test_if_none_match_decides_before_if_modified_since():
    tag = validators.strong_etag(b"x")
    later = validators.http_date(2_000_000_000)
    assert validators.not_modified(tag, 1_000_000_000, tag, "")
    assert validators.not_modified(tag, 1_000_000_000, f'"other", {tag}', "")
    assert validators.not_modified(tag, 1_000_000_000, "*", "")
    assert validators.not_modified(tag, 1_000_000_000, f"W/{tag}", "")
    # A stale tag is modified even when the date alone would say otherwise.
    assert not validators.not_modified(tag, 1_000_000_000, '"stale"', later)


def test_if_modified_since_alone():
    day = validators.http_date(1_000_000_000)
    assert validators.not_modified('"t"', 1_000_000_000, "", day)
    assert not validators.not_modified(
        '"t"', 1_000_000_001, "", validators.http_date(1_000_000_000)
    )
    assert not validators.not_modified('"t"', 1_000_000_000, "", "not a date")
    assert not validators.not_modified('"t"', 1_000_000_000, "", "")
