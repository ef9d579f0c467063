"""Why each result fits, in the family's language: short reasons such as "For grade 7",
"Robotics", "Taught in Spanish", "Free", "3 km away", "Apply by Dec 1".

Each reason is a whole translated phrase with a value put into it, never a sentence built from
fragments. The texts are made in the active language; the caller activates it."""

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hub.directory import formatting
from hub.directory.formatting import language_list, language_name
from hub.directory.grades import KINDERGARTEN, POST_SECONDARY, PREK, grade_label, grade_range_label
from hub.directory.models import ProgramPage
from hub.translations import marks

from . import terms as taxonomy
from .scoring import nearest_is_approximate, nearest_km, preferences

# The reasons that say how the family's language is met; without one, the card says which
# language it is taught in instead.
LANGUAGE_REASONS = ("taught_in_language", "interpretation", "translated_materials")


def for_grade(grade):
    if grade == PREK:
        return _("For Pre-K")
    if grade == KINDERGARTEN:
        return _("For kindergarten")
    if grade == POST_SECONDARY:
        return _("For after high school")
    return _("For grade %(grade)d") % {"grade": grade}


def for_age(age):
    return ngettext("For a %(age)d-year-old", "For a %(age)d-year-old", age) % {"age": age}


def age_words(age):
    return ngettext("%(age)d year old", "%(age)d years old", age) % {"age": age}


def kind_label(code):
    if code == "pathway":
        return _("Career pathway")
    return str(ProgramPage.Kind(code).label)


def kind_choices():
    return [*ProgramPage.Kind.choices, ("pathway", _("Career pathway"))]


def schedule_label(code):
    return {
        "after_school": _("After school"),
        "evenings": _("Evenings"),
        "weekends": _("Weekends"),
        "summer": _("Summer"),
        "breaks": _("School breaks"),
    }[code]


def venue_label(code):
    return {"library": _("At a library"), "campus": _("On a college campus")}[code]


def term_labels(terms):
    """What each understood term is called on the page: "Coding", "Free", "Weekends"."""
    return [str(_term_label(term)) for term in terms]


def _term_label(term):
    match term.kind:
        case "interest" | "need" | "eligibility":
            return taxonomy.names(term.kind).get(term.value, term.value)
        case "kind":
            return kind_label(term.value)
        case "cost":
            labels = {"free": _("Free"), "low_cost": _("Low cost"), "paid": _("Paid")}
            return labels[term.value]
        case "schedule":
            return schedule_label(term.value)
        case "format":
            return _("Online") if term.value == "online" else _("In person")
        case "venue":
            return venue_label(term.value)
        case "place":
            return _("near %(place)s") % {"place": term.value}
        case "grade":
            return str(grade_label(term.value))
        case "age":
            return age_words(term.value)
        case "general":
            return _("Any STEM subject")
        case "text":
            return _("“%(word)s” in the description") % {"word": term.value}
    raise ValueError(term.kind)


def _fits_grades(doc, low, high):
    """The document's grades overlap low..high; an end not given is open."""
    youngest, oldest = doc["grade_min"], doc["grade_max"]
    return (youngest is None or youngest <= high) and (oldest is None or low <= oldest)


def grades_text(doc):
    """The grades as a card says them; "Ages not listed" for a listing whose source gave none."""
    if doc["grade_min"] is None and doc["grade_max"] is None and doc["type"] != "pathway":
        return _("Ages not listed")
    return str(grade_range_label(doc["grade_min"], doc["grade_max"]))


def cost_text(doc):
    """What it costs, as a card says it: "Free", "$120", "Cost not listed — ask the contact"."""
    if doc["type"] == "pathway":
        return ""
    if doc["cost_type"] is None:
        return _("Cost not listed — ask the contact")
    if doc["free"]:
        text = _("Free")
    elif doc["cost_amount"] is not None:
        text = formatting.money(doc["cost_amount"])
        if doc["cost_type"] == "sliding":
            text = _("Sliding scale, up to %(cost)s") % {"cost": text}
    elif doc["cost_type"] == "sliding":
        text = _("Sliding scale")
    else:
        text = ""
    if doc["fee_waiver"] and not doc["free"]:
        text = _("%(cost)s (fee waiver available)") % {"cost": text}
    return text


class Explainer:
    """Reasons for one question's results; taxonomy names are read once per question."""

    def __init__(self, question):
        self.question = question
        self.prefs = preferences(question)
        self.interests = taxonomy.names("interest")
        self.supports = taxonomy.names("need")
        self.groups = taxonomy.names("eligibility")

    def next_date(self, doc):
        today = self.question.today.isoformat()
        return min((d for d in doc.get("dates", []) if d >= today), default=None)

    def reasons(self, doc):
        question, found = self.question, []
        if question.grades is not None:
            low, high = question.grades
            if doc["grade_min"] is None and doc["grade_max"] is None:
                # Unknown grades are not held against it, nor said to fit.
                found.append(("grade_unknown", _("Ages not listed")))
            elif _fits_grades(doc, low, high):
                if question.grade is not None:
                    found.append(("grade", for_grade(question.grade)))
                else:
                    found.append(("age", for_age(question.age)))
            else:  # a grade step was relaxed: say plainly which grades it is for
                found.append(("grade", str(grade_range_label(doc["grade_min"], doc["grade_max"]))))
        if doc.get("kind") in question.kinds:
            found.append(("kind", kind_label(doc["kind"])))
        language_said = False
        for pref in self.prefs:
            if pref.reason and pref.condition.holds(doc):
                found.append((pref.reason, self._text(pref, doc)))
                language_said |= pref.reason in LANGUAGE_REASONS
        if not language_said and doc["type"] != "pathway":
            found.append(self._other_language(doc))
        if doc["type"] != "pathway" and doc.get("cost_type") is None:
            found.append(("cost_unknown", _("Cost not listed")))
        if question.paid and doc.get("paid"):
            found.append(("paid", _("Paid: a wage or a stipend")))
        for code in question.schedule:
            if code in doc.get("schedule", []):
                found.append(("schedule", schedule_label(code)))
        for code in question.venues:
            if code in doc.get("venues", []):
                found.append(("venue", venue_label(code)))
        if question.point and doc.get("place_bound"):
            km = formatting.distance_number(
                formatting.distance_km(nearest_km(doc, *question.point))
            )
            if nearest_is_approximate(doc, *question.point):
                found.append(
                    (
                        "distance",
                        _("About %(km)s km away (the place is known only by its ZIP code)")
                        % {"km": km},
                    )
                )
            else:
                found.append(("distance", _("%(km)s km away") % {"km": km}))
        elif question.point and doc.get("format") == "online":
            found.append(("online", _("Online")))
        today = question.today.isoformat()
        deadline = min((d for d in doc.get("deadlines", []) if d >= today), default=None)
        start = min((d for d in doc.get("starts", []) if d >= today), default=None)
        if deadline:
            found.append(("deadline", _("Apply by %(date)s") % {"date": self._date(deadline)}))
        elif start:
            found.append(("start", _("Starts %(date)s") % {"date": self._date(start)}))
        return found

    def _other_language(self, doc):
        """Not taught in the family's language: say which, and that no interpreter is listed."""
        if not doc["delivery_languages"]:
            return ("language_unknown", _("Language of teaching not listed"))
        taught = language_list(doc["delivery_languages"])
        return (
            "no_interpreter",
            _("Taught in %(languages)s — no interpreter listed") % {"languages": taught},
        )

    def _date(self, iso):
        return formatting.in_sentence_date(iso, self.question.today)

    def _text(self, pref, doc):
        language = language_name(self.question.language)
        match pref.reason:
            case "interest":
                return self.interests.get(pref.detail, pref.detail)
            case "taught_in_language":
                return _("Taught in %(language)s") % {"language": language}
            case "interpretation":
                taught = language_list(doc["delivery_languages"])
                if not taught:
                    return _("Interpreter on request")
                return _("Taught in %(languages)s — interpreter on request") % {"languages": taught}
            case "translated_materials":
                taught = language_list(doc["delivery_languages"])
                if not taught:
                    return _("Materials in %(language)s") % {"language": language}
                return _("Taught in %(languages)s — materials in %(language)s") % {
                    "languages": taught,
                    "language": language,
                }
            case "free":
                return _("Free")
            case "support":
                name = self.supports.get(pref.detail, pref.detail)
                return _("Offers help: %(support)s") % {"support": name}
            case "eligibility":
                name = self.groups.get(pref.detail, pref.detail)
                return _("Meant for: %(group)s") % {"group": name}
            case "text":
                return _("Mentions what you typed")
        raise ValueError(pref.reason)

    def result(self, doc, score):
        from .matcher import Result

        point = self.question.point
        distance = None
        if point and doc.get("place_bound"):
            distance = formatting.distance_km(nearest_km(doc, *point))
        return Result(
            doc=doc,
            score=score,
            reasons=self.reasons(doc),
            distance_km=distance,
            next_date=self.next_date(doc),
        )


def relaxation_sentence(step, question):
    """One translated sentence telling the family what was loosened to find more."""
    sentences = {
        "distance": _(
            "Few programs fit near you, so we also show programs farther than %(km)d km away."
        )
        % {"km": question.max_km},
        "schedule": _("Few programs fit the times you chose, so we also show other times."),
        "venue": _("Few programs fit at the place you named, so we also show programs elsewhere."),
        "kind": _("Few programs of the kind you asked for fit, so we also show other kinds."),
        "neighbouring_interests": _(
            "Few programs match your interests exactly, so we also show related subjects."
        ),
        "grade": _(
            "Few programs fit this grade, so we also show programs one grade above or below."
        )
        if question.grade is not None
        else _("Few programs fit this age, so we also show programs one grade above or below."),
    }
    return sentences[step]


def text_in(values, language):
    """(text, language code) of a per-language dict: the family's language, else English."""
    if values.get(language):
        return values[language], language
    source = settings.LANGUAGE_CODE
    return values.get(source, next(iter(values.values()), "")), source


def present_all(results, language):
    """`present` for a list of results, with their translation checks fetched in one query;
    each result once per language (Result.presented). Never change what it returns in place."""
    missing = [r for r in results if language not in r.presented]
    if missing:
        checks = marks.checks_by_page([r.doc["id"] for r in missing], language)
        for r in missing:
            r.presented[language] = present(r, language, checks.get(r.doc["id"], {}))
    return [r.presented[language] for r in results]


def present(result, language, checks=None):
    """A result as the family sees it (and as the API returns it), in `language`, which the
    caller has activated. `checks`: its page's translation checks (marks.checks_by_page)."""
    doc = result.doc
    if checks is None:
        checks = marks.checks_by_page([doc["id"]], language).get(doc["id"], {})
    title, title_mark = marks.of_document(doc, "title", language, checks)
    summary, summary_mark = marks.of_document(doc, "summary", language, checks)
    organization = text_in(doc["organization"], language)[0] if doc["organization"] else ""
    return {
        "id": doc["id"],
        "type": doc["type"],
        "title": title,
        "title_language": title_mark.language,
        "title_translation": title_mark.translation,
        "summary": summary,
        "summary_language": summary_mark.language,
        "summary_translation": summary_mark.translation,
        "url": f"/{language}{doc['path']}",
        "organization": organization,
        "score": result.score,
        "reasons": [{"code": code, "text": str(text)} for code, text in result.reasons],
        "grades": {"min": doc["grade_min"], "max": doc["grade_max"]},
        "grades_text": str(grades_text(doc)),
        "languages": doc["delivery_languages"],
        # Languages listed by their own names, as on every page and in the switcher.
        "languages_text": [formatting.endonym(code) for code in doc["delivery_languages"]],
        "cost": {
            # Unknown is not "not free": null, as the card says "Cost not listed".
            "free": None if doc["type"] != "pathway" and doc["cost_type"] is None else doc["free"],
            "amount": doc["cost_amount"],
            "currency": "USD" if doc["cost_amount"] is not None else None,
            "text": str(cost_text(doc)),
        },
        "distance_km": result.distance_km,
        "distance_text": (
            formatting.distance_text(result.distance_km) if result.distance_km is not None else ""
        ),
        "next_date": result.next_date,
        "next_date_text": formatting.in_sentence_date(result.next_date),
    }
