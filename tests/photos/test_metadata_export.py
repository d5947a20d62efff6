"""Captions read from files captioned by exiftool, and written into exports that exiftool reads back."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from photo_images import make_jpeg, noisy_image
from PIL import Image

from meja_redaksi.domain.errors import UserError
from meja_redaksi.photos.export import export_photo
from meja_redaksi.photos.ingest import ingest_file
from meja_redaksi.photos.metadata import IIM_LIMITS, iim_truncate, read_metadata, utf8_length

EXIFTOOL = shutil.which("exiftool")
needs_exiftool = pytest.mark.skipif(
    EXIFTOOL is None, reason="exiftool (libimage-exiftool-perl) missing"
)

TITLE = "Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles"
CAPTION = "Gubernur DKI Bahas Sister City — kerja sama dengan Pemkot Los Angeles, Senin (30/4)."


def exiftool_json(path: Path) -> dict:
    """Every tag of ``path`` as exiftool reads it (IIM decoded as UTF-8, tags grouped by family 1)."""
    out = subprocess.run(
        [EXIFTOOL, "-j", "-G1", "-charset", "iptc=UTF8", "-struct", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)[0]


def decoded_pixels(path: Path) -> bytes:
    with Image.open(path) as image:
        return image.tobytes()


@needs_exiftool
def test_caption_written_by_exiftool_is_read_on_ingest(photo_store, tmp_path):
    source = make_jpeg(tmp_path / "captioned.jpg", gps=True)
    subprocess.run(
        [
            EXIFTOOL,
            "-q",
            "-overwrite_original",
            "-charset",
            "iptc=UTF8",
            "-IPTC:CodedCharacterSet=UTF8",
            f"-IPTC:Caption-Abstract={CAPTION}",
            f"-IPTC:Headline={TITLE}",
            "-IPTC:By-line=Mustaqim Amna",
            "-IPTC:Credit=Foto: Mustaqim Amna",
            "-IPTC:Keywords=sister city",
            "-IPTC:Keywords=Balai Kota",
            "-IPTC:City=Jakarta",
            "-XMP-iptcCore:AltTextAccessibility=Dua pejabat berjabat tangan",
            "-XMP-iptcCore:ExtDescrAccessibility=Gubernur menerima delegasi di Balai Kota.",
            "-EXIF:DateTimeOriginal=2018:04:30 10:15:00",
            str(source),
        ],
        check=True,
    )
    _, photo = ingest_file(photo_store, source)
    assert photo.caption == CAPTION
    assert photo.title == TITLE
    assert photo.photographer == "Mustaqim Amna"
    assert photo.credit == "Foto: Mustaqim Amna"
    assert photo.keywords == ["sister city", "Balai Kota"]
    assert photo.city == "Jakarta"
    assert photo.alt_text == "Dua pejabat berjabat tangan"
    assert photo.extended_description == "Gubernur menerima delegasi di Balai Kota."
    assert photo.date_taken == datetime(2018, 4, 30, 10, 15, tzinfo=UTC)
    assert photo.gps_latitude is not None and photo.gps_latitude < 0


def _captioned(photo_store, source: Path):
    _, photo = ingest_file(photo_store, source)
    photo.title = TITLE
    photo.caption = CAPTION
    photo.credit = "Foto: Mustaqim Amna"
    photo.photographer = "Mustaqim Amna"
    photo.keywords = ["sister city", "Pemprov DKI", "Los Angeles"]
    photo.city = "Jakarta"
    photo.location = "Balai Kota"
    photo.alt_text = "Gubernur berjabat tangan dengan delegasi — Balai Kota"
    photo.extended_description = "Pertemuan membahas kerja sama sister city."
    photo.date_taken = datetime(2018, 4, 30, 10, 15, tzinfo=UTC)
    return photo_store.photos.save(photo)


@needs_exiftool
def test_export_writes_every_field_readable_by_exiftool(photo_store, jpeg_file, tmp_path):
    photo = _captioned(photo_store, jpeg_file)
    out = export_photo(photo_store, photo.id, tmp_path / "out.jpg")
    tags = exiftool_json(out)
    assert tags["IPTC:CodedCharacterSet"] == "UTF8"
    assert tags["IPTC:Caption-Abstract"] == CAPTION
    assert tags["IPTC:Headline"] == TITLE
    assert tags["IPTC:By-line"] == "Mustaqim Amna"
    assert tags["IPTC:Credit"] == "Foto: Mustaqim Amna"
    assert tags["IPTC:Keywords"] == ["sister city", "Pemprov DKI", "Los Angeles"]
    assert tags["IPTC:City"] == "Jakarta"
    assert tags["IPTC:Sub-location"] == "Balai Kota"
    assert tags["IPTC:DateCreated"] == "2018:04:30"
    assert tags["XMP-dc:Title"] == TITLE
    assert tags["XMP-dc:Description"] == CAPTION
    assert tags["XMP-dc:Creator"] == ["Mustaqim Amna"]
    assert tags["XMP-dc:Subject"] == ["sister city", "Pemprov DKI", "Los Angeles"]
    assert tags["XMP-photoshop:Credit"] == "Foto: Mustaqim Amna"
    assert tags["XMP-photoshop:City"] == "Jakarta"
    assert tags["XMP-photoshop:DateCreated"].startswith("2018:04:30 10:15:00")
    assert tags["XMP-iptcCore:AltTextAccessibility"] == photo.alt_text
    assert tags["XMP-iptcCore:ExtDescrAccessibility"] == photo.extended_description
    assert not any(k.startswith("GPS:") for k in tags)
    assert tags["IFD0:Orientation"] == "Rotate 90 CW"
    assert decoded_pixels(out) == decoded_pixels(jpeg_file)


@needs_exiftool
def test_export_keeps_gps_when_asked(photo_store, jpeg_file, tmp_path):
    photo = _captioned(photo_store, jpeg_file)
    out = export_photo(photo_store, photo.id, tmp_path / "gps.jpg", keep_gps=True)
    tags = exiftool_json(out)
    assert tags["GPS:GPSLatitudeRef"] == "South"
    assert tags["GPS:GPSLongitude"].startswith("106 deg 49'")


@needs_exiftool
def test_iim_cut_at_byte_limit_while_xmp_keeps_full_text(photo_store, tmp_path):
    source = make_jpeg(tmp_path / "long.jpg", seed=5)
    _, photo = ingest_file(photo_store, source)
    photo.caption = "Kerja sama — " * 200  # multi-byte dash lands across the 2000-byte boundary
    photo.credit = "Foto: Mustaqim Amna / Dinas Komunikasi, Informatika dan Statistik"
    photo.keywords = ["ä" * 40]
    photo_store.photos.save(photo)
    tags = exiftool_json(export_photo(photo_store, photo.id, tmp_path / "long-out.jpg"))
    iim_caption = tags["IPTC:Caption-Abstract"]
    assert utf8_length(iim_caption) <= IIM_LIMITS["caption"]
    assert photo.caption.startswith(iim_caption)
    assert utf8_length(iim_caption) > IIM_LIMITS["caption"] - 3
    assert tags["XMP-dc:Description"] == photo.caption
    assert tags["IPTC:Credit"] == iim_truncate(photo.credit, 32)
    assert tags["XMP-photoshop:Credit"] == photo.credit
    assert tags["IPTC:Keywords"] == "ä" * 32


def test_truncation_never_splits_a_character():
    text = "aé—" * 50
    for limit in range(0, 60):
        cut = iim_truncate(text, limit)
        assert utf8_length(cut) <= limit
        assert text.startswith(cut)
        assert utf8_length(iim_truncate(text, limit + 3)) > utf8_length(cut) or cut == text


def test_pixels_unchanged_for_png_and_tiff_exports(photo_store, tmp_path):
    for name, fmt in (("p.png", "PNG"), ("t.tif", "TIFF")):
        source = tmp_path / name
        noisy_image(70, 50, seed=len(name) + ord(fmt[0])).save(source, fmt)
        _, photo = ingest_file(photo_store, source)
        photo.caption = CAPTION
        photo_store.photos.save(photo)
        out = export_photo(photo_store, photo.id, tmp_path / f"out-{name}")
        assert decoded_pixels(out) == decoded_pixels(source)
        assert read_metadata(out).caption == CAPTION


def test_webp_export_carries_xmp(photo_store, tmp_path):
    source = tmp_path / "w.webp"
    noisy_image(60, 40, seed=31).save(source, "WEBP", lossless=True)
    _, photo = ingest_file(photo_store, source)
    photo.caption = CAPTION
    photo.title = TITLE
    photo_store.photos.save(photo)
    out = export_photo(photo_store, photo.id, tmp_path)
    assert out.parent == tmp_path and out.suffix == ".webp"
    meta = read_metadata(out)
    assert (meta.caption, meta.title) == (CAPTION, TITLE)
    assert decoded_pixels(out) == decoded_pixels(source)


def test_heic_export_is_refused_with_a_clear_message(photo_store, tmp_path):
    import pillow_heif

    source = tmp_path / "h.heic"
    pillow_heif.from_pillow(noisy_image(60, 40, seed=8)).save(source)
    _, photo = ingest_file(photo_store, source)
    with pytest.raises(UserError, match="HEIC"):
        export_photo(photo_store, photo.id, tmp_path / "h-out.heic")
    assert not (tmp_path / "h-out.heic").exists()


def test_export_into_missing_folder_refused(photo_store, jpeg_file, tmp_path):
    _, photo = ingest_file(photo_store, jpeg_file)
    with pytest.raises(UserError, match="does not exist"):
        export_photo(photo_store, photo.id, tmp_path / "nope" / "x.jpg")
