"""What partners and staff get for translations: the English beside each field being translated,
translations marked possibly out of date when the English changes (until confirmed), and
staff's coverage report with its CSV."""

import csv
import io

import pytest
from django.test import Client
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from partners_fixtures import assert_refused
from wagtail.models import Page

from hub.directory.i18n import localized_field_name
from hub.translations.coverage import states
from hub.translations.models import TranslationCheck

pytestmark = pytest.mark.django_db
STALE = "Possibly out of date: the English changed after this was translated."


def spanish(field):
    return localized_field_name(field, "es")


def publish(page, user=None, **fields):
    page = Page.objects.get(pk=page.pk).specific  # the module's objects outlive each test
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=user).publish()
    return Page.objects.get(pk=page.pk).specific


def test_a_translation_goes_out_of_date_when_the_english_changes(world):
    club = publish(
        world.alpha_club, summary="Build robots.", **{spanish("summary"): "Construya robots."}
    )
    assert states(club)["es"].status == "partial"  # the title has no Spanish yet
    assert states(club)["es"].outdated == []

    club = publish(club, summary="Build and race robots on Saturdays.")
    assert states(club)["es"].outdated == ["summary"]
    assert states(club)["vi"].outdated == []  # nothing written in Vietnamese to go stale

    # Translating the English again brings it up to date.
    club = publish(club, **{spanish("summary"): "Construya robots y compita los sábados."})
    assert states(club)["es"].outdated == []
    # Both changed in one edit: the translation is taken as written for the new English.
    club = publish(club, summary="Race robots.", **{spanish("summary"): "Compita con robots."})
    assert states(club)["es"].outdated == []


def test_the_editor_shows_the_english_and_the_warning_beside_the_translation(client, world):
    club = publish(
        world.alpha_club, summary="Build robots.", **{spanish("summary"): "Construya robots."}
    )
    club = publish(club, summary="Build and race robots.")
    client.force_login(world.partner_a)
    response = client.get(f"/admin/pages/{club.pk}/edit/")
    form = response.context["form"]
    assert str(form.fields[spanish("summary")].help_text).count("Possibly out of date") == 1
    assert "English: Build and race robots." in str(form.fields[spanish("summary")].help_text)
    assert (
        form.fields[localized_field_name("summary", "vi")].help_text
        == "English: Build and race robots."
    )
    assert "English: Build and race robots." in response.content.decode()


def test_a_translator_confirms_a_translation_still_matches(client, world):
    club = publish(
        world.alpha_club, summary="Build robots.", **{spanish("summary"): "Construya robots."}
    )
    club = publish(club, summary="Build robots!")
    # A family reading the Spanish page is told the summary may be out of date...
    family, spanish_page = Client(), club.url.replace("/en/", "/es/", 1)
    with translation.override("es"):
        warning = escape(gettext(STALE))
    assert warning in family.get(spanish_page).content.decode()
    client.force_login(world.partner_a)
    page = client.get(f"/admin/translations/listing/{club.pk}/").content.decode()
    assert 'value="summary:es"' in page
    response = client.post(f"/admin/translations/listing/{club.pk}/", {"confirm": "summary:es"})
    assert response.status_code == 302
    # ...and no longer once a translator confirmed it, though nothing was published.
    assert warning not in family.get(spanish_page).content.decode()
    assert states(Page.objects.get(pk=club.pk).specific)["es"].outdated == []
    check = TranslationCheck.objects.get(page=club, field="summary", language="es")
    assert check.checked_by == world.partner_a


def test_partners_cannot_see_or_confirm_other_organizations_translations(client, world):
    client.force_login(world.partner_b)
    url = f"/admin/translations/listing/{world.alpha_club.pk}/"
    assert_refused(client.get(url, follow=True), "Alpha Robot Club")
    assert_refused(client.post(url, {"confirm": "summary:es"}, follow=True))
    assert not TranslationCheck.objects.filter(page=world.alpha_club, checked_by=world.partner_b)
    assert_refused(client.get("/admin/translations/", follow=True), "Alpha Robot Club")


def test_staff_coverage_report_filters_totals_and_downloads(client, world):
    publish(world.alpha_club, summary="Build robots.", **{spanish("summary"): "Construya robots."})
    client.force_login(world.staff)
    response = client.get("/admin/translations/", {"language": "es"})
    assert response.status_code == 200
    rows = response.context["rows"]
    assert rows and {row["language"] for row in rows} == {"es"}
    club = next(row for row in rows if row["page"].pk == world.alpha_club.pk)
    assert (club["status"], club["translated"], club["organization"]) == (
        "partial",
        1,
        "Alpha Robotics",
    )
    assert [t["name"] for t in response.context["by_language"]] == ["Español"]
    alpha = response.context["organizations"].get(title="Alpha Robotics")
    only_alpha = client.get("/admin/translations/", {"organization": alpha.pk}).context["rows"]
    assert {row["organization"] for row in only_alpha} == {"Alpha Robotics"}

    download = client.get("/admin/translations/", {"language": "es", "export": "csv"})
    assert download["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(download.content.decode())))
    assert table[0][:4] == ["Listing", "Type", "Organization", "Language"]
    assert ["Alpha Robot Club", "program", "Alpha Robotics", "es", "partial"] in [
        r[:5] for r in table
    ]


def test_the_reports_menu_offers_coverage_to_staff_only(client, world):
    client.force_login(world.staff)
    assert "/admin/translations/" in client.get("/admin/").content.decode()
    client.force_login(world.partner_a)
    assert '/admin/translations/"' not in client.get("/admin/").content.decode()
