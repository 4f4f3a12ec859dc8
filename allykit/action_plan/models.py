"""A plan saved under a private link. The database holds neither the link's token nor the plan
in clear: only a hash of the token (to find the row) and the plan encrypted with a key derived
from the token (see keys.py). Without the link, the row cannot be read or found."""

from django.db import models


class SavedPlan(models.Model):
    token_hash = models.CharField(max_length=64, unique=True)
    ciphertext = models.TextField()  # Fernet token of the plan's JSON
    saved_at = models.DateTimeField()
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "saved action plan"

    def __str__(self) -> str:  # never the token, never the plan
        return f"saved plan (expires {self.expires_at:%Y-%m-%d})"
