"""``meja-redaksi photo add|set|export``: ingest, caption and export photos from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meja_redaksi.cli.common import CommandFailed, add_common_options, open_services, print_json

if TYPE_CHECKING:
    from meja_redaksi.store import Store


def register(subparsers: Any) -> None:
    """Add the ``photo`` command and its subcommands."""
    photo = subparsers.add_parser("photo", help="ingest, caption and export photos")
    actions = photo.add_subparsers(dest="photo_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="ingest image files or folders (prints JSON per photo)")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.add_argument("--article", metavar="ID", help="attach the photos to this article")
    add.add_argument("--as", dest="as_user", metavar="USER", help="the photographer's user name")
    add_common_options(add)
    add.set_defaults(func=run_add)

    edit = actions.add_parser("set", help="change a photo's caption fields")
    edit.add_argument("photo_id", metavar="ID")
    for name in ("title", "caption", "credit", "alt", "photographer", "city", "location"):
        edit.add_argument(f"--{name}", metavar="T")
    edit.add_argument(
        "--keywords", metavar="K,...", help="comma-separated keywords (replaces them)"
    )
    add_common_options(edit)
    edit.set_defaults(func=run_set)

    export = actions.add_parser("export", help="write a copy with captions embedded (IPTC + XMP)")
    export.add_argument("photo_id", metavar="ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    export.add_argument("--keep-gps", action="store_true", help="keep the GPS position in the copy")
    add_common_options(export)
    export.set_defaults(func=run_export)


def _photographer(store: Store, username: str | None) -> tuple[str, str | None]:
    """(name, person id) of the user named by ``--as`` (NotFoundError for an unknown user)."""
    if not username:
        return "", None
    person = store.people.get_by_username(username)
    return person.name, person.id


def _attach(store: Store, article_id: str, photo_ids: list[str], author_id: str | None) -> None:
    """Attach photos to an article: the first becomes the main photo if it has none, the rest gallery."""
    article = store.articles.get(article_id)
    for photo_id in photo_ids:
        if photo_id in article.photo_ids:
            continue
        if article.main_photo_id is None:
            article.main_photo_id = photo_id
        else:
            article.gallery.append(photo_id)
    store.articles.save(article, author_id=author_id)


def run_add(args: argparse.Namespace) -> int:
    """Ingest files and folders, one JSON line per file; exit 1 if any file failed."""
    with open_services(args) as services:
        return _add(services.store, args)


def _add(store: Store, args: argparse.Namespace) -> int:
    from meja_redaksi.photos.ingest import Outcome, ingest

    if args.article:
        store.articles.get(args.article)  # refuse an unknown article before copying anything
    from meja_redaksi.photos.captions import PhotographerCodes

    name, person_id = _photographer(store, args.as_user)
    codes = PhotographerCodes({p.code: p.name for p in store.people.list() if p.code})
    failed = 0
    attached: list[str] = []
    steps = ingest(store, args.files, photographer=name, photographer_id=person_id, codes=codes)
    for step in steps:
        if step.outcome is Outcome.FAILED or step.photo is None:
            failed += 1
            print_json({"file": str(step.source), "error": step.error})
            continue
        attached.append(step.photo.id)
        print_json(
            {
                "id": step.photo.id,
                "sha256": step.photo.sha256,
                "file": step.photo.original_filename,
                "result": step.outcome.value,
            }
        )
    if args.article and attached:
        _attach(store, args.article, attached, person_id)
    if failed:
        raise CommandFailed(f"{failed} of {failed + len(attached)} files could not be added")
    return 0


def run_set(args: argparse.Namespace) -> int:
    """Change the named caption fields of one photo and print it."""
    with open_services(args) as services:
        return _set(services.store, args)


def _set(store: Store, args: argparse.Namespace) -> int:
    from meja_redaksi.domain.entities import utcnow

    photo = store.photos.get(args.photo_id)
    fields = {
        "title": args.title,
        "caption": args.caption,
        "credit": args.credit,
        "alt_text": args.alt,
        "photographer": args.photographer,
        "city": args.city,
        "location": args.location,
    }
    changes: dict[str, Any] = {k: v for k, v in fields.items() if v is not None}
    if args.keywords is not None:
        changes["keywords"] = [k.strip() for k in args.keywords.split(",") if k.strip()]
    if not changes:
        raise CommandFailed(
            "nothing to change: give at least one of --title, --caption, --credit, ..."
        )
    for key, value in changes.items():
        setattr(photo, key, value)
    photo.updated_at = utcnow()
    saved = store.photos.save(photo)
    print_json({"id": saved.id, **{k: getattr(saved, k) for k in changes}})
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Export one photo with its captions embedded; print where it went."""
    from meja_redaksi.photos.export import export_photo

    with open_services(args) as services:
        written = export_photo(services.store, args.photo_id, args.output, keep_gps=args.keep_gps)
    print_json({"id": args.photo_id, "file": str(written), "gps": bool(args.keep_gps)})
    return 0
