"""When to offer the region's 211 (help beyond learning) beside an answer: the find page and
the text line ask the same."""

from hub.directory import help_lines

from . import vocabulary

# Fewer programs than this fit: the family may need more than the hub has (a 211 coordinator
# would rather be offered too often than missed).
FEW_RESULTS = 3


def refer_to_211(answer, question):
    """Whether to offer the region's 211 above the results: few programs fit (or none fit every
    choice), the family named a need beyond learning (housing, a clinic...) or typed words the
    hub does not know, or they asked for support."""
    if answer is None or help_lines.two_one_one() is None:
        return False
    return bool(
        len(answer.results) < FEW_RESULTS
        or answer.relaxed  # nothing fit every choice: what is shown fits fewer
        or question.unrecognised
        or question.needs
        or vocabulary.asks_beyond_learning(question.text)
    )
