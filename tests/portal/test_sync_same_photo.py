"""Two laptops that ingested the same file offline both sync: the portal's two records coexist."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from meja_redaksi.store import Store
from tests.portal.test_store_sync import laptops, run

__all__ = ["laptops"]  # the fixture, used by name below


def test_the_same_file_ingested_on_two_laptops_syncs_both_ways(
    laptops: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    a, b = laptops
    picture = tmp_path / "banjir kampung melayu otoy.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (160, 90), "navy").save(buffer, "JPEG")
    picture.write_bytes(buffer.getvalue())
    ids = {}
    for path, caption in ((a, "Warga mengungsi"), (b, "Air setinggi satu meter")):
        (added,) = run(capsys, "photo", "add", str(picture), "--store", str(path))
        assert added["result"] == "created"
        ids[path] = added["id"]
        run(capsys, "photo", "set", added["id"], "--store", str(path), "--caption", caption,
            "--credit", "Otoy")  # fmt: skip
    for path in (a, b, a):
        (report,) = run(capsys, "sync", "--store", str(path))
        assert report["rejected"] == 0 and report["skipped"] == []
    for path in (a, b):
        with Store.open(path) as store:
            captions = {store.photos.get(i).caption for i in ids.values()}
            assert captions == {"Warga mengungsi", "Air setinggi satu meter"}
    # A third ingest of the file on a laptop finds a record instead of making another.
    (again,) = run(capsys, "photo", "add", str(picture), "--store", str(a))
    assert again["result"] == "existing" and again["id"] in ids.values()
    with Store.open(a) as store:
        assert store.photos.count() == 2
