"""Captioning logic without Qt: default credit, batch templates, photographer codes, find and replace."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from meja_redaksi.domain.dates import format_long_date
from meja_redaksi.domain.entities import Photo, utcnow
from meja_redaksi.domain.errors import UserError

CAPTION_FIELDS: tuple[str, ...] = (
    "title",
    "caption",
    "credit",
    "photographer",
    "alt_text",
    "extended_description",
    "city",
    "location",
    "keywords",
)
"""Photo fields a template or find/replace may change (``keywords`` is comma-separated text)."""

TEMPLATE_VARIABLES: tuple[str, ...] = ("filename", "date", "seq", "photographer")
_VARIABLE = re.compile(r"\{(" + "|".join(TEMPLATE_VARIABLES) + r")\}")
_CODE = re.compile(r"=([A-Za-z0-9_.-]{1,32})=")


def default_credit(photographer: str) -> str:
    """The portal's credit line for ``photographer`` (``Foto: <name>``), empty without a name."""
    name = " ".join(photographer.split())
    return f"Foto: {name}" if name else ""


class PhotographerCodes:
    """The desk's photographer codes (``rezap`` -> ``Reza Pratama``), from a tab-separated file."""

    def __init__(self, names: Mapping[str, str] | None = None) -> None:
        """Start from a code -> full name mapping (codes match case-insensitively)."""
        self._names = {
            k.strip().casefold(): v.strip() for k, v in (names or {}).items() if k.strip()
        }

    @classmethod
    def load(cls, path: Path) -> PhotographerCodes:
        """Read ``code<TAB>full name`` lines; blank lines and ``#`` comments are skipped."""
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"cannot read photographer codes from {path.name}: {exc}") from None
        names: dict[str, str] = {}
        for number, row in enumerate(csv.reader(text.splitlines(), delimiter="\t"), start=1):
            if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
                continue
            if len(row) < 2 or not row[1].strip():
                raise UserError(f"{path.name} line {number}: expected 'code<TAB>full name'")
            names[row[0]] = row[1]
        return cls(names)

    def __len__(self) -> int:
        """Number of known codes."""
        return len(self._names)

    def name_for(self, code: str) -> str | None:
        """The full name for ``code``, if known."""
        return self._names.get(code.strip().casefold())

    def expand(self, text: str) -> str:
        """Replace every ``=code=`` whose code is known by the full name; unknown codes stay as typed."""
        return _CODE.sub(lambda m: self.name_for(m.group(1)) or m.group(0), text)

    def from_filename(self, filename: str) -> str | None:
        """The photographer whose code is a word of a portal-style file name, the last such word winning.

        ``"Gubernur pramono sertifikat aset rezap.jpg"`` gives the name for ``rezap``.
        """
        stem = Path(filename).stem
        for word in reversed(re.split(r"[\s_\-.]+", stem)):
            name = self.name_for(word)
            if name:
                return name
        return None


class ApplyMode(StrEnum):
    """How a template field meets the existing value."""

    REPLACE = "replace"
    APPEND = "append"


@dataclass(slots=True)
class TemplateField:
    """One field of a template: its text, whether to apply it, and replace or append."""

    text: str = ""
    apply: bool = False
    mode: ApplyMode = ApplyMode.REPLACE

    def __post_init__(self) -> None:
        self.mode = ApplyMode(self.mode)


@dataclass(slots=True)
class CaptionTemplate:
    """A named batch caption template (as Photo Mechanic's stationery pads)."""

    name: str
    fields: dict[str, TemplateField] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.name = " ".join(self.name.split())
        if not self.name:
            raise UserError("a template needs a name")
        unknown = set(self.fields) - set(CAPTION_FIELDS)
        if unknown:
            raise UserError(f"templates have no field {', '.join(sorted(unknown))}")


def fill_variables(text: str, photo: Photo, seq: int, photographer_codes: PhotographerCodes) -> str:
    """Expand ``{filename}``, ``{date}``, ``{seq}``, ``{photographer}`` and ``=code=`` in ``text``."""
    taken: date = (photo.date_taken or utcnow()).date()
    photographer = (
        photo.photographer or photographer_codes.from_filename(photo.original_filename) or ""
    )
    values = {
        "filename": Path(photo.original_filename).stem,
        "date": format_long_date(taken),
        "seq": str(seq),
        "photographer": photographer,
    }
    return photographer_codes.expand(_VARIABLE.sub(lambda m: values[m.group(1)], text))


def _combine(old: str, new: str, mode: ApplyMode, separator: str) -> str:
    if mode is ApplyMode.REPLACE or not old.strip():
        return new
    return f"{old.rstrip()}{separator}{new.lstrip()}" if new.strip() else old


def apply_template(
    photos: Sequence[Photo],
    template: CaptionTemplate,
    *,
    first_seq: int = 1,
    codes: PhotographerCodes | None = None,
) -> list[Photo]:
    """Return copies of ``photos`` with the template's applied fields filled in; inputs are unchanged."""
    photographer_codes = codes or PhotographerCodes()
    result: list[Photo] = []
    for seq, photo in enumerate(photos, start=first_seq):
        changes: dict[str, object] = {}
        for name, spec in template.fields.items():
            if not spec.apply:
                continue
            text = fill_variables(spec.text, photo, seq, photographer_codes)
            if name == "keywords":
                new_words = [w.strip() for w in text.split(",") if w.strip()]
                keep = photo.keywords if spec.mode is ApplyMode.APPEND else []
                changes[name] = [*keep, *new_words]
            else:
                separator = "\n\n" if name in {"caption", "extended_description"} else " "
                changes[name] = _combine(getattr(photo, name), text, spec.mode, separator)
        if "photographer" in changes and "credit" not in changes and not photo.credit.strip():
            changes["credit"] = default_credit(str(changes["photographer"]))
        result.append(replace(photo, **changes, updated_at=utcnow()) if changes else photo)  # type: ignore[arg-type]
    return result


def find_replace(
    photos: Sequence[Photo],
    find: str,
    replacement: str,
    *,
    fields: Iterable[str] = ("caption",),
    case_sensitive: bool = False,
) -> tuple[list[Photo], int]:
    """Replace ``find`` (literal text) in the given fields of ``photos``; return copies and the count."""
    if not find:
        raise UserError("nothing to find: the search text is empty")
    names = list(fields)
    bad = [n for n in names if n not in CAPTION_FIELDS]
    if bad:
        raise UserError(f"cannot search photo field {', '.join(bad)}")
    pattern = re.compile(re.escape(find), 0 if case_sensitive else re.IGNORECASE)
    total = 0
    result: list[Photo] = []
    for photo in photos:
        changes: dict[str, object] = {}
        for name in names:
            if name == "keywords":
                pairs = [pattern.subn(lambda _m: replacement, k) for k in photo.keywords]
                count = sum(n for _, n in pairs)
                if count:
                    changes[name] = [text for text, _ in pairs]
            else:
                text, count = pattern.subn(lambda _m: replacement, getattr(photo, name))
                if count:
                    changes[name] = text
            total += count
        result.append(replace(photo, **changes, updated_at=utcnow()) if changes else photo)  # type: ignore[arg-type]
    return result, total


def save_templates(templates: Iterable[CaptionTemplate], path: Path) -> None:
    """Write templates as JSON (atomically, so a crash keeps the previous file)."""
    data = [asdict(t) for t in templates]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def load_templates(path: Path) -> list[CaptionTemplate]:
    """Read templates written by :func:`save_templates`; a missing file means none."""
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            CaptionTemplate(
                name=item["name"],
                fields={k: TemplateField(**v) for k, v in item.get("fields", {}).items()},
            )
            for item in data
        ]
    except (ValueError, KeyError, TypeError, OSError) as exc:
        raise UserError(f"cannot read caption templates from {path.name}: {exc}") from None
