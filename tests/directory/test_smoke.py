"""Every kind of family page opens in every hub language, in the language asked for."""

import pytest
from django.conf import settings
from factories import (
    OrganizationPageFactory,
    PathwayPageFactory,
    ProgramPageFactory,
    SupportServicePageFactory,
    step,
)

from hub.directory.models import OrganizationPage, ProgramPage


def test_program_page_renders_in_spanish_with_english_fallback(client, indexes):
    org = indexes["partners"].add_child(
        instance=OrganizationPage(title="Acme", slug="acme", kind="employer", summary="Robots")
    )
    org.add_child(
        instance=ProgramPage(
            title="Robot Club",
            slug="robot-club",
            kind="club",
            summary="Build robots",
            summary_es="Construye robots",
            grade_min=6,
            grade_max=8,
        )
    )
    response = client.get("/es/partners/acme/robot-club/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Construye robots" in body
    assert "Build robots" not in body
    assert '<h1 lang="en" dir="ltr">Robot Club</h1>' in body  # no Spanish title yet


@pytest.fixture
def one_of_each(indexes):
    org = OrganizationPageFactory(parent=indexes["partners"], slug="acme")
    ProgramPageFactory(parent=org, slug="club")
    SupportServicePageFactory(parent=org, slug="help")
    PathwayPageFactory(parent=indexes["pathways"], slug="path", steps=[step("middle", "Start")])
    paths = ["/", "/programs/", "/partners/", "/support/", "/pathways/"]
    return paths + [
        "/partners/acme/",
        "/partners/acme/club/",
        "/partners/acme/help/",
        "/pathways/path/",
    ]


@pytest.mark.parametrize("code", [code for code, _name in settings.HUB_LANGUAGES])
def test_every_page_type_opens_in_every_language(client, one_of_each, code):
    for path in one_of_each:
        response = client.get(f"/{code}{path}")
        assert response.status_code == 200, f"/{code}{path}"
        assert f'<html lang="{code}"' in response.content.decode()
