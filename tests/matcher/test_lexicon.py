"""The words families type, in all ten hub languages: the lexicon (search/lexicon.py) and the
demo taxonomy's synonyms are complete, and no phrase means two things in one language."""

import re

import pytest
from django.conf import settings

from hub.demo.data.taxonomy import ELIGIBILITY_TAGS, INTERESTS, SUPPORT_TYPES
from hub.directory.models import ProgramPage
from search import lexicon
from search.scoring import words

LANGUAGES = [code for code, _name in settings.HUB_LANGUAGES]
CONCEPT_BLOCKS = ("COST", "SCHEDULE", "KINDS", "PLACES")
WORD_BLOCKS = ("GENERAL", "KINDERGARTEN", "PRE_K", "AFTER_HIGH_SCHOOL")
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
TAXONOMY = {"interest": INTERESTS, "need": SUPPORT_TYPES, "eligibility": ELIGIBILITY_TAGS}


def folded(phrase):
    return " ".join(words(phrase, keep_short=True))


def meanings(language):
    """(folded phrase, concept) for every phrase the matcher reads as a meaning, e.g.
    ("mien phi", "COST.free"); FILLER is kept apart."""
    for block in CONCEPT_BLOCKS:
        for concept, by_language in getattr(lexicon, block).items():
            for phrase in by_language[language]:
                yield folded(phrase), f"{block}.{concept}"
    for block in WORD_BLOCKS:
        for phrase in getattr(lexicon, block)[language]:
            yield folded(phrase), block


def taxonomy_phrases(language):
    """{folded phrase: {(kind, slug)}} for every name and synonym of the demo taxonomy."""
    found = {}
    for kind, terms in TAXONOMY.items():
        for term in terms:
            for phrase in [term.name[language], *term.synonyms.get(language, "").split(",")]:
                if phrase.strip():
                    found.setdefault(folded(phrase), set()).add((kind, term.slug))
    return found


def test_the_concepts_are_the_ones_the_matcher_reads():
    assert set(lexicon.COST) == {"free", "low_cost", "paid"}
    assert set(lexicon.SCHEDULE) == {"after_school", "evenings", "weekends", "summer", "breaks"}
    assert set(lexicon.PLACES) == {"library", "campus", "online", "in_person"}
    assert set(lexicon.KINDS) <= {*ProgramPage.Kind.values, "pathway"}  # search.query.KINDS


@pytest.mark.parametrize("block", CONCEPT_BLOCKS)
def test_every_concept_is_written_in_all_ten_languages(block):
    for concept, by_language in getattr(lexicon, block).items():
        assert set(by_language) == set(LANGUAGES), (block, concept)
        for language, phrases in by_language.items():
            assert phrases and all(folded(p) for p in phrases), (block, concept, language)


@pytest.mark.parametrize("block", [*WORD_BLOCKS, "GRADE", "AGE", "FILLER", "NUMBER_WORDS"])
def test_every_word_list_is_written_in_all_ten_languages(block):
    by_language = getattr(lexicon, block)
    assert set(by_language) == set(LANGUAGES)
    for language, phrases in by_language.items():
        assert phrases and all(folded(p) for p in phrases), (block, language)


@pytest.mark.parametrize("block", ["GRADE", "AGE"])
def test_every_template_holds_the_number_once(block):
    for language, templates in getattr(lexicon, block).items():
        for template in templates:
            assert template.count("{n}") == 1, (block, language, template)


def test_number_words_are_the_school_ages_and_grades():
    for language, numbers in lexicon.NUMBER_WORDS.items():
        for word, number in numbers.items():
            assert isinstance(number, int) and 1 <= number <= 18, (language, word)


def test_chinese_and_korean_phrases_are_at_least_two_characters():
    # They are found anywhere in the text: one character would be found inside other words.
    blocks = [getattr(lexicon, b)[c] for b in CONCEPT_BLOCKS for c in getattr(lexicon, b)]
    blocks += [getattr(lexicon, b) for b in (*WORD_BLOCKS, "FILLER")]
    for by_language in blocks:
        for language, phrases in by_language.items():
            for phrase in phrases:
                if UNSPACED.search(phrase):
                    assert len(folded(phrase).replace(" ", "")) >= 2, (language, phrase)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_phrase_means_two_things(language):
    concept_of = {}
    for phrase, concept in meanings(language):
        assert concept_of.setdefault(phrase, concept) == concept, (
            f"{phrase!r} is both {concept_of[phrase]} and {concept}"
        )
    for phrase in map(folded, lexicon.FILLER[language]):
        assert phrase not in concept_of, f"filler {phrase!r} means {concept_of[phrase]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_lexicon_phrase_is_also_a_taxonomy_term(language):
    taxonomy = taxonomy_phrases(language)
    lexicon_phrases = [(p, c) for p, c in meanings(language)]
    lexicon_phrases += [(folded(p), "FILLER") for p in lexicon.FILLER[language]]
    for phrase, concept in lexicon_phrases:
        assert phrase not in taxonomy, f"{phrase!r} is {concept} and {taxonomy[phrase]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_taxonomy_phrase_names_two_terms(language):
    for phrase, terms in taxonomy_phrases(language).items():
        assert len(terms) == 1, f"{phrase!r} names {terms}"


def test_no_korean_or_chinese_phrase_is_inside_a_place_name():
    # "멘토" (mentor) sits inside "새크라멘토" (Sacramento).
    places = [t for t in ELIGIBILITY_TAGS if t.slug in ("county-residents", "yolo-residents")]
    for language in ("zh-hans", "ko"):
        names = [
            folded(p) for t in places for p in [t.name[language], *t.synonyms[language].split(",")]
        ]
        for phrase, concept in meanings(language):
            for name in names:
                assert phrase not in name, f"{concept} {phrase!r} is inside {name!r}"


@pytest.mark.parametrize("kind", TAXONOMY)
def test_every_taxonomy_term_has_synonyms_in_all_ten_languages(kind):
    for term in TAXONOMY[kind]:
        for language in LANGUAGES:
            synonyms = [s for s in term.synonyms.get(language, "").split(",") if s.strip()]
            assert synonyms, f"{kind} {term.slug} has no {language} synonyms"


def phrases_of(by_language, language):
    return {folded(p) for p in by_language[language]}


def test_the_reviewers_examples_are_understood():
    health = next(t for t in INTERESTS if t.slug == "health-sciences")
    assert "kalkaalin" in {folded(s) for s in health.synonyms["so"].split(",")}
    assert {"무료"} <= phrases_of(lexicon.COST["free"], "ko")
    assert {"주말"} <= phrases_of(lexicon.SCHEDULE["weekends"], "ko")
    assert {folded("miễn phí")} <= phrases_of(lexicon.COST["free"], "vi")
    assert {folded("cuối tuần")} <= phrases_of(lexicon.SCHEDULE["weekends"], "vi")
    assert {"مكتبة"} <= phrases_of(lexicon.PLACES["library"], "ar")
    assert {"علوم"} <= phrases_of(lexicon.GENERAL, "ar")
    assert {"free"} <= phrases_of(lexicon.COST["free"], "en")
    assert {"weekend"} <= phrases_of(lexicon.SCHEDULE["weekends"], "en")
    assert {"after school"} <= phrases_of(lexicon.SCHEDULE["after_school"], "en")
    assert {"summer"} <= phrases_of(lexicon.SCHEDULE["summer"], "en")
    assert {"paid"} <= phrases_of(lexicon.COST["paid"], "en")
    assert {"college credit"} <= phrases_of(lexicon.KINDS["dual_enrollment"], "en")
    assert "{n}年级" in lexicon.GRADE["zh-hans"] and "{n}학년" in lexicon.GRADE["ko"]
    assert "{n} tuổi" in lexicon.AGE["vi"] and "{n} jir" in lexicon.AGE["so"]


def test_folding_does_not_turn_a_common_word_into_a_concept():
    """Folding drops Vietnamese tone marks, so "hè" (summer) would read "hệ" in "thế hệ"
    (generation) and "tối" (evening) would read "tôi" (I): such bare syllables stay out."""
    vietnamese = {p for p, _c in meanings("vi")}
    for common in ("the he dau tien", "toi", "co van de", "con trai"):
        for phrase in vietnamese:
            assert f" {phrase} " not in f" {common} ", (phrase, common)
