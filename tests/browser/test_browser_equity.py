"""The equity page on a phone, in a real browser: one column with no sideways scroll, the bars
drawn, labels beside them (on the right in Arabic), every number a tap away, downloads that
open; the searches of the month that has ended, and only the day this month's are published."""

import datetime

import pytest
from chromium import assert_accessible
from django.utils import translation
from partners_fixtures import build_world
from playwright.sync_api import expect

from hub.counters.models import Demand
from hub.directory.formatting import in_sentence_date
from hub.directory.models import Interest
from hub.equity.figures import month_start
from hub.equity.models import ParticipationCount, PopulationGroup

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PHONE = {"width": 360, "height": 740}


def published_figures(world):
    robotics = Interest.objects.get(slug="robotics")
    for program in (world.alpha_club, world.beta_camp):
        program.interests.add(robotics)
        program.save()
    girls = PopulationGroup.objects.create(
        category="gender", name="Girls", name_ar="فتيات", share=50
    )
    boys = PopulationGroup.objects.create(category="gender", name="Boys", name_ar="فتيان", share=50)
    for program, (g, b) in ((world.alpha_club, (7, 30)), (world.beta_camp, (25, 20))):
        ParticipationCount.objects.create(
            page=program, year=2026, term="fall", group=girls, count=g
        )
        ParticipationCount.objects.create(page=program, year=2026, term="fall", group=boys, count=b)
    last_month = month_start(month_start() - datetime.timedelta(days=1))
    this_month = month_start()
    for month, interest, language in (
        (last_month, "robotics", "so"),
        (this_month, "robotics", "ar"),
    ):
        Demand.objects.create(
            month=month,
            grade_band="6-8",
            interest=interest,
            language=language,
            area="north",
            needs="",
            results="0",
            count=14,
        )


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_equity_page_reads_on_a_phone(live_server, chromium, language):
    world = build_world()
    published_figures(world)
    phone = chromium.new_context(viewport=PHONE, locale=language).new_page()
    phone.goto(f"{live_server.url}/{language}/equity/?category=gender")
    expect(phone.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_accessible(phone)

    chart = phone.locator("#coverage svg.chart")
    bar = chart.locator("rect.bar").first
    expect(bar).to_be_visible()
    bar_box = bar.bounding_box()
    label_box = chart.locator("text").first.bounding_box()
    assert bar_box["width"] > 10
    if language == "ar":
        assert label_box["x"] >= bar_box["x"] + bar_box["width"] - 1  # label on the right
    else:
        assert label_box["x"] + label_box["width"] <= bar_box["x"] + 1

    # Every number is there, folded away until asked for.
    table = phone.locator("#coverage table")
    expect(table).to_be_hidden()
    phone.locator("#coverage summary").click()
    expect(table).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    # The gap families met last month, in words (this month's are published on the 1st of the
    # next), and the index by program with the 7 girls hidden (and what would give them back).
    expect(phone.locator("#demand li")).to_have_count(1)
    expect(phone.locator("#demand li")).to_contain_text("Soomaali")  # not this month's Arabic
    published = month_start().replace(day=28) + datetime.timedelta(days=4)
    with translation.override(language):
        expected_date = in_sentence_date(published)
    expect(phone.locator("#demand .note")).to_contain_text(expected_date)
    phone.locator("#representation summary").last.click()
    index = phone.locator("#representation table.index").last
    expect(index).to_be_visible()
    expect(index.locator("thead")).to_contain_text("فتيات" if language == "ar" else "Girls")
    expect(index.locator("tbody abbr").first).to_be_visible()
    assert "7" not in index.locator("tbody").inner_text().split()
    assert_accessible(phone)  # with the tables open

    with phone.expect_download() as download:
        phone.locator("#coverage .downloads a", has_text="CSV").click()
    assert download.value.suggested_filename == f"coverage-{month_start():%Y-%m}.csv"
