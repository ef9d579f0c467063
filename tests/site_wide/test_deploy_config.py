"""The production notes in deploy/ stay true to the code: every environment variable the hub
reads is in deploy/hub.env.example and explained in deploy/README.md (and nothing there is read
by nobody), gunicorn's configuration loads and names only settings gunicorn knows (it ignores
the others without a word), no access log of families' requests is kept by gunicorn or nginx,
and nginx keeps signed-in users and the admin out of its cache."""

import ast
import os
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
from gunicorn.config import Config

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
# Where environment variables are read: the settings (but the test suite's own), everything
# else of the hub and the matcher, and gunicorn's configuration.
READERS = [
    *sorted(path for path in (ROOT / "hub").rglob("*.py") if path != ROOT / "hub/settings/test.py"),
    *sorted((ROOT / "search").rglob("*.py")),
    DEPLOY / "gunicorn.conf.py",
]


def _is_environ(node):
    """`os.environ` (or a bare `environ` imported from os)."""
    return (isinstance(node, ast.Attribute) and node.attr == "environ") or (
        isinstance(node, ast.Name) and node.id == "environ"
    )


def environment_reads(path):
    """(name or None, line) for each os.environ[...], os.environ.get/setdefault/pop(...) and
    os.getenv(...) in a file; None when the name is not written out."""
    reads = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        key = None
        if isinstance(node, ast.Subscript) and _is_environ(node.value):
            key = node.slice
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            function = node.func
            by_method = _is_environ(function.value) and function.attr in (
                "get",
                "setdefault",
                "pop",
            )
            by_getenv = function.attr == "getenv"
            if (by_method or by_getenv) and node.args:
                key = node.args[0]
        if key is not None:
            name = key.value if isinstance(key, ast.Constant) else None
            reads.append((name, node.lineno))
    return reads


def variables_read():
    names, unnamed = set(), []
    for path in READERS:
        for name, line in environment_reads(path):
            if name is None:
                unnamed.append(f"{path.relative_to(ROOT)}:{line}")
            else:
                names.add(name)
    return names, unnamed


def example_variables():
    text = (DEPLOY / "hub.env.example").read_text()
    return set(re.findall(r"^([A-Z][A-Z0-9_]*)=", text, flags=re.MULTILINE))


def test_every_variable_the_hub_reads_is_in_the_example_and_explained():
    names, unnamed = variables_read()
    # The reader must find what is known to be there, or an empty scan would pass.
    assert {"DJANGO_SECRET_KEY", "DATABASE_URL", "REDIS_URL", "GUNICORN_WORKERS"} <= names
    assert not unnamed, f"environment read by a computed name (document it by hand): {unnamed}"
    documented = set(re.findall(r"^\| `([A-Z][A-Z0-9_]*)` \|", _readme(), flags=re.MULTILINE))
    assert names - example_variables() == set(), "missing from deploy/hub.env.example"
    assert names - documented == set(), "missing from deploy/README.md's table"
    # And nothing stale: a variable there that nothing reads misleads whoever sets it.
    assert example_variables() - names == set(), "in hub.env.example but read by nothing"
    assert documented - names == set(), "in deploy/README.md but read by nothing"


def test_the_reader_sees_every_way_of_reading_the_environment(tmp_path):
    source = tmp_path / "settings.py"
    source.write_text(
        "import os\nfrom os import environ\n"
        "A = os.environ['ONE']\nB = os.environ.get('TWO', 1)\nC = os.getenv('THREE')\n"
        "D = environ.get('FOUR')\nos.environ.setdefault('FIVE', 'x')\nE = os.environ[name]\n"
        "F = {**os.environ}\n"
    )
    assert [name for name, _line in environment_reads(source)] == [
        "ONE",
        "TWO",
        "THREE",
        "FOUR",
        "FIVE",
        None,
    ]


def _readme():
    return (DEPLOY / "README.md").read_text()


@pytest.fixture
def gunicorn_settings():
    """deploy/gunicorn.conf.py as gunicorn reads it: a Python file whose names are settings."""
    saved = dict(os.environ)
    try:
        values = runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return {
        name: value
        for name, value in values.items()
        if not name.startswith("_") and not isinstance(value, type(os))
    }


def test_gunicorn_config_names_only_settings_gunicorn_knows(gunicorn_settings):
    known = Config().settings
    assert set(gunicorn_settings) - set(known) == set()
    config = Config()
    for name, value in gunicorn_settings.items():
        config.set(name, value)
    assert config.accesslog is None  # families' requests are never logged
    assert config.worker_class_str == "sync"
    assert config.workers >= 3
    assert config.preload_app is True
    assert config.max_requests > 0 and config.max_requests_jitter > 0
    assert config.timeout >= 60  # the slowest legitimate request: a spreadsheet import


def test_gunicorn_checks_its_config_and_loads_the_hub_with_production_settings():
    environment = {
        **os.environ,
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "localhost",
    }
    environment.pop("DJANGO_SETTINGS_MODULE")  # gunicorn.conf.py must choose production's
    environment.pop("DATABASE_URL", None)
    checked = subprocess.run(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "--check-config",
            "-c",
            "deploy/gunicorn.conf.py",
            "hub.wsgi",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_nginx_logs_nothing_that_points_at_a_family_and_caches_no_signed_in_page():
    config = (DEPLOY / "nginx.conf").read_text()
    lines = [line.split("#", 1)[0] for line in config.splitlines()]
    active = "\n".join(lines)
    log_format = re.search(r"log_format\s+hub_no_personal\s+([^;]+);", active)
    assert log_format, "the private log format"
    for variable in (
        "$remote_addr",
        "$args",
        "$query_string",
        "$request ",
        "$request_uri",
        "$http_user_agent",
        "$http_referer",
        "$http_x_forwarded_for",
    ):
        assert variable not in log_format.group(1) + " ", variable
    for access_log in re.findall(r"access_log\s+([^;]+);", active):
        assert access_log == "off" or access_log.endswith(" hub_no_personal"), access_log
    assert re.search(r"proxy_cache_bypass\s+\$cookie_sessionid;", active)
    assert re.search(r"proxy_no_cache\s+\$cookie_sessionid;", active)
    admin = re.search(r"location /admin/ \{([^}]*)\}", active)
    assert admin and "proxy_cache off;" in admin.group(1)
    assert "proxy_cache_background_update on;" in active
    assert re.search(r"proxy_cache_use_stale[^;]*\bupdating\b", active)
    # No proxy_cache_valid: only the hub's Cache-Control decides what is kept.
    assert "proxy_cache_valid" not in active


def test_the_main_readme_points_to_the_production_notes():
    assert "deploy/README.md" in (ROOT / "README.md").read_text()
