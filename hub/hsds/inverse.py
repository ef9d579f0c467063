"""HSDS records as the hub's own values: the inverse of mapping.py, for `import_hsds`.

Each function takes one record as given and returns a `Mapped`: the field values, relations
and child rows to store, plus `same`, which pairs the ids the hub will give the record's
children (its contact phone, its cost option...) with the ids they have in the file, so the
import can tell what it kept from what it did not (see patches.py). Nothing here writes.

A value the hub cannot hold as given (an address with no street, a latitude of 100, an email
that is not one) is not stored in the hub's fields; the record's patch gives it back on export,
and a note in the report says so. Text longer than the hub's field is shortened at a word."""

import html
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from babel import Locale
from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.core.files.storage import default_storage
from django.core.validators import EmailValidator, URLValidator
from django.utils.text import slugify
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.images import get_image_model

from hub import regions
from hub.directory.blocks import ParagraphBlock
from hub.directory.grades import POST_SECONDARY, PREK
from hub.directory.models import (
    OrganizationPage,
    PartnershipWay,
    PathwayStep,
    ProgramPage,
    ProgramSession,
)

from . import formats, ids
from .mapping import ATTENDING, TAXONOMY_OF_MODEL
from .profile import DEFAULT_LANGUAGE, OTHER_LANGUAGES

LANGUAGES = (DEFAULT_LANGUAGE, *OTHER_LANGUAGES)
FORMAT_OF_ATTENDING = {text: code for code, text in ATTENDING.items()}
RICH_TEXT = EditorHTMLConverter(features=ParagraphBlock().features)


@dataclass
class Mapped:
    values: dict = field(default_factory=dict)
    m2m: dict = field(default_factory=dict)
    children: dict = field(default_factory=dict)
    same: dict = field(default_factory=dict)  # hub's id of a child -> its id in the file
    notes: list = field(default_factory=list)
    # Why the page is kept unpublished (a service its source says is not active, a template's
    # example row); None: published.
    held_back: str | None = None

    def pair(self, hub_id, given):
        """The hub will call the child record `given` (as the file has it) `hub_id`."""
        if isinstance(given.get("id"), str):
            self.same[hub_id] = given["id"]


def uuid_of(record):
    key = ids.parse(record.get("id"))
    return uuid.UUID(key) if key else None


# --- Values as given -------------------------------------------------------------------------


def string(record, key):
    value = record.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else None


def fit(model, name, value, mapped, label):
    """`value` shortened at a word to what the field holds, with a note when it was."""
    limit = getattr(model._meta.get_field(name), "max_length", None)
    if value is None or not limit or len(value) <= limit:
        return value
    mapped.notes.append(f"{label} is {len(value)} characters; the hub shows its first {limit}.")
    cut = value[: limit - 1].rsplit(" ", 1)[0] or value[: limit - 1]
    return cut.rstrip(" ,;.") + "…"


def checked(validator, value, mapped, label):
    if value is None:
        return None
    try:
        validator(value)
    except ValidationError:
        mapped.notes.append(f"{label} {value!r} is not valid here; kept in the HSDS record only.")
        return None
    return value


def email(value, mapped, label):
    # "mailto:a@b.org" and stray spaces are the same address (formats.py).
    return checked(EmailValidator(), formats.email_address(value) or value, mapped, label)


def url(value, mapped, label):
    # "www.x.org" is a website without its scheme (formats.py).
    return checked(
        URLValidator(schemes=["http", "https"]), formats.web_address(value) or value, mapped, label
    )


def a_date(value):
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def moment(value):
    """An HSDS datetime ("2023-03-15T10:30:45.123Z") as an aware datetime, or None."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def number(value):
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def whole(value, low=None, high=None):
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    if (low is not None and value < low) or (high is not None and value > high):
        return None
    return value


def choice(value, choices):
    return value if value in {code for code, _label in choices} else None


def records(record, key):
    value = record.get(key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


# --- Text in every language ------------------------------------------------------------------


def translations_of(record, mapped):
    """{language: {hsds field: value}} of the profile's `x_hub_translations`."""
    given = record.get("x_hub_translations")
    if not isinstance(given, dict):
        return {}
    unknown = sorted(set(given) - set(OTHER_LANGUAGES))
    if unknown:
        mapped.notes.append(
            "Translations into " + ", ".join(unknown) + " are kept in the HSDS record only; "
            "the hub does not offer those languages."
        )
    return {lang: entry for lang, entry in given.items() if lang in OTHER_LANGUAGES and entry}


def in_languages(record, key, translated, convert=None):
    """{language: value} of one field, English from the record, the rest from translations."""
    convert = convert or (lambda value: value.strip() if isinstance(value, str) else None)
    values = {DEFAULT_LANGUAGE: convert(record.get(key))}
    for lang, entry in translated.items():
        values[lang] = convert(entry.get(key)) if isinstance(entry, dict) else None
    return {lang: value for lang, value in values.items() if value not in (None, "", [])}


def fitted(model, name, values, mapped, label):
    return {
        lang: fit(model, name, value, mapped, f"{label} ({lang})") for lang, value in values.items()
    }


def synonyms(value):
    if isinstance(value, list):
        return ", ".join(str(v).strip() for v in value if str(v).strip()) or None
    return None


# --- Pictures and page bodies ----------------------------------------------------------------


class Images:
    """Pictures named by URL. Only pictures already in the hub's own image store are used: a
    URL of this hub's media whose file exists (as after exporting and re-importing into a new
    database). Nothing is ever downloaded."""

    def __init__(self):
        self.model = get_image_model()
        self.found = {}

    def find(self, address, title=None):
        if not isinstance(address, str) or not address:
            return None
        if address not in self.found:
            self.found[address] = self._find(address, title)
        return self.found[address]

    def _find(self, address, title):
        path = unquote(urlsplit(address).path)
        if not path.startswith(settings.MEDIA_URL):
            return None
        name = path[len(settings.MEDIA_URL) :]
        if not name.startswith("original_images/"):
            return None  # renditions and other uploads are not pictures to adopt
        image = self.model.objects.filter(file=name).first()
        if image is not None:
            return image
        try:
            if not default_storage.exists(name):
                return None
        except SuspiciousFileOperation:
            return None
        image = self.model(title=(title or name.rsplit("/", 1)[-1].rsplit(".", 1)[0])[:255])
        try:
            image.file = name  # reads the picture's width and height
            image._set_image_file_metadata()
            image.file.close()
        except Exception:  # not a picture Pillow can read
            return None
        if not image.width or not image.height:
            return None
        image.save()
        return image


def clean_html(value):
    """Rich text cut down to what the hub's editor allows (no script, no event attribute). When
    cleaning changes nothing but how characters are escaped, the text is kept as written."""
    cleaned = RICH_TEXT.to_database_format(value)
    return value if html.unescape(cleaned) == html.unescape(value) else cleaned


def body(blocks, owner_id, language, images, mapped):
    """Portable body blocks (mapping.body) as StreamField data. Paragraph HTML is cleaned to what
    the editor allows; a picture the hub does not hold is left out (the patch keeps it)."""
    if not isinstance(blocks, list):
        return []
    stream = []
    for position, block in enumerate(blocks):
        if not isinstance(block, dict):
            continue
        kind, value = block.get("type"), block.get("value")
        if kind == "paragraph" and isinstance(value, str):
            value = clean_html(value)
        elif kind == "heading" and isinstance(value, str):
            value = value.strip()[:255]
        elif kind == "question" and isinstance(value, dict):
            value = {
                "question": str(value.get("question") or ""),
                "answer": str(value.get("answer") or ""),
            }
        elif kind == "image" and isinstance(value, dict):
            image = images.find(value.get("url"))
            if image is None:
                mapped.notes.append(
                    f"A picture in the body ({language}) is not in the hub's image store; "
                    "kept in the HSDS record only."
                )
                continue
            value = {
                "image": image.pk,
                "caption": str(value.get("caption") or ""),
                "alt_text": str(value.get("alt_text") or ""),
            }
        else:
            continue
        block_id = ids.derived("block", owner_id, language, position)
        stream.append({"type": kind, "value": value, "id": block_id})
    return stream


def bodies(record, key, translated, owner_id, images, mapped):
    result = {}
    for lang in LANGUAGES:
        blocks = record.get(key) if lang == DEFAULT_LANGUAGE else translated.get(lang, {}).get(key)
        stream = body(blocks, owner_id, lang, images, mapped)
        if stream:
            result[lang] = stream
    return result


# --- Grades ----------------------------------------------------------------------------------


def grades(record):
    """(youngest, oldest) grade: the profile's x_hub_grades, else from HSDS ages (the inverse of
    mapping.ages). An end the record does not give stays None: unknown, never "everyone"."""
    given = record.get("x_hub_grades")
    if isinstance(given, dict):
        low = whole(given.get("min"), PREK, POST_SECONDARY)
        high = whole(given.get("max"), PREK, POST_SECONDARY)
        if low is not None and high is not None and low <= high:
            return low, high
    low = high = None
    youngest, oldest = whole(record.get("minimum_age"), 0), whole(record.get("maximum_age"), 0)
    if youngest is not None:
        low = PREK if youngest <= 4 else POST_SECONDARY if youngest >= 18 else youngest - 5
        high = POST_SECONDARY  # "aged 12 and over" (mapping.ages writes no maximum for it)
    if oldest is not None:
        high = PREK if oldest <= 5 else POST_SECONDARY if oldest >= 19 else oldest - 6
    if low is not None and high is not None and low > high:
        return None, None  # ages that contradict each other say nothing
    return low, high


# --- Places ----------------------------------------------------------------------------------


def opening_hours(schedules):
    """The weekly hours of these HSDS schedules as the hub shows them (formatting.py names the
    days and times in the reader's language): only what each schedule says, nothing guessed."""
    found = []
    for schedule in schedules:
        entry = {
            key: value
            for key in ("byday", "opens_at", "closes_at")
            if (value := string(schedule, key)) is not None
        }
        if entry.get("opens_at") or entry.get("closes_at"):
            found.append(entry)
    return found


def phone_list(given):
    """Phones as the hub shows them: number, extension, description (what the caller needs)."""
    found = []
    for phone in given:
        number = string(phone, "number")
        if number is None:
            continue
        extension = phone.get("extension")
        extension = str(extension).strip() if isinstance(extension, str | int) else ""
        found.append(
            {"number": number[:50], "extension": extension[:20]}
            | ({"description": d[:200]} if (d := string(phone, "description")) else {})
        )
    return found


def _position(latitude, longitude, postal_code, location_id, mapped):
    """(latitude, longitude, from_zip): the place's own coordinates, else its ZIP code's
    centroid (known offline, hub/regions), else none at all: never a made-up point."""
    if latitude is not None and longitude is not None:
        return round(latitude, 6), round(longitude, 6), False
    centre = regions.zip_point(postal_code[:5])
    if centre is not None:
        mapped.notes.append(
            f"Place {location_id} has no coordinates; it is placed at the centre of ZIP code "
            f"{postal_code[:5]} and its page says the position is approximate."
        )
        return Decimal(f"{centre[0]:.6f}"), Decimal(f"{centre[1]:.6f}"), True
    mapped.notes.append(
        f"Place {location_id} has no coordinates and its ZIP code has no known centre; "
        "its address is shown, but it is left out of distances."
    )
    return None, None, False


def location(record, mapped):
    """A place's row, or None when the hub cannot place it (no street address, no city, no ZIP
    code, or coordinates that are not on Earth). A place given without coordinates keeps its
    address (see _position)."""
    location_id = record["id"]
    addresses = records(record, "addresses")
    address = next((a for a in addresses if a.get("address_type") == "physical"), None)
    address = address or (addresses[0] if addresses else {})
    latitude, longitude = number(record.get("latitude")), number(record.get("longitude"))
    if latitude is None or longitude is None:
        latitude = longitude = None  # not given: placed by ZIP code if it can be (_position)
    missing = [
        label
        for label, present in (
            ("a street address", string(address, "address_1")),
            ("a city", string(address, "city")),
            ("a ZIP code", string(address, "postal_code")),
            # Coordinates given but not on Earth say the record is wrong: not shown.
            ("a latitude between -90 and 90", latitude is None or abs(latitude) <= 90),
            ("a longitude between -180 and 180", longitude is None or abs(longitude) <= 180),
        )
        if not present
    ]
    if missing:
        mapped.notes.append(
            f"Place {location_id} lacks "
            + ", ".join(missing)
            + "; it is kept in the HSDS record only and not shown on the hub."
        )
        return None
    from hub.directory.models import Location

    translated = translations_of(record, mapped)
    accessibility = records(record, "accessibility")
    schedules = records(record, "schedules")
    state = string(address, "state_province") or ""
    postal_code = fit(Location, "postal_code", address["postal_code"].strip(), mapped, "ZIP code")
    latitude, longitude, from_zip = _position(latitude, longitude, postal_code, location_id, mapped)
    values = {
        "name": fit(
            Location, "name", string(record, "name") or address["address_1"], mapped, "name"
        ),
        "street_address": fit(
            Location, "street_address", address["address_1"].strip(), mapped, "address"
        ),
        "city": fit(Location, "city", address["city"].strip(), mapped, "city"),
        "state": state if len(state) == 2 else "",
        "postal_code": postal_code,
        "latitude": latitude,
        "longitude": longitude,
        "position_from_zip": from_zip,
        "transit_notes": in_languages(record, "transportation", translated),
        "accessibility_notes": {},
        "hours": {},
        "opening_hours": opening_hours(schedules),
        "phones": phone_list(records(record, "phones")),
    }
    mapped.pair(ids.derived("address", location_id), address)
    if accessibility:
        first = accessibility[0]
        values["accessibility_notes"] = in_languages(
            first, "description", translations_of(first, mapped)
        )
        mapped.pair(ids.derived("accessibility", location_id), first)
    if schedules:
        first = schedules[0]
        values["hours"] = in_languages(first, "description", translations_of(first, mapped))
        mapped.pair(ids.derived("schedule", "location", location_id), first)
    mapped.values = values
    return mapped


# --- Organizations ---------------------------------------------------------------------------


def _phone_number(phone, mapped, model, name):
    return fit(model, name, string(phone, "number"), mapped, "phone number")


def organization(record, places, images):
    """An organization page. `places` maps HSDS location ids to the hub's Location rows."""
    mapped = Mapped()
    org_id = record["id"]
    translated = translations_of(record, mapped)
    kind = choice(record.get("x_hub_kind"), OrganizationPage.Kind.choices)
    if kind is None:
        kind = OrganizationPage.Kind.NONPROFIT
        if record.get("x_hub_kind") is not None:
            mapped.notes.append(f"Kind {record.get('x_hub_kind')!r} is not one the hub knows.")
    logo = images.find(record.get("logo"))
    if record.get("logo") and logo is None:
        mapped.notes.append(
            "The logo is not in the hub's image store; kept in the HSDS record only."
        )
    values = {
        "title": in_languages(record, "name", translated),
        "summary": fitted(
            OrganizationPage,
            "summary",
            in_languages(record, "description", translated),
            mapped,
            "description",
        ),
        "body": bodies(record, "x_hub_body", translated, org_id, images, mapped),
        "kind": kind,
        "logo_id": logo.pk if logo else None,
        "website": url(string(record, "website"), mapped, "website") or "",
        "email": email(string(record, "email"), mapped, "email") or "",
        "phone": "",
        "partnership_contact_name": "",
        "partnership_contact_email": "",
        "partnership_contact_phone": "",
    }
    phones = records(record, "phones")
    values["other_phones"] = phone_list(phones)
    if phones and string(phones[0], "number"):
        values["phone"] = _phone_number(phones[0], mapped, OrganizationPage, "phone")
        values["other_phones"] = phone_list(phones[1:])
        mapped.pair(ids.derived("phone", org_id, "main"), phones[0])
    # The hub keeps one contact, for partnerships; another kind of contact stays in the record.
    contact = next(
        (c for c in records(record, "contacts") if c.get("department") == "Partnerships"), None
    )
    if contact is not None:
        contact_id = ids.derived("contact", org_id, "partnerships")
        mapped.pair(contact_id, contact)
        values["partnership_contact_name"] = (
            fit(
                OrganizationPage,
                "partnership_contact_name",
                string(contact, "name"),
                mapped,
                "contact name",
            )
            or ""
        )
        values["partnership_contact_email"] = (
            email(string(contact, "email"), mapped, "contact email") or ""
        )
        contact_phones = records(contact, "phones")
        if contact_phones and string(contact_phones[0], "number"):
            values["partnership_contact_phone"] = _phone_number(
                contact_phones[0], mapped, OrganizationPage, "partnership_contact_phone"
            )
            mapped.pair(ids.derived("phone", contact_id, "partnerships"), contact_phones[0])
    ways = []
    for way in records(record, "x_hub_ways_to_work_together"):
        if choice(way.get("way"), PartnershipWay.Way.choices):
            ways.append(
                {
                    "way": way["way"],
                    "description": in_languages(way, "description", translations_of(way, mapped)),
                }
            )
    mapped.values = values
    mapped.children = {
        "locations": [
            {"location_id": places[place["id"]].pk}
            for place in records(record, "locations")
            if place.get("id") in places
        ],
        "ways_to_work_together": ways,
    }
    return mapped


# --- Services --------------------------------------------------------------------------------

TERM_RELATIONS = {
    ProgramPage: {
        "interest": "interests",
        "support_offered": "supports",
        "eligibility": "eligibility_tags",
    },
    "support": {"support_type": "support_types", "eligibility": "eligibility_tags"},
}


def _terms(record, model, service_id, terms, mapped):
    """The service's taxonomy terms by relation. `terms` maps HSDS term ids to hub terms."""
    relations = TERM_RELATIONS[ProgramPage if model is ProgramPage else "support"]
    linked = {name: [] for name in relations.values()}
    for attribute in records(record, "attributes"):
        term_id = attribute.get("taxonomy_term_id") or (attribute.get("taxonomy_term") or {}).get(
            "id"
        )
        obj = terms.get(term_id)
        relation = relations.get(attribute.get("link_type"))
        if obj is None or relation is None:
            continue  # another directory's term, or a link the hub has no place for
        wanted = model._meta.get_field(relation).related_model
        if not isinstance(obj, wanted) or obj in linked[relation]:
            continue
        linked[relation].append(obj)
        hub_term_id = ids.term_id(TAXONOMY_OF_MODEL[type(obj)].code, obj.slug)
        mapped.pair(
            ids.derived("attribute", service_id, attribute["link_type"], hub_term_id), attribute
        )
    return linked


@lru_cache(maxsize=1)
def english_language_names():
    """{casefolded English name: code} of the languages CLDR names ("vietnamese": "vi")."""
    return {name.casefold(): code for code, name in Locale("en").languages.items()}


def language_code(given, languages=None):
    """The code of a language an HSDS record names: its code, else its name ("Spanish",
    "Español", "Vietnamese") matched against the hub's languages (English name or endonym),
    then CLDR's English names. None when nothing matches."""
    code = string(given, "x_hub_code") or string(given, "code")
    if code:
        return code.lower()
    name = string(given, "name")
    if name is None:
        return None
    wanted = name.casefold()
    for language in (languages or {}).values():
        if wanted in (language.english_name.casefold(), language.endonym.casefold()):
            return language.code
    return english_language_names().get(wanted)


def _languages(record, service_id, languages, mapped):
    found = []
    for given in records(record, "languages"):
        language = languages.get(language_code(given, languages) or "")
        if language is None:
            name = string(given, "name") or string(given, "code")
            if name:
                mapped.notes.append(
                    f"The language {name!r} is not one the hub knows; kept in the HSDS record only."
                )
            continue
        if language in found:
            continue
        found.append(language)
        mapped.pair(ids.derived("language", service_id, language.code), given)
    return found


def _cost(record, service_id, mapped):
    """cost_type, amount, fee waiver: the profile's x_hub_cost, else the first cost option."""
    given = record.get("x_hub_cost") if isinstance(record.get("x_hub_cost"), dict) else {}
    options = records(record, "cost_options")
    cost_type = choice(given.get("type"), ProgramPage.CostType.choices) or None
    amount = number(given.get("amount"))
    if cost_type is None and options:
        amount = number(options[0].get("amount"))
        cost_type = "free" if amount == 0 else "fixed" if amount else None
        currency = string(options[0], "currency")
        if amount and currency and currency.upper() != "USD":
            # A fixed fee needs a dollar amount; the hub makes none up.
            mapped.notes.append(
                f"The fee is in {currency}: listed as a sliding scale with no amount, its "
                "fees description saying the rest. Check it."
            )
            cost_type, amount = "sliding", None
    if cost_type is None:
        mapped.notes.append("No cost is given; the listing says the cost is not listed.")
        cost_type = ""  # unknown: never made "free"
    if options and cost_type:
        mapped.pair(ids.derived("cost_option", service_id, cost_type), options[0])
    if amount is not None and (amount < 0 or amount >= 10**6):
        amount = None
    return {
        "cost_type": cost_type,
        "cost_amount": amount.quantize(Decimal("0.01"))
        if amount is not None and cost_type not in ("free", "")
        else None,
        "fee_waiver_available": given.get("fee_waiver_available") is True,
    }


def _places(record, service_id, places, mapped):
    """[(Location, [schedules there])] of the service's service_at_locations, in order, with
    every schedule given for the service (at a place or not) once."""
    found = []
    for sal in records(record, "service_at_locations"):
        place = places.get(sal.get("location_id") or (sal.get("location") or {}).get("id"))
        if place is None:
            continue  # a place the hub could not keep: the whole service_at_location is kept
        mapped.pair(ids.service_at_location_id(service_id, ids.location_id(place)), sal)
        found.append((place, sal.get("id"), records(sal, "schedules")))
    return found


def _sessions(record, service_id, found, mapped):
    """A program's sessions: every schedule with a start date, at its place if it has one."""
    place_of_sal = {sal_id: place for place, sal_id, _schedules in found}
    given = [
        (s, place_of_sal.get(s.get("service_at_location_id"))) for s in records(record, "schedules")
    ]
    given += [(s, place) for place, _sal, schedules in found for s in schedules]
    sessions, seen = [], set()
    for schedule, place in given:
        start = a_date(schedule.get("valid_from"))
        if start is None or (schedule.get("id") and schedule.get("id") in seen):
            continue
        seen.add(schedule.get("id"))
        deadline = a_date(schedule.get("x_hub_application_deadline"))
        end = a_date(schedule.get("valid_to"))
        sessions.append(
            {
                "hsds_id": uuid_of(schedule),
                "start_date": start,
                "end_date": end if end and end >= start else None,
                "days_and_times": {
                    lang: fit(
                        ProgramSession, "days_and_times", text, mapped, "session days and times"
                    )
                    for lang, text in in_languages(
                        schedule, "description", translations_of(schedule, mapped)
                    ).items()
                },
                "time_slot": choice(
                    schedule.get("x_hub_time_slot"), ProgramSession.TimeSlot.choices
                )
                or "",
                "location_id": place.pk if place else None,
                "seats": whole(schedule.get("x_hub_seats"), 0, 2**31 - 1),
                "application_deadline": deadline,
            }
        )
    return sessions


def _hours(record, found, mapped):
    """A support service's places, with the hours of the first schedule given there, and the
    weekly hours of every schedule given there or naming it from the service's own list."""
    rows = []
    for place, sal_id, schedules in found:
        first = schedules[0] if schedules else {}
        named = [
            s
            for s in records(record, "schedules")
            if sal_id and s.get("service_at_location_id") == sal_id and s not in schedules
        ]
        rows.append(
            {
                "hsds_id": uuid_of(first),
                "location_id": place.pk,
                "opening_hours": opening_hours(schedules + named),
                "hours": {
                    lang: text[:200]
                    for lang, text in in_languages(
                        first, "description", translations_of(first, mapped)
                    ).items()
                },
            }
        )
    return rows


def service(record, model, places, terms, languages, images):
    """A program (model ProgramPage) or support service page."""
    mapped = Mapped()
    service_id = record["id"]
    translated = translations_of(record, mapped)
    low, high = grades(record)
    values = {
        "title": in_languages(record, "name", translated),
        "summary": fitted(
            model, "summary", in_languages(record, "description", translated), mapped, "description"
        ),
        "how_to_apply": in_languages(record, "application_process", translated),
        "cost_notes": fitted(
            model,
            "cost_notes",
            in_languages(record, "fees_description", translated),
            mapped,
            "fees description",
        ),
        "eligibility_notes": in_languages(record, "eligibility_description", translated),
        "body": bodies(record, "x_hub_body", translated, service_id, images, mapped),
        "grade_min": low,
        "grade_max": high,
        "interpretation_on_request": record.get("x_hub_interpretation_on_request") is True
        or bool(string(record, "interpretation_services")),
        "translated_materials": record.get("x_hub_translated_materials") is True,
        **_cost(record, service_id, mapped),
    }
    # Checked when the source says it was, never on the day of the import.
    values["last_verified"] = a_date(record.get("assured_date"))
    if values["last_verified"] is None:
        mapped.notes.append("No assured_date: the listing says it is not verified yet.")
    apply = record.get("x_hub_apply") if isinstance(record.get("x_hub_apply"), dict) else {}
    values["apply_url"] = url(string(apply, "url"), mapped, "application link") or ""
    values["website"] = _website(record, mapped)
    values["apply_email"] = email(string(apply, "email"), mapped, "application email") or ""
    values["apply_phone"] = (
        fit(model, "apply_phone", string(apply, "phone"), mapped, "application phone") or ""
    )

    contacts = records(record, "contacts")
    contact = contacts[0] if contacts else {}
    if contact:
        mapped.pair(ids.derived("contact", service_id), contact)
    values["contact_name"] = (
        fit(model, "contact_name", string(contact, "name"), mapped, "contact name") or ""
    )
    values["contact_email"] = email(string(contact, "email"), mapped, "contact email") or ""
    if not values["contact_email"] and not values["apply_email"]:
        values["contact_email"] = email(string(record, "email"), mapped, "email") or ""
    phones = records(contact, "phones") or records(record, "phones")
    contact_phone = next((p for p in phones if string(p, "number")), None)
    values["contact_phone"] = ""
    if contact_phone is not None:
        values["contact_phone"] = fit(
            model, "contact_phone", string(contact_phone, "number"), mapped, "phone number"
        )
        mapped.pair(ids.derived("phone", service_id, "contact"), contact_phone)
    if values["apply_phone"] and values["apply_phone"] != values["contact_phone"]:
        apply_phone = next(
            (p for p in records(record, "phones") if string(p, "number") == values["apply_phone"]),
            None,
        )
        if apply_phone is not None:
            mapped.pair(ids.derived("phone", service_id, "apply"), apply_phone)

    found = _places(record, service_id, places, mapped)
    linked = _terms(record, model, service_id, terms, mapped)
    mapped.m2m = {
        **linked,
        "delivery_languages": _languages(record, service_id, languages, mapped),
    }
    if model is ProgramPage:
        values |= _program_values(record, translated, images, mapped)
        mapped.children = {"sessions": _sessions(record, service_id, found, mapped)}
    else:
        mapped.children = {"service_locations": _hours(record, found, mapped)}
    mapped.values = values
    mapped.held_back = held_back(record)
    return mapped


def _website(record, mapped):
    """The provider's own page about the service: HSDS `url`, unless it is the hub page the
    record was exported with (older exports put the hub's page there, before `x_hub_url`) or
    its application link (what the hub exports as `url` when it knows no website)."""
    given = string(record, "url")
    hub_pages = {string(record, "x_hub_url")}
    translated = record.get("x_hub_translations")
    if isinstance(translated, dict):
        hub_pages |= {
            string(entry, key)
            for entry in translated.values()
            if isinstance(entry, dict)
            for key in ("url", "x_hub_url")
        }
    apply = record.get("x_hub_apply") if isinstance(record.get("x_hub_apply"), dict) else {}
    if given is None or given in hub_pages or given == string(apply, "url"):
        return ""  # the hub's page, or the application link the hub keeps as such
    return url(given, mapped, "website") or ""


# A template's example row says what to fill in ("*REQUIRED* text") instead of a service.
TEMPLATE_MARK = re.compile(r"\*\s*required\s*\*", re.IGNORECASE)


def held_back(record):
    """Why a service record must not be published, or None. Only "active" is offered to
    families: inactive, defunct and temporarily closed services (and any status HSDS does not
    name, such as a template's "Unchangeable") are kept unpublished, for the export."""
    texts = [value for value in record.values() if isinstance(value, str)]
    if any(TEMPLATE_MARK.search(text) for text in texts):
        return "It is a template's example row (it says *REQUIRED*): kept unpublished."
    status = string(record, "status")
    if status is not None and status.lower() != "active":
        return f"Its status is {status!r}, not 'active': kept unpublished."
    return None


def _program_values(record, translated, images, mapped):
    kind = choice(record.get("x_hub_kind"), ProgramPage.Kind.choices)
    if kind is None:
        kind = ProgramPage.Kind.COURSE
        mapped.notes.append("No program kind is given; the listing says it is a course.")
    program_format = choice(record.get("x_hub_format"), ProgramPage.Format.choices)
    if program_format is None:
        attending = {s.get("attending_type") for s in records(record, "schedules")}
        known = [FORMAT_OF_ATTENDING[a] for a in attending if a in FORMAT_OF_ATTENDING]
        program_format = known[0] if len(known) == 1 else ProgramPage.Format.IN_PERSON
    credentials = record.get("x_hub_credentials")
    credentials = credentials if isinstance(credentials, dict) else {}
    image = record.get("x_hub_image") if isinstance(record.get("x_hub_image"), dict) else {}
    picture = images.find(image.get("url"), string(image, "title"))
    if image and picture is None:
        mapped.notes.append(
            "The picture is not in the hub's image store; kept in the HSDS record only."
        )
    return {
        "kind": kind,
        "format": program_format,
        "earns_college_credit": credentials.get("college_credit") is True,
        "earns_certificate": credentials.get("certificate") is True,
        "earns_industry_certification": credentials.get("industry_certification") is True,
        "credential_notes": fitted(
            ProgramPage,
            "credential_notes",
            in_languages(record, "x_hub_credential_notes", translated),
            mapped,
            "credential notes",
        ),
        "image_id": picture.pk if picture else None,
    }


# --- Taxonomy terms and pathways -------------------------------------------------------------

SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")


def term(record, model):
    """A term of one of the hub's taxonomies (`model`), or None when its code is no slug."""
    mapped = Mapped()
    code = string(record, "code")
    if code is None or not SLUG.match(code) or len(code) > 100:
        return None
    translated = translations_of(record, mapped)
    values = {
        "slug": code,
        "name": {
            lang: value[:100] for lang, value in in_languages(record, "name", translated).items()
        },
        "description": in_languages(record, "description", translated),
        "synonyms": in_languages(record, "x_hub_synonyms", translated, synonyms),
    }
    names = {f.name for f in model._meta.get_fields()}
    for key, name in (("x_hub_sector", "sector"), ("x_hub_icon", "icon")):
        if name in names:
            value = string(record, key) or ""
            if name == "sector":
                value = choice(value, model.Sector.choices) or ""
            values[name] = value[: model._meta.get_field(name).max_length]
    if not values["name"]:
        values["name"] = {DEFAULT_LANGUAGE: code}
    mapped.values = values
    return mapped


def pathway(record, programs, organizations, terms, images):
    """A pathway page. `programs` and `organizations` map HSDS ids to page ids."""
    from hub.directory.models import Interest, PathwayPage

    mapped = Mapped()
    pathway_id = record["id"]
    translated = translations_of(record, mapped)
    wage = record.get("typical_wage") if isinstance(record.get("typical_wage"), dict) else {}
    steps = []
    for position, step in enumerate(records(record, "steps")):
        band = choice(step.get("band"), PathwayStep.Band.choices)
        if band is None or not string(step, "title"):
            mapped.notes.append(
                f"Step {position + 1} has no band or title the hub knows; left out."
            )
            continue
        step_translated = translations_of(step, mapped)
        linked = [programs[i] for i in step.get("service_ids") or [] if i in programs]
        steps.append(
            {
                "band": band,
                "title": {
                    lang: v[:200]
                    for lang, v in in_languages(step, "title", step_translated).items()
                },
                "description": in_languages(step, "description", step_translated),
                "credential": {
                    lang: v[:200]
                    for lang, v in in_languages(step, "credential", step_translated).items()
                },
                "programs": [
                    {
                        "type": "program",
                        "value": pk,
                        "id": ids.derived("block", pathway_id, position, n),
                    }
                    for n, pk in enumerate(linked)
                ],
            }
        )
    mapped.values = {
        "title": in_languages(record, "name", translated),
        "summary": fitted(
            PathwayPage,
            "summary",
            in_languages(record, "description", translated),
            mapped,
            "description",
        ),
        "sector": {lang: v[:100] for lang, v in in_languages(record, "sector", translated).items()},
        "credentials": in_languages(record, "credentials", translated),
        "body": bodies(record, "body", translated, pathway_id, images, mapped),
        "typical_wage_low": whole(wage.get("low"), 0, 2**31 - 1),
        "typical_wage_high": whole(wage.get("high"), 0, 2**31 - 1),
    }
    mapped.m2m = {
        "interests": [
            terms[i]
            for i in record.get("taxonomy_term_ids") or []
            if isinstance(terms.get(i), Interest)
        ],
        "employer_partners": [
            organizations[i]
            for i in record.get("employer_organization_ids") or []
            if i in organizations
        ],
        "colleges": [
            organizations[i]
            for i in record.get("college_organization_ids") or []
            if i in organizations
        ],
    }
    mapped.children = {"steps": steps}
    return mapped


def slug_for(record, taken):
    """The page's slug: the last part of the hub URL it was exported with, else its name's."""
    address = record.get("x_hub_url") or record.get("url")
    candidate = ""
    if isinstance(address, str):
        parts = [p for p in urlsplit(address).path.split("/") if p]
        candidate = slugify(parts[-1]) if parts else ""
    candidate = (candidate or slugify(string(record, "name") or "") or "listing")[:80]
    slug, n = candidate, 2
    while slug in taken:
        slug = f"{candidate[:75]}-{n}"
        n += 1
    taken.add(slug)
    return slug
