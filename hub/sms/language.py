"""Which of the hub's languages a text message is written in, so the answer comes back in it.
A text carries no Accept-Language: the script tells most languages apart (Korean, Chinese,
Arabic, Cyrillic, Vietnamese letters); for the others, and between Russian and Ukrainian, the
words the matcher itself understands in each language (search/lexicon.py, the taxonomy's names
and synonyms, the keywords) are counted. A text with no telling word keeps the conversation's
language."""

import re
from functools import lru_cache

from django.conf import settings

from search import lexicon, vocabulary
from search.query import hub_language_codes
from search.scoring import words

from . import keywords

HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
# Letters only Vietnamese writes among the hub's languages: ă â đ ê ô ơ ư and the tone-marked
# vowels of Unicode's Latin Extended Additional block.
VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")

# Lexicon tables shaped {concept: {language: [phrases]}} and {language: [phrases]}.
BY_CONCEPT = ("COST", "SCHEDULE", "KINDS", "PLACES", "BEYOND_LEARNING")
BY_LANGUAGE = (
    "GENERAL",
    "GRADE",
    "AGE",
    "NUMBER_WORDS",
    "KINDERGARTEN",
    "PRE_K",
    "AFTER_HIGH_SCHOOL",
    "FILLER",
)


@lru_cache(maxsize=1)
def _lexicon_words():
    """{language: the folded words of its phrases in search/lexicon.py and its keywords}."""
    found = {code: set(keywords.words_of(code)) for code in hub_language_codes()}
    for name in BY_CONCEPT:
        for by_language in getattr(lexicon, name).values():
            for code, phrases in by_language.items():
                found.setdefault(code, set()).update(_words_of(phrases))
    for name in BY_LANGUAGE:
        for code, phrases in getattr(lexicon, name).items():
            found.setdefault(code, set()).update(_words_of(phrases))
    return found


def _words_of(phrases):
    for phrase in phrases:  # a dict (NUMBER_WORDS) gives its words
        for word in words(phrase.replace("{n}", " "), keep_short=True):
            if not word.isdecimal():
                yield word


def guess(text, current=None):
    """The language `text` is most likely written in; `current` (the conversation's) when
    nothing in it tells, and the site's default when there is none."""
    default = current if current in hub_language_codes() else settings.LANGUAGE_CODE
    if HANGUL.search(text):
        return "ko"
    if HAN.search(text):
        return "zh-hans"
    if ARABIC.search(text):
        return "ar"
    if VIETNAMESE.search(text):
        return "vi"
    if CYRILLIC.search(text):
        if UKRAINIAN_LETTERS.search(text):
            return "uk"
        candidates = ["ru", "uk"]
        default = default if default in candidates else "ru"
    else:
        candidates = [
            code for code in hub_language_codes() if code not in ("ko", "zh-hans", "ar", "ru", "uk")
        ]
    typed = set(words(text, keep_short=True))
    if not typed:
        return default
    lexicon_words = _lexicon_words()
    taxonomy_words = vocabulary.taxonomy_words_by_language()
    scores = {
        code: len(typed & (lexicon_words.get(code, set()) | taxonomy_words.get(code, set())))
        for code in candidates
    }
    best = max(scores.values())
    if best == 0:
        return default
    leaders = [code for code in candidates if scores[code] == best]
    return default if default in leaders else leaders[0]
