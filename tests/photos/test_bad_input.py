"""Hostile and broken files: each refused with one line naming the file, the batch goes on."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest
from photo_images import make_jpeg

from meja_redaksi.domain.errors import UserError
from meja_redaksi.photos import safety
from meja_redaksi.photos.ingest import Outcome, ingest, ingest_file
from meja_redaksi.photos.safety import clean_filename


def _png_bomb(path: Path, side: int) -> Path:
    """A valid PNG header declaring side x side pixels with a tiny compressed body (never decoded)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 1024)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )
    return path


def _media_files(store) -> list[Path]:
    root = store.media_dir
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def _assert_refused(store, path: Path, words: str) -> None:
    with pytest.raises(UserError) as caught:
        ingest_file(store, path)
    message = str(caught.value)
    assert "\n" not in message
    assert path.name in message
    assert words in message
    assert _media_files(store) == []
    assert store.photos.count() == 0


@pytest.mark.parametrize("side", [20000, 10000])
def test_decompression_bomb_refused_before_decoding(photo_store, tmp_path, side):
    bomb = _png_bomb(tmp_path / "bomb.png", side)
    assert bomb.stat().st_size < 2000
    _assert_refused(photo_store, bomb, "too many pixels")


def test_truncated_jpeg_refused(photo_store, tmp_path):
    whole = make_jpeg(tmp_path / "whole.jpg", size=(400, 300))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    _assert_refused(photo_store, cut, "truncated")


def test_corrupt_jpeg_body_refused(photo_store, tmp_path):
    whole = make_jpeg(tmp_path / "whole.jpg", size=(200, 100)).read_bytes()
    start = whole.index(b"\xff\xda")  # start of scan: keep headers, garble the scan header
    corrupt = tmp_path / "corrupt.jpg"
    corrupt.write_bytes(whole[: start + 4] + b"\xff\xff\x00" * 20)
    _assert_refused(photo_store, corrupt, "corrupt.jpg")


def test_text_with_image_extension_refused(photo_store, tmp_path):
    fake = tmp_path / "not a photo.jpg"
    fake.write_text("<html>this is not a photo</html>")
    _assert_refused(photo_store, fake, "not an image")


def test_zero_byte_file_refused(photo_store, tmp_path):
    empty = tmp_path / "empty.png"
    empty.touch()
    _assert_refused(photo_store, empty, "empty")


def test_oversized_file_refused_by_stat_without_reading(photo_store, tmp_path, monkeypatch):
    big = tmp_path / "huge.jpg"
    with big.open("wb") as handle:  # sparse: no 200 MB written to disk
        handle.truncate(safety.MAX_FILE_BYTES + 1)
    opened = []
    monkeypatch.setattr(safety.Image, "open", lambda *a, **k: opened.append(a))
    _assert_refused(photo_store, big, "200 MB limit")
    assert opened == []


def test_unaccepted_format_refused(photo_store, tmp_path):
    from PIL import Image

    gif = tmp_path / "anim.gif"
    Image.new("P", (10, 10)).save(gif)
    _assert_refused(photo_store, gif, "GIF")


def test_batch_goes_on_after_bad_files(photo_store, tmp_path):
    good_one = make_jpeg(tmp_path / "a good.jpg", seed=3)
    bad = tmp_path / "b bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff garbage")
    empty = tmp_path / "c empty.jpg"
    empty.touch()
    good_two = make_jpeg(tmp_path / "d good.jpg", seed=4)
    steps = list(ingest(photo_store, [good_one, bad, empty, good_two]))
    assert [s.outcome for s in steps] == [
        Outcome.CREATED,
        Outcome.FAILED,
        Outcome.FAILED,
        Outcome.CREATED,
    ]
    assert "b bad.jpg" in steps[1].error and "c empty.jpg" in steps[2].error
    originals = [
        p for p in _media_files(photo_store) if len(p.name) == 64 and p.parent.name == p.name[:2]
    ]
    assert sorted(p.read_bytes() for p in originals) == sorted(
        p.read_bytes() for p in (good_one, good_two)
    )
    assert list((photo_store.media_dir / "incoming").iterdir()) == []


def test_missing_file_refused(photo_store, tmp_path):
    with pytest.raises(UserError, match=r"gone\.jpg"):
        ingest_file(photo_store, tmp_path / "gone.jpg")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("../../etc/passwd.jpg", "passwd.jpg"),
        ("C:\\Users\\foto\\rapat.jpg", "rapat.jpg"),
        ("Cafe\u0301 rapat.jpg", "Café rapat.jpg"),
        ("foto\u202egpj.exe", "fotogpj.exe"),
        ("tab\tand\nnewline.jpg", "tabandnewline.jpg"),
        ("..", "photo"),
    ],
)
def test_odd_file_names_are_cleaned(raw, expected):
    assert clean_filename(raw) == expected


def test_odd_file_name_is_stored_as_text_only(photo_store, tmp_path):
    odd = "Gubernur\u0301 \u202e rapat\x07.jpg"
    source = make_jpeg(tmp_path / odd, seed=12)
    _, photo = ingest_file(photo_store, source)
    assert photo.original_filename == clean_filename(odd)
    names = {str(p.relative_to(photo_store.media_dir)) for p in _media_files(photo_store)}
    assert all(n.isascii() for n in names)
    assert os.sep not in photo.original_filename


def test_refusal_message_stays_one_line_for_a_name_with_newlines(photo_store, tmp_path):
    odd = tmp_path / "baris\nbaru.jpg"
    odd.touch()
    with pytest.raises(UserError) as caught:
        ingest_file(photo_store, odd)
    assert "\n" not in str(caught.value) and "barisbaru.jpg" in str(caught.value)
