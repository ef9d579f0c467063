"""Families tell the hub when a listing is wrong; the owning partner and staff fix it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ProblemReport(models.Model):
    """What a family said is wrong with a listing. Nothing about who said it is kept: no
    name, no address, no IP. Reports are never deleted: resolving or dismissing one records
    who did it, when and why, so the history stays. The words, which can hold a phone number
    or a name, are not kept for ever (retention.py erases them)."""

    class Kind(models.TextChoices):
        WRONG_HOURS = "wrong_hours", _("The days or hours are wrong")
        ENDED = "ended", _("The program has ended")
        WRONG_PHONE = "wrong_phone", _("The phone number or email does not work")
        WRONG_LANGUAGE = "wrong_language", _("They do not speak the languages listed")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        RESOLVED = "resolved", _("Resolved")
        DISMISSED = "dismissed", _("Dismissed")

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("problem"), max_length=20, choices=Kind.choices)
    details = models.TextField(_("details"), max_length=1000, blank=True)
    language = models.CharField(_("language of the page"), max_length=10)
    created_on = models.DateField(_("reported on"), auto_now_add=True)  # the day, no finer
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    handled_at = models.DateTimeField(null=True, blank=True)
    handled_note = models.TextField(_("note"), max_length=1000, blank=True)
    details_erased_on = models.DateField(_("words erased on"), null=True, blank=True)

    class Meta:
        verbose_name = _("problem report")
        ordering = ["-created_on", "-pk"]
        indexes = [models.Index(fields=["status", "page"])]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.page_id})"
