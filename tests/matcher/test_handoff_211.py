"""The hand-off to 211 (issue 21, part 3), on the demo region: the region's 211 stands beside
the hub's own contact, in the family's language; above the results it is offered where few
programs fit, where the family names a need beyond learning ("vivienda") or typed words the
hub does not know, or asked for support, and not where plenty of programs answer a plain
question. Turned off, it is nowhere."""

import re

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

REGION_211 = {"HUB_211_TEXT": "898-211", "HUB_211_SITE": "https://211.example.org"}
OFFER = re.compile(r'<p class="notice" data-refer="211">.*?</p>', re.S)


def page(client, address):
    response = client.get(address)
    assert response.status_code == 200
    return response.content.decode()


def count(html):
    return int(re.search(r'<h2 id="results"[^>]*>(\d+)', html)[1])


@override_settings(**REGION_211)
def test_211_stands_beside_the_hubs_contact_in_the_familys_language(client, region):
    html = page(client, "/es/find/?grade=7&interests=coding")
    talk = re.search(r'<div class="ask-a-person".*?</div>', html, re.S)[0]
    assert '<a href="tel:211">' in talk and '<a href="sms:898211">' in talk
    assert 'href="https://211.example.org" rel="noreferrer"' in talk
    assert "vivienda" in talk  # "food, housing, health care", said in Spanish
    assert count(html) >= 3 and not OFFER.search(html)  # plenty fits: no offer above them


@override_settings(**REGION_211)
@pytest.mark.parametrize(
    "question",
    [
        "grade=7&q=vivienda",  # a need beyond learning, in Spanish
        "grade=7&q=c%E1%BA%A7n+nh%C3%A0+%E1%BB%9F",  # "cần nhà ở", in Vietnamese
        "grade=7&q=zxqv",  # a word the hub does not know
        "grade=0&interests=astronomy&kinds=apprenticeship",  # nothing fits every choice
        "grade=7&interests=coding&needs=transportation",  # support asked for
    ],
)
def test_211_is_offered_above_the_results_where_the_hub_may_not_be_enough(client, region, question):
    html = page(client, f"/en/find/?{question}")
    offer = OFFER.search(html)
    assert offer, question
    assert 'href="#talk-to-a-person"' in offer[0]


@override_settings(HUB_211_PHONE="")
def test_turned_off_it_is_nowhere(client, region):
    html = page(client, "/en/find/?grade=7&q=vivienda")
    assert 'class="two-one-one"' not in html and not OFFER.search(html)
