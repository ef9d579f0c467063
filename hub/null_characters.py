"""PostgreSQL refuses a NUL character in text, so a parameter carrying one must never reach a
query: it would fail as a 500 there (SQLite, used in development, lets it through). No person
types one; the places that put parameters into queries answer a 400 naming it."""

NUL = "\x00"


def parameter_with_nul(params):
    """The name of the first parameter (in a QueryDict) whose name or a value holds a NUL."""
    for name, values in params.lists():
        if NUL in name or any(NUL in value for value in values):
            return name.replace(NUL, "") or "query"
    return None
