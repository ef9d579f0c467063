"""Free text, in any hub language, read the way a counselor would: every word is either
understood, a word that carries no part of the question ("for my son"), a word some listing
mentions, or said back to the family as not recognised. None is dropped silently.

What is understood:
- the taxonomy, by names and synonyms: "robótica", "robots" and "机器人" all mean the Interest
  `robotics`; "bus pass" the SupportType `transportation`; "girls" the EligibilityTag
  `girls-nonbinary`;
- the region's places (hub/regions): "near Oak Park", "Sài Gòn Nhỏ";
- the words of search/lexicon.py: cost ("free", "무료"), schedule ("weekends", "cuối tuần"),
  kinds of program ("internship"), places ("library", "مكتبة"), grades and ages ("grade 9",
  "9th", "lớp 4", "10 tuổi") and STEM in general ("science", "علوم").

Phrases of every language are read whatever the page's language, so a family typing Spanish
on the English page is understood too. Case, accents and simple plurals are ignored."""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.db.models import Q

from hub import regions
from hub.caching.memo import ProcessMemo
from hub.directory.grades import KINDERGARTEN, OLDEST_AGE, POST_SECONDARY, PREK, YOUNGEST_AGE
from hub.directory.i18n import localized_field_name
from hub.directory.models import EligibilityTag, Interest, SupportType

from . import lexicon
from .scoring import WORD, words

# Scripts written without spaces between words: a phrase is found anywhere in the text.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
USED = "\x00"  # stands in for a character a phrase has taken, so no other phrase takes it
NUMBER_SLOT = "numslot"


@dataclass(frozen=True)
class Term:
    """One thing understood: `kind` (interest, need, eligibility, kind, cost, schedule, format,
    venue, place, grade, age, general or text), its `value` (a slug, a code, a number) and the
    `phrase` it was read from (folded, as it stands in the text)."""

    kind: str
    value: object
    phrase: str


@dataclass(frozen=True)
class Understood:
    terms: tuple = ()
    ignored: tuple = ()  # words that carry no part of the question ("for", "my", "programs")
    leftover: tuple = ()  # the words no phrase named, folded
    leftover_typed: tuple = ()  # the same, as the family typed them

    def values(self, kind):
        return tuple(dict.fromkeys(t.value for t in self.terms if t.kind == kind))

    def first(self, kind):
        found = self.values(kind)
        return found[0] if found else None

    @property
    def interests(self):
        return self.values("interest")

    @property
    def needs(self):
        return self.values("need")

    @property
    def eligibility(self):
        return self.values("eligibility")


def _folded(phrase):
    return " ".join(words(phrase, keep_short=True))


# The columns of a term the vocabulary reads: its slug, and its names and synonyms as written in
# each language (no fallback: an untranslated name is not a phrase of that language).
TAXONOMY = (("interest", Interest), ("need", SupportType), ("eligibility", EligibilityTag))


def _term_columns():
    return ["slug"] + [
        localized_field_name(field_name, code)
        for code, _name in settings.HUB_LANGUAGES
        for field_name in ("name", "synonyms")
    ]


def _taxonomy_rows():
    """((kind, ((slug, name and synonyms in each language, ...), ...)), ...): everything of the
    taxonomy the vocabulary is made from, equal from one read to the next if nothing changed."""
    columns = _term_columns()
    return tuple(
        (kind, tuple(model.objects.order_by("pk").values_list(*columns)))
        for kind, model in TAXONOMY
    )


def taxonomy_words_by_language():
    """{language: the folded words of the taxonomy's names and synonyms written in it}, from
    the same columns the vocabulary reads, once per content version: what tells one language's
    question from another's (the text line's answers, hub/sms/language.py)."""
    return LANGUAGE_WORDS.get("taxonomy", _taxonomy_words)


def _taxonomy_words():
    codes = [code for code, _name in settings.HUB_LANGUAGES]
    found = {code: set() for code in codes}
    for _kind, rows in _taxonomy_rows():
        for row in rows:
            # _term_columns: the slug, then each language's name and synonyms.
            for position, code in enumerate(codes):
                name, synonyms = row[1 + 2 * position], row[2 + 2 * position]
                text = f"{name or ''} {(synonyms or '').replace(',', ' ')}"
                found[code].update(words(text, keep_short=True))
    return found


def _taxonomy_phrases(row):
    """The folded phrases of one term's row (_taxonomy_rows): names and each synonym."""
    for position, value in enumerate(row[1:]):
        is_synonyms = position % 2 == 1
        for part in (value or "").split(",") if is_synonyms else [value or ""]:
            phrase = _folded(part)
            if len(phrase) >= 2:  # a lone letter would be found in any sentence
                yield phrase


def _lexicon_entries():
    """(phrase, kind, value) of search/lexicon.py, every language."""
    blocks = (
        ("cost", lexicon.COST),
        ("schedule", lexicon.SCHEDULE),
        ("kind", lexicon.KINDS),
        ("venue", lexicon.PLACES),
    )
    for kind, concepts in blocks:
        for value, by_language in concepts.items():
            if kind == "venue" and value in ("online", "in_person"):
                kind_here = "format"
            else:
                kind_here = kind
            for phrases in by_language.values():
                yield from ((p, kind_here, value) for p in phrases)
    for grade, block in (
        (KINDERGARTEN, lexicon.KINDERGARTEN),
        (PREK, lexicon.PRE_K),
        (POST_SECONDARY, lexicon.AFTER_HIGH_SCHOOL),
    ):
        for phrases in block.values():
            yield from ((p, "grade", grade) for p in phrases)
    for phrases in lexicon.GENERAL.values():
        yield from ((p, "general", "stem") for p in phrases)


@lru_cache(maxsize=1)
def _fixed_phrases():
    entries = set()
    for phrase, kind, value in _lexicon_entries():
        folded = _folded(phrase)
        if len(folded) >= 2:
            entries.add((folded, kind, value))
    return entries


def vocabulary(taxonomy_rows=None):
    """[(phrase, kind, value)], longest phrase first, so "health sciences" wins over "health".
    `taxonomy_rows`: the terms as _taxonomy_rows() reads them, when already read."""
    entries = set(_fixed_phrases())
    # Neighbourhoods, towns and areas, in the spellings of every language: "near Oak Park".
    for name, (_precision, place) in regions.names().items():
        folded = _folded(name)
        if len(folded) >= 2:
            entries.add((folded, "place", place.name))
    for kind, rows in taxonomy_rows or _taxonomy_rows():
        for row in rows:
            entries.update((p, kind, row[0]) for p in _taxonomy_phrases(row))
    return sorted(entries, key=lambda entry: (-len(entry[0]), entry))


def _trie(phrases):
    """A regex matching any of `phrases`, longest first, written as a tree of their letters:
    it compiles and runs far faster than thousands of alternatives side by side."""
    root = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here

    def pattern(node):
        branches = [re.escape(char) + pattern(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer phrase first

    return pattern(root)


def _one_pattern(phrases):
    """One regex finding any of `phrases`: whole words, or anywhere for a phrase in a script
    written without spaces. Taken characters (USED) never match."""
    spaced = [p for p in phrases if not UNSPACED.search(p)]
    unspaced = [p for p in phrases if UNSPACED.search(p)]
    parts = []
    if spaced:
        parts.append(rf"(?<![^ ])(?:{_trie(spaced)})(?![^ ])")
    if unspaced:
        parts.append(_trie(unspaced))
    return re.compile("|".join(parts) or "(?!)")


@dataclass(frozen=True)
class _Compiled:
    phrases: re.Pattern
    meaning: dict  # folded phrase -> (kind, value)
    fillers: re.Pattern


# The taxonomy is edited by staff in any process: every save or deletion of a term changes the
# content version (hub/caching). At the first question after any change of version, a process
# reads the taxonomy's names and synonyms again (a few milliseconds), and compiles its phrases
# again (far longer) only when they differ from those it compiled last; a publish that touched
# no term costs no compiling. The region's places are in code (HUB_REGION).
COMPILED = ProcessMemo("search vocabulary")
_compiled = {}  # {(region, taxonomy rows): _Compiled}: the last compiled, whatever the version
# Whether some listing mentions a word: its own memo, so a flood of new words never pushes the
# compiled phrases out.
MENTIONED = ProcessMemo("search mentioned words", max_entries=10_000)
LANGUAGE_WORDS = ProcessMemo("search words by language")


def _compile():
    rows = _taxonomy_rows()
    key = (settings.HUB_REGION, rows)
    found = _compiled.get(key)
    if found is None:
        meaning = {}
        for phrase, kind, value in vocabulary(rows):
            meaning.setdefault(phrase, (kind, value))  # one phrase, one meaning: the first
        found = _Compiled(_one_pattern(meaning), meaning, _one_pattern(_fillers()))
        _compiled.clear()
        _compiled[key] = found
    return found


def _phrases():
    return COMPILED.get("phrases", _compile)


@lru_cache(maxsize=1)
def _fillers():
    found = {_folded(w) for block in lexicon.FILLER.values() for w in block}
    return sorted((f for f in found if f), key=lambda f: (-len(f), f))


@lru_cache(maxsize=1)
def _number_patterns():
    """[(compiled regex, kind, range)] for the grade and age expressions of every language."""
    number_words = {}
    for by_word in lexicon.NUMBER_WORDS.values():
        for word, value in by_word.items():
            number_words[_folded(word)] = value
    alternatives = sorted(number_words, key=lambda w: (-len(w), w))
    number = "|".join([r"\d{1,2}", *map(re.escape, alternatives)])
    patterns = []
    for kind, block, allowed in (
        ("grade", lexicon.GRADE, range(1, 13)),
        ("age", lexicon.AGE, range(YOUNGEST_AGE, OLDEST_AGE + 1)),
    ):
        for templates in block.values():
            for template in templates:
                shape = _folded(template.replace("{n}", NUMBER_SLOT))
                if NUMBER_SLOT not in shape:
                    continue
                before, after = (re.escape(part) for part in shape.split(NUMBER_SLOT, 1))
                body = f"{before}(?P<n>{number}){after}"
                if UNSPACED.search(shape):
                    regex = rf"(?<!\d){body}"
                else:
                    regex = rf"(?<![^ ]){body}(?![^ ])"
                patterns.append((re.compile(regex), kind, allowed))
    # Longest first: "9th grade" before "9th".
    patterns.sort(key=lambda p: -len(p[0].pattern))
    return patterns, number_words


class _Reading:
    """The text as folded words joined by spaces, with each character marked as taken once a
    phrase has read it; the words left untaken are what was not understood."""

    def __init__(self, text):
        text = unicodedata.normalize("NFC", text)  # "ế" as one letter, as \w reads it
        self.tokens = [(word, _folded(word)) for word in WORD.findall(text)]
        self.tokens = [(orig, folded) for orig, folded in self.tokens if folded]
        self.text = " ".join(folded for _orig, folded in self.tokens)
        self.owner = [None] * len(self.text)
        self.terms = []

    def _free(self, start, end):
        return all(owner is None for owner in self.owner[start:end])

    def take(self, start, end, owner):
        for i in range(start, end):
            if self.text[i] != " ":
                self.owner[i] = owner

    def masked(self):
        """The text with every taken character hidden, so no phrase reads it twice."""
        return "".join(
            USED if owner is not None and char != " " else char
            for char, owner in zip(self.text, self.owner, strict=True)
        )

    def add_term(self, term, start, end):
        self.terms.append((start, term))
        self.take(start, end, term)

    def leftover(self):
        """The untaken runs of characters, in order, each as (folded, as typed): a word left
        whole is shown as the family typed it, a piece of one as read."""
        runs, position = [], 0
        for orig, folded in self.tokens:
            owners = self.owner[position : position + len(folded)]
            chars = self.text[position : position + len(folded)]
            position += len(folded) + 1
            if all(owner is None for owner in owners):
                runs += [(part, orig if part == folded else part) for part in folded.split()]
                continue
            current = []
            for char, owner in zip(chars, owners, strict=True):
                if owner is None and char != " ":
                    current.append(char)
                elif current:
                    runs.append(("".join(current),) * 2)
                    current = []
            if current:
                runs.append(("".join(current),) * 2)
        return runs

    def without(self, term):
        """The family's text as typed, less what `term` was read from."""
        kept, position = [], 0
        for orig, folded in self.tokens:
            owners = self.owner[position : position + len(folded)]
            position += len(folded) + 1
            if all(owner is term for owner in owners):
                continue
            if any(owner is term for owner in owners) and len(orig) == len(folded):
                kept_chars = zip(orig, owners, strict=True)
                orig = "".join(char for char, owner in kept_chars if owner is not term)
            kept.append(orig)
        return " ".join(kept)


def _read(text):
    reading = _Reading(text)
    patterns, number_words = _number_patterns()
    for regex, kind, allowed in patterns:
        for match in regex.finditer(reading.text):
            if not reading._free(*match.span()):
                continue
            raw = match.group("n")
            value = int(raw) if raw.isdecimal() else number_words.get(raw)
            if value in allowed:
                term = Term(kind, value, match.group(0))
                reading.add_term(term, *match.span())
    compiled = _phrases()
    for match in compiled.phrases.finditer(reading.masked()):
        kind, value = compiled.meaning[match.group(0)]
        reading.add_term(Term(kind, value, match.group(0)), *match.span())
    ignored = []
    for match in compiled.fillers.finditer(reading.masked()):
        reading.take(*match.span(), "filler")
        ignored.append(match.group(0))
    return reading, ignored


@lru_cache(maxsize=1)
def _beyond_learning():
    """The folded phrases of lexicon.BEYOND_LEARNING, every language."""
    return {
        _folded(phrase)
        for by_language in lexicon.BEYOND_LEARNING.values()
        for phrases in by_language.values()
        for phrase in phrases
    } - {""}


def asks_beyond_learning(text):
    """Whether `text` names a need the hub does not list (food, housing, health care...)."""
    folded = f" {_folded(text or '')} "
    return any(
        (phrase in folded) if UNSPACED.search(phrase) else (f" {phrase} " in folded)
        for phrase in _beyond_learning()
    )


def understand(text):
    """What `text` asks for, as `Understood`: its terms in the order they stand in the text."""
    if not text.strip():
        return Understood()
    reading, ignored = _read(text)
    leftover, typed = [], []
    for run, as_typed in reading.leftover():
        # One character of a script without spaces, left between phrases, is a particle
        # ("주말에": "on the weekend"), not a word of its own.
        if len(run) == 1 and UNSPACED.search(run):
            ignored.append(run)
        else:
            leftover.append(run)
            typed.append(as_typed)
    terms = tuple(term for _start, term in sorted(reading.terms, key=lambda t: t[0]))
    return Understood(terms, tuple(ignored), tuple(leftover), tuple(typed))


def without(text, term):
    """`text` less the words `term` was read from: the link that removes one understood term."""
    reading, _ignored = _read(text)
    for _start, found in reading.terms:
        if found == term:
            return reading.without(found)
    # A word no phrase named ("drone", matched in the listings' text): each time it stands.
    return " ".join(orig for orig, folded in reading.tokens if folded != term.phrase)


def mentioned(candidates):
    """Those of `candidates` (folded words) that some listing's text contains as a word. Each
    word is looked up once per content version (a document changes only with it)."""
    return tuple(word for word in candidates if MENTIONED.get(word, _mentioned(word)))


def _mentioned(word):
    def lookup():
        from .models import OpportunityDocument

        as_word = (
            Q(text_all=word)
            | Q(text_all__startswith=f"{word} ")
            | Q(text_all__endswith=f" {word}")
            | Q(text_all__contains=f" {word} ")
        )
        return OpportunityDocument.objects.filter(as_word).exists()

    return lookup
