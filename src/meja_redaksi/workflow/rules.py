"""Readiness rules: what an article must carry before it may be submitted or published."""

from __future__ import annotations

from collections.abc import Iterable

from meja_redaksi.domain.entities import Article, Photo


def submit_problems(article: Article, photos: Iterable[Photo]) -> list[str]:
    """Everything that stops ``article`` from being submitted, as messages; empty when it may go."""
    problems: list[str] = []
    if not article.headline.strip():
        problems.append("the article has no headline")
    if not article.body.strip():
        problems.append("the article has no body text")
    if article.desk_id is None:
        problems.append("the article has no desk")
    for photo in photos:
        missing = [
            n for n, v in (("caption", photo.caption), ("credit", photo.credit)) if not v.strip()
        ]
        if missing:
            problems.append(f"photo '{photo.label}' has no {' and no '.join(missing)}")
    return problems


def publish_problems(article: Article, photos: Iterable[Photo]) -> list[str]:
    """Everything that stops ``article`` from being published: the submit rules plus photo files."""
    photo_list = list(photos)
    problems = submit_problems(article, photo_list)
    problems.extend(
        f"the file of photo '{p.label}' is missing" for p in photo_list if not p.file_present
    )
    return problems
