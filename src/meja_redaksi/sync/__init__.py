"""Offline-first sync: protocol types, the merge of conflicting edits, and the desktop's sync client."""
