"""The database backend's ranking shortcut: visiting candidates by their shared points and
stopping early must give exactly the ranking that scoring every candidate gives."""

import random
from datetime import date, timedelta

import pytest

from search.backends.database import top
from search.query import Question
from search.scoring import Between, Near, preferences, score

# database_vendor: the database search backend's SQL (LIKE, JSON, ranking).
pytestmark = pytest.mark.database_vendor

TODAY = date(2026, 3, 2)
LANGUAGES = ["en", "es", "so", "vi"]
INTERESTS = ["robotics", "coding", "health", "art"]
SUPPORTS = ["transportation", "meals", "devices"]


def random_document(rng, pk):
    def some(values):
        return rng.sample(values, rng.randint(0, len(values)))

    def day(spread):
        return (TODAY + timedelta(days=rng.randint(-spread, spread))).isoformat()

    return {
        "id": pk,
        "type": "program",
        "free": rng.random() < 0.5,
        "delivery_languages": some(LANGUAGES),
        "text_languages": some(LANGUAGES),
        "interpretation": rng.random() < 0.3,
        "translated_materials": rng.random() < 0.3,
        "interests": some(INTERESTS),
        "supports": some(SUPPORTS),
        "dates": [day(120) for _ in range(rng.randint(0, 3))],
        "last_verified": day(900) if rng.random() < 0.9 else None,
        "place_bound": True,
        "points": [
            {"lat": 38.58 + rng.uniform(-0.3, 0.3), "lon": -121.49 + rng.uniform(-0.3, 0.3)}
        ],
        "text_all": " ".join(rng.sample(["robot", "club", "clinic", "paint", "code"], 2)),
    }


def random_question(rng):
    return Question(
        language=rng.choice(LANGUAGES),
        interests=tuple(rng.sample(INTERESTS, rng.randint(0, 2))),
        needs=tuple(rng.sample(SUPPORTS, rng.randint(0, 1))),
        point=(38.58, -121.49) if rng.random() < 0.5 else None,
        text_words=("robot",) if rng.random() < 0.2 else (),
        today=TODAY,
    )


def brute_force(docs, rest, question, size):
    prefs = preferences(question)
    ranked = [(d["id"], score(d, prefs)) for d in docs if rest is None or rest.holds(d)]
    return sorted(ranked, key=lambda hit: (-hit[1], hit[0]))[:size]


@pytest.mark.parametrize("seed", range(8))
def test_the_shortcut_ranks_exactly_like_scoring_every_candidate(seed):
    rng = random.Random(seed)
    docs = [random_document(rng, pk) for pk in range(1, 401)]
    known = {}  # kept across questions, per group of shared preferences, as the backend does
    for _ in range(25):
        question = random_question(rng)
        rest = rng.choice([None, Near(38.58, -121.49, 20), Between("last_verified", gte="2025")])
        size = rng.choice([1, 3, 10, 40])
        rows = [(d["id"], 1, d) for d in docs]
        prefs = preferences(question)
        shortcut = top(rows, rest, prefs, size, known.setdefault(prefs.shared, {}))
        assert shortcut == brute_force(docs, rest, question, size)
        assert len(shortcut) == size  # so the comparison is about ranking, not emptiness


def test_shared_points_of_a_changed_document_are_computed_again():
    question = Question(language="es", today=TODAY)
    free = {"id": 1, "free": True, "delivery_languages": ["es"]}
    paid = {"id": 2, "free": False, "delivery_languages": ["es"]}
    known = {}
    assert [
        pk for pk, _ in top([(1, 1, free), (2, 1, paid)], None, preferences(question), 2, known)
    ] == [1, 2]
    free_now_paid = {**free, "free": False, "delivery_languages": []}
    ranked = top([(1, 2, free_now_paid), (2, 1, paid)], None, preferences(question), 2, known)
    assert [pk for pk, _ in ranked] == [2, 1]
