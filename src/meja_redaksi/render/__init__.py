"""Rendering, import and export of articles (pure functions: no store, no Qt)."""
