"""Rendering, import and export of articles: pure functions (no store, no Qt, no network).

The store-facing code (``services.py``) resolves names and ids and calls these functions.

Markdown conventions (the GUI editor, the importers and the portal share them)
-------------------------------------------------------------------------------
* Body text is Markdown (Python-Markdown with ``sane_lists`` and ``tables``). Raw HTML in a body is shown
  as text, never interpreted.
* A pull quote is a blockquote whose first line is ``[!PULLQUOTE]``::

      > [!PULLQUOTE]
      > Kita ingin ada langkah konkret

  It renders as ``<blockquote class="pull-quote">``. :func:`extract_pull_quotes` lists them.
* An inline photo is ``![alt or title](photo:<photo uuid>)``. Alone in a paragraph it renders as
  ``<figure class="photo"><img …><figcaption><span class="photo-title">Title</span>
  <span class="photo-credit">(Foto: Credit)</span></figcaption></figure>``.
* Dates without a time (portal pages, hand-written front matter) mean noon in Jakarta (WIB, UTC+7);
  naive times in front matter are Jakarta times. Every datetime handed out is UTC and timezone-aware.

Import
------
``read_text_file(path) -> str``
    Size (at most :data:`MAX_IMPORT_BYTES`, checked before reading), binary (NUL) and UTF-8 checks;
    :class:`~meja_redaksi.domain.UserError` with one line naming the file and the problem.
``load_import_file(path) -> PortalPage | MarkdownArticle``
    Reads and parses by kind: ``.md``/``.markdown`` or a leading ``---`` is Markdown, anything else a
    portal page.
``parse_portal_page(text) -> PortalPage``
    headline, published (date), reporter, editor, views, photo (``PortalPhoto``: id, title, credit),
    pull_quotes, body (Markdown), related and popular (``ArticleRef`` kind RELATED / POPULAR),
    inline_photos (photos inside the body, referenced there by id).
``article_from_portal_page(page, reporter_id=, editor_id=, desk_id=) -> (Article, [Photo])``
    A published article plus placeholder photos (no file: ``sha256`` None) with title and credit.
``parse_markdown_article(text) -> MarkdownArticle``
    Front matter (see :mod:`~meja_redaksi.render.markdown_doc`) and body; ``present`` names the keys
    the file carried. Broken front matter raises ``UserError`` naming the key.
``article_from_markdown(doc, existing=None, desk_id=, reporter_id=, editor_id=, photographer_id=)``
    Applies the file to an existing article (only keys present; status untouched) or builds a new
    one. Before an update the caller runs ``check_base_revision(doc, stored_revision_number)``
    (``ConflictError`` when the article changed since the export).

Export (all take an :class:`ArticleContext`: article, desk, reporter, editor, photographer, photos by
id, revision number)
------
``article_to_markdown(context) -> str``
    Markdown with YAML front matter; ``parse_markdown_article`` + ``article_from_markdown`` give the
    same article back.
``article_to_ninjs(context, photo_url=) -> dict``
    IPTC ninjs 2.2 (``json.dumps`` it); body HTML with the main photo as ``<figure>``.
``article_page_html(context, photo_url=, ref_url=, article_url=, css=) -> str``
    A standalone page in the portal's layout with :func:`portal_css` inlined.
``render_body_html(markdown, photos, photo_url) -> str`` / ``sanitize_html(fragment) -> str``
    Body Markdown to sanitized HTML (nh3 allow-list) for the GUI preview and the portal. A paragraph
    that would make Python-Markdown quadratic (many unclosed ``[``, over 20 KB) and any body over
    100 KB render as plain paragraphs, so the worst case stays around 2 s; about 5-10 ms for a
    2,000-word article (run it off the GUI thread or debounce it).
``photo_url`` is a function ``Photo -> str | None`` giving an ``<img src>``; the default is
``media/<sha256>`` relative to the page (None for a placeholder photo).
"""

from meja_redaksi.render.context import JAKARTA, ArticleContext, date_to_datetime, local_date
from meja_redaksi.render.conventions import (
    PHOTO_SCHEME,
    PULL_QUOTE_MARKER,
    credit_line,
    escape_markdown_text,
    extract_pull_quotes,
    photo_ids_in,
    photo_markdown,
    pull_quote_markdown,
)
from meja_redaksi.render.html import (
    PhotoUrl,
    figure_html,
    media_url,
    render_body_html,
    sanitize_html,
)
from meja_redaksi.render.importing import (
    article_from_markdown,
    article_from_portal_page,
    check_base_revision,
    load_import_file,
)
from meja_redaksi.render.markdown_doc import (
    MarkdownArticle,
    PersonRef,
    PhotoRef,
    article_to_markdown,
    parse_markdown_article,
)
from meja_redaksi.render.ninjs import article_body_html, article_to_ninjs
from meja_redaksi.render.page import article_page_html, portal_css
from meja_redaksi.render.portal_page import PortalPage, PortalPhoto, parse_portal_page
from meja_redaksi.render.sources import MAX_IMPORT_BYTES, decode_text, read_text_file

__all__ = [
    "JAKARTA",
    "MAX_IMPORT_BYTES",
    "PHOTO_SCHEME",
    "PULL_QUOTE_MARKER",
    "ArticleContext",
    "MarkdownArticle",
    "PersonRef",
    "PhotoRef",
    "PhotoUrl",
    "PortalPage",
    "PortalPhoto",
    "article_body_html",
    "article_from_markdown",
    "article_from_portal_page",
    "article_page_html",
    "article_to_markdown",
    "article_to_ninjs",
    "check_base_revision",
    "credit_line",
    "date_to_datetime",
    "decode_text",
    "escape_markdown_text",
    "extract_pull_quotes",
    "figure_html",
    "load_import_file",
    "local_date",
    "media_url",
    "parse_markdown_article",
    "parse_portal_page",
    "photo_ids_in",
    "photo_markdown",
    "portal_css",
    "pull_quote_markdown",
    "read_text_file",
    "render_body_html",
    "sanitize_html",
]
