"""Python forms generated from ui/*.ui by tools/compile_forms.py; never edited by hand."""
