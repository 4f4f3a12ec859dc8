"""Translated names of settings, positions and the 5Ds."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

SETTINGS = {
    "ward": _("Ward and rounds"),
    "operating-room": _("Operating room"),
    "handover": _("Handover"),
    "committee": _("Hiring or promotion committee"),
    "grand-rounds": _("Grand rounds"),
    "virtual-meeting": _("Virtual meeting"),
    "email": _("Email thread"),
    "conference": _("Conference"),
    "clinic": _("Patients and families"),
    "mentoring": _("Mentoring"),
}
POSITIONS = {
    "junior": _("You are junior"),
    "peer": _("You are a peer"),
    "senior": _("You are senior"),
    "chair": _("You are the chair"),
}
POSITION_FILTER = {
    "junior": pgettext_lazy("position", "Junior"),
    "peer": pgettext_lazy("position", "Peer"),
    "senior": pgettext_lazy("position", "Senior"),
    "chair": pgettext_lazy("position", "Chair"),
}
DS = {
    "distract": _("Distract"),
    "delegate": _("Delegate"),
    "document": _("Document"),
    "delay": _("Delay"),
    "direct": _("Direct"),
    "nothing": _("Do nothing"),
    "own": _("Your own line"),
}
D_HINTS = {
    "distract": _("Interrupt indirectly, turning attention away from the harm."),
    "delegate": _("Ask someone with authority in the setting to act."),
    "document": _("Keep a record for the person harmed, if someone is already helping."),
    "delay": _("Check in with the person harmed once it is over."),
    "direct": _("Name the harm briefly, if it is safe."),
    "nothing": _("Let it pass."),
    "own": _("A line you wrote yourself."),
}
