"""Settings shared by every environment. Environment-specific files import from here."""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# The languages the hub speaks: code -> endonym (shown in the language switcher as is).
# English is the source language and the fallback for every untranslated field.
HUB_LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("vi", "Tiếng Việt"),
    ("zh-hans", "简体中文"),
    ("so", "Soomaali"),
    ("ar", "العربية"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("ko", "한국어"),
    ("tl", "Tagalog"),
]
# Django's own table of languages lacks Somali and Tagalog; without these entries
# get_language_info() fails for them. (A locale/<lang> catalogue is what lets /so/ and /tl/
# be served at all.)
LANG_INFO.update(
    {
        "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
        "tl": {"bidi": False, "code": "tl", "name": "Tagalog", "name_local": "Tagalog"},
        # Phones in the Philippines send Filipino (fil-PH), the standard form of Tagalog; Django
        # tries an entry's "fallback" when a browser asks for it (get_supported_language_variant).
        # Django's own entries already send zh-CN/zh-SG (and, by the generic "zh", zh-TW/zh-HK)
        # to zh-hans; uk-UA, so-SO, ar-EG... reach uk, so, ar by their generic code.
        "fil": {"fallback": ["tl"]},
        "fil-ph": {"fallback": ["tl"]},
    }
)
LANGUAGE_CODE = "en"
LANGUAGES = [(code, name) for code, name in HUB_LANGUAGES]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/Los_Angeles"
LOCALE_PATHS = [BASE_DIR / "locale"]
# The family's language choice, remembered without an account: set only when they pick a
# language in the switcher (hub/directory/views.py), it holds only the code.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_HTTPONLY = True
# The CSRF cookie (set by the public forms: report a problem, share a list) ends with the
# browser session: a random code nobody needs a year later. The privacy page says so.
CSRF_COOKIE_AGE = None

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# One slug per page for every language: a link shared in Spanish opens the same page in Vietnamese.
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True

INSTALLED_APPS = [
    # modeltranslation must come before the apps whose models it patches.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "hub.directory",
    "hub.partners",
    "hub.translations",
    "hub.verification",
    "hub.problems",
    "hub.imports",
    "hub.counters",
    "hub.equity",
    "hub.sharing",
    "hub.hsds",
    "hub.sms",
    "search",
    "hub.accounts",
    "hub.demo",
    "hub.caching",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
]

MIDDLEWARE = [
    # First, so that it sees every cookie set below it (hub/caching/shared.py).
    "hub.caching.shared.NoSharedCacheWithCookies",
    "django.middleware.security.SecurityMiddleware",
    "hub.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "hub.directory.middleware.VaryOnLanguageCookieMiddleware",  # LocaleMiddleware reads it
    "django.middleware.locale.LocaleMiddleware",
    "hub.directory.middleware.ApiLanguageMiddleware",  # the APIs answer in ?lang=, else English
    "hub.throttle.RateLimitMiddleware",  # after the language is known: its answer is translated
    # Below the rate limits (a cached answer still counts) and the language (hub/caching/).
    "hub.caching.pages.AnonymousPageCache",
    # Inside the page cache: UI strings corrected in the admin, spoken by every worker.
    "hub.translations.catalog.RefreshMiddleware",
    # Brotli or gzip for everything rendered below (hub/caching/compression.py): the page cache
    # above stores answers compressed once, keyed by compression.chosen_encoding.
    "hub.caching.compression.CompressionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "hub.directory.routing.SiteMiddleware",  # the request's Wagtail site, without a query
    "django_otp.middleware.OTPMiddleware",
    "hub.accounts.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "hub.partners.uploads.MediaStoreFailureMiddleware",
    "hub.partners.admin_saves.AdminSaveMiddleware",  # every admin POST all or nothing
    # Last, as django-axes asks: it turns a refused login into the "locked" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "hub.directory.context_processors.hub_languages",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL (e.g. postgres://...) switches to PostgreSQL.
# An empty DATABASE_URL (as .env files often carry) means "not set", not "no database".
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        # A kept connection the server dropped (restart, failover) is replaced before use
        # instead of failing the request that finds it dead.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two staff saving at once: SQLite has one writer at a time. BEGIN IMMEDIATE takes the write
    # lock when a transaction starts, so the second save waits (up to `timeout` seconds) for the
    # first instead of failing at once with "database is locked" when its read turns into a write.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's database search backend needs contrib.postgres on PostgreSQL.
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Wagtail's own tasks keep django-tasks' default (run at once); long imports go to their own
# queue, run by `manage.py import_worker` (hub/imports/queue.py).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {"BACKEND": "hub.imports.queue.ImportJobBackend"},
}
# A confirmed spreadsheet with more rows than this is imported by the worker, not the request.
IMPORTS_BACKGROUND_ROWS = 200

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("HUB_MEDIA_ROOT", BASE_DIR / "media"))
# Uploads that fail to be stored leave no half-written file and give a message, not a 500.
STORAGES = {
    "default": {"BACKEND": "hub.partners.uploads.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "STEM Opportunity Hub"
WAGTAILADMIN_BASE_URL = os.environ.get("HUB_BASE_URL", "http://127.0.0.1:8000")
# Content translation is django-modeltranslation's job (fields per language), not Wagtail's
# page-copy-per-locale, so Wagtail's own i18n stays off.
WAGTAIL_I18N_ENABLED = False
# The admin in each person's own language (account settings), any of the hub's ten: Wagtail's
# own screens where Wagtail is translated, the hub's screens in every one (Somali, Tagalog too).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_EXTENSIONS = ["png", "jpg", "jpeg", "webp"]
# A picture cut short is a form error, not a 500 (hub/partners/admin_overrides.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "hub.partners.admin_overrides.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "csv", "xlsx", "docx", "odt", "txt"]
# Partners must not be able to see each other's drafts through the "moderation" pages.
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True

LOGIN_URL = "wagtailadmin_login"

# --- Admin accounts (hub/accounts/) ----------------------------------------------------------
# django-axes refuses a login once an account has had too many failures; its backend must come
# first so that it can refuse before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
# Locked by account, not by address: guessing one partner's password from many machines is the
# attack that matters, and no IP address is needed (or stored) for it. The price is that anyone
# who knows an address can lock that account for 15 minutes; a password reset lifts it at once.
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_CLIENT_IP_CALLABLE = "hub.accounts.lockout.no_ip_address"
# axes warns that a lock without the IP address can be dodged by changing user agent or cookies:
# true of [["username", "user_agent"]], not of a lock by username alone, which counts every
# failure for the account whatever sent it (tested in tests/accounts/test_accounts_login.py).
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
# What axes does keep, per account that failed: the username and browser user agent, for the
# cool-off only (expired rows are deleted at the next sign-in by anyone).
# Attempts refused during a lock are not counted, so "try again in 15 minutes" stays true.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
# No log of successful logins (axes would keep one row per login with the browser's user agent).
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "hub.accounts.lockout.locked_out"
# Two-factor (optional, any admin account): time-based codes from an authenticator app.
OTP_TOTP_ISSUER = "STEM Opportunity Hub"
# Password reset e-mails (Wagtail's /admin/password_reset/) link to WAGTAILADMIN_BASE_URL.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "hub@localhost")

# How a family reaches a person at the hub when nothing fits (shown on the find page).
HUB_CONTACT_PHONE = os.environ.get("HUB_CONTACT_PHONE", "(916) 555-0142")
HUB_CONTACT_EMAIL = os.environ.get("HUB_CONTACT_EMAIL", "help@hub.example.org")
# The region's 211 (help beyond learning: food, housing, health care), offered beside the hub's
# own contact and wherever few programs fit. 211 is the number across the US; the text line and
# site are each region's own, so they have no default. An empty phone turns the offer off.
HUB_211_PHONE = os.environ.get("HUB_211_PHONE", "211")
HUB_211_TEXT = os.environ.get("HUB_211_TEXT", "")
HUB_211_SITE = os.environ.get("HUB_211_SITE", "")
# Search by text message (hub/sms): off unless a gateway is named ("twilio"). The auth token
# signs every request the gateway sends; the webhook's URL is the one configured at the gateway
# (the signature covers it), when a proxy in front makes the request's own URL differ.
HUB_SMS_GATEWAY = os.environ.get("HUB_SMS_GATEWAY", "")
HUB_SMS_TWILIO_AUTH_TOKEN = os.environ.get("HUB_SMS_TWILIO_AUTH_TOKEN", "")
HUB_SMS_TWILIO_ACCOUNT_SID = os.environ.get("HUB_SMS_TWILIO_ACCOUNT_SID", "")
HUB_SMS_WEBHOOK_URL = os.environ.get("HUB_SMS_WEBHOOK_URL", "")
# The secret mixed into the hash a phone number is known by (conversation, opt-out and rate
# limit keys in the cache); without it, one derived from SECRET_KEY.
HUB_SMS_SALT = os.environ.get("HUB_SMS_SALT", "")
HUB_SMS_CONVERSATION_SECONDS = 30 * 60  # how long "MORE" remembers the last question
# "Directions" beside every address (hub/directory/directions.py): a public route planner's page,
# transit first; {destination} is the address, or the exact position, URL-encoded. A link only.
HUB_ROUTE_PLANNER_URL = os.environ.get(
    "HUB_ROUTE_PLANNER_URL",
    "https://www.google.com/maps/dir/?api=1&travelmode=transit&destination={destination}",
)
# Listings are due for a "still accurate?" check this many days after they were last verified;
# at twice the age families see "may be out of date" and the matcher ranks them lower.
HUB_VERIFY_AFTER_DAYS = int(os.environ.get("HUB_VERIFY_AFTER_DAYS", 182))
HUB_VERIFY_LINK_DAYS = 30  # how long a reminder's signed link works
# The words of a problem report (which may hold a phone number) are erased this many days after
# the report was resolved or dismissed, or after it was sent if nobody handled it
# (hub/problems/retention.py; `manage.py erase_old_problem_details` daily). The privacy page
# states both.
HUB_PROBLEM_DETAILS_KEEP_DAYS = int(os.environ.get("HUB_PROBLEM_DETAILS_KEEP_DAYS", 90))
HUB_PROBLEM_DETAILS_KEEP_DAYS_UNHANDLED = int(
    os.environ.get("HUB_PROBLEM_DETAILS_KEEP_DAYS_UNHANDLED", 365)
)
# Anonymous counters are written after a response, once this many increments wait or this
# many seconds have passed (hub/counters/recording.py).
HUB_COUNTERS_BATCH = 200
HUB_COUNTERS_SECONDS = 30

# Equity data (hub/equity/). Published figures about people (searches, participants) below this
# many are suppressed, and so is any cell that would let one be worked out from a total.
HUB_EQUITY_SUPPRESS_BELOW = 10
# The region (hub/regions/): its ZIP codes, the collaborative's areas demand and coverage are
# counted by, and the neighbourhoods and towns a family may type instead of a ZIP code.
HUB_REGION = "hub.regions.sacramento"

# "Low cost" to a family asking for it: free, a sliding scale, a fee waiver, or at most this
# many dollars in all.
HUB_LOW_COST = 50

# The matcher (search/): the database backend unless an Elasticsearch URL is given.
HUB_ELASTICSEARCH_URL = os.environ.get("HUB_ELASTICSEARCH_URL", "")
HUB_ELASTICSEARCH_INDEX_PREFIX = os.environ.get("HUB_ELASTICSEARCH_INDEX_PREFIX", "hub")
# Seconds a match waits for Elasticsearch before answering from the database instead.
HUB_ELASTICSEARCH_TIMEOUT = float(os.environ.get("HUB_ELASTICSEARCH_TIMEOUT", "0.5"))
# After a failure, seconds a process answers from the database before asking again.
HUB_ELASTICSEARCH_RETRY_AFTER = float(os.environ.get("HUB_ELASTICSEARCH_RETRY_AFTER", "30"))

# The shared cache (hub/caching/): pages, rate-limit counts and the versions that invalidate
# them, shared by every worker and server. Production sets REDIS_URL (redis://host:6379/0);
# without it (`make run`, tests) each process keeps its own, which is right for one process.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis backend, made to answer "not cached" while Redis is unreachable
            # instead of failing the request (hub/caching/redis.py).
            "BACKEND": "hub.caching.redis.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "hub",
            "TIMEOUT": 24 * 60 * 60,
            # A Redis that hangs costs a family a fraction of a second, not a worker.
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": 24 * 60 * 60,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# Anonymous family pages, share assets and API answers served from that cache
# (hub/caching/pages.py); HUB_PAGE_CACHE=off answers every request afresh (bench/load.py's
# cold column). A cached answer is dropped by the next change that shows on it, whatever its age.
HUB_PAGE_CACHE = os.environ.get("HUB_PAGE_CACHE", "on").lower() != "off"
HUB_PAGE_CACHE_SECONDS = 24 * 60 * 60

# A proxy or CDN in front is told what each change shows on (hub/caching/purge.py), through
# wagtail.contrib.frontend_cache: HUB_PURGE_URL for a cache that takes HTTP PURGE requests
# (Varnish; nginx with ngx_cache_purge), or Cloudflare's zone and API token. Each URL is purged
# in every language the hub speaks.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("HUB_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["HUB_PURGE_URL"],
    }
if os.environ.get("HUB_CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["HUB_CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("HUB_CLOUDFLARE_TOKEN", ""),
    }
WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in HUB_LANGUAGES]

# Families' requests are never logged with an IP address or their search text:
# Django's request logger is kept to errors, and no access-log middleware is installed.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.server": {"handlers": [], "level": "ERROR", "propagate": False}},
}

# Security headers (hub/headers.py; Django's SecurityMiddleware sends the simple ones).
# Nothing on the site is inline, loaded from another host or framed by another site.
HUB_ADMIN_PATH_PREFIX = "/admin/"
_SELF = "'self'"
HUB_CONTENT_SECURITY_POLICY = {
    "default-src": [_SELF],
    "script-src": [_SELF],
    # The hash is the 500 page's own <style> (it may not load static files); a test keeps it
    # equal to the template's.
    "style-src": [_SELF, "'sha256-Q0hV0c+emRns4ee8EWDy4e2Zd8TrHff2b3Zajz+dbjg='"],
    "img-src": [_SELF, "data:"],  # data: for the empty favicon (<link rel="icon" href="data:,">)
    "font-src": [_SELF],
    "connect-src": [_SELF],
    "manifest-src": [_SELF],
    "worker-src": [_SELF],  # the offline service worker
    "frame-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": [_SELF],
    "frame-ancestors": ["'none'"],
}
# The Wagtail admin: one relaxation, inline scripts, measured in Chromium (tests/test_browser_csp).
# Wagtail 8 itself starts its date pickers (wagtailadmin/widgets/date_input.html), image, document
# and snippet choosers (widgets/chooser.py) and inline panels such as a program's sessions
# (panels/inline_panel.html) with inline <script> elements, and runs the ones in a row a partner
# adds by copying its template, so neither hashes nor nonces can cover them;
# wagtail-modeltranslation adds its language tabs' settings the same way. Styles stay strict, and
# scripts still come from nowhere but this site. Previews are public pages, framed by the admin.
HUB_CONTENT_SECURITY_POLICY_ADMIN = {
    **HUB_CONTENT_SECURITY_POLICY,
    "script-src": [_SELF, "'unsafe-inline'"],
    "frame-src": [_SELF],
    "frame-ancestors": [_SELF],
}
HUB_CONTENT_SECURITY_POLICY_PREVIEW = {**HUB_CONTENT_SECURITY_POLICY, "frame-ancestors": [_SELF]}
# Features no page uses are switched off, for this site and anything it could ever frame.
# Geolocation is the one exception, for the hub's own pages only: the find page's
# "Use my location", which asks only when the family presses it (static/js/near.js).
HUB_PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
} | {"geolocation": ["self"]}
SECURE_CONTENT_TYPE_NOSNIFF = True
# Links to partners' sites do not tell them which hub page (or search) a family came from.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views lift it to SAMEORIGIN themselves
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # admin avatars: no request to another host
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no request from the admin to releases.wagtail.org

# Per-client limits (hub/throttle.py): (requests, seconds). Far above what a family, or a
# classroom sharing one school address, would ever reach; they stop scrapers and loops.
HUB_RATE_LIMITS = {
    "match": (120, 60),  # searches on the find page
    "api": (300, 60),  # every request to the APIs below
    "sms": (30, 60 * 60),  # text messages from one phone (known only by a salted hash)
}
HUB_RATE_LIMITED_PATHS = ("/api/v1/", "/api/hsds/")
# How many proxies in front of the app append to X-Forwarded-For (0: use the socket's address).
HUB_TRUSTED_PROXIES = int(os.environ.get("HUB_TRUSTED_PROXIES", 0))
