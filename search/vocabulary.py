"""Free text, in any hub language, mapped onto the taxonomy: "robótica", "robots" and "机器人"
all mean the Interest `robotics`; "bus pass" means the SupportType `transportation`; "girls"
means the EligibilityTag `girls-nonbinary`.

Names and synonyms are read in every language (accents, case and simple plurals ignored), so
a family typing Spanish finds an English-only listing about robotics."""

import re
from dataclasses import dataclass

from django.conf import settings

from hub.directory.i18n import stored_value
from hub.directory.models import EligibilityTag, Interest, SupportType

from .scoring import words

# Scripts written without spaces between words: a term is found anywhere in the text.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Understood:
    interests: tuple = ()
    needs: tuple = ()
    eligibility: tuple = ()
    rest: str = ""  # the words that named no term


def _phrases(term, field_names):
    for code, _name in settings.HUB_LANGUAGES:
        for field_name in field_names:
            value = stored_value(term, field_name, code) or ""
            parts = value.split(",") if field_name == "synonyms" else [value]
            for part in parts:
                phrase = " ".join(words(part, keep_short=True))
                if len(phrase) >= 2:  # a lone letter would be found in any sentence
                    yield phrase


def vocabulary():
    """[(phrase, kind, slug)], longest phrase first, so "health sciences" wins over "health"."""
    entries = set()
    for kind, model in (
        ("interest", Interest),
        ("need", SupportType),
        ("eligibility", EligibilityTag),
    ):
        for term in model.objects.all():
            entries.update((p, kind, term.slug) for p in _phrases(term, ("name", "synonyms")))
    return sorted(entries, key=lambda entry: (-len(entry[0]), entry))


def understand(text):
    if not text.strip():
        return Understood()
    remaining = f" {' '.join(words(text, keep_short=True))} "
    found = {"interest": [], "need": [], "eligibility": []}
    for phrase, kind, slug in vocabulary():
        needle = phrase if UNSPACED.search(phrase) else f" {phrase} "
        if needle in remaining:
            remaining = remaining.replace(needle, " ")
            if slug not in found[kind]:
                found[kind].append(slug)
    return Understood(
        tuple(found["interest"]),
        tuple(found["need"]),
        tuple(found["eligibility"]),
        remaining.strip(),
    )
