"""Contact messages, their outgoing mail (outbox), page feedback, rate and login counters."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

LANG_CHOICES = [("en", _("English")), ("fr", _("French"))]


class Message(models.Model):
    """One message sent through the contact form; the staff inbox lists these."""

    class Topic(models.TextChoices):
        CONTENT = "content", _("A question about the content")
        TECHNICAL = "technical", _("A technical problem")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")

    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    lang = models.CharField(_("language"), max_length=2, choices=LANG_CHOICES)
    topic = models.CharField(_("topic"), max_length=16, choices=Topic.choices)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("email address"), max_length=254, blank=True)
    body = models.TextField(_("message"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEW, db_index=True
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self) -> str:
        # No name or address here: this text ends up in the admin's action log.
        return f"#{self.pk} ({self.get_topic_display()}, {self.created_at:%Y-%m-%d})"


class Reply(models.Model):
    """A staff answer to a message, sent to the person through the outbox."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    body = models.TextField(_("reply"))

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")

    def __str__(self) -> str:
        return f"{_('Reply')} {self.created_at:%Y-%m-%d %H:%M}"


class OutgoingMail(models.Model):
    """An email waiting to be sent, or sent. Rendered when queued; sent by the outbox."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed (gave up)")

    message = models.ForeignKey(
        Message, on_delete=models.CASCADE, related_name="mails", null=True, blank=True
    )
    reply = models.OneToOneField(
        Reply, on_delete=models.CASCADE, related_name="mail", null=True, blank=True
    )
    created_at = models.DateTimeField(default=timezone.now)
    to = models.CharField(max_length=254)
    reply_to = models.CharField(max_length=254, blank=True)
    subject = models.CharField(max_length=300)
    body = models.TextField()
    msgid = models.CharField(max_length=255, unique=True)  # the Message-ID header
    state = models.CharField(
        max_length=8, choices=State.choices, default=State.QUEUED, db_index=True
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    lease_token = models.CharField(max_length=32, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")

    def __str__(self) -> str:
        return f"{self.subject} [{self.get_state_display()}]"


class DeliveryAttempt(models.Model):
    """One try at handing an outgoing email to the mail server."""

    mail = models.ForeignKey(OutgoingMail, on_delete=models.CASCADE, related_name="tries")
    at = models.DateTimeField(default=timezone.now)
    ok = models.BooleanField()
    error = models.TextField(blank=True)
    worker = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("delivery attempt")
        verbose_name_plural = _("delivery attempts")


class Feedback(models.Model):
    """'Was this page helpful?': page, language, answer, comment. Nothing about the person."""

    page_key = models.CharField(_("page"), max_length=64, db_index=True)
    lang = models.CharField(_("language"), max_length=2, choices=LANG_CHOICES)
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), blank=True)
    # The day only, never the time: a timestamp could be matched against server logs.
    created_on = models.DateField(_("date"), default=timezone.localdate, db_index=True)

    class Meta:
        ordering = ["-created_on", "-id"]
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")

    def __str__(self) -> str:
        return f"{self.page_key} ({self.lang}) {self.created_on}"


class RateCounter(models.Model):
    """Hits per (hashed address, scope) in a fixed time window, shared by every process."""

    key = models.CharField(max_length=80)
    window_start = models.BigIntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "window_start"], name="ratecounter_unique")
        ]


class LoginFailure(models.Model):
    """A failed staff login, keyed by hashed user name or hashed address."""

    key = models.CharField(max_length=80, db_index=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)
