"""Scoring the matcher against the judged family questions (questions.json), one copy shared by
the gate (test_relevance.py) and the printed figures (bench/relevance.py).

Each question is asked the way the find page asks it: inside the page's language, parsed from
its query parameters, matched with CANDIDATES. What is measured:

- success@3: at least one `top` listing among the first three results (a judged service counts
  when the services box, which shows three, holds it);
- nDCG@10 over the ranked results: gain 2 for `top`, 1 for `fits`, the ideal from the judged lists
  (services are shown apart, so they are left out of it);
- words of the free text the matcher did not use, and of those the ones it did not even tell
  the family about (silently dropped).
"""

import json
import math
import re
import statistics
from dataclasses import dataclass, field, replace
from pathlib import Path

QUESTIONS = Path(__file__).resolve().parent / "questions.json"
LANGUAGES = ("en", "es", "vi", "zh-hans", "so", "ar", "ru", "uk", "ko", "tl")

# Scripts written without spaces: one token of `words()` may hold several words.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def load_questions():
    return json.loads(QUESTIONS.read_text(encoding="utf-8"))


@dataclass
class Outcome:
    question: dict
    paths: list = field(default_factory=list)  # ranked results
    services: list = field(default_factory=list)
    error: str = ""  # the page refused the question (BadParameter)
    dropped: tuple = ()  # words not used
    silent: tuple = ()  # ... and not said back to the family
    service_paths: frozenset = frozenset()  # the region's services: shown apart, not ranked

    @property
    def language(self):
        return self.question["language"]

    @property
    def success(self):
        top = set(self.question["top"])
        return bool(top.intersection(self.paths[:3]) or top.intersection(self.services[:3]))

    @property
    def ndcg(self):
        top, fits = set(self.question["top"]), set(self.question.get("fits", ()))

        def gain(path):
            return 2 if path in top else 1 if path in fits else 0

        def dcg(gains):
            return sum(g / math.log2(rank + 2) for rank, g in enumerate(gains[:10]))

        judged = [*top, *(fits - top)]
        ideal = dcg(sorted((gain(p) for p in judged if p not in self.service_paths), reverse=True))
        if not ideal:
            return None  # only services judged: nothing to rank
        return dcg([gain(p) for p in self.paths]) / ideal


@dataclass
class Region:
    """What the scoring reads of the indexed region."""

    words: set  # every word some opportunity's text holds
    texts: list  # the texts themselves, for unspaced scripts
    paths: set
    service_paths: frozenset


def indexed_region():
    from search.models import OpportunityDocument

    rows = list(OpportunityDocument.objects.values_list("text_all", "type", "data__path"))
    texts = [text for text, _type, _path in rows]
    return Region(
        words={w for text in texts for w in text.split()},
        texts=texts,
        paths={path for _text, _type, path in rows},
        service_paths=frozenset(path for _text, kind, path in rows if kind == "service"),
    )


def _phrases_understood_today(text):
    """For code without `Question.terms`: the taxonomy phrases today's vocabulary read."""
    from search import vocabulary
    from search.scoring import words

    remaining = f" {' '.join(words(text, keep_short=True))} "
    found = []
    for phrase, _kind, _slug in vocabulary.vocabulary():
        needle = phrase if UNSPACED.search(phrase) else f" {phrase} "
        if needle in remaining:
            remaining = remaining.replace(needle, " ")
            found.append(phrase)
    return found


def word_use(question, region):
    """(dropped, silently dropped): the words of the free text the matcher did not use."""
    from search.scoring import fold, words

    if not question.text.strip():
        return (), ()
    if hasattr(question, "terms"):
        terms = question.terms
        phrases = [fold(str(t.phrase)) for t in terms if t.kind != "text"]
    else:
        phrases = _phrases_understood_today(question.text)
    ignored = {fold(w) for w in getattr(question, "ignored", ())}
    unrecognised = {fold(w) for w in getattr(question, "unrecognised", ())}

    def in_documents(word):
        if word in region.words:
            return True
        return bool(UNSPACED.search(word)) and any(word in text for text in region.texts)

    mentioned = {w for w in question.text_words if in_documents(w)}
    phrase_words = {w for phrase in phrases for w in words(phrase, keep_short=True)}

    def rest_of(word, parts):
        """What is left of an unspaced token once every one of `parts` is taken out."""
        for part in sorted(parts, key=len, reverse=True):
            if part:
                word = word.replace(part, " ")
        return word.strip()

    used_parts = [*phrases, *ignored, *mentioned]

    def used(word):
        if word in phrase_words or word in ignored or word in mentioned:
            return True
        return bool(UNSPACED.search(word)) and not rest_of(word, used_parts)

    def said_back(word):
        if word in unrecognised:
            return True
        # "免费编程周末": 编程 understood, 免费 and 周末 told to the family as not recognised.
        return bool(UNSPACED.search(word)) and not rest_of(word, [*used_parts, *unrecognised])

    dropped = tuple(dict.fromkeys(w for w in words(question.text, keep_short=True) if not used(w)))
    return dropped, tuple(w for w in dropped if not said_back(w))


def ask(judged, region):
    """The Outcome of one judged question, asked as the find page asks it."""
    from django.http import QueryDict
    from django.utils import translation

    from search import query
    from search.matcher import CANDIDATES, match

    params = QueryDict(mutable=True)
    for name, value in judged["params"].items():
        params[name] = str(value)
    with translation.override(judged["language"]):
        try:
            question = query.parse(params, default_language=judged["language"])
        except query.BadParameter as error:
            return Outcome(judged, error=str(error), service_paths=region.service_paths)
        answer = match(replace(question, limit=CANDIDATES))
    dropped, silent = word_use(question, region)
    return Outcome(
        judged,
        paths=[r.doc["path"] for r in answer.results],
        services=[s.doc["path"] for s in answer.services],
        dropped=dropped,
        silent=silent,
        service_paths=region.service_paths,
    )


def ask_all(judged_questions, region):
    return [ask(judged, region) for judged in judged_questions]


@dataclass
class Figures:
    label: str
    count: int
    success: float
    ndcg: float
    dropped: float
    silent: float
    errors: int

    def line(self):
        return (
            f"{self.label:<8} {self.count:>4}   success@3 {self.success:5.2f}   "
            f"nDCG@10 {self.ndcg:5.2f}   dropped a word {self.dropped:5.2f}   "
            f"silently {self.silent:5.2f}   refused {self.errors}"
        )


def figures(label, outcomes):
    n = len(outcomes) or 1
    return Figures(
        label,
        len(outcomes),
        sum(o.success for o in outcomes) / n,
        statistics.fmean([o.ndcg for o in outcomes if o.ndcg is not None] or [0.0]),
        sum(bool(o.dropped) for o in outcomes) / n,
        sum(bool(o.silent) for o in outcomes) / n,
        sum(bool(o.error) for o in outcomes),
    )


def by_language(outcomes):
    rows = [figures(lang, [o for o in outcomes if o.language == lang]) for lang in LANGUAGES]
    return [*rows, figures("overall", outcomes)]


def missing_paths(judged_questions, existing_paths):
    """[(question id, path)] for every judged path the region does not have."""
    return [
        (q["id"], path)
        for q in judged_questions
        for path in [*q["top"], *q.get("fits", ())]
        if path not in existing_paths
    ]
