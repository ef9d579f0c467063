"""Stub: replaced by the lexicon branch (every hub language)."""

COST = {
    "free": {"en": ["free", "no cost"], "ko": ["무료"], "vi": ["miễn phí"]},
    "low_cost": {"en": ["low cost", "cheap"]},
    "paid": {"en": ["paid", "stipend"]},
}
SCHEDULE = {
    "after_school": {"en": ["after school"]},
    "evenings": {"en": ["evening"]},
    "weekends": {"en": ["weekend"], "ko": ["주말"], "vi": ["cuối tuần"]},
    "summer": {"en": ["summer"]},
    "breaks": {"en": ["spring break", "winter break"]},
}
KINDS = {
    "internship": {"en": ["internship"]},
    "camp": {"en": ["camp"]},
    "club": {"en": ["club"]},
}
PLACES = {
    "library": {"en": ["library"], "ar": ["مكتبة"]},
    "campus": {"en": ["campus"]},
    "online": {"en": ["online"]},
    "in_person": {"en": ["in person"]},
}
GENERAL = {"en": ["science", "stem"], "ar": ["علوم"]}
GRADE = {"en": ["grade {n}", "{n}th grade", "{n}th"], "vi": ["lớp {n}"], "zh-hans": ["{n}年级"]}
AGE = {"en": ["{n} years old", "age {n}"], "vi": ["{n} tuổi"]}
NUMBER_WORDS = {"en": {"ninth": 9, "nine": 9}, "zh-hans": {"九": 9}}
KINDERGARTEN = {"en": ["kindergarten"]}
PRE_K = {"en": ["preschool", "pre k"]}
AFTER_HIGH_SCHOOL = {"en": ["after high school"]}
FILLER = {"en": ["for", "my", "son", "the", "a", "program"], "ko": ["에"]}
