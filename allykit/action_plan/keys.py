"""Private-link tokens: made with `secrets`, kept only as hashes, and the key to the plan.

Pure Python (cryptography's Fernet, AES-128-CBC with HMAC-SHA256). From one token come two
unrelated values: the hash the database row is found by, and the key the plan is encrypted
with. Neither can be turned back into the token, so a copy of the database reads no plan.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from cryptography.fernet import Fernet, InvalidToken

TOKEN_BYTES = 32  # 256 bits; token_urlsafe gives 43 characters
TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{43}$")


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def looks_like_token(text: str) -> bool:
    return bool(TOKEN_RE.match(text or ""))


def token_hash(token: str, pepper: str) -> str:
    """What the database keeps: a keyed SHA-256 of the token (hex, 64 characters)."""
    return hmac.new(pepper.encode(), b"find:" + token.encode(), hashlib.sha256).hexdigest()


def _fernet(token: str) -> Fernet:
    key = hashlib.sha256(b"allykit-plan-key:" + token.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(token: str, text: str) -> str:
    return _fernet(token).encrypt(text.encode("utf-8")).decode("ascii")


def unseal(token: str, ciphertext: str) -> str | None:
    try:
        return _fernet(token).decrypt(ciphertext.encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError):
        return None
