"""The local store: SQLite (WAL, foreign keys, durable commits) via SQLAlchemy 2, migrated by Alembic.

Only this package (and portal/) imports SQLAlchemy; every method returns domain objects. API::

    store = Store.open(path)          # creates folders, migrates, sets PRAGMAs; UserError if locked,
    with Store.open(path) as store:   # unwritable, on a full disk, or not a store
    store.path, store.media_dir       # media_dir: content-addressed photo files, next to the db file
    store.media_path(sha256) -> Path  # media_dir/ab/abcdef...
    store.close()

    store.articles.get(id, include_deleted=False) -> Article          # NotFoundError
    store.articles.exists(id) -> bool
    store.articles.save(article, *, author_id=None, note="", base_revision=None) -> Article
        # insert/update; sets updated_at, slug (from headline when empty), desk (reporter's desk when
        # empty); dirty=True; a Revision on create and whenever headline/lead/body/pull quotes/tags change;
        # base_revision != latest -> ConflictError naming both numbers, nothing changed
    store.articles.delete(id, *, actor_id=None)                      # tombstone (hidden everywhere)
    store.articles.revisions(id) -> list[Revision]                    # oldest first
    store.articles.revision(id, number) -> Revision
    store.articles.latest_revision_number(id) -> int                  # 0 when none (generated demo rows)
    store.articles.transition(id, action, actor, *, expected_state=None, note="", when=None) -> Article
        # workflow table + submit/publish rules; compare-and-swap; AuditEvent written;
        # sets return_note (return), scheduled_at (schedule: when), published_at (publish: when or now)
    store.articles.audit(id) -> list[AuditEvent]
    store.articles.list(ArticleQuery) -> list[ArticleSummary]         # snippet filled when searching
    store.articles.count(ArticleQuery) -> int
    store.articles.ids(ArticleQuery, stop=None) -> list[str]          # all matching ids, in order;
        # stop() is polled while SQLite runs: once True the query is interrupted and returns []
    store.articles.summaries(ids, search="") -> list[ArticleSummary]  # in the given order; with
        # search text each carries its snippet (a search page whose ids are already known)
    store.articles.search(text, *, limit=50) -> list[ArticleSummary]  # bm25 order, with snippets;
        # only the newest listing.RANK_WINDOW (500) matches are ranked, so common words stay fast
    store.articles.all_tags() -> list[str];  store.articles.status_counts() -> dict[ArticleStatus, int]

    store.people.save/get/get_by_username/get_by_code (-> Person | None)/find_by_name/list(role=None)
    store.desks.save/get/get_by_slug/list
    store.photos.save/get/get_by_sha256 (-> Photo | None)/get_many(ids)/list/count/delete
    store.assignments.save/get/list(status=None, person_id=None)/delete
    store.comments.save/for_article/delete
    store.sync_state.get(key, default)/set(key, value)/delete(key)

List queries (list/count/ids/summaries/search) are safe to call from any thread: each thread gets its
own read connection. Summaries are cached by their whole row (never stale); do not mutate them.
``ids()`` of all 100k articles takes ~60-100 ms: call it off the GUI thread. A search with a small
limit (a first page) picks its plan by how dense the matches are (listing._search_plan): ~10 ms for a
common prefix at 100k, where sorting every match takes 100-400 ms. FTS5 keeps prefix indexes of 2-8
characters (migration 0004). A store already at the newest migration opens without importing Alembic.
``store.database`` (engine and sessions) is for modules inside store/ only.
Demo: ``store.demo.build_demo(store, articles=N, photos=M, extras=[Desk|Person|Photo|Article...])``.

Search text is whatever the user typed (any string is valid): words are quoted tokens, all must match,
the last one is a prefix while being typed (a single trailing letter is ignored until the next one). Snippets mark matches with
``fts.SNIPPET_START``/``fts.SNIPPET_END``; ``fts.snippet_html`` turns them into ``<b>``.
"""

from meja_redaksi.store.fts import SNIPPET_END, SNIPPET_START, snippet_html, snippet_plain
from meja_redaksi.store.store import Store, media_dir_for

__all__ = [
    "SNIPPET_END",
    "SNIPPET_START",
    "Store",
    "media_dir_for",
    "snippet_html",
    "snippet_plain",
]
