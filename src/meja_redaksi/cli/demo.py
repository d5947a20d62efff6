"""``meja-redaksi demo``: build a realistic demo store."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING

from meja_redaksi.cli.common import add_common_options, open_services

if TYPE_CHECKING:
    from meja_redaksi.services import Services

SAMPLE_PAGE = "portal-article-2018-05-02-sister-city.txt"


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return number


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``demo`` command."""
    parser = subparsers.add_parser("demo", help="build a demo store with generated articles")
    add_common_options(parser)
    parser.add_argument("--articles", type=_count, default=1000, metavar="N")
    parser.add_argument("--photos", type=_count, default=200, metavar="M")
    parser.add_argument("--seed", type=int, default=None, help="random seed (same seed, same text)")
    parser.add_argument(
        "--no-seed-article",
        action="store_true",
        help="leave out the sample portal article (the seed page) that the demo imports",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the demo store and print a one-line summary."""
    from meja_redaksi.store.demo import DEFAULT_SEED, build_demo

    started = time.perf_counter()
    with open_services(args) as services:
        store = services.store
        summary = build_demo(
            store,
            articles=args.articles,
            photos=args.photos,
            seed=DEFAULT_SEED if args.seed is None else args.seed,
        )
        imported = 0 if args.no_seed_article else _import_sample(services)
        path = store.path
    seconds = time.perf_counter() - started
    print(
        f"demo store {path}: {summary.articles + imported} articles, {summary.photos} photos, "
        f"{summary.desks} desks, {summary.people} people in {seconds:.1f} s"
    )
    return 0


def _import_sample(services: Services) -> int:
    """Import the sample portal page shipped with the package (the seed article); return the count."""
    from importlib.resources import as_file, files

    from meja_redaksi.exchange import import_files

    sample = files("meja_redaksi.resources").joinpath("samples", SAMPLE_PAGE)
    with as_file(sample) as path:
        return len(import_files(services.store, [path]))
