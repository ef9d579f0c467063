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


DEMAND_FACETS = ("month", "grade_band", "interest", "language", "area", "needs", "results")


class Demand(models.Model):
    """How many times families asked for something, by coarse facets only (hub/counters/facets.py):
    the month, the child's grade band, one interest, the family's language, the area, the needs,
    how many programs fitted. No address, browser, cookie, free text or time of day."""

    month = models.DateField()  # its first day
    grade_band = models.CharField(max_length=8, blank=True)
    interest = models.CharField(max_length=100, blank=True)  # a taxonomy term's slug
    language = models.CharField(max_length=16)
    area = models.CharField(max_length=40, blank=True)
    needs = models.CharField(max_length=255, blank=True)  # support type slugs, sorted, joined
    results = models.CharField(max_length=4)  # 0, 1-2, 3-9, 10+
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("demand count")
        constraints = [models.UniqueConstraint(fields=DEMAND_FACETS, name="one_count_per_facets")]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.grade_band} {self.interest}: {self.count}"
