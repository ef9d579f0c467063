"""Wagtail pages. Ownership follows the tree: an OrganizationPage is the parent of its
programs and support services, so a partner group's subtree permission is its listings."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from hub.directory.references import ListingForm

from .. import routing
from ..blocks import BodyBlock, ProgramChooserBlock
from ..grades import GRADE_CHOICES, POST_SECONDARY, PREK, grade_range_label
from ..panels import TabbedInterfaceWithHooks
from ..weekdays import WeekdaysField, weekday_numbers


class ViewRestrictionsKept:
    """Wagtail asks for a page's view restrictions (its own and its ancestors') before serving
    it; this process keeps the answer until the content changes (hub/directory/routing.py)."""

    def get_view_restrictions(self):
        return routing.view_restrictions(self, super().get_view_restrictions)


class HomePage(ViewRestrictionsKept, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "directory.ProgramIndexPage",
        "directory.OrganizationIndexPage",
        "directory.SupportServiceIndexPage",
        "directory.PathwayIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    @routing.memo_route
    def route(self, request, path_components):
        """The site's pages are found from here without walking the tree (routing.py)."""
        if not path_components:
            return super().route(request, path_components)
        return routing.route_below(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        from ..listing import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self))
        return context


class IndexPage(ViewRestrictionsKept, Page):
    """A browse page: a filtered, paginated listing of one kind of page."""

    intro = models.TextField(_("introduction"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["directory.HomePage"]
    max_count = 1
    listing_model = None  # set by each subclass to the specific page class it lists

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        from ..listing import listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request))
        return context


class ProgramIndexPage(IndexPage):
    subpage_types = []

    class Meta:
        verbose_name = _("programs index")

    @property
    def listing_model(self):
        return ProgramPage


class OrganizationIndexPage(IndexPage):
    subpage_types = ["directory.OrganizationPage"]

    class Meta:
        verbose_name = _("partners index")

    @property
    def listing_model(self):
        return OrganizationPage


class SupportServiceIndexPage(IndexPage):
    subpage_types = []

    class Meta:
        verbose_name = _("support services index")

    @property
    def listing_model(self):
        return SupportServicePage


class PathwayIndexPage(IndexPage):
    subpage_types = ["directory.PathwayPage"]

    class Meta:
        verbose_name = _("pathways index")

    @property
    def listing_model(self):
        return PathwayPage


# --- Organizations -------------------------------------------------------------------------


class OrganizationPage(ViewRestrictionsKept, Page):
    # The English shown beside each translation; only the partner's own images and pages.
    base_form_class = ListingForm

    class Kind(models.TextChoices):
        EMPLOYER = "employer", _("Employer")
        COLLEGE = "college", _("College or university")
        SCHOOL = "school", _("School district or school")
        NONPROFIT = "nonprofit", _("Nonprofit")
        LIBRARY = "library", _("Library")
        GOVERNMENT = "government", _("Government agency")
        LEARNING_HUB = "learning_hub", _("Community learning hub")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    # Phones after the first, as an HSDS import gave them: [{"number", "extension",
    # "description"}]; the import's patch gives them back on export.
    other_phones = models.JSONField(_("other phones"), default=list, blank=True, editable=False)
    email = models.EmailField(_("email"), blank=True)
    partnership_contact_name = models.CharField(_("contact name"), max_length=100, blank=True)
    partnership_contact_email = models.EmailField(_("contact email"), blank=True)
    partnership_contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("kind"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contact"),
        ),
        InlinePanel("locations", label=_("Locations")),
        MultiFieldPanel(
            [
                InlinePanel("ways_to_work_together", label=_("Ways to work together")),
                FieldPanel("partnership_contact_name"),
                FieldPanel("partnership_contact_email"),
                FieldPanel("partnership_contact_phone"),
            ],
            heading=_("Work with us"),
        ),
    ]
    parent_page_types = ["directory.OrganizationIndexPage"]
    subpage_types = ["directory.ProgramPage", "directory.SupportServicePage"]

    class Meta:
        verbose_name = _("organization")

    # What a family's request for this page reads through its relations: kept per process
    # with the routes (routing.attach_relations).
    routed_relations = ("locations__location", "ways_to_work_together")

    def programs(self):
        return ProgramPage.objects.child_of(self).live().public().order_by("title")

    def support_services(self):
        return SupportServicePage.objects.child_of(self).live().public().order_by("title")


class OrganizationLocation(Orderable):
    page = ParentalKey(OrganizationPage, on_delete=models.CASCADE, related_name="locations")
    location = models.ForeignKey("directory.Location", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("location")]


class PartnershipWay(Orderable):
    """A way an employer, college or group can help: mentor, host interns, fund..."""

    class Way(models.TextChoices):
        MENTOR = "mentor", _("Mentor students")
        HOST = "host", _("Host interns or apprentices")
        ADVISE = "advise", _("Join an advisory committee")
        DONATE = "donate", _("Donate equipment")
        SPEAK = "speak", _("Speak to a class")
        FUND = "fund", _("Fund a program")

    page = ParentalKey(
        OrganizationPage, on_delete=models.CASCADE, related_name="ways_to_work_together"
    )
    way = models.CharField(_("way"), max_length=10, choices=Way.choices)
    description = models.TextField(_("description"), blank=True)
    panels = [FieldPanel("way"), FieldPanel("description")]


# --- Opportunities shared by programs and support services ---------------------------------


def _grade_field(verbose_name, default):
    # Empty when unknown (an import that gives no ages); the default is for pages made by hand.
    return models.SmallIntegerField(
        verbose_name, choices=GRADE_CHOICES, default=default, null=True, blank=True
    )


class OpportunityPage(ViewRestrictionsKept, Page):
    """What programs and support services have in common: who, cost, languages, how to apply."""

    # The English shown beside each translation; only the partner's own images and pages.
    base_form_class = ListingForm

    class CostType(models.TextChoices):
        FREE = "free", _("Free")
        FIXED = "fixed", _("Fixed fee")
        SLIDING = "sliding", _("Sliding scale")
        # Blank: the source did not say (an import never makes it "free").
        __empty__ = _("Not listed")

    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    grade_min = _grade_field(_("youngest grade"), PREK)
    grade_max = _grade_field(_("oldest grade"), POST_SECONDARY)

    # The languages staff teach or help in. Not the languages this page is translated into.
    delivery_languages = ParentalManyToManyField(
        "directory.Language",
        blank=True,
        related_name="+",
        verbose_name=_("languages staff teach or support in"),
    )
    interpretation_on_request = models.BooleanField(_("interpretation on request"), default=False)
    translated_materials = models.BooleanField(_("translated materials"), default=False)

    cost_type = models.CharField(
        _("cost"), max_length=10, choices=CostType.choices, default=CostType.FREE, blank=True
    )
    cost_amount = models.DecimalField(
        _("amount (USD)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    fee_waiver_available = models.BooleanField(_("fee waiver available"), default=False)
    cost_notes = models.CharField(_("cost notes"), max_length=255, blank=True)

    eligibility_tags = ParentalManyToManyField(
        "directory.EligibilityTag", blank=True, related_name="+", verbose_name=_("eligibility")
    )
    eligibility_notes = models.TextField(_("who can join"), blank=True)

    how_to_apply = models.TextField(
        _("how to apply"), blank=True, help_text=_("One step per line.")
    )
    apply_url = models.URLField(_("application link"), blank=True)
    website = models.URLField(
        _("website"), blank=True, help_text=_("The provider's own page about it.")
    )
    apply_phone = models.CharField(_("application phone"), max_length=30, blank=True)
    apply_email = models.EmailField(_("application email"), blank=True)
    contact_name = models.CharField(_("contact name"), max_length=100, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    # Empty when nobody is known to have checked it (an import whose source gives no date).
    last_verified = models.DateField(
        _("last verified"),
        default=timezone.localdate,
        null=True,
        blank=True,
        help_text=_("The day someone last checked this listing is still true."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("grade_min"),
        index.FilterField("grade_max"),
        index.FilterField("cost_type"),
    ]

    who_panels = [
        FieldRowPanel([FieldPanel("grade_min"), FieldPanel("grade_max")], heading=_("Grades")),
        FieldPanel("eligibility_tags", widget=forms.CheckboxSelectMultiple),
        FieldPanel("eligibility_notes"),
    ]
    language_panels = [
        FieldPanel("delivery_languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("interpretation_on_request"),
        FieldPanel("translated_materials"),
    ]
    cost_panels = [
        FieldPanel("cost_type"),
        FieldPanel("cost_amount"),
        FieldPanel("fee_waiver_available"),
        FieldPanel("cost_notes"),
    ]
    apply_panels = [
        FieldPanel("how_to_apply"),
        FieldPanel("website"),
        FieldPanel("apply_url"),
        FieldPanel("apply_phone"),
        FieldPanel("apply_email"),
        FieldPanel("contact_name"),
        FieldPanel("contact_phone"),
        FieldPanel("contact_email"),
        FieldPanel("last_verified"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {}
        if self.grade_min is not None and self.grade_max is not None:
            if self.grade_min > self.grade_max:
                errors["grade_max"] = _("The oldest grade cannot be below the youngest grade.")
        if self.cost_type == self.CostType.FIXED and self.cost_amount is None:
            errors["cost_amount"] = _("Give the amount for a fixed fee.")
        if errors:
            raise ValidationError(errors)

    @property
    def grade_range(self):
        if not self.grades_known:
            return _("Ages not listed")
        return grade_range_label(self.grade_min, self.grade_max)

    @property
    def is_free(self):
        return self.cost_type == self.CostType.FREE

    @property
    def cost_known(self):
        return bool(self.cost_type)

    @property
    def grades_known(self):
        return self.grade_min is not None or self.grade_max is not None

    @property
    def apply_steps(self):
        return [line.strip() for line in (self.how_to_apply or "").splitlines() if line.strip()]

    @property
    def verification_is_stale(self):
        """Not checked for twice the verification age, or never known to have been checked:
        families are told it may be out of date."""
        if self.last_verified is None:
            return True
        age = (timezone.localdate() - self.last_verified).days
        return age > 2 * settings.HUB_VERIFY_AFTER_DAYS

    @cached_property
    def organization(self):
        """The organization that runs this (its parent page), read once per instance and kept
        by this process until the content changes."""
        if len(self.path or "") > self.steplen:
            organization = routing.organization_at(self.path[: -self.steplen])
            if organization is not None:
                return organization
        parent = self.get_parent()
        return parent.specific if parent else None


# --- Programs ------------------------------------------------------------------------------


class ProgramPage(OpportunityPage):
    class Kind(models.TextChoices):
        CLUB = "club", _("After-school club")
        CAMP = "camp", _("Camp")
        COURSE = "course", _("Course")
        DUAL_ENROLLMENT = "dual_enrollment", _("Dual enrollment")
        INTERNSHIP = "internship", _("Internship")
        APPRENTICESHIP = "apprenticeship", _("Apprenticeship")
        MENTORING = "mentoring", _("Mentoring")
        COMPETITION = "competition", _("Competition")
        COLLEGE_VISIT = "college_visit", _("College visit or campus stay")
        WORKSHOP = "workshop", _("Workshop")
        CERTIFICATE = "certificate", _("Certificate")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.IN_PERSON
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    interests = ParentalManyToManyField(
        "directory.Interest", blank=True, related_name="programs", verbose_name=_("interests")
    )
    supports = ParentalManyToManyField(
        "directory.SupportType",
        blank=True,
        related_name="programs",
        verbose_name=_("supports offered"),
    )
    earns_college_credit = models.BooleanField(_("college credit"), default=False)
    earns_certificate = models.BooleanField(_("certificate"), default=False)
    earns_industry_certification = models.BooleanField(_("industry certification"), default=False)
    credential_notes = models.CharField(_("credential details"), max_length=255, blank=True)
    # Internships and apprenticeships often pay: what a family asking for "paid" means.
    pays_participants = models.BooleanField(
        _("participants are paid"),
        default=False,
        help_text=_("Tick if participants earn a wage or a stipend."),
    )

    search_fields = OpportunityPage.search_fields + [
        index.FilterField("kind"),
        index.FilterField("format"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("format")]),
        FieldPanel("interests", widget=forms.CheckboxSelectMultiple),
    ]
    details_panels = [
        MultiFieldPanel(OpportunityPage.who_panels, heading=_("Who it is for")),
        MultiFieldPanel(
            [*OpportunityPage.cost_panels, FieldPanel("pays_participants")], heading=_("Cost")
        ),
        InlinePanel("sessions", label=_("Sessions")),
        MultiFieldPanel(OpportunityPage.language_panels, heading=_("Languages")),
        FieldPanel("supports", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("earns_college_credit"),
                FieldPanel("earns_certificate"),
                FieldPanel("earns_industry_certification"),
                FieldPanel("credential_notes"),
            ],
            heading=_("Credentials earned"),
        ),
        MultiFieldPanel(OpportunityPage.apply_panels, heading=_("How to apply")),
    ]
    # Other apps' tabs join through the hook (equity: the participant counts).
    edit_handler = TabbedInterfaceWithHooks(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(details_panels, heading=_("Details")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ],
        hook_name="register_program_tabs",
    )
    parent_page_types = ["directory.OrganizationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("program")

    # What a family's request for this page reads through its relations, each once (the
    # sessions with their places): kept per process with the routes (routing.attach_relations).
    routed_relations = (
        "interests",
        "supports",
        "eligibility_tags",
        "delivery_languages",
        "sessions__location",
    )

    @property
    def credentials(self):
        earned = []
        if self.earns_college_credit:
            earned.append(_("College credit"))
        if self.earns_certificate:
            earned.append(_("Certificate"))
        if self.earns_industry_certification:
            earned.append(_("Industry certification"))
        return earned

    def upcoming_sessions(self):
        today = timezone.localdate()
        return [s for s in self.sessions.all() if s.end_date is None or s.end_date >= today]

    def next_deadline(self):
        today = timezone.localdate()
        deadlines = [
            s.application_deadline
            for s in self.sessions.all()
            if s.application_deadline and s.application_deadline >= today
        ]
        return min(deadlines, default=None)


class ProgramSession(Orderable):
    class TimeSlot(models.TextChoices):
        # What the matcher's "when can your child go?" question compares against.
        AFTER_SCHOOL = "after_school", _("Weekday afternoons, after school")
        EVENING = "evening", _("Weekday evenings")
        WEEKEND = "weekend", _("Weekends")
        SCHOOL_DAY = "school_day", _("Weekdays, during the day")
        FLEXIBLE = "flexible", _("Any time (self-paced)")

    page = ParentalKey(ProgramPage, on_delete=models.CASCADE, related_name="sessions")
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    days_and_times = models.CharField(
        _("days and times"), max_length=200, blank=True, help_text=_("e.g. Tuesdays 4–6 pm")
    )
    time_slot = models.CharField(
        _("when in the week"), max_length=20, choices=TimeSlot.choices, blank=True
    )
    # The same schedule as clock times, when it is a weekly one: the calendar file repeats it.
    weekdays = WeekdaysField(
        _("meets every week on"),
        blank=True,
        help_text=_("Leave empty unless it meets at the same times every week."),
    )
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    location = models.ForeignKey(
        "directory.Location", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    seats = models.PositiveIntegerField(_("seats"), null=True, blank=True)
    application_deadline = models.DateField(_("application deadline"), null=True, blank=True)
    # The id of the HSDS schedule this session was imported from; None for sessions made here.
    hsds_id = models.UUIDField(null=True, blank=True, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("days_and_times"), FieldPanel("time_slot")]),
        FieldPanel("weekdays"),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("location"),
        FieldRowPanel([FieldPanel("seats"), FieldPanel("application_deadline")]),
    ]

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A session cannot end before it starts.")})
        self._clean_weekly_times()

    def _clean_weekly_times(self):
        """Days and clock times go together: the calendar repeats them only when all are given."""
        given = {
            "weekdays": self.weekdays,
            "start_time": self.start_time,
            "end_time": self.end_time,
        }
        if not any(given.values()):
            return
        missing = {
            name: _("Give the days, the start time and the end time together, or none of them.")
            for name, value in given.items()
            if not value
        }
        if missing:
            raise ValidationError(missing)
        if self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The end time must be after the start time.")})
        if self.first_meeting() is None:
            raise ValidationError(
                {"weekdays": _("None of these days falls between the start and end dates.")}
            )

    def first_meeting(self):
        """The first day on or after the start date that is one of the weekdays (None if the
        session ends before any of them, or has no weekdays)."""
        days = weekday_numbers(self.weekdays)
        if not days or not self.start_date:
            return None
        first = min(
            self.start_date + timedelta(days=(day - self.start_date.weekday()) % 7) for day in days
        )
        if self.end_date and first > self.end_date:
            return None
        return first


# --- Support services ----------------------------------------------------------------------


class SupportServicePage(OpportunityPage):
    support_types = ParentalManyToManyField(
        "directory.SupportType",
        blank=True,
        related_name="services",
        verbose_name=_("support types"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("support_types", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(OpportunityPage.who_panels, heading=_("Who qualifies")),
        MultiFieldPanel(OpportunityPage.language_panels, heading=_("Languages")),
        MultiFieldPanel(OpportunityPage.cost_panels, heading=_("Cost")),
        InlinePanel("service_locations", label=_("Locations and hours")),
        MultiFieldPanel(OpportunityPage.apply_panels, heading=_("How to get it")),
    ]
    parent_page_types = ["directory.OrganizationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("support service")

    # What a family's request for this page reads through its relations: kept per process
    # with the routes (routing.attach_relations).
    routed_relations = (
        "support_types",
        "eligibility_tags",
        "delivery_languages",
        "service_locations__location",
    )


class ServiceLocation(Orderable):
    page = ParentalKey(
        SupportServicePage, on_delete=models.CASCADE, related_name="service_locations"
    )
    location = models.ForeignKey("directory.Location", on_delete=models.CASCADE, related_name="+")
    hours = models.CharField(_("hours"), max_length=200, blank=True)
    # As an HSDS import gave them (see Location.opening_hours).
    opening_hours = models.JSONField(_("opening hours"), default=list, blank=True, editable=False)
    # The id of the HSDS schedule these hours were imported from; None for hours made here.
    hsds_id = models.UUIDField(null=True, blank=True, editable=False)
    panels = [FieldPanel("location"), FieldPanel("hours")]


# --- Pathways ------------------------------------------------------------------------------


class PathwayPage(ViewRestrictionsKept, Page):
    """A route from middle school to a job, step by step, across organizations."""

    # The English shown beside each translation; only the partner's own images and pages.
    base_form_class = ListingForm

    sector = models.CharField(_("sector"), max_length=100)
    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    interests = ParentalManyToManyField(
        "directory.Interest", blank=True, related_name="pathways", verbose_name=_("interests")
    )
    employer_partners = ParentalManyToManyField(
        "directory.OrganizationPage",
        blank=True,
        related_name="employer_pathways",
        verbose_name=_("employer partners"),
    )
    colleges = ParentalManyToManyField(
        "directory.OrganizationPage",
        blank=True,
        related_name="college_pathways",
        verbose_name=_("colleges"),
    )
    credentials = models.TextField(_("credentials you can earn"), blank=True)
    typical_wage_low = models.PositiveIntegerField(
        _("typical starting wage (USD/hour)"), null=True, blank=True
    )
    typical_wage_high = models.PositiveIntegerField(
        _("typical experienced wage (USD/hour)"), null=True, blank=True
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]
    content_panels = Page.content_panels + [
        FieldPanel("sector"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("interests", widget=forms.CheckboxSelectMultiple),
        InlinePanel("steps", label=_("Steps"), min_num=1),
        FieldPanel("employer_partners", widget=forms.CheckboxSelectMultiple),
        FieldPanel("colleges", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("credentials"),
                FieldRowPanel([FieldPanel("typical_wage_low"), FieldPanel("typical_wage_high")]),
            ],
            heading=_("Outcomes"),
        ),
    ]
    parent_page_types = ["directory.PathwayIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("pathway")

    # What a family's request for this page reads through its relations: kept per process
    # with the routes (routing.attach_relations).
    routed_relations = ("steps", "interests", "employer_partners", "colleges")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = self.steps_with_programs()
        return context

    def steps_with_programs(self):
        """The steps, each with its live linked programs read in one query for all steps."""
        steps = list(self.steps.all())
        ids = {pk for step in steps for pk in step.linked_program_ids()}
        programs = ProgramPage.objects.live().in_bulk(ids) if ids else {}
        for step in steps:
            step.linked_programs_found = [
                programs[pk] for pk in step.linked_program_ids() if pk in programs
            ]
        return steps

    @property
    def grade_min(self):
        return min((s.grade_min for s in self.steps.all()), default=None)

    @property
    def grade_max(self):
        return max((s.grade_max for s in self.steps.all()), default=None)


class PathwayStep(Orderable):
    class Band(models.TextChoices):
        MIDDLE = "middle", _("Middle school")
        HIGH = "high", _("High school")
        DUAL = "dual", _("Dual enrollment")
        POST = "post", _("Certificate, degree or apprenticeship")
        CAREER = "career", _("Career")

    # The grades each band covers, so a pathway can be found by a child's grade.
    BAND_GRADES = {
        Band.MIDDLE: (6, 8),
        Band.HIGH: (9, 12),
        Band.DUAL: (11, 12),
        Band.POST: (POST_SECONDARY, POST_SECONDARY),
        Band.CAREER: (POST_SECONDARY, POST_SECONDARY),
    }

    page = ParentalKey(PathwayPage, on_delete=models.CASCADE, related_name="steps")
    band = models.CharField(_("grade band"), max_length=10, choices=Band.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    credential = models.CharField(_("credential"), max_length=200, blank=True)
    programs = StreamField(
        [("program", ProgramChooserBlock())], blank=True, verbose_name=_("linked programs")
    )

    panels = [
        FieldPanel("band"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("credential"),
        FieldPanel("programs"),
    ]

    @property
    def grade_min(self):
        return self.BAND_GRADES[self.band][0]

    @property
    def grade_max(self):
        return self.BAND_GRADES[self.band][1]

    def linked_program_ids(self):
        """The ids of the programs chosen for this step, in order (without reading them)."""
        return [item["value"] for item in self.programs.raw_data if item.get("value")]

    def linked_programs(self):
        found = getattr(self, "linked_programs_found", None)  # PathwayPage.steps_with_programs
        if found is not None:
            return found
        return [block.value.specific for block in self.programs if block.value and block.value.live]
