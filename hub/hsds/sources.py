"""Reading what `import_hsds` is given into HSDS records, by table.

Accepted: a folder written by `export_hsds` (its `json/` form is read, being the fuller one), a
folder or .zip of HSDS CSV tables (with or without `datapackage.json`; HSDS 1.x/2.x tables are
mapped to 3.0 by legacy.py), a `datapackage.json`, or one
JSON file: a record, a list of records, or an API page (`{"contents": [...]}`). Which table a
JSON file holds comes from its name (`organizations.json`, `service_full.json`,
`taxonomy_term_list.json`...), as the official examples and the export name them."""

import json
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from . import legacy, patches, tabular

# Far above a real feed (a 211 directory's tens of thousands of records are tens of megabytes
# of JSON); a file past it would need many times its size in memory to parse.
MAX_FILE_BYTES = 1024**3

KEPT_FILE = "kept.json"  # in an export's json/ folder, see export.documents
# File name prefixes, longest first so "service_at_location" is not read as "service".
TABLE_OF_PREFIX = [
    ("service_at_location", "service_at_location"),
    ("taxonomy_term", "taxonomy_term"),
    ("organization", "organization"),
    ("taxonomies", "taxonomy"),
    ("taxonomy", "taxonomy"),
    ("location", "location"),
    ("service", "service"),
    ("pathway", "pathway"),
]


@dataclass
class Source:
    records: dict = field(default_factory=dict)  # {table: [record, ...]} as given
    kept: dict = field(default_factory=dict)  # {table: [row, ...]} rows with no parent given
    problems: list = field(default_factory=list)  # anything here stops the import
    notes: list = field(default_factory=list)

    def add(self, table, records):
        self.records.setdefault(table, []).extend(records)


def table_of(path):
    stem = path.stem.lower()
    for prefix, table in TABLE_OF_PREFIX:
        if stem.startswith(prefix):
            return table
    return None


def _records_in(data):
    """The records of a JSON document: one record, a list, or a page of an HSDS API."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        return data["contents"]
    if isinstance(data, dict):
        return [data]
    return None


def _json(path, source):
    """The parsed file, or None with a problem said."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            source.problems.append(
                f"{path.name}: larger than {MAX_FILE_BYTES // 1024**2:,} MB; split it into "
                "smaller files."
            )
            return None
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        source.problems.append(f"{path.name}: cannot be read as JSON ({error}).")
    except RecursionError:  # the parser gives up near a thousand levels
        source.problems.append(
            f"{path.name}: nested too deeply to read (records may nest {patches.MAX_DEPTH} "
            "levels at most)."
        )
    except MemoryError:
        source.problems.append(f"{path.name}: too large to read in this machine's memory.")
    return None


def read_json_file(path, source):
    table = table_of(path)
    if table is None:
        source.notes.append(f"{path.name}: not an HSDS table this import knows; ignored.")
        return
    data = _json(path, source)
    if data is None:
        return
    records = _records_in(data)
    if records is None or not all(isinstance(r, dict) for r in records):
        source.problems.append(
            f"{path.name}: expected a {table} record, a list of them or a page of them."
        )
        return
    if len(records) > tabular.MAX_ROWS:
        source.problems.append(
            f"{path.name}: more than {tabular.MAX_ROWS:,} records; split it into smaller imports"
        )
        return
    source.add(table, records)


def read_kept(path, source):
    """An export's `kept.json`: {table: [record]} the exporting hub had no place for; kept
    again as given (export.documents)."""
    data = _json(path, source)
    if data is None:
        return
    if not isinstance(data, dict) or not all(
        isinstance(rows, list) and all(isinstance(r, dict) for r in rows) for rows in data.values()
    ):
        source.problems.append(f"{path.name}: expected {{table: [records]}}.")
        return
    for table, rows in data.items():
        source.kept.setdefault(str(table)[:40], []).extend(rows)


def _take(found, source):
    """Records read from tables (tabular.TabularDocuments) into `source`."""
    for table, records in found.documents.items():
        source.add(table, records)
    for table, rows in found.kept.items():
        source.kept.setdefault(table, []).extend(rows)
    source.problems.extend(found.problems)
    source.notes.extend(found.notes)


def _tabular_json(path, source):
    """The official `tabular.json` example: the CSV tables as JSON rows, by file name."""
    data = _json(path, source)
    if data is not None:
        _take(tabular.from_rows(data, path.name), source)


def read(path):
    path = Path(path)
    source = Source()
    if not path.exists():
        source.problems.append(f"{path}: no such file or folder.")
    elif path.is_dir():
        json_dir = path / "json"
        if (json_dir / "organizations.json").is_file():
            for file in sorted(json_dir.glob("*.json")):
                if file.name == KEPT_FILE:
                    read_kept(file, source)
                else:
                    read_json_file(file, source)
        elif any(path.glob("*.csv")) or (path / "datapackage.json").is_file():
            _take(legacy.read_tabular(path), source)
        elif any(path.glob("*.json")):
            for file in sorted(path.glob("*.json")):
                read_json_file(file, source)
        else:
            source.problems.append(f"{path}: holds no HSDS JSON or CSV files.")
    elif path.name == "datapackage.json":
        _take(legacy.read_tabular(path.parent), source)
    elif path.suffix.lower() == ".zip":
        _zip(path, source)
    elif path.name == "tabular.json":
        _tabular_json(path, source)
    elif path.suffix.lower() == ".json":
        read_json_file(path, source)
    else:
        source.problems.append(
            f"{path.name}: give a .json file, a datapackage.json, a .zip or a folder."
        )
    return source


def _zip(path, source):
    """A zipped package, read from a temporary folder: the tables are found from its
    datapackage.json (at the top or in one folder inside), else at the top."""
    with tempfile.TemporaryDirectory() as folder:
        try:
            with zipfile.ZipFile(path) as archive:
                members = archive.infolist()
                if sum(member.file_size for member in members) > MAX_FILE_BYTES:
                    source.problems.append(
                        f"{path.name}: holds more than {MAX_FILE_BYTES // 1024**2:,} MB; "
                        "split it into smaller files."
                    )
                    return
                archive.extractall(folder)  # names with ".." or a leading "/" are made safe
        except (OSError, zipfile.BadZipFile, NotImplementedError) as error:
            source.problems.append(f"{path.name}: cannot be read as a zip file ({error}).")
            return
        root = Path(folder)
        descriptors = sorted(root.rglob("datapackage.json"), key=lambda p: len(p.parts))
        found = read(descriptors[0].parent if descriptors else root)
        source.problems.extend(found.problems)
        source.notes.extend(found.notes)
        for table, records in found.records.items():
            source.add(table, records)
        for table, rows in found.kept.items():
            source.kept.setdefault(table, []).extend(rows)
