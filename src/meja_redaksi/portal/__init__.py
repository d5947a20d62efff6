"""The central portal server: sync API, auth and the public site (FastAPI; its own database).

Run it with ``meja-redaksi portal serve [--db URL] [--media DIR] [--host 127.0.0.1] [--port 8750]``
(SQLite in the user data folder by default, PostgreSQL with ``--db postgresql+psycopg://...``) and add
people with ``meja-redaksi portal user add``. :class:`meja_redaksi.portal.local.LocalPortal` runs it in
a background thread on loopback (demo, tests, benchmarks). The API, documented at ``/openapi.json``::

    POST /api/v1/auth/login                 password -> device token (only its sha256 is stored)
    GET  /api/v1/changes?since=&limit=      change-log page {changes, next, more, views}; 410 past retention
    POST /api/v1/push                       {ops: [{op_id, entity, id, base_rev, kind, fields}]}
    POST /api/v1/articles/{id}/transition   {action, expected_state, note, scheduled_at}
    GET  /api/v1/conflicts; POST /api/v1/conflicts/{id}/resolve
    GET|PUT /api/v1/blobs/{sha256}?offset=&total=   resumable, hash-checked photo upload
    GET  /api/v1/views?since=V              {version, counts} moved after views version V (the
                                            change-log page names the current version)

Public pages: ``/``, ``/rubrik/{slug}``, ``/berita/{id}/{slug}``, ``/media/{sha256}``, ``/rss.xml``.
"""
