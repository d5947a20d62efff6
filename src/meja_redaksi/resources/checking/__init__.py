"""Data files of the copy checker that the desk edits: proper nouns and style rules."""
