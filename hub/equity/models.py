"""Participation proportionality: the region's population shares, configured once by the
collaborative, and partners' aggregate participant counts per program and term."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class PopulationGroup(models.Model):
    """A group of the region's students and its share of them ("English learners", 21.5 %)."""

    class Category(models.TextChoices):
        RACE_ETHNICITY = "race_ethnicity", _("Race and ethnicity")
        GENDER = "gender", _("Gender")
        LOW_INCOME = "low_income", _("Family income")
        ENGLISH_LEARNER = "english_learner", _("English learners")
        DISABILITY = "disability", _("Disability")

    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    name = models.CharField(_("group"), max_length=100)
    share = models.DecimalField(
        _("share of the region's students (%)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("category"), FieldPanel("sort_order")]),
        FieldPanel("name"),
        FieldPanel("share"),
    ]

    class Meta:
        ordering = ["category", "sort_order", "name"]
        verbose_name = _("population group")
        verbose_name_plural = _("population groups")
        constraints = [
            models.UniqueConstraint(fields=["category", "name"], name="one_group_per_name")
        ]

    def __str__(self):
        return f"{self.get_category_display()}: {self.name} ({self.share} %)"


class Term(models.TextChoices):
    SPRING = "spring", _("Spring")
    SUMMER = "summer", _("Summer")
    FALL = "fall", _("Fall")


class ParticipationCount(Orderable):
    """How many of one program's participants in one term were of one group. Aggregates only:
    no participant is named or counted twice within a category."""

    page = ParentalKey(
        "directory.ProgramPage", on_delete=models.CASCADE, related_name="participation"
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    term = models.CharField(_("term"), max_length=10, choices=Term.choices)
    group = models.ForeignKey(
        PopulationGroup, on_delete=models.PROTECT, related_name="+", verbose_name=_("group")
    )
    count = models.PositiveIntegerField(_("participants"))

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("term")]),
        FieldRowPanel([FieldPanel("group"), FieldPanel("count")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("participant count")


class Snapshot(models.Model):
    """The equity figures as published for one month, kept so months can be compared. Holds
    codes and suppressed counts only; names are looked up, in the reader's language, when
    shown."""

    month = models.DateField(unique=True)  # its first day
    figures = models.JSONField()
    taken_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-month"]
        verbose_name = _("monthly equity snapshot")

    def __str__(self):
        return f"{self.month:%Y-%m}"
