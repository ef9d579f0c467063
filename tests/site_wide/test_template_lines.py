"""No HTML template line is over 200 characters, so a template can be read and reviewed in a
diff. Wrapping must not change the page: break between attributes inside a start tag or between
block-level elements, and wrap long strings with `{% blocktranslate trimmed %}` (the msgid stays
the same). Plain-text templates (emails) are not checked: their line breaks are the message."""

from pathlib import Path

from django.apps import apps
from django.conf import settings

LONGEST = 200


def project_template_dirs():
    base = Path(settings.BASE_DIR).resolve()
    dirs = [Path(d).resolve() for engine in settings.TEMPLATES for d in engine.get("DIRS", [])]
    for config in apps.get_app_configs():
        app_dir = Path(config.path).resolve() / "templates"
        if app_dir.is_relative_to(base) and ".venv" not in app_dir.parts:
            dirs.append(app_dir)
    return [d for d in dirs if d.is_dir()]


def test_the_project_has_html_templates_to_check():
    assert any(any(d.rglob("*.html")) for d in project_template_dirs())


def test_no_html_template_line_is_over_200_characters():
    base = Path(settings.BASE_DIR).resolve()
    too_long = [
        f"{path.relative_to(base)}:{number}: {len(line)} characters"
        for directory in project_template_dirs()
        for path in sorted(directory.rglob("*.html"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if len(line) > LONGEST
    ]
    assert not too_long, "Lines over 200 characters:\n" + "\n".join(too_long)
