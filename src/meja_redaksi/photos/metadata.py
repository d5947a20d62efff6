"""Read and write the caption metadata embedded in image files (IPTC IIM, XMP, EXIF) with pyexiv2.

pyexiv2 is not thread-safe, so every call into it goes through :data:`EXIV2_LOCK`. Writing never re-encodes
pixels: exiv2 rewrites only the metadata segments. IIM fields have byte limits that exiv2 does not enforce;
:func:`iim_truncate` cuts on a UTF-8 character boundary for IIM only, while XMP keeps the full text.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.errors import UserError

EXIV2_LOCK = threading.Lock()
"""Held around every pyexiv2 call in the process (exiv2 is not thread-safe)."""

IIM_LIMITS: dict[str, int] = {
    "caption": 2000,
    "photographer": 32,
    "credit": 32,
    "title": 256,
    "keyword": 64,
    "city": 32,
    "location": 32,
}
"""IPTC IIM byte limits per caption field (``keyword`` applies to each keyword)."""

UTF8_CHARSET = "\x1b%G"
_LANG_DEFAULT = 'lang="x-default"'
_GPS_XMP_PREFIX = "Xmp.exif.GPS"
_EXIF_DATE = re.compile(r"^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})")


def utf8_length(text: str) -> int:
    """Bytes ``text`` takes in UTF-8 (what IIM limits count)."""
    return len(text.encode("utf-8"))


def iim_truncate(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` UTF-8 bytes without splitting a character."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


@dataclass(slots=True)
class EmbeddedMetadata:
    """Caption fields found in an image file; empty strings where the file has nothing."""

    title: str = ""
    caption: str = ""
    credit: str = ""
    creator: str = ""
    keywords: list[str] = field(default_factory=list)
    city: str = ""
    location: str = ""
    date_taken: datetime | None = None
    alt_text: str = ""
    extended_description: str = ""
    gps_latitude: float | None = None
    gps_longitude: float | None = None


def _lang_alt(value: Any) -> str:
    """Text of an XMP language alternative (x-default first), or of a plain value."""
    if isinstance(value, dict):
        if _LANG_DEFAULT in value:
            return str(value[_LANG_DEFAULT])
        return str(next(iter(value.values()), ""))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, dict):
        return [str(v) for v in value.values()]
    return [part.strip() for part in str(value).split(",")]


def _first(*candidates: str) -> str:
    return next((c.strip() for c in candidates if c and c.strip()), "")


def _parse_date(exif: dict[str, Any], xmp: dict[str, Any], iptc: dict[str, Any]) -> datetime | None:
    """Date taken from EXIF DateTimeOriginal, XMP DateCreated or IIM DateCreated (naive values read as UTC)."""
    raw = str(exif.get("Exif.Photo.DateTimeOriginal", ""))
    match = _EXIF_DATE.match(raw)
    candidates: list[str] = []
    if match:
        y, mo, d, h, mi, s = match.groups()
        candidates.append(f"{y}-{mo}-{d}T{h}:{mi}:{s}")
    candidates.append(str(xmp.get("Xmp.photoshop.DateCreated", "")))
    iptc_date = str(iptc.get("Iptc.Application2.DateCreated", ""))
    if iptc_date:
        iptc_time = str(iptc.get("Iptc.Application2.TimeCreated", ""))
        candidates.append(f"{iptc_date}T{iptc_time}" if iptc_time else iptc_date)
    for text in candidates:
        try:
            value = datetime.fromisoformat(text.strip())
        except ValueError:
            continue
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return None


def _gps_coordinate(value: Any, ref: Any, negative_ref: str, bound: float) -> float | None:
    """Degrees from an EXIF rational triple such as ``'6/1 10/1 61/2'``."""
    if not value:
        return None
    try:
        parts = [Fraction(p) for p in str(value).split()]
        degrees = float(sum(p / 60**i for i, p in enumerate(parts[:3])))
    except (ValueError, ZeroDivisionError):
        return None
    if str(ref).strip().upper() == negative_ref:
        degrees = -degrees
    return degrees if -bound <= degrees <= bound else None


def read_metadata(path: Path) -> EmbeddedMetadata:
    """Read the caption fields of an image file; a file exiv2 cannot parse yields empty metadata."""
    import pyexiv2

    try:
        with EXIV2_LOCK, pyexiv2.Image(str(path)) as image:
            exif = image.read_exif()
            iptc = image.read_iptc()
            xmp = image.read_xmp()
    except (RuntimeError, OSError, ValueError, UnicodeDecodeError):
        return EmbeddedMetadata()
    iptc_text = {k: _lang_alt(v) for k, v in iptc.items()}
    return EmbeddedMetadata(
        title=_first(
            _lang_alt(xmp.get("Xmp.dc.title")),
            _lang_alt(xmp.get("Xmp.photoshop.Headline")),
            iptc_text.get("Iptc.Application2.Headline", ""),
            iptc_text.get("Iptc.Application2.ObjectName", ""),
        ),
        caption=_first(
            _lang_alt(xmp.get("Xmp.dc.description")),
            iptc_text.get("Iptc.Application2.Caption", ""),
            _lang_alt(exif.get("Exif.Image.ImageDescription")),
        ),
        credit=_first(
            _lang_alt(xmp.get("Xmp.photoshop.Credit")),
            iptc_text.get("Iptc.Application2.Credit", ""),
        ),
        creator=_first(
            ", ".join(_as_list(xmp.get("Xmp.dc.creator"))),
            iptc_text.get("Iptc.Application2.Byline", ""),
            _lang_alt(exif.get("Exif.Image.Artist")),
        ),
        keywords=_as_list(xmp.get("Xmp.dc.subject"))
        or _as_list(iptc.get("Iptc.Application2.Keywords")),
        city=_first(
            _lang_alt(xmp.get("Xmp.photoshop.City")), iptc_text.get("Iptc.Application2.City", "")
        ),
        location=_first(
            _lang_alt(xmp.get("Xmp.iptc.Location")),
            iptc_text.get("Iptc.Application2.SubLocation", ""),
        ),
        date_taken=_parse_date(exif, xmp, iptc),
        alt_text=_lang_alt(xmp.get("Xmp.iptc.AltTextAccessibility")).strip(),
        extended_description=_lang_alt(xmp.get("Xmp.iptc.ExtDescrAccessibility")).strip(),
        gps_latitude=_gps_coordinate(
            exif.get("Exif.GPSInfo.GPSLatitude"), exif.get("Exif.GPSInfo.GPSLatitudeRef"), "S", 90
        ),
        gps_longitude=_gps_coordinate(
            exif.get("Exif.GPSInfo.GPSLongitude"),
            exif.get("Exif.GPSInfo.GPSLongitudeRef"),
            "W",
            180,
        ),
    )


def _iim_fields(photo: Photo) -> dict[str, Any]:
    """The IIM datasets for ``photo``, cut to their byte limits (None deletes a dataset)."""

    def text(value: str, limit_key: str) -> str | None:
        return iim_truncate(value, IIM_LIMITS[limit_key]) if value else None

    keywords = [iim_truncate(k, IIM_LIMITS["keyword"]) for k in photo.keywords]
    fields: dict[str, Any] = {
        "Iptc.Envelope.CharacterSet": UTF8_CHARSET,
        "Iptc.Application2.Headline": text(photo.title, "title"),
        "Iptc.Application2.Caption": text(photo.caption, "caption"),
        "Iptc.Application2.Credit": text(photo.credit, "credit"),
        "Iptc.Application2.Byline": text(photo.photographer, "photographer"),
        "Iptc.Application2.Keywords": keywords or None,
        "Iptc.Application2.City": text(photo.city, "city"),
        "Iptc.Application2.SubLocation": text(photo.location, "location"),
        "Iptc.Application2.DateCreated": None,
        "Iptc.Application2.TimeCreated": None,
    }
    if photo.date_taken is not None:
        fields["Iptc.Application2.DateCreated"] = photo.date_taken.strftime("%Y-%m-%d")
        fields["Iptc.Application2.TimeCreated"] = photo.date_taken.strftime("%H:%M:%S%z")[:8]
    return fields


def _xmp_fields(photo: Photo) -> dict[str, Any]:
    """The XMP properties for ``photo`` with the full text (None deletes a property)."""

    def alt(value: str) -> dict[str, str] | None:
        return {_LANG_DEFAULT: value} if value else None

    return {
        "Xmp.dc.title": alt(photo.title),
        "Xmp.photoshop.Headline": photo.title or None,
        "Xmp.dc.description": alt(photo.caption),
        "Xmp.dc.creator": [photo.photographer] if photo.photographer else None,
        "Xmp.photoshop.Credit": photo.credit or None,
        "Xmp.dc.subject": list(photo.keywords) or None,
        "Xmp.photoshop.City": photo.city or None,
        "Xmp.iptc.Location": photo.location or None,
        "Xmp.photoshop.DateCreated": photo.date_taken.isoformat() if photo.date_taken else None,
        "Xmp.iptc.AltTextAccessibility": alt(photo.alt_text),
        "Xmp.iptc.ExtDescrAccessibility": alt(photo.extended_description),
    }


def write_metadata(
    path: Path, photo: Photo, *, keep_gps: bool = False, write_iim: bool = True
) -> None:
    """Write ``photo``'s caption fields into the file at ``path`` in place (IIM + XMP), pixels untouched.

    GPS (EXIF and XMP) is removed unless ``keep_gps``. ``write_iim`` is False for formats whose IIM
    exiv2 ignores (WebP). Raises UserError when exiv2 cannot write the file.
    """
    import pyexiv2

    try:
        with EXIV2_LOCK, pyexiv2.Image(str(path)) as image:
            if write_iim:
                image.modify_iptc(_iim_fields(photo))
            image.modify_xmp(_xmp_fields(photo))
            if not keep_gps:
                exif = image.read_exif()
                gone = {k: None for k in exif if k.startswith("Exif.GPSInfo.")}
                if "Exif.Image.GPSTag" in exif:
                    gone["Exif.Image.GPSTag"] = None
                if gone:
                    image.modify_exif(gone)
                xmp_gps = {k: None for k in image.read_xmp() if k.startswith(_GPS_XMP_PREFIX)}
                if xmp_gps:
                    image.modify_xmp(xmp_gps)
    except RuntimeError as exc:
        raise UserError(f"cannot write captions into {path.name}: {exc}") from None
