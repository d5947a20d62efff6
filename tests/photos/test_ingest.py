"""Ingest of real image files of every accepted format, dedupe, derivatives and progress."""

from __future__ import annotations

import threading
from pathlib import Path

import pillow_heif
import pytest
from photo_images import make_jpeg, noisy_image
from PIL import Image

from meja_redaksi.photos.derivatives import PREVIEW_SIZE, THUMB_SIZE, derivative_paths
from meja_redaksi.photos.ingest import Outcome, collect_files, ingest, ingest_file
from meja_redaksi.photos.ports import find_media_file


def _make_format(folder: Path, fmt: str, seed: int) -> Path:
    image = noisy_image(90, 60, seed=seed)
    if fmt == "HEIF":
        path = folder / "heic photo.heic"
        pillow_heif.from_pillow(image).save(path, quality=90)
        return path
    suffix = {"PNG": ".png", "WEBP": ".webp", "TIFF": ".tiff", "JPEG": ".jpeg"}[fmt]
    path = folder / f"photo{suffix}"
    image.save(path, fmt)
    return path


@pytest.mark.parametrize(
    ("fmt", "mime"),
    [
        ("JPEG", "image/jpeg"),
        ("PNG", "image/png"),
        ("WEBP", "image/webp"),
        ("TIFF", "image/tiff"),
        ("HEIF", "image/heic"),
    ],
)
def test_every_format_is_ingested_with_size_mime_and_derivatives(photo_store, tmp_path, fmt, mime):
    source = _make_format(tmp_path, fmt, seed=len(fmt))
    outcome, photo = ingest_file(photo_store, source)
    assert outcome is Outcome.CREATED
    assert (photo.width, photo.height, photo.mime) == (90, 60, mime)
    assert photo.original_filename == source.name
    stored = find_media_file(photo_store.media_dir, photo.sha256)
    assert stored is not None and stored.read_bytes() == source.read_bytes()
    assert stored == photo_store.media_path(photo.sha256)
    paths = derivative_paths(photo_store.media_dir, photo.sha256)
    with Image.open(paths.thumbnail) as thumb, Image.open(paths.preview) as preview:
        assert thumb.size == (90, 60) and preview.size == (90, 60)
    assert photo_store.photos.get(photo.id).sha256 == photo.sha256


def test_same_file_twice_finds_the_existing_photo(photo_store, jpeg_file, tmp_path):
    first_outcome, first = ingest_file(photo_store, jpeg_file)
    copy = tmp_path / "renamed copy.jpg"
    copy.write_bytes(jpeg_file.read_bytes())
    second_outcome, second = ingest_file(photo_store, copy)
    assert (first_outcome, second_outcome) == (Outcome.CREATED, Outcome.EXISTING)
    assert second.id == first.id
    originals = [p for p in photo_store.media_dir.glob("*/*") if p.name == first.sha256]
    assert len(originals) == 1
    assert photo_store.photos.count() == 1


def test_orientation_is_applied_to_derivatives_and_dimensions(photo_store, tmp_path):
    source = make_jpeg(tmp_path / "tall.jpg", size=(2400, 1600), orientation=6)
    _, photo = ingest_file(photo_store, source)
    assert (photo.width, photo.height) == (1600, 2400)
    paths = derivative_paths(photo_store.media_dir, photo.sha256)
    with Image.open(paths.thumbnail) as thumb, Image.open(paths.preview) as preview:
        assert max(thumb.size) == THUMB_SIZE and thumb.width < thumb.height
        assert max(preview.size) == PREVIEW_SIZE and preview.width < preview.height


def test_gps_is_kept_privately_on_the_record(photo_store, jpeg_file):
    _, photo = ingest_file(photo_store, jpeg_file)
    assert photo.gps_latitude == pytest.approx(-(6 + 10 / 60 + 30.5 / 3600))
    assert photo.gps_longitude == pytest.approx(106 + 49 / 60 + 12.25 / 3600)


def test_folder_ingest_yields_progress_and_skips_non_images(photo_store, tmp_path):
    card = tmp_path / "DCIM"
    (card / "sub").mkdir(parents=True)
    for i in range(3):
        make_jpeg(card / f"IMG_{i}.JPG", seed=i)
    make_jpeg(card / "sub" / "IMG_9.jpg", seed=9)
    (card / "notes.txt").write_text("bukan foto")
    (card / ".hidden.jpg").write_bytes(b"junk")
    steps = list(ingest(photo_store, [card]))
    assert [s.index for s in steps] == [1, 2, 3, 4]
    assert {s.total for s in steps} == {4}
    assert all(s.outcome is Outcome.CREATED for s in steps)
    assert collect_files([card]) == [s.source for s in steps]


def test_cancel_stops_before_the_next_file(photo_store, tmp_path):
    for i in range(5):
        make_jpeg(tmp_path / f"{i}.jpg", seed=i + 20)
    cancel = threading.Event()
    seen = []
    for step in ingest(photo_store, sorted(tmp_path.glob("*.jpg")), cancelled=cancel.is_set):
        seen.append(step)
        if len(seen) == 2:
            cancel.set()
    assert len(seen) == 2
    assert photo_store.photos.get_by_sha256(seen[1].photo.sha256) is not None


def test_photographer_given_at_ingest_makes_the_default_credit(photo_store, tmp_path):
    source = make_jpeg(tmp_path / "x.jpg", seed=77)
    _, photo = ingest_file(photo_store, source, photographer="Mustaqim Amna")
    assert (photo.photographer, photo.credit) == ("Mustaqim Amna", "Foto: Mustaqim Amna")


def test_missing_derivatives_are_made_again(photo_store, jpeg_file):
    from meja_redaksi.photos.derivatives import ensure_derivatives

    _, photo = ingest_file(photo_store, jpeg_file)
    paths = derivative_paths(photo_store.media_dir, photo.sha256)
    paths.thumbnail.unlink()
    again = ensure_derivatives(
        photo_store.media_dir, photo.sha256, photo_store.media_path(photo.sha256)
    )
    assert again == paths and paths.exist()
    with Image.open(paths.thumbnail) as thumb:
        assert thumb.width < thumb.height  # orientation 6 applied again


def test_metadata_of_a_file_exiv2_cannot_parse_is_empty(tmp_path):
    from meja_redaksi.photos.metadata import EmbeddedMetadata, read_metadata

    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00garbage")
    assert read_metadata(junk) == EmbeddedMetadata()
