"""The emails: the notification to the team, and a staff reply in the person's language."""

from __future__ import annotations

import re
import uuid

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from .models import Message, OutgoingMail, Reply

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def header_safe(value: str) -> str:
    """One line, no control characters: safe to place in an email header."""
    return _CONTROL.sub(" ", value).strip()


def topic_address(topic: str) -> str:
    if topic == Message.Topic.TECHNICAL:
        return settings.CONTACT_TECH_EMAIL
    return settings.CONTACT_CONTENT_EMAIL


def new_message_id() -> str:
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2].strip(" >") or "localhost"
    return f"<{uuid.uuid4().hex}@{header_safe(domain)}>"


def queue_notification(message: Message) -> OutgoingMail:
    """Queue the email that tells the team about `message` (written in English for staff)."""
    with translation.override("en"):
        who = header_safe(message.name) or _("someone")
        subject = _("[Ally Toolkit] %(topic)s from %(who)s (%(lang)s, #%(id)s)") % {
            "topic": message.get_topic_display(),
            "who": who,
            "lang": message.lang.upper(),
            "id": message.pk,
        }
        body = render_to_string("contact/email/notification.txt", {"m": message})
    return OutgoingMail.objects.create(
        message=message,
        to=topic_address(message.topic),
        reply_to=header_safe(message.email),
        subject=header_safe(subject)[:300],
        body=body,
        msgid=new_message_id(),
    )


def quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def queue_reply(reply: Reply) -> OutgoingMail:
    """Queue a staff reply, with its subject, greeting and closing in the person's language."""
    message = reply.message
    with translation.override(message.lang):
        subject = _("Your message to the Ally Toolkit")
        body = render_to_string(
            "contact/email/reply.txt",
            {"m": message, "reply": reply, "quoted": quote(message.body)},
        )
    return OutgoingMail.objects.create(
        message=message,
        reply=reply,
        to=header_safe(message.email),
        reply_to=topic_address(message.topic),
        subject=header_safe(subject),
        body=body,
        msgid=new_message_id(),
    )


def build_email(mail: OutgoingMail, connection=None) -> EmailMessage:
    """The EmailMessage for a queued row (UTF-8; headers were made single-line when queued)."""
    headers = {"Message-ID": mail.msgid}
    if mail.reply_id is None:
        headers["Auto-Submitted"] = "auto-generated"  # the team's notification, not a person
    email = EmailMessage(
        subject=mail.subject,
        body=mail.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[mail.to],
        reply_to=[mail.reply_to] if mail.reply_to else None,
        headers=headers,
        connection=connection,
    )
    email.encoding = "utf-8"
    return email
