"""Pure helpers: client address, CSV escaping, SMTP URL, rates, back-off, ages, tokens."""

from __future__ import annotations

from datetime import timedelta

import pytest

from allykit.contact.export import csv_safe
from allykit.contact.forms import issue_token, token_age
from allykit.contact.management.commands.purge import parse_age
from allykit.contact.outbox import backoff, server_down
from allykit.contact.ratelimit import client_ip
from allykit.contact.smtpurl import parse_rate, parse_smtp_url

TRUSTED = ["127.0.0.1", "::1", "10.0.0.2"]


@pytest.mark.parametrize(
    ("remote", "xff", "expected"),
    [
        ("203.0.113.9", "", "203.0.113.9"),
        ("203.0.113.9", "198.51.100.1", "203.0.113.9"),  # not a proxy: header ignored
        ("127.0.0.1", "198.51.100.1", "198.51.100.1"),
        ("127.0.0.1", "1.2.3.4, 198.51.100.1", "198.51.100.1"),  # rightmost untrusted hop
        ("127.0.0.1", "198.51.100.1, 10.0.0.2", "198.51.100.1"),  # skips trusted hops
        ("127.0.0.1", "garbage, 198.51.100.1", "198.51.100.1"),
        ("127.0.0.1", "198.51.100.1, garbage", "127.0.0.1"),  # garbled: believe no one
        ("::1", "2001:db8::5", "2001:db8::5"),
        ("127.0.0.1", "", "127.0.0.1"),
    ],
)
def test_client_ip_believes_forwarded_for_only_from_trusted_proxies(remote, xff, expected):
    assert client_ip(remote, xff, TRUSTED) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 555", "'+1 555"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("plain text", "plain text"),
        ("a=b", "a=b"),
        (12, "12"),
        (None, ""),
    ],
)
def test_csv_cells_that_look_like_formulas_are_escaped(value, expected):
    assert csv_safe(value) == expected


def test_smtp_url_schemes_and_defaults():
    plain = parse_smtp_url("smtp://mail.example.org")
    assert (plain["EMAIL_HOST"], plain["EMAIL_PORT"], plain["EMAIL_USE_TLS"]) == (
        "mail.example.org",
        25,
        False,
    )
    tls = parse_smtp_url("smtp+starttls://us%40er:p%3Ass@mail.example.org?timeout=20")
    assert tls["EMAIL_PORT"] == 587 and tls["EMAIL_USE_TLS"] and not tls["EMAIL_USE_SSL"]
    assert (tls["EMAIL_HOST_USER"], tls["EMAIL_HOST_PASSWORD"]) == ("us@er", "p:ss")
    assert tls["EMAIL_TIMEOUT"] == 20
    ssl = parse_smtp_url("smtps://mail.example.org:2465")
    assert ssl["EMAIL_PORT"] == 2465 and ssl["EMAIL_USE_SSL"]
    with pytest.raises(ValueError):
        parse_smtp_url("http://mail.example.org")


def test_rates_parse_and_refuse_nonsense():
    assert parse_rate("5/3600") == (5, 3600)
    assert parse_rate("10") == (10, 3600)
    for bad in ("0/10", "x/10", "5/0"):
        with pytest.raises(ValueError):
            parse_rate(bad)


def test_backoff_doubles_and_is_capped():
    delays = [backoff(n) for n in range(1, 12)]
    assert delays[0] == timedelta(minutes=1) and delays[1] == timedelta(minutes=2)
    assert delays == sorted(delays) and max(delays) == timedelta(hours=6)


def test_server_down_separates_connection_failures_from_refusals():
    import smtplib

    assert server_down(ConnectionRefusedError())
    assert server_down(smtplib.SMTPServerDisconnected())
    assert server_down(smtplib.SMTPAuthenticationError(535, b"no"))
    assert not server_down(smtplib.SMTPRecipientsRefused({"a@b": (550, b"no")}))
    assert not server_down(smtplib.SMTPDataError(554, b"spam"))


def test_purge_ages():
    assert parse_age("365d") == 365 and parse_age("52w") == 364 and parse_age("2y") == 730
    assert parse_age("30") == 30
    from django.core.management import CommandError

    with pytest.raises(CommandError):
        parse_age("a year")


def test_form_start_tokens_are_signed_and_read_the_frozen_clock(clock):
    token = issue_token(clock() - 60)
    clock.advance(1000)
    assert token_age(token) == 1060  # exact: the clock, not the machine's speed, decides
    assert token_age("") is None
    assert token_age(issue_token() + "x") is None


def test_form_start_tokens_are_bound_to_one_browser():
    from allykit.contact.forms import bind

    mine, theirs = bind("a" * 32), bind("b" * 32)
    assert mine and mine != theirs and bind("") == ""
    assert token_age(issue_token(client=mine), mine) == 0
    assert token_age(issue_token(client=mine), theirs) is None
    assert token_age(issue_token(client=mine), "") is None
    assert token_age(issue_token(), mine) is None
