"""Views read on the portal's public pages reach the main window's list with the next sync."""

from __future__ import annotations

import uuid
from typing import Any

from meja_redaksi.domain.queries import SortKey
from meja_redaksi.gui.models.article_list import COLUMNS
from meja_redaksi.gui.sync import SyncUi
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.protocol import Op, OpOutcome
from tests.gui.test_sync_window import PASSWORD, portal, signed_in, synced  # noqa: F401
from tests.portal.test_views_api import read_page

ARTICLE = {"headline": "Pasar Murah Jelang Lebaran", "body": "Isi berita."}
VIEWS_COLUMN = [key for key, _ in COLUMNS].index(SortKey.VIEWS)


def shown_views(window: Any, article_id: str) -> int | None:
    """The views column of ``article_id``'s row, or None while the row is not loaded."""
    model = window.model
    row = list(model.ids()).index(article_id)
    text = model.data(model.index(row, VIEWS_COLUMN))
    return int(text.replace(".", "")) if text and text[0].isdigit() else None


def test_counts_read_on_the_portal_show_in_the_views_column(
    qtbot: Any,
    window: Any,
    signed_in: SyncUi,  # noqa: F811
    portal: LocalPortal,  # noqa: F811
) -> None:
    with PortalClient(portal.url) as client:
        client.login("eka", PASSWORD)
        desk_id, article_id = str(uuid.uuid4()), str(uuid.uuid4())  # by the portal's editor-admin
        desk = {"name": "Rubrik Kota", "slug": "kota"}
        article = {**ARTICLE, "desk_id": desk_id}
        for entity, record_id, fields in (
            ("desk", desk_id, desk),
            ("article", article_id, article),
        ):
            (result,) = client.push([Op(str(uuid.uuid4()), entity, record_id, 0, fields)])
            assert result.outcome is OpOutcome.APPLIED
        client.transition(article_id, "submit", "draft")
        client.transition(article_id, "approve", "submitted")
        with PortalClient(portal.url) as chief:
            chief.login("dodi", PASSWORD)
            chief.transition(article_id, "publish", "approved")
        synced(qtbot, signed_in)
        qtbot.waitUntil(lambda: article_id in set(window.model.ids()), timeout=10000)
        qtbot.waitUntil(lambda: shown_views(window, article_id) == 0, timeout=10000)
        read_page(portal, article_id, 3)
        portal.app.state.views.flush()
        assert client.view_counts(0).counts[article_id] == 3
    outcome = synced(qtbot, signed_in)
    assert outcome.pulled == 1 and outcome.status.pending == 0
    qtbot.waitUntil(lambda: shown_views(window, article_id) == 3, timeout=10000)
