"""Production: every secret comes from the environment, and a missing one fails loudly."""

import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = os.environ["DJANGO_ALLOWED_HOSTS"].split(",")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]
# The proxy in front terminates TLS and says so in X-Forwarded-Proto; plain http is redirected.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
# The same proxy adds the client's address to X-Forwarded-For (used, hashed, for rate limits).
HUB_TRUSTED_PROXIES = int(os.environ.get("HUB_TRUSTED_PROXIES", 1))
# A year of HTTPS only, for the hub's host and its subdomains, and eligible for browsers' preload
# lists. Start lower (e.g. HUB_HSTS_SECONDS=3600) while a new deployment is proving itself.
SECURE_HSTS_SECONDS = int(os.environ.get("HUB_HSTS_SECONDS", 365 * 24 * 60 * 60))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = os.environ.get("HUB_HSTS_PRELOAD", "true").lower() == "true"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
STORAGES = {
    "default": {"BACKEND": "hub.partners.uploads.MediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
