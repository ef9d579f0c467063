"""The family's question, read from a query string. The find page and the API share it, so a
bookmarked result page and an API call with the same answers ask exactly the same question."""

import re
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.directory.grades import OLDEST_AGE, POST_SECONDARY, PREK, YOUNGEST_AGE, grades_for_age
from hub.directory.models import ProgramPage
from hub.null_characters import parameter_with_nul

from . import places, terms, vocabulary

DEFAULT_LIMIT = 10
MAX_LIMIT = 50
MAX_TEXT = 200  # characters of free text; a family types a few words
DEFAULT_MAX_KM = 40
FORMATS = ("in_person", "online", "hybrid")
SCHEDULES = ("after_school", "evenings", "weekends", "summer", "breaks")
# A program's kind, or a career pathway (the collaborative's own pages).
KINDS = (*ProgramPage.Kind.values, "pathway")
# Every parameter `parse` reads: the find page's fields and the match API's parameters.
PARAMETERS = (
    "grade",
    "age",
    "kinds",
    "low_cost",
    "paid",
    "language_only",
    "near",
    "interests",
    "q",
    "language",
    "zip",
    "free",
    "needs",
    "formats",
    "schedule",
    "limit",
)
# What "online" or "in person" in the family's words asks of a program's format.
FORMATS_OF_WORD = {"online": ("online", "hybrid"), "in_person": ("in_person", "hybrid")}


class BadParameter(ValueError):
    """A parameter the hub cannot use, with a message a person can act on."""

    def __init__(self, parameter, message):
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message


@dataclass(frozen=True)
class Question:
    language: str
    grade: int | None = None
    interests: tuple = ()
    needs: tuple = ()
    text: str = ""
    place: str = ""
    point: tuple | None = None  # (lat, lon) of the ZIP code or neighbourhood
    age: int | None = None  # for a child not yet placed in a grade; the grade wins if both
    kinds: tuple = ()  # KINDS values; empty: every kind
    free: bool = False
    low_cost: bool = False  # free, at most HUB_LOW_COST, a sliding scale or a fee waiver
    paid: bool = False  # the participant is paid: a wage or a stipend
    formats: tuple = ()  # empty: every format
    schedule: tuple = ()  # empty: any time
    venues: tuple = ()  # "library", "campus": where the family said it should be
    language_only: bool = False  # only programs taught in the family's language
    limit: int = DEFAULT_LIMIT
    max_km: float = DEFAULT_MAX_KM
    today: date = field(default_factory=timezone.localdate)
    # What the free text was understood as: taxonomy terms in any language, and the words left.
    text_interests: tuple = ()
    text_needs: tuple = ()
    text_eligibility: tuple = ()  # who the family said the child is ("girls", "newcomer")
    text_words: tuple = ()  # words no term named that some listing mentions
    terms: tuple = ()  # vocabulary.Term: everything understood in the text, in its order
    ignored: tuple = ()  # words that carry no part of the question ("for my son")
    unrecognised: tuple = ()  # words neither understood nor in any listing, folded
    unrecognised_typed: tuple = ()  # the same as the family typed them: said back to them

    @property
    def grades(self):
        """(lowest, highest) grade asked for, from the grade or else the age; None if neither."""
        if self.grade is not None:
            return self.grade, self.grade
        if self.age is not None:
            return grades_for_age(self.age)
        return None

    @property
    def all_interests(self):
        return tuple(dict.fromkeys(self.interests + self.text_interests))

    @property
    def all_needs(self):
        return tuple(dict.fromkeys(self.needs + self.text_needs))


def list_param(params, name):
    """Comma-separated or repeated (`interests=a,b` or `interests=a&interests=b`)."""
    values = params.getlist(name) if hasattr(params, "getlist") else [params.get(name, "")]
    return tuple(
        dict.fromkeys(v.strip() for value in values for v in (value or "").split(",") if v.strip())
    )


def _flag(params, name):
    value = (params.get(name) or "").strip().lower()
    if value in ("", "0", "false", "no", "off"):
        return False
    if value in ("1", "true", "yes", "on"):
        return True
    raise BadParameter(name, _("Use 1 for yes or 0 for no."))


def _choices(params, name, allowed):
    chosen = list_param(params, name)
    unknown = [value for value in chosen if value not in allowed]
    if unknown:
        raise BadParameter(
            name,
            _("Unknown value %(value)s; choose from %(allowed)s.")
            % {"value": unknown[0][:40], "allowed": ", ".join(allowed)},
        )
    return chosen


def _known_slugs(params, name, kind):
    chosen = list_param(params, name)
    known = terms.slugs(kind)
    unknown = [slug for slug in chosen if slug not in known]
    if unknown:
        raise BadParameter(name, _("Unknown value %(value)s.") % {"value": unknown[0][:40]})
    return chosen


def hub_language_codes():
    return [code for code, _name in settings.HUB_LANGUAGES]


def language_param(params, name, default):
    value = (params.get(name) or "").strip().lower() or default
    if value not in hub_language_codes():
        raise BadParameter(
            name,
            _("Unknown language %(value)s; choose from %(allowed)s.")
            % {"value": value[:20], "allowed": ", ".join(hub_language_codes())},
        )
    return value


def _whole_number(params, name, low, high, message):
    raw = (params.get(name) or "").strip()
    if not raw:
        return None
    # ASCII digits only: int() would take "²" or "٣", and a short one, as int() refuses huge ones
    if re.fullmatch(r"-?[0-9]{1,2}", raw) and low <= int(raw) <= high:
        return int(raw)
    raise BadParameter(name, message)


NEAR = re.compile(r"^(-?\d{1,3}(?:\.\d{1,12})?),(-?\d{1,3}(?:\.\d{1,12})?)$")


def near_point(params):
    """`near=38.57,-121.49`, from "Use my location": the phone rounded its position to 2
    decimals (about 1 km); rounded here again, so an address with more is the same question.
    Only the point of this one question: never its `place`, so never counted nor shown."""
    raw = (params.get("near") or "").replace(" ", "")
    if not raw:
        return None
    found = NEAR.match(raw)
    lat, lon = (float(found[1]), float(found[2])) if found else (None, None)
    if not found or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise BadParameter(
            "near",
            _(
                "Use a latitude from -90 to 90 and a longitude from -180 to 180, "
                "like 38.57,-121.49."
            ),
        )
    return round(lat, 2), round(lon, 2)


def near_text(question):
    """ "38.57,-121.49" when the question's point came from `near` (it has no place), else ""."""
    if question is None or question.place or question.point is None:
        return ""
    return "{:.2f},{:.2f}".format(*question.point)


def parse(params, default_language):
    """A `Question` from request parameters, or `BadParameter` for the first one that is wrong."""
    with_nul = parameter_with_nul(params) if hasattr(params, "lists") else None
    if with_nul:
        raise BadParameter(with_nul, _("This contains a character that cannot be used."))
    grade = _whole_number(
        params,
        "grade",
        PREK,
        POST_SECONDARY,
        _("Use a whole number from %(low)d (Pre-K) to %(high)d (after high school).")
        % {"low": PREK, "high": POST_SECONDARY},
    )
    age = _whole_number(
        params,
        "age",
        YOUNGEST_AGE,
        OLDEST_AGE,
        _("Use an age from %(low)d to %(high)d years.") % {"low": YOUNGEST_AGE, "high": OLDEST_AGE},
    )

    text = (params.get("q") or "").strip()
    if len(text) > MAX_TEXT:
        raise BadParameter("q", _("Use at most %(count)d characters.") % {"count": MAX_TEXT})

    raw_limit = (params.get("limit") or "").strip()
    limit = DEFAULT_LIMIT
    if raw_limit:
        # isdecimal, not isdigit: int() refuses "²"; and a short one, as int() refuses huge ones
        if (
            not (raw_limit.isdecimal() and len(raw_limit) <= 4)
            or not 1 <= int(raw_limit) <= MAX_LIMIT
        ):
            raise BadParameter(
                "limit", _("Use a whole number from 1 to %(max)d.") % {"max": MAX_LIMIT}
            )
        limit = int(raw_limit)

    place = (params.get("zip") or "").strip()
    point = None
    if place:
        point = places.locate(place)
        if point is None:
            raise BadParameter("zip", places.not_known(place))
    point = point or near_point(params)  # a place typed in wins over the phone's
    understood = vocabulary.understand(text)
    named = understood.first("place")
    if point is None and named:  # "coding near Oak Park", with no place in its own field
        place, point = named, places.locate(named)

    # Words no term named: those a listing mentions rank it higher; the others are said back.
    text_words = vocabulary.mentioned(understood.leftover)
    # What the text says joins what the form says; a grade or age in the form wins.
    formats = _choices(params, "formats", FORMATS)
    if not formats:
        for word in understood.values("format"):
            formats = tuple(dict.fromkeys(formats + FORMATS_OF_WORD[word]))
    if grade is None and age is None:
        grade = understood.first("grade")
        age = understood.first("age") if grade is None else None
    cost = understood.values("cost")
    return Question(
        language=language_param(params, "language", default_language),
        grade=grade,
        age=age,
        interests=_known_slugs(params, "interests", "interest"),
        needs=_known_slugs(params, "needs", "need"),
        kinds=tuple(dict.fromkeys(_choices(params, "kinds", KINDS) + understood.values("kind"))),
        text=text,
        place=place,
        point=point,
        free=_flag(params, "free") or "free" in cost,
        low_cost=_flag(params, "low_cost") or "low_cost" in cost,
        paid=_flag(params, "paid") or "paid" in cost,
        formats=formats,
        schedule=tuple(
            dict.fromkeys(_choices(params, "schedule", SCHEDULES) + understood.values("schedule"))
        ),
        venues=understood.values("venue"),
        language_only=_flag(params, "language_only"),
        limit=limit,
        text_interests=understood.interests,
        text_needs=understood.needs,
        text_eligibility=understood.eligibility,
        text_words=text_words,
        terms=understood.terms + tuple(vocabulary.Term("text", w, w) for w in text_words),
        ignored=understood.ignored,
        unrecognised=tuple(w for w in understood.leftover if w not in text_words),
        unrecognised_typed=tuple(
            typed
            for word, typed in zip(understood.leftover, understood.leftover_typed, strict=True)
            if word not in text_words
        ),
    )
