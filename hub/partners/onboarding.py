"""Giving an organization's staff access to exactly their own listings.

Interface used by `add_partner` and by the demo loader (being written now):

    ensure_hub_staff_group() -> Group
    ensure_partner(organization_page, email, password=None) -> PartnerAccess
        (idempotent; PartnerAccess has .organization, .group, .user, .created)
    ensure_staff_user(email, password) -> User
"""
