"""What a translation was written against, so a change to the English can be noticed."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationCheck(models.Model):
    """One field of one listing in one language: fingerprints of the English text and of the
    translation when the translation was last written or confirmed. When the English changes
    and the translation does not, the translation is possibly out of date."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    field = models.CharField(max_length=50)
    language = models.CharField(max_length=10)
    source_fingerprint = models.CharField(max_length=16)
    translation_fingerprint = models.CharField(max_length=16)
    checked_at = models.DateTimeField()
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("translation check")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "field", "language"], name="one_check_per_field_and_language"
            )
        ]

    def __str__(self):
        return f"{self.page_id} {self.field} {self.language}"
