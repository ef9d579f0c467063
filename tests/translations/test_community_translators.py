"""Community translators (issue 20, part one): staff invite one for a language; they see what
needs them, most viewed first; they write a translation beside the English; it waits for review
by staff or a lead translator of that language; approving publishes exactly those fields. They
can open no page editor, change no English or other language, and publish nothing themselves."""

import datetime
import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone, translation
from partners_fixtures import assert_refused
from wagtail.models import Page

from hub.counters.models import Appearance
from hub.directory.i18n import localized_field_name, stored_value
from hub.translations.coverage import states
from hub.translations.models import TranslationCheck, TranslationProposal
from hub.translations.translators import ensure_translator

pytestmark = pytest.mark.django_db


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def form_of(client, url):
    """The editor's form as a translator's browser would post it back: its token and every
    text box with what it holds."""
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    data = {"csrfmiddlewaretoken": token}
    for name, value in re.findall(r'<input type="text" name="(\w+)" value="([^"]*)"', html):
        data[name] = value
    for name, value in re.findall(r'<textarea name="(\w+)"[^>]*>\n?(.*?)</textarea>', html, re.S):
        data[name] = value
    return html, data


@pytest.fixture
def somali(world):
    user, _created = ensure_translator("fadumo@liaison.example", ["so"])
    return user


def translate(client, page, language, **fields):
    url = f"/admin/translations/work/{page.pk}/{language}/"
    _html, data = form_of(client, url)
    data.update(fields)
    return client.post(url, data, follow=True)


def test_staff_invite_a_translator_who_gets_a_link_and_only_admin_access(client, world):
    client.force_login(world.staff)
    page = client.get("/admin/translations/translators/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())[1]
    response = client.post(
        "/admin/translations/translators/",
        {"csrfmiddlewaretoken": token, "email": "Hodan@Liaison.example", "languages": ["so"]},
    )
    body = response.content.decode()
    assert "/admin/password_reset/" in body  # the one-time link to choose a password
    assert "hodan@liaison.example" in body and "Soomaali" in body

    out = StringIO()
    call_command("add_translator", "tuan@liaison.example", "vi", "--lead", stdout=out)
    assert "lead translator for vi" in out.getvalue()
    with pytest.raises(CommandError, match="Choose one or more"):
        call_command("add_translator", "x@liaison.example", "en")  # English is the source
    with pytest.raises(CommandError, match="partner or staff"):
        call_command("add_translator", "a@alpha.example", "so")  # a partner's address


def test_the_queue_lists_what_needs_them_most_viewed_first(client, world, somali):
    today = timezone.localdate()
    Appearance.objects.create(page=world.beta_camp, day=today, count=40)
    Appearance.objects.create(page=world.alpha_club, day=today, count=3)
    # Long ago: not what families look at now.
    Appearance.objects.create(
        page=world.alpha_club, day=today - datetime.timedelta(days=400), count=999
    )
    client.force_login(somali)
    body = client.get("/admin/translations/work/").content.decode()
    assert body.index("Beta Code Camp") < body.index("Alpha Robot Club")
    assert "Never translated" in body
    assert "Alpha Draft Workshop" not in body  # not live: nothing for families yet


def test_a_translation_waits_for_review_then_publishes_only_its_fields(client, world, somali):
    club = world.alpha_club
    english_title = club.title
    client.force_login(somali)
    response = translate(
        client,
        club,
        "so",
        title="Naadiga Robotka Alfa",
        summary="Dhis robot",
        # Crafted: fields of another language and of English are not in the form at all.
        title_en="Hacked",
        summary_es="Hackeado",
        title_so="Hacked too",
    )
    assert "sent for review" in response.content.decode()
    club = fresh(club)
    assert stored_value(club, "title", "so") in (None, "")  # nothing published yet
    family = Client().get(club.get_url().replace("/en/", "/so/", 1)).content.decode()
    assert re.search(r'class="summary"[^>]*>[^<]*</p>\s*<p class="untranslated">', family)
    proposal = TranslationProposal.objects.get(page_id=club.pk)
    assert proposal.fields == {"title": "Naadiga Robotka Alfa", "summary": "Dhis robot"}

    # Not the translator's to approve, even by a crafted post.
    assert client.post(f"/admin/translations/proposals/{proposal.pk}/", {"decision": "approve"})
    assert TranslationProposal.objects.get(pk=proposal.pk).status == "waiting"

    client.force_login(world.staff)
    client.post(f"/admin/translations/proposals/{proposal.pk}/", {"decision": "approve"})
    club = fresh(club)
    assert stored_value(club, "title", "so") == "Naadiga Robotka Alfa"
    assert stored_value(club, "title", "en") == english_title
    assert not stored_value(club, "summary", "es")
    family = Client().get(club.get_url().replace("/en/", "/so/", 1)).content.decode()
    assert "Naadiga Robotka Alfa" in family and "Dhis robot" in family
    # Translated and approved: no "not yet translated" mark beside it (there was one).
    marked = re.search(r'class="summary"[^>]*>Dhis robot</p>\s*<p class="untranslated">', family)
    assert marked is None
    check = TranslationCheck.objects.get(page_id=club.pk, field="title", language="so")
    assert check.checked_by == somali


def test_approving_keeps_the_partners_draft_in_review_and_its_approval_keeps_the_translation(
    client, world, somali
):
    camp = world.beta_camp  # live, with a renamed draft waiting in Beta's review workflow
    client.force_login(somali)
    translate(client, camp, "so", summary="Xerada koodhka")
    client.force_login(world.staff)
    proposal = TranslationProposal.objects.get(page_id=camp.pk)
    client.post(f"/admin/translations/proposals/{proposal.pk}/", {"decision": "approve"})

    camp = fresh(camp)
    assert camp.title == "Beta Code Camp"  # the partner's rename is still a draft
    assert stored_value(camp, "summary", "so") == "Xerada koodhka"
    assert camp.has_unpublished_changes and camp.current_workflow_task is not None
    draft = camp.get_latest_revision_as_object()
    assert stored_value(draft, "title", "en") != "Beta Code Camp"
    assert stored_value(draft, "summary", "so")

    # Staff approve the partner's draft later: the translation stays published.
    camp.current_workflow_task.on_action(camp.current_workflow_task_state, world.staff, "approve")
    camp = fresh(camp)
    assert camp.title != "Beta Code Camp"
    assert stored_value(camp, "summary", "so") == "Xerada koodhka"


def test_a_lead_reviews_their_language_only_and_never_their_own_work(client, world, somali):
    lead, _created = ensure_translator("amina@liaison.example", ["so"], lead=True)
    vietnamese, _created = ensure_translator("lan@liaison.example", ["vi"])
    client.force_login(somali)
    translate(client, world.alpha_club, "so", summary="Dhis robot")
    client.force_login(vietnamese)
    translate(client, world.alpha_club, "vi", summary="Chế tạo rô-bốt")
    client.force_login(lead)
    translate(client, world.beta_camp, "so", summary="Xerada koodhka")

    mine, theirs, other = (
        TranslationProposal.objects.get(translator=lead),
        TranslationProposal.objects.get(translator=somali),
        TranslationProposal.objects.get(translator=vietnamese),
    )
    listed = client.get("/admin/translations/proposals/").content.decode()
    assert "Dhis robot" in listed and "Chế tạo rô-bốt" not in listed

    for proposal, expected in ((other, "waiting"), (mine, "waiting"), (theirs, "approved")):
        response = client.post(
            f"/admin/translations/proposals/{proposal.pk}/", {"decision": "approve"}, follow=True
        )
        assert TranslationProposal.objects.get(pk=proposal.pk).status == expected
        if expected == "waiting":
            assert_refused(response)


def test_a_translator_opens_no_editor_and_publishes_nothing(client, world, somali):
    client.force_login(somali)
    club = world.alpha_club
    hidden = ("Alpha Draft Workshop",)
    for url in (
        f"/admin/pages/{club.pk}/edit/",
        f"/admin/pages/{club.pk}/",
        f"/admin/pages/{club.pk}/unpublish/",
        f"/admin/pages/{club.pk}/delete/",
        f"/admin/pages/{world.alpha.pk}/add_subpage/",
        f"/admin/translations/listing/{club.pk}/",
        "/admin/translations/",
        "/admin/translations/translators/",
    ):
        assert_refused(client.get(url, follow=True), *hidden)
    # Another language, and a page that is not a listing, are refused too.
    assert_refused(client.get(f"/admin/translations/work/{club.pk}/vi/", follow=True))
    for page in (world.home, world.alpha_draft):
        url = f"/admin/translations/work/{page.pk}/so/"
        assert client.get(url, follow=True).status_code == 404
    with translation.override("en"):
        assert states(fresh(club))["so"].status == "untranslated"


def test_the_editor_shows_what_changed_in_the_english(client, world, somali):
    club = fresh(world.alpha_club)
    with translation.override("en"):
        club.summary = "Build robots after school."
        setattr(club, localized_field_name("summary", "so"), "Dhis robot kadib dugsiga.")
        club.save_revision().publish()
        club = fresh(club)
        club.summary = "Build and race robots on Saturdays."
        club.save_revision().publish()
    client.force_login(somali)
    html, data = form_of(client, f"/admin/translations/work/{club.pk}/so/")
    assert "<del>after school.</del>" in html and "<ins>and race" in html
    assert data["summary"] == "Dhis robot kadib dugsiga."  # the previous translation, to edit
    body = client.get("/admin/translations/work/").content.decode()
    assert "The English changed" in body


def test_the_body_is_translated_piece_by_piece_and_keeps_its_blocks(client, world, somali):
    club = fresh(world.alpha_club)
    with translation.override("en"):
        club.body = [
            ("heading", "What you will do"),
            ("paragraph", '<p>Build robots with <a href="https://example.org/kit">a kit</a>.</p>'),
            ("question", {"question": "Do I need a laptop?", "answer": "No, we lend one."}),
        ]
        club.save_revision().publish()
    club = fresh(club)
    url = f"/admin/translations/work/{club.pk}/so/"
    client.force_login(somali)
    html, data = form_of(client, url)
    assert "Build robots with a kit." in html  # the English as families read it
    assert 'href="https://example.org/kit"' in html.replace("&quot;", '"')  # its link, to keep

    data.update({"body-0-text": "Waxaad samayn doontaa"})  # one piece of four
    response = client.post(url, data)
    assert "Translate every part of the description" in response.content.decode()
    assert not TranslationProposal.objects.exists()

    data.update(
        {
            "body-1-text": '<p>Dhis robot <a href="https://example.org/kit">xirmo</a>'
            "<script>alert(1)</script>.</p>",
            "body-2-question": "Ma u baahanahay laptop?",
            "body-2-answer": "Maya, waan ku amaahinaynaa.",
        }
    )
    client.post(url, data)
    client.force_login(world.staff)
    proposal = TranslationProposal.objects.get(page_id=club.pk)
    listed = client.get("/admin/translations/proposals/").content.decode()
    assert "Ma u baahanahay laptop?" in listed
    client.post(f"/admin/translations/proposals/{proposal.pk}/", {"decision": "approve"})

    with translation.override("so"):
        somali_url = club.get_url()
    family = Client().get(somali_url).content.decode()
    assert "Waxaad samayn doontaa" in family and "Maya, waan ku amaahinaynaa." in family
    assert 'href="https://example.org/kit"' in family and "xirmo" in family
    assert "<script>alert" not in family  # the tag is dropped (its text stays as text)
    english = Client().get(somali_url.replace("/so/", "/en/", 1)).content.decode()
    assert "What you will do" in english and "Waxaad" not in english
    with translation.override("en"):
        assert "body" in states(fresh(club))["so"].translated
