"""Shared taxonomy and places. Names are translated; codes and slugs never are."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class TaxonomyTerm(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    # Per language, like the name: what a family types in the find form's free text is
    # matched against names and synonyms in every language.
    synonyms = models.TextField(
        _("synonyms"),
        blank=True,
        help_text=_("Other words families use for this term, comma separated."),
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("synonyms"),
    ]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def synonym_list(self):
        return [s.strip() for s in (self.synonyms or "").split(",") if s.strip()]


class Interest(TaxonomyTerm):
    """A STEM interest a child may have: robotics, coding, health sciences..."""

    class Sector(models.TextChoices):
        # Interests of one sector are neighbours: a family asking for robotics may like
        # electronics when no robotics program fits.
        TECHNOLOGY = "technology", _("Computing and technology")
        ENGINEERING = "engineering", _("Engineering and making")
        HEALTH = "health", _("Health and life sciences")
        ENVIRONMENT = "environment", _("Environment, energy and agriculture")
        SCIENCE_MATH = "science_math", _("Science and mathematics")

    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices, blank=True)
    icon = models.CharField(
        _("icon"), max_length=8, blank=True, help_text=_("One emoji or short symbol.")
    )
    panels = TaxonomyTerm.panels + [FieldPanel("sector"), FieldPanel("icon")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("interest")
        verbose_name_plural = _("interests")


class SupportType(TaxonomyTerm):
    """A kind of help: transportation, a device, internet, meals, childcare, interpretation..."""

    icon = models.CharField(_("icon"), max_length=8, blank=True)
    panels = TaxonomyTerm.panels + [FieldPanel("icon")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("support type")
        verbose_name_plural = _("support types")


class EligibilityTag(TaxonomyTerm):
    """Who a listing is meant for: low-income, first-generation, English learners..."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("eligibility tag")
        verbose_name_plural = _("eligibility tags")


class Language(index.Indexed, models.Model):
    """A language people speak. Shown by its endonym ("Español"), never translated."""

    class Direction(models.TextChoices):
        LTR = "ltr", _("left to right")
        RTL = "rtl", _("right to left")

    code = models.CharField(
        _("ISO code"), max_length=16, unique=True, help_text=_("e.g. es, vi, zh-hans")
    )
    endonym = models.CharField(_("endonym"), max_length=64, help_text=_("e.g. Español"))
    english_name = models.CharField(_("English name"), max_length=64)
    direction = models.CharField(
        _("direction"), max_length=3, choices=Direction.choices, default=Direction.LTR
    )

    search_fields = [index.SearchField("endonym"), index.SearchField("english_name")]
    panels = [
        FieldPanel("code"),
        FieldPanel("endonym"),
        FieldPanel("english_name"),
        FieldPanel("direction"),
    ]

    class Meta:
        ordering = ["english_name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return self.endonym


class Location(index.Indexed, models.Model):
    """A place where something happens. Shared, so one library branch is one Location."""

    name = models.CharField(_("name"), max_length=200)
    street_address = models.CharField(_("street address"), max_length=200)
    city = models.CharField(_("city"), max_length=100)
    state = models.CharField(_("state"), max_length=2, default="CA")
    postal_code = models.CharField(_("ZIP code"), max_length=10)
    # None when the place's position is not known: it keeps its address, never a made-up point.
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    # The point is its ZIP code's centroid (an HSDS import gave no coordinates): near, not exact.
    position_from_zip = models.BooleanField(_("position is the ZIP code's centre"), default=False)
    transit_notes = models.TextField(_("getting there by transit"), blank=True)
    accessibility_notes = models.TextField(_("accessibility"), blank=True)
    hours = models.TextField(_("hours"), blank=True)
    # As an HSDS import gave them, shown in the reader's language (formatting.opening_hours):
    # [{"byday": "MO,TU", "opens_at": "09:00", "closes_at": "17:00"}] and
    # [{"number", "extension", "description"}]. The import's patch gives them back on export.
    opening_hours = models.JSONField(_("opening hours"), default=list, blank=True, editable=False)
    phones = models.JSONField(_("phones"), default=list, blank=True, editable=False)
    # The id another directory gave this place (HSDS import); None for places made here.
    hsds_id = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    search_fields = [
        index.SearchField("name"),
        index.SearchField("city"),
        index.FilterField("postal_code"),
    ]
    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("city"),
                FieldPanel("state"),
                FieldPanel("postal_code"),
                FieldPanel("latitude"),
                FieldPanel("longitude"),
                FieldPanel("position_from_zip"),
            ],
            heading=_("Address"),
        ),
        FieldPanel("transit_notes"),
        FieldPanel("accessibility_notes"),
        FieldPanel("hours"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self):
        return f"{self.name}, {self.city}"

    @property
    def has_position(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def address_line(self):
        return f"{self.street_address}, {self.city}, {self.state} {self.postal_code}"
