"""Small-cell suppression for published counts of people.

A count from 1 to threshold - 1 is hidden (primary suppression): a handful of searches or
participants could point at one family. Hiding it is not enough when the row or column total is
published, since total minus the other cells gives it back; so wherever a row or column with a
published total has exactly one hidden cell, the smallest other cell there is hidden too
(complementary suppression), and again until no line (row, column, or the whole table, whose
total is published too) has a lone hidden cell. A line with no other cell to hide hides its
total instead. Zeros are shown unless one is needed to hide another cell: no one is not someone.

A table is {(row, column): count}; its row totals, column totals and grand total are the sums
of the cells. `suppress` says which of all these may be published."""

from dataclasses import dataclass, field


@dataclass
class Suppressed:
    cells: dict  # (row, column) -> count, or None when hidden
    row_totals: dict = field(default_factory=dict)  # row -> total, or None
    column_totals: dict = field(default_factory=dict)
    total: int | None = None

    def hidden(self):
        return sorted(key for key, value in self.cells.items() if value is None)


def _small(count, threshold):
    return 0 < count < threshold


def _no_lone_hidden_total(cells, hidden, hidden_totals, sums, position, published):
    """The grand total minus the other row (or column) totals gives back a lone unknown one:
    make a second one unknown, hiding a cell of its line if none is hidden yet. A hidden total
    whose cells are all shown is known anyway, so it does not count."""
    if not published:
        return False

    def has_hidden(name):
        return any(key in hidden for key in cells if key[position] == name)

    unknown = [name for name in hidden_totals if has_hidden(name)]
    others = [name for name in sums if name not in unknown]
    if len(unknown) != 1 or not others:
        return False
    name = min(others, key=lambda n: (sums[n], str(n)))
    hidden_totals.add(name)
    if not has_hidden(name):
        line = [key for key in cells if key[position] == name]
        hidden.add(min(line, key=lambda key: (cells[key], str(key))))
    return True


def suppress(cells, threshold, rows=True, columns=True, hide=(), hide_rows=()):
    """Which counts of a table may be published. `rows` / `columns`: whether the row or column
    totals are published (a one-dimensional table has one of them, the grand total). `hide` and
    `hide_rows`: cells and row totals to hide whatever their size, because another published
    table would give them back."""
    hidden = {key for key, count in cells.items() if _small(count, threshold)} | set(hide)
    row_sums, column_sums = {}, {}
    for (row, column), count in cells.items():
        row_sums[row] = row_sums.get(row, 0) + count
        column_sums[column] = column_sums.get(column, 0) + count
    hidden_rows = {r for r, total in row_sums.items() if rows and _small(total, threshold)}
    hidden_rows |= set(hide_rows)
    hidden_columns = {c for c, total in column_sums.items() if columns and _small(total, threshold)}
    grand = sum(cells.values())

    def lines():
        """(kind, name, cells) of every published sum: rows, columns, the grand total."""
        if rows:
            for row in row_sums:
                yield "row", row, [key for key in cells if key[0] == row]
        if columns:
            for column in column_sums:
                yield "column", column, [key for key in cells if key[1] == column]
        if not _small(grand, threshold):
            yield "all", None, list(cells)

    hidden_totals = {"row": hidden_rows, "column": hidden_columns, "all": set()}
    changed = True
    while changed:
        changed = False
        for kind, name, keys in lines():
            lone = [key for key in keys if key in hidden]
            if name in hidden_totals[kind] or len(lone) != 1:
                continue
            others = [key for key in keys if key not in hidden]
            if others:
                hidden.add(min(others, key=lambda key: (cells[key], str(key))))
            else:
                hidden_totals[kind].add(name)
            changed = True
        if not _small(grand, threshold):
            changed |= _no_lone_hidden_total(cells, hidden, hidden_rows, row_sums, 0, rows)
            changed |= _no_lone_hidden_total(cells, hidden, hidden_columns, column_sums, 1, columns)
    return Suppressed(
        cells={key: None if key in hidden else count for key, count in cells.items()},
        row_totals={r: None if r in hidden_rows else t for r, t in row_sums.items()}
        if rows
        else {},
        column_totals=(
            {c: None if c in hidden_columns else t for c, t in column_sums.items()}
            if columns
            else {}
        ),
        total=None if _small(grand, threshold) else grand,
    )
