"""``meja-redaksi list``: articles of the store, filtered, searched and sorted."""

from __future__ import annotations

import argparse

from meja_redaksi.cli.common import CommandFailed, add_common_options, open_services, print_json


def _limit(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``list`` command."""
    parser = subparsers.add_parser("list", help="list articles")
    add_common_options(parser)
    parser.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="S",
        help="only this status (repeat or separate with commas)",
    )
    parser.add_argument("--search", default="", metavar="Q", help="words to search for")
    parser.add_argument("--limit", type=_limit, default=50, metavar="N")
    parser.add_argument(
        "--sort",
        default="updated",
        help="headline, status, desk, reporter, editor, updated, published or views",
    )
    parser.add_argument("--ascending", action="store_true")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the matching articles."""
    from meja_redaksi.domain.dates import format_long_date
    from meja_redaksi.domain.enums import ArticleStatus
    from meja_redaksi.domain.queries import ArticleQuery, SortKey
    from meja_redaksi.store.fts import snippet_plain

    names = [s.strip().lower() for value in args.status for s in value.split(",") if s.strip()]
    known = {s.value for s in ArticleStatus}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise CommandFailed(
            f"unknown status {', '.join(unknown)}: choose from {', '.join(sorted(known))}"
        )
    if args.sort not in {k.value for k in SortKey}:
        raise CommandFailed(f"cannot sort on '{args.sort}'")
    query = ArticleQuery(
        statuses=frozenset(ArticleStatus(n) for n in names),
        search=args.search,
        sort=SortKey(args.sort),
        descending=not args.ascending,
        limit=args.limit,
    )
    with open_services(args) as services:
        rows = services.store.articles.list(query)
    for row in rows:
        if args.json:
            print_json(
                {
                    "id": row.id,
                    "headline": row.headline,
                    "status": row.status.value,
                    "desk": row.desk,
                    "reporter": row.reporter,
                    "editor": row.editor,
                    "updated_at": row.updated_at.isoformat(),
                    "published_at": row.published_at.isoformat() if row.published_at else None,
                    "view_count": row.view_count,
                    "word_count": row.word_count,
                    **({"snippet": snippet_plain(row.snippet)} if row.snippet else {}),
                }
            )
        else:
            when = format_long_date(row.published_at or row.updated_at)
            print(f"{row.id[:8]}  {row.status.value:<11} {when:<24} {row.desk:<20} {row.headline}")
    return 0
