"""The text of every hint, in Indonesian and English, built from a hint's template id and parameters.

A :class:`~meja_redaksi.checking.hints.Hint` carries no finished sentence: it names a template of
:data:`MESSAGES` (the rule's own id for the built-in rules, ``replace``/``regex`` for the desk's file
rules) and the values to fill in. Text the desk wrote in the style rule file travels as the ``note``
parameter (and ``note_en`` when the file gives an English one); English falls back to the desk's text.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

Language = Literal["id", "en"]
LANGUAGES: tuple[Language, ...] = ("id", "en")
DEFAULT_LANGUAGE: Language = "id"
DESK_TEMPLATE = "desk"
"""The template of a hint whose text the desk wrote in the rule file."""

MESSAGES: dict[Language, dict[str, str]] = {
    "id": {
        "ejaan": "Tidak ada di kamus: {word}",
        "replace": "Bentuk baku: {suggestion}",
        "regex": "Periksa penulisan: {suggestion}",
        "dateline": "Tulis hari dan tanggal dalam bentuk {expected}",
        "jabatan": "Jabatan di depan nama ditulis kapital: {expected}",
        "di-pisah": "Kata depan di ditulis terpisah dari kata berikutnya",
        "di-serangkai": "Awalan di- pada kata kerja ditulis serangkai",
        "judul": (
            "Judul terlalu panjang: {chars} karakter, {words} kata "
            "(paling banyak {max_chars} karakter, {max_words} kata)"
        ),
        "konsisten": "Istilah ini ditulis dua cara dalam teks: '{preferred}' dan '{found}'",
        DESK_TEMPLATE: "{note}",
    },
    "en": {
        "ejaan": "Not in the dictionary: {word}",
        "replace": "Standard form: {suggestion}",
        "regex": "Check the writing: {suggestion}",
        "dateline": "Write the day and date as {expected}",
        "jabatan": "An official title before a name takes capitals: {expected}",
        "di-pisah": "The preposition di is written apart from the next word",
        "di-serangkai": "The verb prefix di- is written joined to its verb",
        "judul": (
            "Headline too long: {chars} characters, {words} words "
            "(at most {max_chars} characters, {max_words} words)"
        ),
        "konsisten": "This term is written two ways in the text: '{preferred}' and '{found}'",
        DESK_TEMPLATE: "{note_en}",
    },
}
"""Message templates by language and template id (``str.format`` fields name the parameters)."""

ALSO_WRITTEN: dict[Language, str] = {
    "id": "; teks ini juga menulis '{also}'",
    "en": "; this text also writes '{also}'",
}
"""Added to a style hint whose words the text also writes another way (the ``also`` parameter)."""


def language_or_default(value: str | None) -> Language:
    """``value`` when it is a known language ('id' or 'en'), else Indonesian."""
    return "en" if value == "en" else DEFAULT_LANGUAGE


def render_message(template: str, params: Mapping[str, str], language: str = "id") -> str:
    """The text of a hint in ``language`` (Indonesian for an unknown language or template).

    A desk note without an English version is shown as the desk wrote it.
    """
    lang = language_or_default(language)
    values = dict(params)
    if template == DESK_TEMPLATE:
        values.setdefault("note", "")
        values.setdefault("note_en", values["note"])
    table = MESSAGES[lang]
    pattern = table.get(template)
    if pattern is None:
        pattern = MESSAGES[DEFAULT_LANGUAGE].get(template, "{note}" if "note" in values else "")
    try:
        text = pattern.format_map(values)
    except (KeyError, IndexError, ValueError):  # a parameter missing: say what is known
        text = pattern.split("{", 1)[0].rstrip(": ") or template
    if "also" in values:
        text += ALSO_WRITTEN[lang].format(also=values["also"])
    return text


def language_from_environment(environ: Mapping[str, str] | None = None) -> Language | None:
    """The language named by ``LC_ALL``, ``LC_MESSAGES`` or ``LANG`` (gettext's order), if id or en."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            code = value.split(".", 1)[0].split("_", 1)[0].casefold()
            return "en" if code == "en" else "id" if code == "id" else None
    return None
