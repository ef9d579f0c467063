"""The UI catalogs stay current and complete: `manage.py catalogs check` (run by `make lint`)
fails when makemessages would change a catalog or when an entry is untranslated or fuzzy."""

import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

from hub.translations.management.commands.catalogs import SCANNED, catalogs, incomplete, stale

ROOT = Path(settings.BASE_DIR)


def test_every_language_but_english_has_a_complete_machine_drafted_catalog():
    found = {path.parent.parent.name: path for path in catalogs(ROOT)}
    for code, _name in settings.HUB_LANGUAGES:
        if code == "en":
            continue
        path = found[to_locale(code)]
        assert incomplete(path) == [], path
        catalog = polib.pofile(str(path))
        assert "machine-drafted" in catalog.metadata["X-Translation-Status"]
        assert len(catalog) > 300


@pytest.fixture
def copy_of_the_code(tmp_path):
    for name in SCANNED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("*.pyc"))
        else:
            shutil.copy2(source, tmp_path)
    return tmp_path


def test_a_new_ui_string_makes_the_catalogs_stale(copy_of_the_code):
    template = copy_of_the_code / "templates" / "base.html"
    template.write_text(
        template.read_text().replace(
            "</footer>", '<p>{% translate "A sentence nobody translated yet" %}</p></footer>'
        )
    )
    changed = stale(copy_of_the_code)
    assert len(changed) == len(settings.HUB_LANGUAGES) - 1
    assert all("A sentence nobody translated yet" in diff for diff in changed.values())


def test_untranslated_and_fuzzy_entries_are_reported(tmp_path):
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalog.append(polib.POEntry(msgid="Free", msgstr=""))
    catalog.append(polib.POEntry(msgid="Grade", msgstr="Grado", flags=["fuzzy"]))
    catalog.append(polib.POEntry(msgid="Close", msgstr="Cerrar"))
    path = tmp_path / "django.po"
    catalog.save(str(path))
    assert incomplete(path) == [
        "untranslated: 'Free'",
        "fuzzy: 'Grade'",
        "the header has no X-Translation-Status (machine-drafted or reviewed)",
    ]


def test_no_template_names_a_per_language_field():
    """Templates read `page.summary` (the active language, falling back to English), never
    `page.summary_es`: a per-language column in a template shows one language to everyone."""
    suffixes = "|".join(to_locale(code).lower() for code, _name in settings.HUB_LANGUAGES)
    per_language = re.compile(rf"\.\w+_({suffixes})\b")
    found = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in (ROOT / "templates").rglob("*.html")
        for match in per_language.finditer(path.read_text())
    ]
    assert found == []
