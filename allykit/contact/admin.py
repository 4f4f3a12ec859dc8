"""The staff inbox: messages (answer, close, search, export) and page-feedback summaries."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .export import messages_csv
from .mail import queue_reply
from .models import Feedback, Message, OutgoingMail, Reply
from .outbox import send_one

admin.site.site_header = _("Ally Toolkit staff inbox")
admin.site.site_title = _("Ally Toolkit staff")
admin.site.index_title = _("Inbox")


class StaffLoginForm(AdminAuthenticationForm):
    """The staff login, which says so when sign-in is paused by the lockout (lockout.py).

    The words are the same whatever was typed: the lock is kept per name typed (account or
    not) and per address, and the password is not even checked while it holds, so the answer
    reveals neither whether the account exists nor whether the password was right.
    """

    def get_invalid_login_error(self):
        if getattr(self.request, "allykit_locked", False):
            minutes = max(1, round(settings.LOGIN_LOCKOUT_SECONDS / 60))
            return forms.ValidationError(
                ngettext(
                    "Sign-in is paused after too many failed attempts with this user name or "
                    "from your network. Please wait up to %(minutes)s minute before trying again, "
                    "or ask another staff member to help.",
                    "Sign-in is paused after too many failed attempts with this user name or "
                    "from your network. Please wait up to %(minutes)s minutes before trying again, "
                    "or ask another staff member to help.",
                    minutes,
                )
                % {"minutes": minutes},
                code="locked",
            )
        return super().get_invalid_login_error()


admin.site.login_form = StaffLoginForm


class MessageForm(forms.ModelForm):
    reply = forms.CharField(
        label=_("Reply"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "cols": 80}),
        help_text=_(
            "Sent by email when you save, with a greeting, closing and subject in the "
            "person's language; write it in their language too."
        ),
    )

    class Meta:
        model = Message
        fields = ["status"]

    def clean_reply(self):
        text = self.cleaned_data["reply"].strip()
        if text and not self.instance.email:
            raise forms.ValidationError(
                _("This person gave no email address: a reply cannot be sent.")
            )
        return text


class ReplyInline(admin.TabularInline):
    model = Reply
    extra = 0
    can_delete = False
    fields = ["created_at", "author", "body", "delivery"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("delivery"))
    def delivery(self, obj):
        mail = getattr(obj, "mail", None)
        return mail.get_state_display() if mail else "-"


class MailInline(admin.TabularInline):
    model = OutgoingMail
    extra = 0
    can_delete = False
    verbose_name_plural = _("emails about this message")
    fields = ["created_at", "to", "subject", "state", "attempts", "sent_at", "last_error"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    form = MessageForm
    list_display = ["__str__", "created_at", "status", "topic", "lang", "can_answer", "delivery"]
    list_filter = ["status", "topic", "lang", "created_at"]
    search_fields = ["name", "email", "body"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "created_at",
        "lang",
        "topic",
        "name",
        "email",
        "body",
        "answered_at",
        "closed_at",
    ]
    fieldsets = [
        (None, {"fields": ["created_at", "lang", "topic", "name", "email", "body"]}),
        (_("Handling"), {"fields": ["status", "answered_at", "closed_at", "reply"]}),
    ]
    inlines = [ReplyInline, MailInline]
    actions = ["close", "export_csv", "retry_delivery"]

    def has_add_permission(self, request):
        return False  # messages come from the contact form only

    @admin.display(boolean=True, description=_("can be answered"))
    def can_answer(self, obj):
        return bool(obj.email)

    @admin.display(description=_("notification"))
    def delivery(self, obj):
        mail = obj.mails.filter(reply__isnull=True).first()
        return mail.get_state_display() if mail else "-"

    def save_model(self, request, obj, form, change):
        now = timezone.now()
        if obj.status == Message.Status.CLOSED and not obj.closed_at:
            obj.closed_at = now
        text = form.cleaned_data.get("reply", "")
        if text:
            obj.status = Message.Status.ANSWERED if obj.status == "new" else obj.status
            obj.answered_at = now
        super().save_model(request, obj, form, change)
        if text:
            reply = Reply.objects.create(message=obj, author=request.user, body=text)
            mail = queue_reply(reply)
            self.log_change(request, obj, f"Replied by email ({obj.lang})")
            transaction.on_commit(lambda: send_one(mail.pk))
            self.message_user(request, _("Your reply was queued and is being sent."))

    @admin.action(description=_("Close the selected messages"))
    def close(self, request, queryset):
        count = queryset.exclude(status=Message.Status.CLOSED).update(
            status=Message.Status.CLOSED, closed_at=timezone.now()
        )
        LogEntry.objects.log_actions(request.user.pk, queryset, CHANGE, "Closed")
        self.message_user(request, _("Messages closed: %(n)s.") % {"n": count})

    @admin.action(description=_("Export the selected messages to CSV"))
    def export_csv(self, request, queryset):
        rows = queryset.prefetch_related("replies").order_by("created_at", "id")
        LogEntry.objects.log_actions(request.user.pk, rows, CHANGE, "Exported to CSV")
        response = HttpResponse(messages_csv(rows), content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="messages-{stamp}.csv"'
        return response

    @admin.action(description=_("Try sending their failed emails again"))
    def retry_delivery(self, request, queryset):
        count = OutgoingMail.objects.filter(
            message__in=queryset, state=OutgoingMail.State.FAILED
        ).update(state=OutgoingMail.State.QUEUED, attempts=0, next_attempt_at=timezone.now())
        LogEntry.objects.log_actions(request.user.pk, queryset, CHANGE, "Delivery retried")
        self.message_user(
            request, _("Emails queued again: %(n)s.") % {"n": count}, messages.SUCCESS
        )


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ["page_key", "lang", "helpful", "comment", "created_on"]
    list_filter = ["page_key", "lang", "helpful", "created_on"]
    search_fields = ["comment"]
    readonly_fields = ["page_key", "lang", "helpful", "comment", "created_on"]
    change_list_template = "admin/contact/feedback/change_list.html"

    def has_add_permission(self, request):
        return False

    def changelist_view(self, request, extra_context=None):
        rows = (
            Feedback.objects.values("page_key", "lang")
            .annotate(
                total=Count("id"),
                yes=Count("id", filter=Q(helpful=True)),
                comments=Count("id", filter=~Q(comment="")),
            )
            .order_by("page_key", "lang")
        )
        summary = [{**r, "share": round(100 * r["yes"] / r["total"])} for r in rows]
        return super().changelist_view(request, {**(extra_context or {}), "summary": summary})
