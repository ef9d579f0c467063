"""factory_boy / wagtail-factories factories for directory content, with a fixed seed.

Pages are built in code and added under a parent (`ProgramPageFactory(parent=org)`), live
unless `live=False`. Many-to-many and child relations are passed as lists, e.g.
`interests=[robotics]`, `sessions=[ProgramSession(...)]`."""

import datetime

import factory
import factory.random
import wagtail_factories
from django.conf import settings
from django.utils import timezone, translation
from factory.django import DjangoModelFactory as _DjangoModelFactory
from wagtail.models import Page, Site

from hub.directory.models import (
    EligibilityTag,
    HomePage,
    Interest,
    Language,
    Location,
    OrganizationIndexPage,
    OrganizationPage,
    PathwayIndexPage,
    PathwayPage,
    PathwayStep,
    ProgramIndexPage,
    ProgramPage,
    ProgramSession,
    SupportServiceIndexPage,
    SupportServicePage,
    SupportType,
)


def site_home():
    """The home page, root of the default site (the `home` fixture)."""
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="STEM Opportunity Hub", slug="hub"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Hub"},
    )
    return home


def browse_pages(home):
    """The four browse pages under `home`, keyed by what they list (the `indexes` fixture)."""
    return {
        "programs": home.add_child(instance=ProgramIndexPage(title="Programs", slug="programs")),
        "partners": home.add_child(
            instance=OrganizationIndexPage(title="Partners", slug="partners")
        ),
        "services": home.add_child(
            instance=SupportServiceIndexPage(title="Support services", slug="support")
        ),
        "pathways": home.add_child(instance=PathwayIndexPage(title="Pathways", slug="pathways")),
    }


SEED = 2026
factory.random.reseed_random(SEED)
factory.Faker._get_faker().seed_instance(SEED)


class EnglishSource:
    """Build under English: modeltranslation stores `title="..."` in the *active* language's
    column, and a test request to /es/ leaves Spanish active in the thread."""

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return super()._create(model_class, *args, **kwargs)


class DjangoModelFactory(EnglishSource, _DjangoModelFactory):
    class Meta:
        abstract = True


class PageFactory(EnglishSource, wagtail_factories.PageFactory):
    class Meta:
        abstract = True


class InterestFactory(DjangoModelFactory):
    class Meta:
        model = Interest
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Interest {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))


class SupportTypeFactory(DjangoModelFactory):
    class Meta:
        model = SupportType
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Support {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))


class EligibilityTagFactory(DjangoModelFactory):
    class Meta:
        model = EligibilityTag
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Tag {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))


class LanguageFactory(DjangoModelFactory):
    class Meta:
        model = Language
        django_get_or_create = ("code",)

    code = "es"
    endonym = "Español"
    english_name = "Spanish"


class LocationFactory(DjangoModelFactory):
    class Meta:
        model = Location

    name = factory.Sequence(lambda n: f"Branch Library {n}")
    street_address = factory.Faker("street_address")
    city = "Oakland"
    state = "CA"
    postal_code = "94607"
    latitude = factory.Faker("pydecimal", left_digits=2, right_digits=6, min_value=37, max_value=38)
    longitude = factory.Faker(
        "pydecimal", left_digits=3, right_digits=6, min_value=-123, max_value=-122
    )


class OrganizationPageFactory(PageFactory):
    class Meta:
        model = OrganizationPage

    title = factory.Sequence(lambda n: f"Organization {n}")
    kind = OrganizationPage.Kind.NONPROFIT
    summary = factory.Faker("sentence", nb_words=12)


class ProgramPageFactory(PageFactory):
    class Meta:
        model = ProgramPage

    title = factory.Sequence(lambda n: f"Program {n}")
    kind = ProgramPage.Kind.CLUB
    summary = factory.Faker("sentence", nb_words=14)
    grade_min = 6
    grade_max = 8
    last_verified = factory.LazyFunction(timezone.localdate)


class SupportServicePageFactory(PageFactory):
    class Meta:
        model = SupportServicePage

    title = factory.Sequence(lambda n: f"Service {n}")
    summary = factory.Faker("sentence", nb_words=14)
    grade_min = 0
    grade_max = 12
    last_verified = factory.LazyFunction(timezone.localdate)


class PathwayPageFactory(PageFactory):
    class Meta:
        model = PathwayPage

    title = factory.Sequence(lambda n: f"Pathway {n}")
    sector = "Health care"
    summary = factory.Faker("sentence", nb_words=14)


def session(days_from_now=30, length_days=30, **kwargs):
    """An unsaved ProgramSession starting `days_from_now` days from today."""
    start = timezone.localdate() + datetime.timedelta(days=days_from_now)
    kwargs.setdefault("end_date", start + datetime.timedelta(days=length_days))
    return ProgramSession(start_date=start, **kwargs)


def step(band, title, **kwargs):
    return PathwayStep(band=band, title=title, **kwargs)
