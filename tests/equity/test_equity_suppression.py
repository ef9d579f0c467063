"""Small counts of people are never published, nor any count that published totals give back."""

import random
from fractions import Fraction

from hub.equity.suppression import suppress


def rank(rows):
    """The rank of a matrix of Fractions (Gaussian elimination)."""
    rows = [list(r) for r in rows]
    found = 0
    for column in range(len(rows[0]) if rows else 0):
        pivot = next((i for i in range(found, len(rows)) if rows[i][column] != 0), None)
        if pivot is None:
            continue
        rows[found], rows[pivot] = rows[pivot], rows[found]
        for i in range(len(rows)):
            if i != found and rows[i][column] != 0:
                factor = rows[i][column] / rows[found][column]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[found], strict=True)]
        found += 1
    return found


def recoverable(cells, published):
    """The hidden cells, and the hidden row and column totals, whose value follows from what is
    published by arithmetic alone: those whose vector lies in the span of the equations the
    published totals make."""
    hidden = [key for key, value in published.cells.items() if value is None]
    if not hidden:
        return []
    index = {key: i for i, key in enumerate(hidden)}
    equations = []
    for totals, position in ((published.row_totals, 0), (published.column_totals, 1)):
        for name, total in totals.items():
            if total is not None:
                line = [Fraction(0)] * len(hidden)
                for key in hidden:
                    if key[position] == name:
                        line[index[key]] = Fraction(1)
                equations.append(line)
    if published.total is not None:
        equations.append([Fraction(1)] * len(hidden))
    equations = [line for line in equations if any(line)]
    base = rank(equations) if equations else 0
    wanted = {key: [key] for key in hidden}
    for totals, position, kind in (
        (published.row_totals, 0, "row"),
        (published.column_totals, 1, "column"),
    ):
        for name, total in totals.items():
            if total is None:
                wanted[(kind, name)] = [key for key in hidden if key[position] == name]
    found = []
    for what, keys in wanted.items():
        vector = [Fraction(1) if key in keys else Fraction(0) for key in hidden]
        if equations and any(vector) and rank([*equations, vector]) == base:
            found.append(what)
    return found


def sensitive(cells, what, threshold=10):
    """A small count: a cell's, or a row's or column's total."""
    if what[0] in ("row", "column"):
        position = 0 if what[0] == "row" else 1
        value = sum(v for key, v in cells.items() if key[position] == what[1])
    else:
        value = cells[what]
    return 0 < value < threshold


def test_a_small_cell_is_hidden_and_so_is_the_cell_that_would_give_it_back():
    # One row, its total published: 35 - 12 - 20 would be the 3.
    published = suppress({("a", "x"): 3, ("a", "y"): 12, ("a", "z"): 20}, 10, columns=False)
    assert published.cells == {("a", "x"): None, ("a", "y"): None, ("a", "z"): 20}
    assert published.row_totals == {"a": 35}


def test_a_two_way_table_hides_enough_in_every_row_and_column():
    cells = {("A", "c1"): 3, ("A", "c2"): 15, ("B", "c1"): 20, ("B", "c2"): 25}
    published = suppress(cells, 10)
    assert published.hidden() == sorted(cells)  # one free unknown is left: nothing recovers
    assert published.row_totals == {"A": 18, "B": 45}
    assert published.column_totals == {"c1": 23, "c2": 40}
    assert recoverable(cells, published) == []


def test_zeros_are_shown_and_small_totals_hidden():
    no_one = suppress({("a", "x"): 0, ("a", "y"): 25, ("b", "x"): 0, ("b", "y"): 30}, 10)
    assert no_one.hidden() == []  # no one is not someone
    cells = {("a", "x"): 0, ("a", "y"): 4, ("b", "x"): 30, ("b", "y"): 40}
    published = suppress(cells, 10)
    assert published.row_totals["a"] is None  # 4 people in all: too few to say
    assert published.cells[("a", "y")] is None
    # The 4 hides behind its column's other cell; that row's total goes too, or the grand
    # total minus it would give the 4's row back.
    assert published.hidden() == [("a", "y"), ("b", "y")]
    assert published.row_totals == {"a": None, "b": None}
    assert published.column_totals == {"x": 30, "y": 44}
    assert published.cells[("a", "x")] == 0
    assert recoverable(cells, published) == []


def test_the_threshold_is_the_collaboratives():
    cells = {("a", "x"): 12, ("a", "y"): 30}
    assert suppress(cells, 10, columns=False).hidden() == []
    assert suppress(cells, 20, columns=False).hidden() == [("a", "x"), ("a", "y")]


def test_no_random_table_publishes_a_small_cell_or_one_its_totals_give_back():
    rng = random.Random(20261124)
    for _ in range(400):
        n_rows, n_columns = rng.randint(1, 4), rng.randint(1, 4)
        cells = {
            (f"r{r}", f"c{c}"): rng.choice([0, 0, 1, 2, 5, 9, 10, 11, 25, 60])
            for r in range(n_rows)
            for c in range(n_columns)
        }
        for rows, columns in ((True, True), (True, False), (False, True)):
            published = suppress(cells, 10, rows=rows, columns=columns)
            for key, value in published.cells.items():
                assert value is None or not 0 < value < 10, (cells, key)
                assert value is None or value == cells[key]
            for totals in (published.row_totals, published.column_totals):
                assert all(t is None or not 0 < t < 10 for t in totals.values())
            lost = [what for what in recoverable(cells, published) if sensitive(cells, what)]
            assert lost == [], (cells, rows, columns, published)


def test_cells_another_table_would_give_back_are_hidden_with_their_complements():
    cells = {("p", "x"): 40, ("p", "y"): 24, ("p", "z"): 36}
    published = suppress(cells, 10, columns=False, hide=[("p", "y")])
    assert published.cells == {("p", "x"): 40, ("p", "y"): None, ("p", "z"): None}
    assert suppress(cells, 10, columns=False, hide_rows=["p"]).row_totals == {"p": None}
