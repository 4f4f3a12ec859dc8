"""Django settings: every value comes from the environment (see allykit/config.py)."""

from __future__ import annotations

import dj_database_url

from .config import BASE_DIR, data_dir, env, env_bool, env_list, secret_key
from .contact.smtpurl import parse_rate, parse_smtp_url

DATA_DIR = data_dir()
SECRET_KEY = secret_key()
DEBUG = env_bool("ALLYKIT_DEBUG")
ALLOWED_HOSTS = env_list("ALLYKIT_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
TRUSTED_PROXIES = env_list("ALLYKIT_TRUSTED_PROXIES", "127.0.0.1,::1")
CSRF_TRUSTED_ORIGINS = env_list("ALLYKIT_CSRF_TRUSTED_ORIGINS")
CONTENT_DIR = env("ALLYKIT_CONTENT_DIR", str(BASE_DIR / "content"))
CONTACT_CONTENT_EMAIL = env("ALLYKIT_CONTACT_CONTENT_EMAIL", "content@example.org")
BENCH_VIEWS = env_bool("ALLYKIT_BENCH_VIEWS")  # bench/platform_bench.py only
CONTACT_TECH_EMAIL = env("ALLYKIT_CONTACT_TECH_EMAIL", "tech@example.org")
DEFAULT_FROM_EMAIL = SERVER_EMAIL = env("ALLYKIT_MAIL_FROM", "Ally Toolkit <noreply@localhost>")
_SMTP = parse_smtp_url(env("ALLYKIT_SMTP_URL")) if env("ALLYKIT_SMTP_URL") else {}
EMAIL_HOST = _SMTP.get("EMAIL_HOST", "localhost")
EMAIL_PORT = _SMTP.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = _SMTP.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _SMTP.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _SMTP.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _SMTP.get("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = _SMTP.get("EMAIL_TIMEOUT", 10)
ADMIN_PATH = env("ALLYKIT_ADMIN_PATH", "staff/").strip("/") + "/"
RETENTION_DAYS = int(env("ALLYKIT_RETENTION_DAYS", "365"))
CONTACT_RATE_LIMIT = parse_rate(env("ALLYKIT_CONTACT_RATE_LIMIT", "5/3600"))
FEEDBACK_RATE_LIMIT = parse_rate(env("ALLYKIT_FEEDBACK_RATE_LIMIT", "30/3600"))
CONTACT_MIN_SECONDS = float(env("ALLYKIT_CONTACT_MIN_SECONDS", "3"))
OUTBOX_MAX_ATTEMPTS = int(env("ALLYKIT_OUTBOX_MAX_ATTEMPTS", "12"))
LOGIN_MAX_FAILURES = int(env("ALLYKIT_LOGIN_MAX_FAILURES", "5"))
LOGIN_LOCKOUT_SECONDS = int(env("ALLYKIT_LOGIN_LOCKOUT_SECONDS", "900"))

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
    "allykit.checker",
    "allykit.panels",
    "allykit.design",
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
        env("DATABASE_URL", f"sqlite:///{DATA_DIR / 'allykit.sqlite3'}"), conn_max_age=60
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
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]  # fmt: skip

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
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
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

HTTPS = env_bool("ALLYKIT_HTTPS")
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
    "root": {"handlers": ["console"], "level": env("ALLYKIT_LOG_LEVEL", "INFO")},
    "loggers": {
        # Never log request bodies or the texts people check; Django's request logger only
        # records paths and status codes.
        "django.request": {"level": "ERROR"},
    },
}
