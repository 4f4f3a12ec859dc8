"""Django settings: every value comes from the environment (see allykit/config.py)."""

from __future__ import annotations

import dj_database_url

from .config import BASE_DIR, data_dir, secret_key, value

DATA_DIR = data_dir()
SECRET_KEY = secret_key()
DEBUG = value("ALLYKIT_DEBUG")
ALLOWED_HOSTS = value("ALLYKIT_ALLOWED_HOSTS")
TRUSTED_PROXIES = value("ALLYKIT_TRUSTED_PROXIES")
CSRF_TRUSTED_ORIGINS = value("ALLYKIT_CSRF_TRUSTED_ORIGINS")
CONTENT_DIR = value("ALLYKIT_CONTENT_DIR")
PUBLIC_URL = value("ALLYKIT_PUBLIC_URL")  # for citations; empty: the request's address
CONTACT_CONTENT_EMAIL = value("ALLYKIT_CONTACT_CONTENT_EMAIL")
BENCH_VIEWS = value("ALLYKIT_BENCH_VIEWS")  # bench/platform_bench.py only
CONTACT_TECH_EMAIL = value("ALLYKIT_CONTACT_TECH_EMAIL")
DEFAULT_FROM_EMAIL = SERVER_EMAIL = value("ALLYKIT_MAIL_FROM")
_SMTP = value("ALLYKIT_SMTP_URL")
EMAIL_HOST = _SMTP.get("EMAIL_HOST", "localhost")
EMAIL_PORT = _SMTP.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = _SMTP.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _SMTP.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _SMTP.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _SMTP.get("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = _SMTP.get("EMAIL_TIMEOUT", 10)
ADMIN_PATH = value("ALLYKIT_ADMIN_PATH")
RETENTION_DAYS = value("ALLYKIT_RETENTION_DAYS")
CONTACT_RATE_LIMIT = value("ALLYKIT_CONTACT_RATE_LIMIT")
FEEDBACK_RATE_LIMIT = value("ALLYKIT_FEEDBACK_RATE_LIMIT")
WORKSHOP_START_RATE = value("ALLYKIT_WORKSHOP_START_RATE")
CONTACT_MIN_SECONDS = value("ALLYKIT_CONTACT_MIN_SECONDS")
OUTBOX_MAX_ATTEMPTS = value("ALLYKIT_OUTBOX_MAX_ATTEMPTS")
LOGIN_MAX_FAILURES = value("ALLYKIT_LOGIN_MAX_FAILURES")
LOGIN_LOCKOUT_SECONDS = value("ALLYKIT_LOGIN_LOCKOUT_SECONDS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "allykit.toolkit",
    "allykit.contact",
    "allykit.search",
    "allykit.writing_checker",
    "allykit.panel_checker",
    "allykit.practice",
    "allykit.action_plan",
    "allykit.design",
    "allykit.delivery",
    "allykit.self_assessment",
    "allykit.cards",
]

MIDDLEWARE = [
    "allykit.middleware.RequestLimitsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "allykit.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "allykit.middleware.LanguageFromPathMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "allykit.urls"
WSGI_APPLICATION = "allykit.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "allykit" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "allykit.toolkit.context.site",
            ],
            "builtins": ["allykit.toolkit.templatetags.allykit"],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        value("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'allykit.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL and a busy timeout let several gunicorn workers write without "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    "allykit.contact.lockout.LockoutBackend",  # refuses locked accounts and addresses first
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_REDIRECT_URL = "admin:index"  # after staff login when ?next= is missing or refused
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/Toronto"

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "allykit" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "allykit.delivery.storage.StaticStorage"},
}
WHITENOISE_MAX_AGE = 3600

# Request limits: bodies are small forms and texts; larger ones get 413 from our middleware.
DATA_UPLOAD_MAX_MEMORY_SIZE = 6 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 6 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 200
MAX_REQUEST_BYTES = 6 * 1024 * 1024

SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "allykit.toolkit.views.csrf_failure"

HTTPS = value("ALLYKIT_HTTPS")
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": value("ALLYKIT_LOG_LEVEL")},
    "loggers": {
        # Never log request bodies or the texts people check; Django's request logger only
        # records paths and status codes.
        "django.request": {"level": "ERROR"},
        # WeasyPrint narrates each step of every PDF at INFO ("Step 1 - Fetching...").
        "weasyprint": {"level": "WARNING"},
        "weasyprint.progress": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# The static export (allykit export-static): where forms and tools that need a server go.
EXPORT_SERVER_URL = value("ALLYKIT_EXPORT_SERVER_URL")
