"""Workshops, their anonymous participants and votes. Everything here expires (see purge)."""

from django.db import models


class Workshop(models.Model):
    PHASES = [
        ("lobby", "lobby"),
        ("open", "open"),
        ("closed", "closed"),
        ("revealed", "revealed"),
        ("ended", "ended"),
    ]

    code = models.CharField(max_length=8, unique=True)  # the join code, without its hyphen
    host_hash = models.CharField(max_length=64, unique=True)  # sha256 of the facilitator key
    lang = models.CharField(max_length=2)
    scenario_ids = models.JSONField()  # the facilitator's pick, in order
    minutes = models.PositiveSmallIntegerField(default=3)  # planned time per question
    allow_own_lines = models.BooleanField(default=False)  # participants may write a line
    show_own_lines = models.BooleanField(default=False)  # ... shown on the facilitator's screen
    current = models.PositiveSmallIntegerField(default=0)  # index into scenario_ids
    phase = models.CharField(max_length=8, choices=PHASES, default="lobby")
    opened_at = models.DateTimeField(null=True, blank=True)  # when the question opened
    version = models.PositiveIntegerField(default=1)  # bumped by every facilitator action
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)


class Participant(models.Model):
    """A phone that joined: only a hash of the random key kept in its cookie (no name, no IP)."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="participants")
    key_hash = models.CharField(max_length=64)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["workshop", "key_hash"], name="ws_one_key")]


class Vote(models.Model):
    """One vote per participant per question.

    `ballot` is a keyed hash of the participant's key and the question, so votes on different
    questions cannot be linked to each other or to the participant row without the key, which
    only the participant's browser holds.
    """

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="votes")
    question = models.PositiveSmallIntegerField()
    ballot = models.CharField(max_length=64)
    choice = models.CharField(max_length=40)
    own_line = models.CharField(max_length=200, blank=True, default="")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["workshop", "question", "ballot"], name="ws_one_vote")
        ]
        indexes = [models.Index(fields=["workshop", "question", "choice"])]
