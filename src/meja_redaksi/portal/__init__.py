"""The central portal server: sync API, auth and the public site (FastAPI; its own database)."""
