"""Anonymous counters. They hold what was shown and when (to the day), never who asked."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Appearance(models.Model):
    """How many times a listing appeared in match results on one day."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("appearance in match results")
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="one_count_per_day")]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.count}"
