"""The packed id list the article model holds."""

from __future__ import annotations

import uuid

import pytest

from meja_redaksi.gui.models.id_list import IdList


def test_packs_and_gives_back_the_same_ids_in_order() -> None:
    ids = [str(uuid.uuid4()) for _ in range(500)]
    packed = IdList(ids)
    assert len(packed) == 500
    assert list(packed) == ids
    assert packed[-1] == ids[-1]
    assert packed.slice(498, 600) == ids[498:]
    assert packed.index(ids[321]) == 321
    assert ids[7] in packed
    assert str(uuid.uuid4()) not in packed
    assert "not-an-id" not in packed
    with pytest.raises(IndexError):
        packed[500]


def test_index_only_matches_whole_aligned_ids() -> None:
    # An id whose bytes straddle two packed ids must not be found.
    first, second = uuid.uuid4(), uuid.uuid4()
    straddling = uuid.UUID(bytes=first.bytes[8:] + second.bytes[:8])
    packed = IdList([str(first), str(second)])
    assert str(straddling) not in packed
