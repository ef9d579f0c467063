"""Family-facing text that is translated per language (django-modeltranslation).

Read these fields through the active language (`page.summary`), never as `summary_es`:
modeltranslation picks the active language and falls back to English."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    EligibilityTag,
    HomePage,
    Interest,
    Location,
    OrganizationIndexPage,
    OrganizationPage,
    PartnershipWay,
    PathwayIndexPage,
    PathwayPage,
    PathwayStep,
    ProgramIndexPage,
    ProgramPage,
    ProgramSession,
    ServiceLocation,
    SupportServiceIndexPage,
    SupportServicePage,
    SupportType,
)

OPPORTUNITY_FIELDS = ("summary", "body", "cost_notes", "eligibility_notes", "how_to_apply")

# Which fields of each model are translated. One table so the whole list is easy to review.
TRANSLATED_FIELDS = {
    Interest: ("name", "description", "synonyms"),
    SupportType: ("name", "description", "synonyms"),
    EligibilityTag: ("name", "description", "synonyms"),
    Location: ("transit_notes", "accessibility_notes", "hours"),
    HomePage: ("intro",),
    ProgramIndexPage: ("intro",),
    OrganizationIndexPage: ("intro",),
    SupportServiceIndexPage: ("intro",),
    PathwayIndexPage: ("intro",),
    OrganizationPage: ("summary", "body"),
    PartnershipWay: ("description",),
    ProgramPage: OPPORTUNITY_FIELDS + ("credential_notes",),
    ProgramSession: ("days_and_times",),
    SupportServicePage: OPPORTUNITY_FIELDS,
    ServiceLocation: ("hours",),
    PathwayPage: ("sector", "summary", "body", "credentials"),
    PathwayStep: ("title", "description", "credential"),
}

for model, translated in TRANSLATED_FIELDS.items():
    register(model)(
        type(f"{model.__name__}Translation", (TranslationOptions,), {"fields": translated})
    )
