"""The family's question, read from a query string. The find page and the API share it, so a
bookmarked result page and an API call with the same answers ask exactly the same question."""

import re
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.directory.grades import POST_SECONDARY, PREK
from hub.directory.models import Interest, SupportType
from hub.null_characters import parameter_with_nul

from . import places, vocabulary
from .scoring import words

DEFAULT_LIMIT = 10
MAX_LIMIT = 50
MAX_TEXT = 200  # characters of free text; a family types a few words
DEFAULT_MAX_KM = 40
FORMATS = ("in_person", "online", "hybrid")
SCHEDULES = ("after_school", "weekends", "summer")


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
    free: bool = False
    formats: tuple = ()  # empty: every format
    schedule: tuple = ()  # empty: any time
    limit: int = DEFAULT_LIMIT
    max_km: float = DEFAULT_MAX_KM
    today: date = field(default_factory=timezone.localdate)
    # What the free text was understood as: taxonomy terms in any language, and the words left.
    text_interests: tuple = ()
    text_needs: tuple = ()
    text_eligibility: tuple = ()  # who the family said the child is ("girls", "newcomer")
    text_words: tuple = ()

    @property
    def all_interests(self):
        return tuple(dict.fromkeys(self.interests + self.text_interests))

    @property
    def all_needs(self):
        return tuple(dict.fromkeys(self.needs + self.text_needs))


def _list(params, name):
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
    chosen = _list(params, name)
    unknown = [value for value in chosen if value not in allowed]
    if unknown:
        raise BadParameter(
            name,
            _("Unknown value %(value)s; choose from %(allowed)s.")
            % {"value": unknown[0][:40], "allowed": ", ".join(allowed)},
        )
    return chosen


def _known_slugs(params, name, model):
    chosen = _list(params, name)
    known = set(model.objects.filter(slug__in=chosen).values_list("slug", flat=True))
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
    grade = None
    raw_grade = (params.get("grade") or "").strip()
    if raw_grade:
        try:
            grade = int(raw_grade)
        except ValueError:
            grade = None
        if grade is None or not PREK <= grade <= POST_SECONDARY:
            raise BadParameter(
                "grade",
                _("Use a whole number from %(low)d (Pre-K) to %(high)d (after high school).")
                % {"low": PREK, "high": POST_SECONDARY},
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
    return Question(
        language=language_param(params, "language", default_language),
        grade=grade,
        interests=_known_slugs(params, "interests", Interest),
        needs=_known_slugs(params, "needs", SupportType),
        text=text,
        place=place,
        point=point,
        free=_flag(params, "free"),
        formats=_choices(params, "formats", FORMATS),
        schedule=_choices(params, "schedule", SCHEDULES),
        limit=limit,
        text_interests=understood.interests,
        text_needs=understood.needs,
        text_eligibility=understood.eligibility,
        text_words=tuple(w for w in words(understood.rest) if w),
    )
