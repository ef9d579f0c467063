"""Grades as integers, so "programs for a 7th grader" is `grade_min <= 7 <= grade_max`."""

from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

PREK = -1
KINDERGARTEN = 0
POST_SECONDARY = 13  # after high school: college, apprenticeship, adult learners

# "Grade 7" must be formatted when shown, in the language then active: `%` on a lazy string
# would format it once, at import, in English.
_numbered_grade = lazy(lambda grade: gettext("Grade %(grade)d") % {"grade": grade}, str)

GRADE_CHOICES = [
    (PREK, _("Pre-K")),
    (KINDERGARTEN, _("Kindergarten")),
    *[(g, _numbered_grade(g)) for g in range(1, 13)],
    (POST_SECONDARY, _("After high school")),
]

GRADE_SHORT = {PREK: _("Pre-K"), KINDERGARTEN: _("K"), POST_SECONDARY: _("Adult")}


def grade_label(grade):
    return dict(GRADE_CHOICES).get(grade, str(grade))


def grade_short(grade):
    return GRADE_SHORT.get(grade, str(grade))


def grade_range_label(grade_min, grade_max):
    """'Grades 6–8', 'Pre-K–K', 'Grade 12–Adult': the range a family reads on a card; only the
    end that is known when the source gave one ("Grade 9 and up"); "" when neither is."""
    if grade_min is None and grade_max is None:
        return ""
    if grade_max is None:
        return _("%(grade)s and up") % {"grade": grade_label(grade_min)}
    if grade_min is None:
        return _("Up to %(grade)s") % {"grade": grade_label(grade_max)}
    if grade_min == grade_max:
        return str(grade_label(grade_min))
    if 1 <= grade_min and grade_max <= 12:
        return _("Grades %(low)d–%(high)d") % {"low": grade_min, "high": grade_max}
    return f"{grade_short(grade_min)}–{grade_short(grade_max)}"


# Ages a newcomer's child may be, for families whose child is not yet placed in a grade.
YOUNGEST_AGE, OLDEST_AGE = 3, 21


def grades_for_age(age):
    """(lowest, highest) grade a child of `age` is likely in. US schools place a child by age
    on a cut-off date, so an age fits two grades: a 10-year-old is in grade 4 or 5."""
    if age <= 4:
        return PREK, PREK
    if age >= 18:
        return 12, POST_SECONDARY
    return age - 6, age - 5  # 5: Pre-K (transitional kindergarten) or kindergarten
