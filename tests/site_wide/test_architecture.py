"""The boundaries of docs/architecture.md are enforced: `lint-imports` (in `make lint`) keeps
every contract on the code as it is, and breaks the right contract on each import the
architecture forbids, written into a copy of the code."""

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
CONTRACTS = {
    contract["id"]: contract["name"]
    for contract in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"
    ]
}

# (where the import is written, what it imports, the contract it breaks)
FORBIDDEN = [
    ("hub/directory/listing_extra.py", "hub.partners.onboarding", "content"),
    ("hub/directory/listing_extra.py", "hub.equity.figures", "content"),
    ("hub/directory/listing_extra.py", "hub.counters.recording", "content"),
    ("hub/directory/listing_extra.py", "search.matcher", "content"),
    ("hub/directory/models/form_extra.py", "hub.translations.forms", "content-models"),
    ("hub/hsds/demo_extra.py", "hub.demo.builder", "demo"),
    ("search/counting_extra.py", "hub.counters.recording", "layers"),
    ("search/equity_extra.py", "hub.equity.figures", "layers"),
    ("hub/counters/equity_extra.py", "hub.equity.figures", "layers"),
    ("hub/verification/index_extra.py", "search.indexing", "verification"),
    ("hub/caching/content_extra.py", "hub.directory.models", "caching"),
    ("search/sms_extra.py", "hub.sms.conversation", "text-line"),
]


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A copy of the packages and the contracts, to write forbidden imports into."""
    copy = tmp_path_factory.mktemp("architecture")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in ("hub", "search"):
        shutil.copytree(ROOT / package, copy / package, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def lint_imports(where):
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=where,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(where)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def broken_contracts(output):
    # A long name is printed flush against its verdict.
    flat = " ".join(output.split())
    return {name for name in CONTRACTS.values() if re.search(re.escape(name) + r" ?BROKEN", flat)}


def test_the_code_keeps_every_contract(source):
    result = lint_imports(source)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in result.stdout


@pytest.mark.parametrize(("path", "imported", "contract"), FORBIDDEN)
def test_a_forbidden_import_breaks_its_contract(source, path, imported, contract):
    module = source / path
    module.write_text(f"import {imported}  # forbidden by docs/architecture.md\n")
    try:
        result = lint_imports(source)
    finally:
        module.unlink()
    assert result.returncode == 1, result.stdout + result.stderr
    # Content importing equity is also below equity in the layers: it may break two.
    assert CONTRACTS[contract] in broken_contracts(result.stdout), result.stdout
    assert path.removesuffix(".py").replace("/", ".") in result.stdout  # the import, named
