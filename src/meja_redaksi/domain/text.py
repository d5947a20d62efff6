"""Small text measures shared by the editor, the exports and the store: words, reading time, slugs."""

from __future__ import annotations

import re
import unicodedata

# A word: a run of word characters, apostrophes and hyphens holding at least one letter or digit
# ("Ke-2" is one word, a lone "-" or "_" none), matched in one pass.
_WORD = re.compile(r"[\w'’-]*?[^\W_][\w'’-]*")
_MARKDOWN_NOISE = re.compile(r"(!?\[([^\]]*)\]\([^)]*\))|[*_`#>|~]")
_MARKUP = re.compile(r"[\[*_`#>|~]")
WORDS_PER_MINUTE = 200


def count_words(text: str) -> int:
    """Count the words of plain or Markdown text (link targets and markup do not count)."""
    if _MARKUP.search(text):
        text = _MARKDOWN_NOISE.sub(lambda m: m.group(2) or " ", text)
    return len(_WORD.findall(text))


def reading_minutes(words: int) -> int:
    """Minutes a reader needs for ``words`` words (at least one for any text)."""
    if words <= 0:
        return 0
    return max(1, round(words / WORDS_PER_MINUTE))


def slugify(text: str, max_length: int = 80) -> str:
    """Make a URL slug: ASCII, lower case, words joined by hyphens."""
    normalized = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", normalized.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "artikel"
