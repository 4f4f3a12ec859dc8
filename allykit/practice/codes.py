"""Join codes, facilitator keys and ballots: random, hashed, unguessable. Pure Python."""

from __future__ import annotations

import hashlib
import hmac
import secrets

# Crockford-style alphabet: no I, L, O, U, so codes read aloud or typed on a phone do not clash.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8  # 32**8 = 2**40 codes; with attempt limits a guess is hopeless in practice
_CONFUSABLE = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalize(text: str) -> str:
    """What a person typed ('k7qd m2xp', 'K7QD-M2XP') -> 'K7QDM2XP', or '' when not a code."""
    cleaned = "".join(ch for ch in (text or "").upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(cleaned) != CODE_LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return ""
    return cleaned


def display(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def new_key() -> str:
    """A secret for the facilitator link or a participant's cookie."""
    return secrets.token_urlsafe(24)


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def ballot(secret: str, participant_key: str, workshop_code: str, question: int) -> str:
    """A per-question pseudonym: the same participant gets unlinkable ballots per question."""
    message = f"{workshop_code}:{question}:{participant_key}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
