"""Translated labels for the values used in content data (settings, dimensions, types)."""

from django.utils.translation import gettext_lazy as _

SETTINGS = {
    "clinic": _("Clinic and ward"),
    "meetings": _("Meetings"),
    "hiring": _("Hiring and promotion"),
    "teaching": _("Teaching and training"),
}
DIMENSIONS = {
    "gender": _("Gender"),
    "race": _("Race"),
    "indigeneity": _("Indigeneity"),
    "disability": _("Disability"),
    "sexual-orientation": _("Sexual orientation"),
    "age": _("Age"),
}
ROLES = {  # who you are in a microaggression scene
    "target": _("I was the one targeted"),
    "bystander": _("I saw or heard it"),
    "speaker": _("I said it"),
}
RESOURCE_TYPES = {
    "article": _("Article"),
    "book": _("Book"),
    "course": _("Course"),
    "guide": _("Guide"),
    "podcast": _("Podcast"),
    "report": _("Report"),
    "toolkit": _("Toolkit"),
    "video": _("Video"),
    "website": _("Website"),
}
RESOURCE_LANGS = {"en": _("English"), "fr": _("French"), "en-fr": _("English and French")}
