"""An HSDS import never invents a fact: a service that gives no cost, no ages or no assured
date is shown, matched and exported as not known; a service its source says is not active (or
a template's example row) is kept for the export but never published."""

import io
import json

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation

from hub.directory.models import ProgramPage, SupportServicePage
from hub.hsds.models import HeldBack
from search import indexing
from search.matcher import match
from search.query import Question

pytestmark = pytest.mark.django_db

ORG = "0f6c1f5e-2b1a-4c3d-9e8f-7a6b5c4d3e2f"
UNKNOWN = "1a2b3c4d-5e6f-4a0b-8c1d-2e3f4a5b6c7d"
OLD = "2b3c4d5e-6f7a-4b1c-9d2e-3f4a5b6c7d8e"
FREE = "3c4d5e6f-7a8b-4c2d-8e3f-4a5b6c7d8e9f"
INACTIVE = "4d5e6f7a-8b9c-4d3e-9f4a-5b6c7d8e9f0a"
TEMPLATE = "5e6f7a8b-9c0d-4e4f-8a5b-6c7d8e9f0a1b"


def service(key, name, **fields):
    return {
        "id": key,
        "name": name,
        "description": f"{name}: building robots after school.",
        "status": "active",
        "x_hub_type": "program",
        **fields,
    }


def directory():
    return [
        {
            "id": ORG,
            "name": "Valley Youth Services",
            "description": "A 211 partner.",
            "services": [
                service(UNKNOWN, "Robot Builders"),
                service(OLD, "Old Robot Club", assured_date="2019-12-02"),
                service(
                    FREE,
                    "Free Robot Lab",
                    assured_date=timezone.localdate().isoformat(),
                    minimum_age=12,
                    maximum_age=13,
                    cost_options=[{"id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "amount": 0}],
                ),
                service(INACTIVE, "Closed Robot Club", status="inactive"),
                service(
                    TEMPLATE,
                    "*REQUIRED* text",
                    description="*REQUIRED* A description of the service.",
                    status="Unchangeable",
                ),
            ],
        }
    ]


@pytest.fixture
def imported(tmp_path):
    path = tmp_path / "organizations.json"
    path.write_text(json.dumps(directory()), encoding="utf-8")
    out = io.StringIO()
    call_command("import_hsds", str(path), stdout=out, stderr=out)
    indexing.rebuild_all()
    return out.getvalue()


def page(key):
    return ProgramPage.objects.get(translation_key=key)


def exported(tmp_path):
    call_command("export_hsds", str(tmp_path / "out"), stdout=io.StringIO())
    organizations = json.loads((tmp_path / "out" / "json" / "organizations.json").read_text())
    return {s["id"]: s for org in organizations for s in org.get("services", [])}


def text_of(response):
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


# --- Stored -------------------------------------------------------------------------------


def test_unknown_cost_ages_and_check_date_are_stored_as_unknown(imported):
    unknown = page(UNKNOWN)
    assert unknown.cost_type == ""  # not "free"
    assert (unknown.grade_min, unknown.grade_max) == (None, None)  # not Pre-K to adult
    assert unknown.last_verified is None  # not the day of the import
    assert page(OLD).last_verified.isoformat() == "2019-12-02"
    free = page(FREE)
    assert (free.cost_type, free.grade_min, free.grade_max) == ("free", 7, 7)


# --- Shown --------------------------------------------------------------------------------


def test_the_page_says_cost_ages_and_check_are_not_known(imported):
    html = text_of(Client().get(page(UNKNOWN).get_url()))
    assert "Cost not listed — ask the contact" in html
    assert "Ages not listed" in html
    assert "Not verified yet" in html
    assert "This may be out of date" in html  # never checked: a family is told to ask
    assert ">Free<" not in html and "Pre-K–Adult" not in html


def test_a_page_checked_in_2019_says_2019_and_may_be_out_of_date(imported):
    html = text_of(Client().get(page(OLD).get_url()))
    assert "December 2019" in html
    assert timezone.localdate().strftime("%B %Y") not in html
    assert "This may be out of date" in html


def test_the_program_card_says_cost_and_ages_are_not_listed(imported):
    listing = ProgramPage.objects.get(translation_key=UNKNOWN).get_parent().get_url()
    html = text_of(Client().get(listing))
    card = html[html.index("Robot Builders") :][:600]
    assert "Cost not listed — ask the contact" in card and "Ages not listed" in card


def test_unknown_facts_are_translated(imported):
    html = text_of(Client().get(page(UNKNOWN).get_url().replace("/en/", "/es/", 1)))
    with translation.override("es"):
        from django.utils.translation import gettext

        expected = [gettext("Ages not listed"), gettext("Not verified yet")]
    assert all(text in html for text in expected)


# --- Matched ------------------------------------------------------------------------------


def found(**answers):
    answer = match(Question(language="en", **answers))
    return {r.doc["title"]["en"]: dict(r.reasons) for r in answer.results}


def test_unknown_cost_is_not_free_to_the_matcher(imported):
    assert "Robot Builders" in found()  # a plain search keeps it
    assert "Robot Builders" not in found(free=True)
    assert "Robot Builders" not in found(low_cost=True)
    assert "Free Robot Lab" in found(free=True)
    reasons = found()["Robot Builders"]
    assert reasons.get("cost_unknown") == "Cost not listed"
    assert "free" not in reasons


def test_unknown_ages_match_any_grade_without_saying_they_fit(imported):
    for grade in (-1, 7, 12, 13):
        reasons = found(grade=grade)["Robot Builders"]
        assert reasons.get("grade_unknown") == "Ages not listed"
        assert "grade" not in reasons
    assert found(grade=7)["Free Robot Lab"]["grade"] == "For grade 7"


def test_the_result_card_says_cost_and_ages_are_not_listed(imported):
    html = text_of(Client().get("/en/find/", {"grade": 7}))
    card = html[html.index("Robot Builders") :][:800]
    assert "Cost not listed — ask the contact" in card and "Ages not listed" in card


# --- Exported -----------------------------------------------------------------------------


def test_the_export_says_nothing_the_source_did_not(imported, tmp_path):
    services = exported(tmp_path)
    unknown = services[UNKNOWN]
    for key in ("minimum_age", "maximum_age", "assured_date", "x_hub_grades", "x_hub_cost"):
        assert key not in unknown, key
    assert not unknown.get("cost_options")
    assert services[OLD]["assured_date"] == "2019-12-02"
    free = services[FREE]
    assert (free["minimum_age"], free["maximum_age"]) == (12, 13)
    assert free["cost_options"][0]["amount"] == 0


# --- Not active ---------------------------------------------------------------------------


def test_inactive_services_and_template_rows_are_kept_but_not_published(imported, tmp_path):
    for key in (INACTIVE, TEMPLATE):
        held = page(key)
        assert not held.live
        assert Client().get(held.get_url()).status_code == 404
        assert HeldBack.objects.filter(page=held).exists()
    assert "'inactive', not 'active': kept unpublished" in imported
    assert "template's example row" in imported
    titles = found()
    assert "Closed Robot Club" not in titles and "*REQUIRED* text" not in titles
    listing = text_of(Client().get(page(UNKNOWN).get_parent().get_url()))
    assert "Closed Robot Club" not in listing and "REQUIRED" not in listing
    assert SupportServicePage.objects.live().count() == 0

    services = exported(tmp_path)
    assert services[INACTIVE]["status"] == "inactive"
    assert services[INACTIVE]["name"] == "Closed Robot Club"
    assert services[TEMPLATE]["status"] == "Unchangeable"


def test_a_service_active_again_is_published_again(imported, tmp_path):
    records = directory()
    records[0]["services"][3]["status"] = "active"
    (tmp_path / "again").mkdir()
    path = tmp_path / "again" / "organizations.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    call_command("import_hsds", str(path), stdout=io.StringIO())
    assert page(INACTIVE).live
    assert not HeldBack.objects.filter(page=page(INACTIVE)).exists()
    assert not page(TEMPLATE).live
