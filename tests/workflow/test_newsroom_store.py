"""The store side: assignment status follows articles, workloads against the store, notifications."""

from __future__ import annotations

from datetime import timedelta

from meja_redaksi.domain.entities import Assignment, utcnow
from meja_redaksi.domain.enums import ArticleStatus, AssignmentStatus, Role
from meja_redaksi.store import newsroom as nr
from meja_redaksi.workflow.notifications import NotificationKind


def test_assignment_follows_its_article_through_the_workflow(newsroom) -> None:
    """Planned, started, submitted, published: the assignment's status moves along."""
    chief, reporter, editor = (
        newsroom.people[r] for r in (Role.DESK_CHIEF, Role.REPORTER, Role.EDITOR)
    )
    plan = nr.save_assignment(
        newsroom.store,
        Assignment(title="Rapat Paripurna DPRD", brief="Liput sidang.", desk_id=newsroom.desk.id,
                   reporter_ids=[reporter.id], editor_id=editor.id),
        chief,
    )  # fmt: skip
    assert plan.status == AssignmentStatus.ASSIGNED and plan.created_by == chief.id
    article = nr.start_article(newsroom.store, plan.id, reporter)
    assert (article.headline, article.lead) == ("Rapat Paripurna DPRD", "Liput sidang.")
    assert article.assignment_id == plan.id and article.reporter_id == reporter.id
    assert newsroom.store.assignments.get(plan.id).status == AssignmentStatus.IN_PROGRESS
    newsroom.store.articles.save(article.copy(body="Sidang dimulai pukul 10.00."))
    nr.transition(newsroom.store, article.id, "submit", reporter)
    assert newsroom.store.assignments.get(plan.id).status == AssignmentStatus.SUBMITTED
    nr.transition(newsroom.store, article.id, "approve", editor)
    nr.transition(newsroom.store, article.id, "publish", chief)
    assert newsroom.store.assignments.get(plan.id).status == AssignmentStatus.COMPLETED


def test_only_planners_save_assignments(newsroom) -> None:
    """A reporter planning coverage is refused and nothing is stored."""
    import pytest

    from meja_redaksi.workflow.assignments import AssignmentError

    with pytest.raises(AssignmentError, match="reporter"):
        nr.save_assignment(newsroom.store, Assignment(title="x"), newsroom.people[Role.REPORTER])
    assert newsroom.store.assignments.list() == []


def test_workloads_match_the_store(newsroom) -> None:
    """Each count equals what the store's own queries say."""
    store = newsroom.store
    reporter, chief = newsroom.people[Role.REPORTER], newsroom.people[Role.DESK_CHIEF]
    past = utcnow() - timedelta(hours=2)
    for title, deadline in (("Lewat", past), ("Nanti", utcnow() + timedelta(days=1))):
        nr.save_assignment(
            store, Assignment(title=title, deadline=deadline, reporter_ids=[reporter.id]), chief
        )
    for status in (ArticleStatus.DRAFT, ArticleStatus.RETURNED, ArticleStatus.SUBMITTED):
        newsroom.article(status)
    load = {w.person.id: w for w in nr.workloads(store, Role.REPORTER)}[reporter.id]
    mine = [a for a in store.assignments.list(person_id=reporter.id)]
    assert load.open_assignments == len(mine) == 2
    assert load.overdue == sum(1 for a in mine if a.deadline and a.deadline < utcnow()) == 1
    states = [store.articles.get(i).status for i in store.articles.ids(_query(reporter.id))]
    assert load.in_progress == sum(
        s in (ArticleStatus.DRAFT, ArticleStatus.RETURNED) for s in states
    )
    assert load.waiting == states.count(ArticleStatus.RETURNED)
    chief_load = nr.workloads(store, Role.DESK_CHIEF)[0]
    assert chief_load.waiting == states.count(ArticleStatus.SUBMITTED)


def _query(person_id: str):
    from meja_redaksi.domain.queries import ArticleQuery

    return ArticleQuery(person_id=person_id)


def test_notifications_for_mentions_assignments_returns_approvals(newsroom) -> None:
    """Each kind reaches the right person; marking seen clears the unseen list."""
    from meja_redaksi.workflow.notifications import unseen

    store = newsroom.store
    reporter, editor, chief = (
        newsroom.people[r] for r in (Role.REPORTER, Role.EDITOR, Role.DESK_CHIEF)
    )
    nr.save_assignment(store, Assignment(title="Pantau banjir", reporter_ids=[reporter.id]), chief)
    returned = newsroom.article(ArticleStatus.SUBMITTED)
    nr.transition(store, returned.id, "return", editor, note="Kurang narasumber")
    approved = newsroom.article(ArticleStatus.SUBMITTED)
    nr.transition(store, approved.id, "approve", editor)
    nr.add_comment(store, approved.id, editor, "@rezap tolong cek nama pejabat, cc @budi")
    kinds = {n.kind for n in nr.notifications(store, reporter)}
    assert kinds == set(NotificationKind)
    assert any("Kurang narasumber" in n.text for n in nr.notifications(store, reporter))
    assert [n.kind for n in nr.notifications(store, chief)] == [NotificationKind.MENTION]
    assert nr.notifications(store, editor) == []
    nr.mark_seen(store, reporter)
    assert unseen(nr.notifications(store, reporter), nr.seen_until(store, reporter)) == []
    # Work on the assignment changes it, but is no new assignment for the reporter.
    [plan] = store.assignments.list()
    nr.start_article(store, plan.id, reporter)
    assert unseen(nr.notifications(store, reporter), nr.seen_until(store, reporter)) == []
    # Someone put on it later is told then; cancelling is audited.
    photographer = newsroom.people[Role.PHOTOGRAPHER]
    plan = store.assignments.get(plan.id)
    plan.photographer_id = photographer.id
    nr.save_assignment(store, plan, chief)
    assert [n.kind for n in nr.notifications(store, photographer)] == [NotificationKind.ASSIGNMENT]
    from meja_redaksi.workflow.assignments import cancelled

    nr.save_assignment(store, cancelled(store.assignments.get(plan.id)), chief)
    assert [e.action for e in store.articles.audit(plan.id)][-1] == "cancel"


def test_sql_counts_equal_the_python_counts(newsroom) -> None:
    """The store's GROUP BY counts and the plain-Python counts over the same articles agree."""
    from meja_redaksi.workflow.workload import count_articles

    store = newsroom.store
    editor, chief = newsroom.people[Role.EDITOR], newsroom.people[Role.DESK_CHIEF]
    photographer = newsroom.people[Role.PHOTOGRAPHER]
    for number, status in enumerate(list(ArticleStatus) * 3):
        newsroom.article(
            status,
            editor_id=editor.id if number % 2 else None,
            photographer_id=photographer.id if number % 3 == 0 else None,
        )
    sql = nr.article_counts(store)
    python = count_articles(nr.article_facts(store, ArticleStatus))
    assert sql == python
    assert sum(sql.in_progress.values()) and sum(sql.waiting.values())
    assert sum(sql.desk_waiting.values())
    by_id = {w.person.id: w for w in nr.workloads(store, Role.DESK_CHIEF)}
    assert by_id[chief.id].waiting == sql.desk_waiting[newsroom.desk.id]
