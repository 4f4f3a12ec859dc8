"""Writing checker tests: browser and PostgreSQL fixtures come from tests/conftest.py."""
