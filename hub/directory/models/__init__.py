from .pages import (  # noqa: F401
    HomePage,
    OrganizationIndexPage,
    OrganizationLocation,
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
)
from .snippets import EligibilityTag, Interest, Language, Location, SupportType  # noqa: F401
