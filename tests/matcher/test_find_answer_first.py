"""Issue 16, item 1 and "Show more": after a question the find page opens on the answer, with
the question folded into one line, and every ranked result can be paged to, without
JavaScript. A phone with a long form used to put the first result ~3,000 px down and show only
10 of the ~40 ranked programs."""

import re

import pytest
from factories import (
    InterestFactory,
    LanguageFactory,
    OrganizationPageFactory,
    ProgramPageFactory,
    session,
)

SUMMARY = re.compile(r'<details class="your-question">\s*<summary[^>]*>(.*?)</summary>', re.S)
RESULT_ID = re.compile(r'<article class="card result" data-id="(\d+)"')


def _world(indexes, count):
    LanguageFactory(code="en", endonym="English", english_name="English")
    robotics = InterestFactory(slug="robotics", name="Robotics", name_es="Robótica")
    for n in range(count):  # one organization each: the per-organization cap holds none back
        org = OrganizationPageFactory(parent=indexes["partners"], title=f"Org {n}", slug=f"o{n}")
        program = ProgramPageFactory(
            parent=org,
            slug=f"club-{n}",
            title=f"Club {n}",
            interests=[robotics],
            cost_type="free",
            sessions=[session(10, 30)],
        )
        program.save_revision().publish()  # the publish signal indexes it


@pytest.fixture
def many(indexes):
    _world(indexes, 25)


@pytest.fixture
def few(indexes):
    _world(indexes, 4)


QUESTION = "/en/find/?grade=9&interests=robotics&zip=95823"


def test_after_a_question_the_answer_comes_before_the_form(client, many):
    """The family who pressed "Show programs" lands on the answer, not on the top of the form."""
    body = client.get(QUESTION).content.decode()
    heading = re.search(r'<h2 id="results"[^>]*tabindex="-1"', body)
    assert heading, "the results heading has the #results id and can take focus"
    form_fields = body.index('name="grade"')
    folded = re.search(r'<details class="your-question">\s*<summary', body)  # closed: no "open"
    assert heading.start() < form_fields or (folded and folded.start() < heading.start())
    assert 'action="#results"' in body or re.search(r'<form[^>]*action="[^"]*#results"', body)


def test_the_question_is_folded_into_one_line_naming_grade_interest_and_place(client, many):
    body = client.get(QUESTION).content.decode()
    summary = SUMMARY.search(body)
    assert summary, "the form is folded in a closed <details> under a one-line summary"
    line = re.sub(r"<[^>]+>", "", summary.group(1))
    assert "Grade 9" in line and "Robotics" in line and "near 95823" in line
    assert "Change" in line


def test_the_folded_line_is_in_the_page_language(client, many):
    body = client.get("/es/find/?grade=9&interests=robotics&zip=95823").content.decode()
    summary = SUMMARY.search(body)
    line = re.sub(r"<[^>]+>", "", summary.group(1))
    assert "Robótica" in line and "Grade" not in line


def test_without_a_question_the_form_is_open(client, many):
    body = client.get("/en/find/").content.decode()
    assert 'id="results"' not in body
    assert '<details class="your-question" open>' in body


def test_a_wrong_answer_keeps_the_form_open_to_correct(client, many):
    response = client.get("/en/find/?grade=9&zip=Atlantis")
    assert response.status_code == 400
    assert '<details class="your-question" open>' in response.content.decode()


def test_show_more_pages_through_every_ranked_result(client, many):
    """25 programs fit; only 10 were ever shown, with no way to the other 15."""
    first = client.get(QUESTION).content.decode()
    page_1 = RESULT_ID.findall(first)
    assert len(page_1) == 10
    assert "Showing 1–10 of 25 programs" in first
    more = re.search(r'<a [^>]*href="([^"]*)"[^>]*>Show more programs</a>', first)
    assert more, "a plain link to the next ten"
    href = more.group(1).replace("&amp;", "&")
    assert href.endswith("#results") and "page=2" in href
    assert "grade=9" in href and "interests=robotics" in href and "zip=95823" in href

    second = client.get("/en/find/" + href.split("#")[0]).content.decode()
    page_2 = RESULT_ID.findall(second)
    assert len(page_2) == 10 and not set(page_2) & set(page_1)
    assert "Showing 11–20 of 25 programs" in second

    third = client.get(QUESTION + "&page=3").content.decode()
    page_3 = RESULT_ID.findall(third)
    assert len(page_3) == 5 and not set(page_3) & set(page_1 + page_2)
    assert "Show more programs" not in third  # all 25 shown


def test_no_show_more_when_everything_is_shown(client, few):
    body = client.get(QUESTION).content.decode()
    assert len(RESULT_ID.findall(body)) == 4
    assert "Show more programs" not in body


@pytest.mark.parametrize("page", ["0", "-1", "9" * 5000, "99999", "²", "\x00", "1.5", "x"])
def test_a_crafted_page_number_is_a_400_or_page_one_never_a_500(client, many, page):
    response = client.get("/en/find/", {"grade": "9", "interests": "robotics", "page": page})
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert len(RESULT_ID.findall(response.content.decode())) == 10
