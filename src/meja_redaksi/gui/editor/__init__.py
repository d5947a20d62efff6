"""The article editor tab: rich-text body stored as Markdown, preview, autosave, revisions."""
