"""Meja Redaksi: an offline-first editorial workstation for a regional news portal's newsroom."""

__version__ = "0.1.0"
