"""Community translators review the UI strings of their language in the admin (issue 20, part
two): what they correct is spoken by the running site at once, in every worker, and is
exported as .po for the repository; each language's reviewed share is public. The glossary
of agreed terms stands beside every editor and flags a translation that ignores a term."""

import html
import re
from urllib.parse import urlencode

import polib
import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from django.utils import translation
from django.utils.translation import trans_real
from partners_fixtures import assert_refused
from test_community_translators import form_of, translate

from hub.caching import versions
from hub.translations import catalog
from hub.translations.management.commands.catalogs import incomplete
from hub.translations.models import CatalogEntry, GlossaryTerm
from hub.translations.translators import ensure_translator

pytestmark = pytest.mark.django_db

STRINGS = "/admin/translations/strings/so/"


@pytest.fixture
def somali(world):
    user, _created = ensure_translator("fadumo@liaison.example", ["so"])
    return user


def rows_of(html):
    """{English: (index, [texts], reviewed)} of the strings on a page of the UI strings screen."""
    found = {}
    for row in re.findall(r"<tr data-string.*?</tr>", html, re.S):
        index = re.search(r'name="key-(\d+)" value="([^"]*)"', row)
        english = re.search(r'<span id="english-\d+">(.*?)</span>', row, re.S)[1]
        texts = re.findall(r'name="text-\d+"(?: value="([^"]*)"|[^>]*>([^<]*)</textarea>)', row)
        reviewed = re.search(r'name="reviewed-\d+" checked', row) is not None
        found[english] = (index[1], [a or b for a, b in texts], reviewed)
    return found


def post_page(client, url, changes, reviewed=()):
    """Post a page of the screen as the browser would: every row as shown, with `changes`
    ({English: text}) typed in and the strings in `reviewed` ticked."""
    shown, data = form_of(client, url)
    rows = rows_of(shown)
    data = {"csrfmiddlewaretoken": data["csrfmiddlewaretoken"], "count": str(len(rows))}
    keys = re.findall(r'name="(key-\d+)" value="([^"]*)"', shown)
    data.update({name: html.unescape(value) for name, value in keys})
    for english, (index, texts, ticked) in rows.items():
        data[f"text-{index}"] = [html.unescape(t) for t in texts]
        if english in changes:
            data[f"text-{index}"] = [changes[english]]
        if ticked or english in reviewed:
            data[f"reviewed-{index}"] = "on"
    return client.post(url, data, follow=True)


def share_shown(language="so"):
    html = Client().get("/en/languages/").content.decode()
    shares = html[html.index('class="language-shares"') :]
    line = re.search(rf'hreflang="{language}".*?</li>', shares, re.S)[0]
    return re.search(r"(\d+)%", line)[1]


def test_a_translator_reviews_strings_and_families_read_the_correction_at_once(
    client, world, somali, django_capture_on_commit_callbacks
):
    assert Client().get("/so/").content.decode().count("U gudub qoraalka ugu muhiimsan") == 1
    before = catalog.share("so")[0]
    client.force_login(somali)
    home = client.get("/admin/translations/work/").content.decode()
    assert "await your review" in home and STRINGS in home

    search = f"{STRINGS}?q=main+content"
    with django_capture_on_commit_callbacks(execute=True):
        response = post_page(
            client,
            search,
            {"Skip to main content": "U bood qoraalka ugu muhiimsan"},
            reviewed={"Skip to main content", "Back to top"},
        )
    assert "1 string saved" in response.content.decode()
    # Waiting strings only (the default): the reviewed ones have left the list.
    assert "Skip to main content" not in rows_of(response.content.decode())

    family = Client().get("/so/").content.decode()
    assert "U bood qoraalka ugu muhiimsan" in family
    assert "U gudub qoraalka ugu muhiimsan" not in family
    assert catalog.share("so")[0] == before + 1  # "Back to top" was not on that page
    entry = CatalogEntry.objects.get(language="so", msgid="Skip to main content")
    assert entry.reviewed and entry.reviewed_by == somali

    # English and the other languages are untouched.
    assert "Skip to main content" in Client().get("/en/").content.decode()
    with translation.override("es"):
        assert translation.gettext("Skip to main content") != "U bood qoraalka ugu muhiimsan"


def test_the_reviewed_share_is_public_and_in_the_staff_report(
    client, world, somali, django_capture_on_commit_callbacks
):
    total = catalog.share("so")[1]
    assert share_shown() == "0"
    strings = catalog.strings("so")[: total // 2 + 1]
    with django_capture_on_commit_callbacks(execute=True):
        catalog.save("so", {s.key: (s.forms, True) for s in strings}, somali)
    assert share_shown() == "50"  # CLDR rounds half of the catalog and one string to 50 %
    client.force_login(world.staff)
    report = client.get("/admin/translations/").content.decode()
    assert re.search(rf'data-ui-share="so">{len(strings)} / {total}<', report)
    assert re.search(rf'data-ui-share="vi">0 / {catalog.share("vi")[1]}<', report)


def test_a_correction_that_would_break_a_page_is_refused_and_nothing_is_saved(
    client, world, somali
):
    client.force_login(somali)
    strings = {s.msgid: s for s in catalog.strings("so")}
    placeholder = next(m for m, s in strings.items() if "%(" in m and not s.msgid_plural)
    cases = {
        "Skip to main content": ("<script>alert(1)</script>", "Remove </script>, <script>"),
        placeholder: ("Waxba", "Keep %("),
    }
    for english, (text, said) in cases.items():
        url = f"{STRINGS}?{urlencode({'show': 'all', 'q': english})}"
        body = post_page(client, url, {english: text}).content.decode()
        assert "Nothing was saved" in body and html.escape(said, quote=False) in body, english
    assert not CatalogEntry.objects.exists()
    # A placeholder the English lacks would raise an error where the page formats it.
    problem = catalog.problem_with(strings[placeholder], ["%(who)s"])
    assert problem and "%(who)s" in problem
    assert catalog.problem_with(strings["Skip to main content"], ["100% bilaash"]) is None
    plural = strings["%(age)d year old"]
    assert catalog.problem_with(plural, ["%(age)d sano", "%(age)d sano"]) is None
    assert "Write a percent" in catalog.problem_with(plural, ["%(age)d sano 5%", "%(age)d"])


def test_a_correction_saved_by_another_worker_is_spoken_on_this_ones_next_request(world):
    assert "U gudub qoraalka ugu muhiimsan" in Client().get("/so/").content.decode()
    # Another worker saved it: the database and the shared versions changed, this process's
    # translation objects did not.
    CatalogEntry.objects.create(
        language="so", msgid="Skip to main content", forms=["Tag qoraalka"], reviewed=True
    )
    cache.set(catalog._VERSION_KEY, "saved-by-another-worker", timeout=None)
    versions.forget_all()
    assert "Tag qoraalka" in Client().get("/so/").content.decode()
    catalog.forget()  # as between tests: the files only
    assert trans_real.translation("so").gettext("Skip to main content") != "Tag qoraalka"


def test_only_translators_of_the_language_and_staff_open_its_strings(client, world, somali):
    vietnamese, _created = ensure_translator("tuan@liaison.example", ["vi"])
    client.force_login(vietnamese)
    assert_refused(client.get(STRINGS, follow=True))
    assert_refused(client.post(STRINGS, {"count": "0"}, follow=True))
    assert_refused(client.get(f"{STRINGS}po/", follow=True))
    assert client.get("/admin/translations/strings/en/", follow=True).status_code == 404
    client.force_login(world.partner_a)
    assert_refused(client.get(STRINGS, follow=True))
    client.logout()
    assert client.get(STRINGS).status_code == 302  # to sign in
    client.force_login(world.staff)
    assert client.get(STRINGS).status_code == 200
    assert client.get(f"{STRINGS}po/").status_code == 200
    # Staff read and download; the reviews are the community's to write.
    assert "Save this page of strings" not in client.get(STRINGS).content.decode()
    assert_refused(client.post(STRINGS, {"count": "0"}, follow=True))


def test_the_export_is_a_complete_catalog_that_keeps_the_reviews(
    client, world, somali, tmp_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        strings = {s.msgid: s for s in catalog.strings("so")}
        catalog.save(
            "so",
            {
                strings["Skip to main content"].key: (["U bood qoraalka"], True),
                strings["Back to top"].key: (strings["Back to top"].forms, True),
            },
            somali,
        )
    client.force_login(somali)
    response = client.get(f"{STRINGS}po/")
    assert response["Content-Disposition"] == 'attachment; filename="so-django.po"'
    # Into a copy of the repository's locale folder, as a developer would commit it.
    path = tmp_path / "locale" / "so" / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    path.write_bytes(response.content)
    exported = polib.pofile(str(path))
    assert exported.find("Skip to main content").msgstr == "U bood qoraalka"
    assert catalog.REVIEWED_MARK in exported.find("Back to top").tcomment
    assert "2 of" in exported.metadata["X-Translation-Status"]
    assert incomplete(path) == []  # `catalogs check` accepts it
    # Committed, the reviews are the repository's: they count with no row in the database.
    CatalogEntry.objects.all().delete()
    with override_settings(BASE_DIR=tmp_path):
        assert catalog.share("so")[0] == 2


def test_the_glossary_is_kept_by_leads_and_flags_what_ignores_it(client, world, somali):
    lead, _created = ensure_translator("amina@liaison.example", ["so"], lead=True)
    glossary_url = "/admin/translations/glossary/so/"
    client.force_login(somali)
    assert client.get(glossary_url).status_code == 200  # reads it
    assert_refused(client.post(glossary_url, {}, follow=True))  # but does not edit it

    client.force_login(lead)
    page = client.get(glossary_url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    management = dict(
        re.findall(
            r'name="(form-(?:TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS)"'
            r'[^>]*value="(\d+)"',
            page,
        )
    )
    client.post(
        glossary_url,
        {
            "csrfmiddlewaretoken": token,
            **management,
            "form-0-english": "robot",
            "form-0-translation": "robot|robotka",
            "form-1-english": "club",
            "form-1-translation": "naadi|naadiga",
        },
    )
    assert GlossaryTerm.objects.filter(language="so").count() == 2

    club = world.alpha_club  # "Alpha Robot Club"
    client.force_login(somali)
    response = translate(client, club, "so", title="Kooxda Robotka Alfa")
    assert "glossary's words for club" in html.unescape(response.content.decode())
    client.force_login(world.staff)
    review = client.get("/admin/translations/proposals/").content.decode()
    assert review.count("data-glossary-flag") == 1
    assert "The glossary says “club” is “naadi|naadiga”" in review

    client.force_login(somali)
    response = translate(client, club, "so", title="Naadiga Robotka Alfa")
    assert "glossary's words" not in html.unescape(response.content.decode())


def test_a_crafted_post_of_the_strings_screen_saves_nothing_and_is_no_error(client, world, somali):
    client.force_login(somali)
    for count in ("lots", "-1", "999999999", ""):
        response = client.post(STRINGS, {"count": count, "key-0": "Back to top"}, follow=True)
        assert response.status_code == 200, count
    response = client.post(
        STRINGS, {"count": "1", "key-0": "Not a string of the site", "text-0": "x"}, follow=True
    )
    assert "no longer in the catalog" in response.content.decode()
    assert not CatalogEntry.objects.exists()


@pytest.mark.parametrize(
    "reviewed, total, shown",
    [(0, 1000, "0%"), (1, 5000, "0.1%"), (5, 1038, "0.5%"), (99, 1000, "9.9%"), (521, 1040, "50%")],
)
def test_the_reviewed_share_shows_a_first_few_strings_as_progress(reviewed, total, shown):
    from babel import Locale

    from hub.translations.public import reviewed_percent

    assert reviewed_percent(reviewed, total, Locale("en")) == shown
