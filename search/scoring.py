"""What makes an opportunity fit, declared once and compiled into both backends.

Every hard constraint and every soft preference is a *condition* built from the few shapes
below. The Elasticsearch backend turns a condition into query DSL (`to_es`); the database
backend evaluates the very same condition on the stored document (`holds`). A preference is
a condition with a weight: Elasticsearch sums the weights of the conditions a document meets
(function_score, score_mode "sum"), and the database backend sums the same weights in Python,
so both rank alike.

Only shapes both engines support are used: no decay on geo points (distance is a few banded
`geo_distance` filters, each with its weight) and no scripts.
"""

import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings

from hub.regions import distance_km

# --- The weights: the one place to tune ranking ------------------------------------------

WEIGHTS = {
    # every opportunity that meets the hard constraints (Elasticsearch's function_score scores
    # a document that meets no function as 1, so the base is explicit on both sides)
    "base": 1.0,
    # for each of the family's interests the opportunity covers
    "interest": 4.0,
    # the family's language: staff teach in it > interpretation on request > translated materials
    "taught_in_language": 3.0,
    "interpretation": 1.5,
    "translated_materials": 0.75,
    # the page itself is written in the family's language
    "page_translated": 1.0,
    # distance bands (km, weight); the weights add up, so the nearest band gets all of them
    "distance": ((5, 1.5), (15, 1.0), (30, 0.5)),
    "free": 1.0,
    # for each stated need the opportunity helps with (bus passes, devices, meals...)
    "support": 1.5,
    # for each group the family said the child belongs to that the opportunity is meant for
    "eligibility": 1.5,
    # the next start or deadline is soon (days, weight); banded like distance
    "upcoming": ((30, 1.0), (90, 0.5)),
    # checked within HUB_VERIFY_AFTER_DAYS, and not stale (unchecked for twice that: they sink)
    "recently_verified": 0.5,
    "not_stale": 1.0,
    # the free text appears in the title, summary or organization
    "text": 2.0,
    # for each answer a relaxation loosened (grade, kind, schedule, place) that the opportunity
    # still meets: after "few camps fit, so we also show other kinds", the camps come first
    "strict": 6.0,
}


# --- Conditions ----------------------------------------------------------------------------


class Condition:
    """A yes/no question about an opportunity document."""

    def holds(self, doc):
        raise NotImplementedError

    def to_es(self):
        raise NotImplementedError


@dataclass(frozen=True)
class Anything(Condition):
    def holds(self, doc):
        return True

    def to_es(self):
        return {"match_all": {}}


@dataclass(frozen=True)
class Is(Condition):
    """A field equals a value; for a list field, the list contains it."""

    field: str
    value: object

    def holds(self, doc):
        found = doc.get(self.field)
        return self.value in found if isinstance(found, list) else found == self.value

    def to_es(self):
        return {"term": {self.field: self.value}}


@dataclass(frozen=True)
class AnyOf(Condition):
    """A field equals one of the values; for a list field, the lists share a value."""

    field: str
    values: tuple

    def holds(self, doc):
        found = doc.get(self.field)
        if not isinstance(found, list):
            return found in self.values
        for value in found:
            if value in self.values:
                return True
        return False

    def to_es(self):
        return {"terms": {self.field: list(self.values)}}


@dataclass(frozen=True)
class Between(Condition):
    """A number or an ISO date within bounds (either may be open); for a list field, one of
    its values is. A missing value fails."""

    field: str
    gte: object = None
    lte: object = None

    def holds(self, doc):
        found = doc.get(self.field)
        if isinstance(found, list):
            return any(self._within(value) for value in found)
        return found is not None and self._within(found)

    def _within(self, value):
        return (self.gte is None or value >= self.gte) and (self.lte is None or value <= self.lte)

    def to_es(self):
        bounds = {k: v for k, v in (("gte", self.gte), ("lte", self.lte)) if v is not None}
        return {"range": {self.field: bounds}}


@dataclass(frozen=True)
class Missing(Condition):
    field: str

    def holds(self, doc):
        return doc.get(self.field) in (None, [])

    def to_es(self):
        return {"bool": {"must_not": {"exists": {"field": self.field}}}}


@dataclass(frozen=True)
class Near(Condition):
    """One of the opportunity's places lies within `km` of (lat, lon).

    Distance bands of one question share `memo` (document id -> km), so each document's
    distance is computed once however many bands ask."""

    lat: float
    lon: float
    km: float
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def holds(self, doc):
        key = doc["id"]
        if key not in self.memo:
            self.memo[key] = nearest_km(doc, self.lat, self.lon)
        return self.memo[key] <= self.km

    def to_es(self):
        return {
            "geo_distance": {
                "distance": f"{self.km}km",
                "points": {"lat": self.lat, "lon": self.lon},
            }
        }


@dataclass(frozen=True)
class Mentions(Condition):
    """One of the words appears in the opportunity's text (any language it is written in).

    The document builder stores that text already run through `words()`, and the index reads
    it with a whitespace analyzer, so both engines see exactly the same words."""

    words: tuple

    def holds(self, doc):
        return not set(self.words).isdisjoint(doc.get("text_all", "").split())

    def to_es(self):
        return {"match": {"text_all": {"query": " ".join(self.words), "operator": "or"}}}


@dataclass(frozen=True)
class All(Condition):
    parts: tuple

    def holds(self, doc):
        # Loops, not all()/any() over generators: the database backend asks this of
        # thousands of documents per question.
        for part in self.parts:
            if not part.holds(doc):
                return False
        return True

    def to_es(self):
        return {"bool": {"filter": [part.to_es() for part in self.parts]}}


@dataclass(frozen=True)
class Either(Condition):
    parts: tuple

    def holds(self, doc):
        for part in self.parts:
            if part.holds(doc):
                return True
        return False

    def to_es(self):
        return {
            "bool": {"should": [part.to_es() for part in self.parts], "minimum_should_match": 1}
        }


@dataclass(frozen=True)
class Not(Condition):
    part: Condition

    def holds(self, doc):
        return not self.part.holds(doc)

    def to_es(self):
        return {"bool": {"must_not": [self.part.to_es()]}}


def all_of(*parts):
    parts = tuple(part for part in parts if part is not None)
    return parts[0] if len(parts) == 1 else All(parts)


# --- Text and distance, the same on both sides -----------------------------------------------


def fold(text):
    """Lower case without accents: "Robótica" and "robotica" are one word to a family, and
    so are "Đi lại" and "di lai" (Vietnamese đ is a letter of its own, not d with a mark)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")
    # Composed again: NFKD splits Korean syllables into letters, which would then never be
    # found as syllables ("로봇을" must still contain "로봇").
    return unicodedata.normalize("NFC", bare)


WORD = re.compile(r"\w+")


def words(text, keep_short=False):
    """The words of `text`, folded; simple plurals are trimmed the same way for the query and
    the document, so "robots" finds "robot". Short words ("de", "of") are left out unless
    `keep_short`: the taxonomy's phrases keep them, since Vietnamese is written in short
    syllables ("y tá", "xe buýt")."""
    result = []
    for word in WORD.findall(fold(text)):
        if len(word) > 4 and word.endswith("s"):
            word = word[:-1]
        if keep_short or len(word) >= 3 or not word.isascii():
            result.append(word)
    return result


def nearest_km(doc, lat, lon):
    """Distance in km from (lat, lon) to the opportunity's nearest place (inf if it has none)."""
    return min(
        (distance_km(lat, lon, p["lat"], p["lon"]) for p in doc.get("points", [])),
        default=math.inf,
    )


def nearest_is_approximate(doc, lat, lon):
    """Whether the opportunity's nearest place to (lat, lon) is known only by its ZIP code (put
    at the ZIP code's centre), so a distance to it is approximate."""
    points = doc.get("points", [])
    if not points:
        return False
    nearest = min(points, key=lambda p: distance_km(lat, lon, p["lat"], p["lon"]))
    return nearest in doc.get("approximate_points", [])


# --- Preferences for one question ----------------------------------------------------------


@dataclass(frozen=True)
class Preference:
    """A soft preference: opportunities meeting `condition` gain `weight`.
    `reason` names the "why it fits" line it earns (None: it earns no line of its own)."""

    reason: str | None
    condition: Condition
    weight: float
    detail: object = None  # what the reason line names: an interest slug, a language code...
    # The same for every family asking in this language on this day (not about their
    # interests, place, needs or words): the database backend remembers its points.
    shared: bool = False


class Preferences(list):
    """One question's preferences. A document's score does not change while the constraints
    are relaxed step by step, so it is remembered (by document id) for that question.
    `distances` (document id -> km from the family's place) is shared with the distance
    constraint, so each distance is computed once per question."""

    def __init__(self, prefs, distances=None):
        super().__init__(prefs)
        self.scores = {}
        self.distances = {} if distances is None else distances
        self.shared = tuple(pref for pref in prefs if pref.shared)
        self.own = tuple(pref for pref in prefs if not pref.shared)


def preferences(question):
    """The weighted preferences for a family's question (a `search.query.Question`), in the
    order their reasons are told. `shared` marks those that depend only on the language and
    the day."""
    language, today = question.language, question.today
    prefs = [Preference(None, Anything(), WEIGHTS["base"], shared=True)]
    for slug in question.all_interests:
        prefs.append(Preference("interest", Is("interests", slug), WEIGHTS["interest"], slug))

    taught = Is("delivery_languages", language)
    interpreted = Is("interpretation", True)
    prefs += [
        Preference(
            "taught_in_language", taught, WEIGHTS["taught_in_language"], language, shared=True
        ),
        Preference(
            "interpretation",
            all_of(interpreted, Not(taught)),
            WEIGHTS["interpretation"],
            language,
            shared=True,
        ),
        Preference(
            "translated_materials",
            all_of(Is("translated_materials", True), Not(taught), Not(interpreted)),
            WEIGHTS["translated_materials"],
            language,
            shared=True,
        ),
        Preference(None, Is("text_languages", language), WEIGHTS["page_translated"], shared=True),
    ]

    distances = {}
    if question.point:
        lat, lon = question.point
        for km, weight in WEIGHTS["distance"]:
            prefs.append(Preference(None, Near(lat, lon, km, distances), weight))

    prefs.append(Preference("free", Is("free", True), WEIGHTS["free"], shared=True))
    for slug in question.all_needs:
        prefs.append(Preference("support", Is("supports", slug), WEIGHTS["support"], slug))
    for slug in question.text_eligibility:
        meant_for = Is("eligibility", slug)
        prefs.append(Preference("eligibility", meant_for, WEIGHTS["eligibility"], slug))

    for days, weight in WEIGHTS["upcoming"]:
        soon = (today + timedelta(days=days)).isoformat()
        upcoming = Between("dates", today.isoformat(), soon)
        prefs.append(Preference(None, upcoming, weight, shared=True))

    # Recently: within the verification age; stale: past twice it (settings.HUB_VERIFY_AFTER_DAYS).
    verify_after = settings.HUB_VERIFY_AFTER_DAYS
    recent = (today - timedelta(days=verify_after)).isoformat()
    fresh = (today - timedelta(days=2 * verify_after)).isoformat()
    prefs += [
        Preference(
            None,
            Between("last_verified", gte=recent),
            WEIGHTS["recently_verified"],
            shared=True,
        ),
        Preference(None, Between("last_verified", gte=fresh), WEIGHTS["not_stale"], shared=True),
    ]

    if question.text_words:
        prefs.append(Preference("text", Mentions(question.text_words), WEIGHTS["text"]))
    return Preferences(prefs, distances)


def points(doc, prefs):
    """The sum of the weights of `prefs` whose condition `doc` meets."""
    total = 0.0
    for pref in prefs:
        if pref.condition.holds(doc):
            total += pref.weight
    return total


def score(doc, prefs, shared_points=None):
    """The database backend's score: the sum of the weights whose condition holds. Rounded
    like Elasticsearch's float32 scores compare, so the two backends break ties alike.
    `shared_points`: the points of `prefs.shared` for this document, when already known."""
    remembered = getattr(prefs, "scores", None)
    if remembered is not None and doc["id"] in remembered:
        return remembered[doc["id"]]
    if shared_points is None:
        total = points(doc, prefs)
    else:
        total = shared_points + points(doc, prefs.own)
    total = round(total, 4)
    if remembered is not None:
        remembered[doc["id"]] = total
    return total
