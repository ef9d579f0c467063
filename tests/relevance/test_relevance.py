"""The gate on the judged family questions (questions.json, scored by judge.py): across the set,
a counselor's pick is in the first three for nine questions in ten, and no question loses a word
of its free text without the page saying so. Run alone with `pytest -m relevance`; the figures
per language are printed by bench/relevance.py."""

import judge
import pytest
from django.test import override_settings

pytestmark = [pytest.mark.relevance, pytest.mark.django_db]


@pytest.fixture(scope="module")
def judged():
    return judge.load_questions()


@pytest.fixture(scope="module")
def outcomes(region, judged, django_db_blocker):
    with django_db_blocker.unblock(), override_settings(HUB_ELASTICSEARCH_URL=""):
        return judge.ask_all(judged, judge.indexed_region())


def test_the_set_is_broad(judged):
    ids = [q["id"] for q in judged]
    assert len(ids) == len(set(ids)), "question ids are unique"
    assert len(judged) >= 150
    for language in judge.LANGUAGES:
        assert sum(q["language"] == language for q in judged) >= 12, language
    for q in judged:
        assert q["top"], f"{q['id']} has a top listing"
        assert not set(q["top"]) & set(q.get("fits", ())), f"{q['id']}: top and fits overlap"


def test_every_judged_listing_is_in_the_demo_region(region, judged, django_db_blocker):
    with django_db_blocker.unblock():
        paths = judge.indexed_region().paths
    assert judge.missing_paths(judged, paths) == []


def test_a_top_listing_comes_in_the_first_three(outcomes):
    missed = [f"{o.question['id']}: {o.error or o.paths[:3]}" for o in outcomes if not o.success]
    success = 1 - len(missed) / len(outcomes)
    assert success >= 0.9, f"success@3 {success:.2f}; missed:\n" + "\n".join(missed)


def test_no_word_is_dropped_silently(outcomes):
    silent = [
        f"{o.question['id']} {o.question['params'].get('q')!r}: {o.silent}"
        for o in outcomes
        if o.silent
    ]
    assert silent == []
