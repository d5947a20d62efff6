"""Full-text search (SQLite FTS5): the index definition and a safe query builder for whatever a user types.

The index covers headline, lead, body, tags and the titles/captions of the article's photos. It reads its
text from the ``articles`` table (external content, keyed by ``articles.num``) and triggers keep it in step.
User text is never passed to FTS5 as syntax: it is cut into word tokens, each quoted, so quotes, AND/OR/NOT,
``*``, ``-``, brackets, emoji and control characters are plain input. The last token is a prefix while the
user is still typing it.
"""

# ruff: noqa: S608 - the SQL here is constant DDL built from fixed names, never from user input
from __future__ import annotations

import html
import re

FTS_TABLE = "article_fts"
FTS_COLUMNS = ("headline", "lead", "body", "tags_text", "photo_text")
SNIPPET_START = "\x02"
SNIPPET_END = "\x03"
SNIPPET_ELLIPSIS = "…"
MAX_TOKENS = 16
MAX_TOKEN_LENGTH = 64
MIN_PREFIX = 2
_TOKEN = re.compile(r"[^\W_]+")

_COLS = ", ".join(FTS_COLUMNS)
_NEW = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
_OLD = ", ".join(f"old.{c}" for c in FTS_COLUMNS)

# Prefix indexes for what a user is still typing: a prefix query up to this long reads one list
# instead of merging the lists of every word it starts, and can be asked about a single article.
PREFIX_LENGTHS = (2, 3, 4, 5, 6, 7, 8)
CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_COLS}, content='articles', "
    f"content_rowid='num', prefix='{' '.join(map(str, PREFIX_LENGTHS))}', "
    "tokenize='unicode61 remove_diacritics 2')"
)
TRIGGERS = {
    "articles_fts_insert": (
        "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, {_COLS}) VALUES (new.num, {_NEW}); END"
    ),
    "articles_fts_delete": (
        "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) VALUES ('delete', old.num, {_OLD}); END"
    ),
    "articles_fts_update": (
        f"CREATE TRIGGER articles_fts_update AFTER UPDATE OF {_COLS} ON articles BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) VALUES ('delete', old.num, {_OLD}); "
        f"INSERT INTO {FTS_TABLE}(rowid, {_COLS}) VALUES (new.num, {_NEW}); END"
    ),
}
REBUILD = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"
# Indexing a batch of new articles in one statement (see store/sync_bulk.py): drop the insert trigger,
# insert the rows, index every row past the largest ``num`` there was before, create the trigger again.
INSERT_TRIGGER = "articles_fts_insert"
DROP_INSERT_TRIGGER = f"DROP TRIGGER IF EXISTS {INSERT_TRIGGER}"
INDEX_ARTICLES_AFTER = (
    f"INSERT INTO {FTS_TABLE}(rowid, {_COLS}) "
    f"SELECT num, {_COLS} FROM articles WHERE num > ? ORDER BY num"
)
# The same for a batch of updated articles, named by a JSON array of ids: take their words out of the
# index before the update, drop the update trigger, update, put the new words in, create it again.
# One statement for the whole batch, in rowid order: taken in the order of the ids (or one statement per
# article) the same 2,000 articles took three to five times as long (measured; FTS5 buffers terms by
# ascending rowid).
UPDATE_TRIGGER = "articles_fts_update"
DROP_UPDATE_TRIGGER = f"DROP TRIGGER IF EXISTS {UPDATE_TRIGGER}"
_LISTED = "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY num"
UNINDEX_ARTICLES = (
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) "
    f"SELECT 'delete', num, {_COLS} FROM articles {_LISTED}"
)
INDEX_ARTICLES = (
    f"INSERT INTO {FTS_TABLE}(rowid, {_COLS}) SELECT num, {_COLS} FROM articles {_LISTED}"
)
DROP_TRIGGERS = tuple(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS)


def search_tokens(text: str) -> list[str]:
    """The word tokens of what a user typed (letters and digits only), at most MAX_TOKENS of them."""
    return [t[:MAX_TOKEN_LENGTH] for t in _TOKEN.findall(text)][:MAX_TOKENS]


def match_expression(text: str, *, prefix_last: bool = True) -> str | None:
    """An FTS5 MATCH expression for ``text`` (every token must appear), or None when it has no words.

    The last token matches as a prefix when the text does not end in a space (the user is typing it);
    a last token of a single character is left out until the user types more.
    """
    tokens = search_tokens(text)
    typing = prefix_last and text[-1:].isalnum()
    if typing and tokens and len(tokens[-1]) < MIN_PREFIX:
        # One letter typed so far matches nearly everything: wait for the next one.
        tokens.pop()
    if not tokens:
        return None
    quoted = [f'"{t}"' for t in tokens]
    if typing and len(quoted) == len(search_tokens(text)):
        quoted[-1] += "*"
    return " ".join(quoted)


def prefix_indexed(match: str) -> bool:
    """Whether every prefix in ``match`` (from :func:`match_expression`) has its own index.

    A prefix longer than the longest indexed one makes FTS5 merge the lists of all the words it
    starts, and it does that again for every single article it is asked about.
    """
    if not match.endswith("*"):
        return True
    last = match[match.rindex(' "') + 2 if ' "' in match else 1 : -2]
    return len(last) <= PREFIX_LENGTHS[-1]


def snippet_sql(tokens: int = 12) -> str:
    """The SQL expression of a highlighted snippet from the best-matching column."""
    return f"snippet({FTS_TABLE}, -1, '{SNIPPET_START}', '{SNIPPET_END}', '{SNIPPET_ELLIPSIS}', {tokens})"


def snippet_html(snippet: str) -> str:
    """A snippet as HTML: text escaped, matches in ``<b>``."""
    escaped = html.escape(snippet, quote=False)
    return escaped.replace(SNIPPET_START, "<b>").replace(SNIPPET_END, "</b>")


def snippet_plain(snippet: str) -> str:
    """A snippet without its highlight markers."""
    return snippet.replace(SNIPPET_START, "").replace(SNIPPET_END, "")
