"""Reminders sent to partners, so each listing is reminded once per verification cycle."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VerificationReminder(models.Model):
    """A reminder about one listing, for the verification it was due after: confirming the
    listing starts a new cycle (a new `last_verified`), and with it a new reminder when due."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    cycle = models.DateField(help_text=_("The listing's last verified date when reminded."))
    sent_at = models.DateTimeField(auto_now_add=True)
    recipients = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("verification reminder")
        constraints = [
            models.UniqueConstraint(fields=["page", "cycle"], name="one_reminder_per_cycle")
        ]

    def __str__(self):
        return f"{self.page_id} {self.cycle}"
