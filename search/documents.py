"""One builder turns a published page, in every language, into one opportunity document: a
plain dict the database backend stores as JSON and Elasticsearch indexes as is.

Dates are ISO strings and lists hold slugs and codes, so the same conditions in scoring.py
compare alike in Python and in Elasticsearch."""

from datetime import date

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from hub.directory.i18n import languages_written, stored_value
from hub.directory.models import (
    OrganizationPage,
    PathwayPage,
    ProgramPage,
    ProgramSession,
    SupportServicePage,
)

from .scoring import words

OPPORTUNITY_MODELS = (ProgramPage, SupportServicePage, PathwayPage)
TYPES = {ProgramPage: "program", SupportServicePage: "service", PathwayPage: "pathway"}

# Which time slots answer each of the family's "when" choices.
SCHEDULE_SLOTS = {
    "after_school": {
        ProgramSession.TimeSlot.AFTER_SCHOOL,
        ProgramSession.TimeSlot.EVENING,
        ProgramSession.TimeSlot.FLEXIBLE,
    },
    "evenings": {ProgramSession.TimeSlot.EVENING, ProgramSession.TimeSlot.FLEXIBLE},
    "weekends": {ProgramSession.TimeSlot.WEEKEND, ProgramSession.TimeSlot.FLEXIBLE},
}
SUMMER = ((6, 1), (8, 31))
# School holidays, as (month, day) from and to: a program held within one fits "school breaks".
# Winter break runs into January; the summer holiday counts as a break too.
BREAKS = (((12, 15), (1, 10)), ((3, 20), (4, 20)), SUMMER)
# Words in a place's name that say what it is ("Oak Park Library", "Sac State campus").
VENUE_WORDS = {
    "library": ("library",),
    "campus": ("college", "campus", "university"),
}


def is_opportunity(page):
    return isinstance(page, OPPORTUNITY_MODELS)


def _per_language(obj, field_name):
    """{language: text} for every hub language `obj.field_name` is written in."""
    values = {}
    for code, _name in settings.HUB_LANGUAGES:
        value = stored_value(obj, field_name, code)
        if value and str(value).strip():
            values[code] = str(value).strip()
    return values


def _iso(day):
    return day.isoformat() if day else None


def _in_summer(session):
    end = session.end_date or session.start_date
    for year in range(session.start_date.year, end.year + 1):
        summer_start, summer_end = (date(year, *SUMMER[0]), date(year, *SUMMER[1]))
        if session.start_date <= summer_end and end >= summer_start:
            return True
    return False


def _within_break(session):
    """Held entirely inside one school holiday (a session with no end date never is)."""
    if not session.end_date or (session.end_date - session.start_date).days > 100:
        return False
    for (from_month, from_day), (to_month, to_day) in BREAKS:
        for year in (session.start_date.year - 1, session.start_date.year):
            start = date(year, from_month, from_day)
            end = date(year + (to_month < from_month), to_month, to_day)
            if start <= session.start_date and session.end_date <= end:
                return True
    return False


def _venues(organization, locations):
    """ "library" and "campus": what the places it is held at are, from the organization's kind
    and the places' names."""
    found = set()
    kinds = {"library": organization.Kind.LIBRARY, "campus": organization.Kind.COLLEGE}
    for venue, words_in_name in VENUE_WORDS.items():
        named = any(w in location.name.lower() for location in locations for w in words_in_name)
        if named or organization.kind == kinds[venue]:
            found.add(venue)
    return sorted(found)


def _point(location):
    return {"lat": float(location.latitude), "lon": float(location.longitude)}


def _approximate_points(locations):
    return [_point(place) for place in locations if place.has_position and place.position_from_zip]


def _program_facts(page, organization):
    if "sessions" in getattr(page, "_prefetched_objects_cache", {}):
        sessions = list(page.sessions.all())  # build_many fetched them with their places
    else:
        sessions = list(page.sessions.select_related("location"))
    schedule = {
        choice
        for choice, slots in SCHEDULE_SLOTS.items()
        if any(s.time_slot in slots for s in sessions)
    }
    if any(_in_summer(s) for s in sessions):
        schedule.add("summer")
    if any(_within_break(s) for s in sessions):
        schedule.add("breaks")
    # Ended when every session has an end date; ongoing (None) otherwise.
    ends = [s.end_date for s in sessions]
    ends_on = max(ends) if ends and all(ends) else None
    locations = [s.location for s in sessions if s.location]
    if not locations and page.format != ProgramPage.Format.ONLINE:
        locations = [link.location for link in organization.locations.all()]
    return {
        "kind": page.kind,
        "paid": page.pays_participants,
        "venues": _venues(organization, locations),
        "format": page.format,
        "interests": sorted(i.slug for i in page.interests.all()),
        "supports": sorted(s.slug for s in page.supports.all()),
        "schedule": sorted(schedule),
        "ends_on": _iso(ends_on),
        "starts": sorted(_iso(s.start_date) for s in sessions),
        "deadlines": sorted(
            _iso(s.application_deadline) for s in sessions if s.application_deadline
        ),
        "points": [_point(location) for location in locations if location.has_position],
        # Those of them at a ZIP code's centre: a distance to one is approximate.
        "approximate_points": _approximate_points(locations),
    }


def _service_facts(page, organization):
    locations = [link.location for link in page.service_locations.all()]
    return {
        "kind": None,
        "paid": False,
        "venues": _venues(organization, locations),
        "format": ProgramPage.Format.IN_PERSON,
        "interests": [],
        "supports": sorted(s.slug for s in page.support_types.all()),
        "schedule": [],
        "ends_on": None,
        "starts": [],
        "deadlines": [],
        "points": [_point(location) for location in locations if location.has_position],
        # Those of them at a ZIP code's centre: a distance to one is approximate.
        "approximate_points": _approximate_points(locations),
    }


def _opportunity(page, organization):
    if isinstance(page, ProgramPage):
        facts = _program_facts(page, organization)
    else:
        facts = _service_facts(page, organization)
    return {
        **facts,
        "organization_id": organization.pk,
        "organization": _per_language(organization, "title"),
        "grade_min": page.grade_min,
        "grade_max": page.grade_max,
        "delivery_languages": sorted(lang.code for lang in page.delivery_languages.all()),
        "eligibility": sorted(tag.slug for tag in page.eligibility_tags.all()),
        "interpretation": page.interpretation_on_request,
        "translated_materials": page.translated_materials,
        # Unknown cost (the source did not say): neither free nor paid, None on both sides.
        "free": page.is_free if page.cost_known else None,
        "cost_type": page.cost_type or None,
        "cost_amount": float(page.cost_amount) if page.cost_amount is not None else None,
        "fee_waiver": page.fee_waiver_available,
        "last_verified": _iso(page.last_verified),
        "place_bound": bool(facts["points"]) and facts["format"] != ProgramPage.Format.ONLINE,
    }


def _pathway(page):
    steps = list(page.steps.all())
    return {
        "organization_id": None,
        "organization": {},
        "grade_min": page.grade_min,
        "grade_max": page.grade_max,
        "kind": "pathway",
        "paid": False,
        "venues": [],
        "format": None,
        "interests": sorted(i.slug for i in page.interests.all()),
        "supports": [],
        "schedule": [],
        "ends_on": None,
        "starts": [],
        "deadlines": [],
        "points": [],
        "delivery_languages": [],
        "eligibility": [],
        "interpretation": False,
        "translated_materials": False,
        "free": None,
        "cost_type": None,
        "cost_amount": None,
        "fee_waiver": False,
        # The collaborative's own pages: last published is when they were last checked.
        "last_verified": _iso(page.last_published_at.date() if page.last_published_at else None),
        "place_bound": False,
        "steps": len(steps),
    }


# What build() reads through each page's relations, fetched for many pages at once.
RELATIONS = {
    ProgramPage: (
        "sessions__location",
        "interests",
        "supports",
        "delivery_languages",
        "eligibility_tags",
    ),
    SupportServicePage: (
        "service_locations__location",
        "support_types",
        "delivery_languages",
        "eligibility_tags",
    ),
    PathwayPage: ("steps", "interests"),
}


class _Known:
    """What build() would ask the database for each page, asked once for a batch of pages:
    the view restrictions' places in the tree and the pages' organizations."""

    def __init__(self, pages):
        self.restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        parents = sorted(
            {page.path[: -Page.steplen] for page in pages if not isinstance(page, PathwayPage)}
        )
        self.organizations = {}
        for start in range(0, len(parents), 500):  # a query's variables are limited
            found = list(OrganizationPage.objects.filter(path__in=parents[start : start + 500]))
            prefetch_related_objects(found, "locations__location")
            self.organizations.update((o.path, o) for o in found)

    def is_restricted(self, page):
        return any(page.path.startswith(path) for path in self.restricted)

    def organization(self, page):
        found = self.organizations.get(page.path[: -Page.steplen])
        return found if found is not None else page.get_parent().specific


def build_many(pages):
    """[(page pk, its document or None)] for specific `pages`: build() for each, with their
    relations, organizations and view restrictions read for all of them at once."""
    for model, lookups in RELATIONS.items():
        prefetch_related_objects([p for p in pages if type(p) is model], *lookups)
    known = _Known(pages)
    return [(page.pk, build(page, known)) for page in pages]


def build(page, known=None):
    """The document for a live, public opportunity page, or None if families cannot see it."""
    page = page.specific
    if not is_opportunity(page) or not page.live:
        return None
    if known.is_restricted(page) if known else page.get_view_restrictions().exists():
        return None
    if isinstance(page, PathwayPage):
        body = _pathway(page)
    else:
        organization = known.organization(page) if known else page.get_parent().specific
        if not organization.live:
            return None
        body = _opportunity(page, organization)
    with translation.override(settings.LANGUAGE_CODE):
        url = page.get_url()
    prefix = f"/{settings.LANGUAGE_CODE}/"
    path = "/" + url.removeprefix(prefix) if url and url.startswith(prefix) else url
    titles = _per_language(page, "title")
    summaries = _per_language(page, "summary")
    text = " ".join([*titles.values(), *summaries.values(), *body["organization"].values()])
    return {
        "id": page.pk,
        "type": TYPES[type(page)],
        "path": path,
        "title": titles,
        "summary": summaries,
        "text_languages": languages_written(page, "summary"),
        "text_all": " ".join(words(text)),
        "dates": sorted(set(body["starts"] + body["deadlines"])),
        **body,
    }
