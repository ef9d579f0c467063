"""Open Referral HSDS 3.0: the hub's listings as a read API at /api/hsds/ (see views.py), with
a published profile (profile.py) for what the hub knows and HSDS has no field for."""
