"""The Elasticsearch backend against a live cluster (noida-db unless HUB_ELASTICSEARCH_URL is
set): every condition selects what `holds` selects, every ranking is the database backend's,
and every failure is SearchUnavailable. Documents are written by hand: no database needed."""

import socket
import time
from datetime import date

import pytest
from search_es import free_port

from search.backends import SearchUnavailable
from search.backends.elasticsearch import ElasticsearchBackend
from search.matcher import constraints
from search.query import Question
from search.scoring import (
    All,
    AnyOf,
    Anything,
    Between,
    Either,
    Is,
    Mentions,
    Missing,
    Near,
    Not,
    Preference,
    all_of,
    preferences,
    score,
    words,
)

DOWNTOWN = (38.5816, -121.4944)  # Sacramento
ELK_GROVE = {"lat": 38.4088, "lon": -121.3716}  # ~22 km from downtown
NATOMAS = {"lat": 38.6485, "lon": -121.5150}  # ~8 km
MIDTOWN = {"lat": 38.5720, "lon": -121.4780}  # ~2 km
DAVIS = {"lat": 38.5449, "lon": -121.7405}  # ~22 km
FOLSOM = {"lat": 38.6780, "lon": -121.1761}  # ~30 km: outside every band but the question's


def opportunity(pk, **fields):
    """A document shaped like documents.build()'s, with text_all made the same way."""
    doc = {
        "id": pk,
        "type": "program",
        "path": f"/programs/p{pk}/",
        "title": {"en": f"Program {pk}"},
        "summary": {},
        "text_languages": ["en"],
        "format": "in_person",
        "interests": [],
        "supports": [],
        "schedule": [],
        "ends_on": None,
        "starts": [],
        "deadlines": [],
        "points": [],
        "organization_id": 100 + pk,
        "organization": {},
        "grade_min": 0,
        "grade_max": 12,
        "delivery_languages": ["en"],
        "interpretation": False,
        "translated_materials": False,
        "free": True,
        "cost_type": "free",
        "cost_amount": None,
        "fee_waiver": False,
        "last_verified": "2025-03-01",
        "place_bound": False,
        **fields,
    }
    text = [*doc["title"].values(), *doc["summary"].values(), *doc["organization"].values()]
    doc["text_all"] = " ".join(words(" ".join(text)))
    doc["dates"] = sorted(set(doc["starts"] + doc["deadlines"]))
    doc["place_bound"] = bool(doc["points"]) and doc["format"] != "online"
    return doc


DOCS = [
    opportunity(
        1,
        title={"en": "Robotics Club", "es": "Club de Robótica"},
        summary={"en": "Build robots after school.", "es": "Construye robots."},
        text_languages=["en", "es"],
        organization_id=10,
        organization={"en": "River City Makers"},
        interests=["coding", "robotics"],
        schedule=["after_school", "summer"],
        grade_min=6,
        grade_max=8,
        delivery_languages=["en", "es"],
        translated_materials=True,
        starts=["2025-06-10"],
        deadlines=["2025-05-20"],
        ends_on="2025-08-15",
        points=[MIDTOWN],
    ),
    opportunity(
        2,
        title={"en": "Online Coding Camp"},
        summary={"en": "Python for teens, at home."},
        organization_id=10,
        organization={"en": "River City Makers"},
        format="online",
        interests=["coding"],
        grade_min=9,
        grade_max=12,
        interpretation=True,
        free=False,
        cost_type="paid",
        cost_amount=120.0,
        fee_waiver=True,
        starts=["2025-09-01"],
        last_verified="2022-01-15",
    ),
    opportunity(
        3,
        type="service",
        path="/support/bus-passes/",
        title={"en": "Student bus passes", "vi": "Vé xe buýt cho học sinh"},
        text_languages=["en", "vi"],
        organization_id=20,
        organization={"en": "Regional Transit"},
        supports=["devices", "transport"],
        grade_min=None,
        grade_max=None,
        delivery_languages=["en", "vi"],
        points=[ELK_GROVE, NATOMAS],
        last_verified="2024-11-01",
    ),
    opportunity(
        4,
        type="pathway",
        path="/pathways/engineering/",
        title={"en": "Becoming an engineer"},
        summary={"en": "From algebra to an apprenticeship."},
        organization_id=None,
        format=None,
        interests=["engineering"],
        grade_min=9,
        grade_max=13,
        delivery_languages=[],
        free=None,
        cost_type=None,
        last_verified="2025-01-10",
        steps=4,
    ),
    opportunity(
        5,
        title={"en": "Little Scientists", "zh-hans": "小科学家", "ko": "꼬마 과학자"},
        summary={"ar": "العلوم للأطفال"},
        text_languages=["ar", "en", "ko", "zh-hans"],
        organization_id=30,
        organization={"en": "Davis Science Center", "zh-hans": "戴维斯科学中心"},
        interests=["robotics", "science"],
        grade_min=3,
        grade_max=5,
        delivery_languages=["zh-hans"],
        interpretation=True,
        free=False,
        cost_type="sliding",
        cost_amount=40.5,
        starts=["2025-04-01", "2025-04-15"],
        ends_on="2025-04-30",
        points=[DAVIS],
        last_verified=None,
    ),
    opportunity(
        6,
        title={"en": "Kinder Math Circle", "es": "Círculo de matemáticas"},
        summary={"es": "Juegos de números para los más pequeños."},
        text_languages=["en", "es"],
        organization_id=40,
        organization={"en": "Folsom Library"},
        interests=["math"],
        schedule=["weekends"],
        grade_min=0,
        grade_max=2,
        delivery_languages=["es"],
        starts=["2025-07-01"],
        deadlines=["2025-06-15"],
        ends_on="2025-07-31",
        points=[FOLSOM],
        last_verified="2025-02-20",
    ),
    opportunity(
        7,
        title={"en": "Hybrid Robot Lab"},
        summary={"en": "Robots, online and in person."},
        organization_id=30,
        organization={"en": "Davis Science Center"},
        format="hybrid",
        interests=["robotics"],
        grade_min=6,
        grade_max=12,
        free=False,
        cost_type="paid",
        cost_amount=60.0,
        starts=["2025-05-05"],
        points=[NATOMAS],
        last_verified="2024-12-01",
    ),
]

QUESTION = Question(
    language="es",
    grade=7,
    interests=("robotics",),
    needs=("transport",),
    point=DOWNTOWN,
    free=True,
    formats=("in_person", "hybrid"),
    schedule=("after_school",),
    today=date(2025, 5, 1),
    text_words=("robot", "club"),
)

ENGLISH = Question(language="en", grade=10, point=DOWNTOWN, today=date(2025, 5, 1))
NEARBY = Question(language="en", point=DOWNTOWN, max_km=10, today=date(2025, 5, 1))
TYPES = ("program", "service", "pathway")

CONDITIONS = {
    "anything": Anything(),
    "is scalar": Is("type", "program"),
    "is keyword path": Is("path", "/support/bus-passes/"),
    "is integer": Is("organization_id", 30),
    "is true": Is("free", True),
    "is false": Is("interpretation", False),
    "is list": Is("interests", "robotics"),
    "is list cjk code": Is("delivery_languages", "zh-hans"),
    "any of scalar": AnyOf("type", ("service", "pathway")),
    "any of list": AnyOf("interests", ("math", "engineering")),
    "any of none there": AnyOf("schedule", ("evenings",)),
    "between int": Between("grade_min", 3, 6),
    "between int zero": Between("grade_min", lte=0),
    "between int open low": Between("grade_max", gte=9),
    "between float": Between("cost_amount", gte=50),
    "between date": Between("ends_on", "2025-05-01", "2025-08-01"),
    "between date open high": Between("last_verified", gte="2024-11-01"),
    "between date open low": Between("last_verified", lte="2024-11-01"),
    "between date list": Between("dates", "2025-04-10", "2025-06-01"),
    "between date list open": Between("dates", gte="2025-08-01"),
    "missing date": Missing("ends_on"),
    "missing int": Missing("grade_min"),
    "missing empty list": Missing("interests"),
    "missing points": Missing("points"),
    "missing keyword": Missing("format"),
    "near 5": Near(*DOWNTOWN, 5),
    "near 15": Near(*DOWNTOWN, 15),
    "near 25": Near(*DOWNTOWN, 25),
    "mentions": Mentions(("robot",)),
    "mentions any word": Mentions(tuple(words("coding numbers"))),
    "mentions folded": Mentions(tuple(words("Matemáticas"))),
    "mentions cjk": Mentions(("小科学家",)),
    "mentions none": Mentions(("submarine",)),
    "all": All((Is("type", "program"), Between("grade_max", gte=6))),
    "either": Either((Is("free", True), Is("fee_waiver", True))),
    "not": Not(Is("free", True)),
    "not missing": Not(Missing("points")),
    "not between": Not(Between("ends_on", lte="2025-05-01")),
    "nested": All(
        (
            Either((Near(*DOWNTOWN, 15), Is("format", "online"))),
            Not(Between("ends_on", lte="2025-05-01")),
            Either((AnyOf("interests", ("coding", "math")), Not(Missing("supports")))),
        )
    ),
    "nested not": Not(Either((All((Is("free", True), Missing("ends_on"))), Mentions(("kinder",))))),
    "matcher": all_of(*constraints(QUESTION, relaxed=())),
    "matcher relaxed": all_of(*constraints(QUESTION, relaxed=("distance", "language"))),
    "matcher english": all_of(*constraints(ENGLISH, relaxed=(), types=TYPES)),
    "matcher services": all_of(*constraints(NEARBY, relaxed=(), types=("service",))),
}


@pytest.fixture
def loaded(es_backend):
    es_backend.apply(DOCS, [])
    return es_backend


def ids(hits):
    return {doc["id"] for doc, _score in hits}


def expected_ranking(docs, condition, prefs):
    """The database backend's ranking (search.backends.database), without the database."""
    ranked = [(doc["id"], score(doc, prefs)) for doc in docs if condition.holds(doc)]
    return sorted(ranked, key=lambda hit: (-hit[1], hit[0]))


@pytest.mark.parametrize("condition", CONDITIONS.values(), ids=CONDITIONS.keys())
def test_condition_selects_what_holds(loaded, condition):
    hits = loaded.search(condition, [], size=100)
    assert ids(hits) == {doc["id"] for doc in DOCS if condition.holds(doc)}


def test_every_condition_is_tested_on_both_sides_of_the_line():
    """Each condition above keeps some documents and drops others (a few select all or none
    on purpose), so a condition compiled to match_all or to nothing would fail."""
    decisive = [
        name for name, c in CONDITIONS.items() if 0 < sum(c.holds(d) for d in DOCS) < len(DOCS)
    ]
    assert len(decisive) >= len(CONDITIONS) - 4


def test_source_comes_back_as_indexed(loaded):
    hits = loaded.search(Anything(), [], size=100)
    assert sorted((doc for doc, _score in hits), key=lambda d: d["id"]) == DOCS


@pytest.mark.parametrize(
    "question",
    [
        QUESTION,
        Question(language="en", today=date(2025, 5, 1)),
        Question(language="zh-hans", grade=4, point=DOWNTOWN, today=date(2025, 3, 20)),
    ],
    ids=["rich", "empty", "chinese"],
)
def test_ranking_is_the_database_ranking(loaded, question):
    prefs = preferences(question)
    for condition in (Anything(), all_of(*constraints(question, relaxed=("distance",)))):
        hits = loaded.search(condition, prefs, size=100)
        assert [(doc["id"], points) for doc, points in hits] == expected_ranking(
            DOCS, condition, prefs
        )


def test_ranking_without_a_base_preference(loaded):
    """A document meeting no preference scores 0, as in the database (function_score alone
    would give it 1); equal scores go to the lower id."""
    prefs = [Preference("free", Is("free", True), 2.0), Preference(None, Near(*DOWNTOWN, 15), 0.5)]
    hits = loaded.search(Anything(), prefs, size=100)
    assert [(doc["id"], points) for doc, points in hits] == expected_ranking(
        DOCS, Anything(), prefs
    )
    assert hits[-1][1] == 0


def test_size_cuts_the_ranking(loaded):
    prefs = preferences(QUESTION)
    hits = loaded.search(Anything(), prefs, size=3)
    assert [(doc["id"], points) for doc, points in hits] == expected_ranking(
        DOCS, Anything(), prefs
    )[:3]


def test_apply_updates_and_deletes(loaded):
    changed = {**DOCS[0], "free": False}
    loaded.apply([changed], [DOCS[1]["id"], 9999])  # 9999 was never there: no error
    assert loaded.count() == len(DOCS) - 1
    hits = loaded.search(Is("free", False), [], size=100)
    assert ids(hits) == {1, 5, 7}
    assert DOCS[1]["id"] not in ids(loaded.search(Anything(), [], size=100))


def test_apply_creates_the_index(es_backend):
    assert es_backend.count() == 0
    with pytest.raises(SearchUnavailable):
        es_backend.search(Anything(), [], size=10)  # no index yet
    es_backend.apply([], [1])
    assert es_backend.count() == 0
    es_backend.apply(DOCS[:2], [])
    assert es_backend.count() == 2


def test_replace_all_moves_the_alias(loaded):
    client = loaded.client
    (old,) = client.indices.get_alias(name=loaded.alias)
    loaded.replace_all(DOCS[2:])
    (new,) = client.indices.get_alias(name=loaded.alias)
    assert new != old
    assert new.startswith(f"{loaded.alias}-")
    assert not client.indices.exists(index=old)
    assert loaded.count() == len(DOCS) - 2
    assert ids(loaded.search(Anything(), [], size=100)) == {d["id"] for d in DOCS[2:]}


def test_replace_all_from_nothing(es_backend):
    es_backend.replace_all(DOCS)
    assert es_backend.count() == len(DOCS)
    assert len(es_backend.client.indices.get_alias(name=es_backend.alias)) == 1


def test_mapping(loaded):
    (mapping,) = loaded.client.indices.get_mapping(index=loaded.alias).values()
    fields = mapping["mappings"]["properties"]
    assert fields["text_all"]["analyzer"] == "hub_words"
    assert fields["points"]["type"] == "geo_point"
    assert fields["dates"]["type"] == "date"
    assert fields["interests"]["type"] == "keyword"
    assert fields["title"]["properties"]["zh-hans"]["analyzer"] == "cjk"
    assert fields["summary"]["properties"]["es"]["analyzer"] == "spanish"
    assert fields["organization"]["properties"]["vi"]["analyzer"] == "standard"
    assert "steps" not in fields


def test_ping(es_backend):
    assert es_backend.ping()


def _quick_failures(backend):
    """Each operation raises SearchUnavailable; returns the slowest one's seconds."""
    slowest = 0.0
    for call in (
        lambda: backend.search(Anything(), [], size=10),
        lambda: backend.apply(DOCS, []),
        backend.count,
    ):
        started = time.monotonic()
        with pytest.raises(SearchUnavailable):
            call()
        slowest = max(slowest, time.monotonic() - started)
    return slowest


def test_nothing_listening_is_unavailable():
    backend = ElasticsearchBackend(f"http://127.0.0.1:{free_port()}", prefix="down")
    assert _quick_failures(backend) < 2
    assert backend.ping() is False


def test_a_hung_server_is_unavailable_after_the_timeout():
    """A server that takes the connection and never answers costs `timeout`, not more."""
    with socket.socket() as hung:
        hung.bind(("127.0.0.1", 0))
        hung.listen(16)
        url = f"http://127.0.0.1:{hung.getsockname()[1]}"
        backend = ElasticsearchBackend(url, prefix="hung", timeout=0.3)
        assert _quick_failures(backend) < 2


def test_a_restarted_server_keeps_its_indexes(noida_server, loaded):
    noida_server.stop()
    with pytest.raises(SearchUnavailable):
        loaded.search(Anything(), [], size=10)
    noida_server.start()
    assert loaded.count() == len(DOCS)
    assert ids(loaded.search(Anything(), [], size=100)) == {d["id"] for d in DOCS}
