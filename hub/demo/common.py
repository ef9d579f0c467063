"""Small helpers and plan records shared by the builder and the program maker."""

import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from hub.directory.models import OrganizationPage

from .data import places, taxonomy
from .i18n import lower_first

SEED = 2026
FORMATS = ("in_person", "online", "hybrid")
SMALL_WORDS = {"and", "or", "of", "the", "for", "to", "in"}


def title_case(text):
    words = text.split()
    return " ".join(
        w if (i and w in SMALL_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def topic_forms(name):
    """An interest's name as a title word ({Topic}) and mid-title ({topic})."""
    heading = {**name, "en": title_case(name["en"])}
    return {**lower_first(name), "en": heading["en"]}, heading


def block_id(*parts):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "stem-hub-demo:" + ":".join(map(str, parts))))


def seeded(*parts):
    return random.Random(":".join(map(str, (SEED, *parts))))


def weighted(rng, weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def money(amount):
    return Decimal(amount).quantize(Decimal("0.01"))


@dataclass
class Org:
    """An organization as planned, before (and after) its page exists."""

    name: str
    kind: str
    zip_code: str
    interests: list
    languages: tuple
    slug: str = ""
    page: OrganizationPage | None = None
    locations: list = field(default_factory=list)
    logo: object = None
    programs: int = 0

    @property
    def city(self):
        return places.ZIPS[self.zip_code][0]

    @property
    def domain(self):
        return f"{self.slug}.example.org"

    @property
    def phone(self):
        area = "530" if self.city == "Davis" else "916"
        return f"({area}) 555-01{seeded('phone', self.slug).randint(0, 99):02d}"


@dataclass
class Plan:
    kind: str
    band: str
    interest: taxonomy.InterestData
    org: Org | None = None


def unique_slug(slug, taken):
    slug = slug.strip("-") or "item"
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


def cost_fields(cost_type, amount, waiver, notes):
    return {
        "cost_type": cost_type,
        "cost_amount": money(amount) if amount is not None else None,
        "fee_waiver_available": waiver,
        "cost_notes": notes,
    }


def stream_by_language(blocks, languages, id_parts):
    """{language: raw stream data} for the languages every block is written in (and chosen)."""
    result = {}
    for lang in ("en", *sorted(languages)):
        raw = []
        for position, (block_type, text) in enumerate(blocks):
            if block_type == "question":
                question, answer = text
                if lang not in question or lang not in answer:
                    break
                value = {"question": question[lang], "answer": answer[lang]}
            else:
                if lang not in text:
                    break
                value = text[lang]
            raw.append(
                {"type": block_type, "value": value, "id": block_id(*id_parts, lang, position)}
            )
        else:
            result[lang] = raw
    return result
