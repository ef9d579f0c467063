"""Verification's own signal: what else follows a listing's `last_verified` (the matcher's
documents) listens to it, so verification needs to know none of them."""

from django.dispatch import Signal

# Sent with `instance` (the listing page) inside the transaction that set its date.
listing_verified = Signal()
