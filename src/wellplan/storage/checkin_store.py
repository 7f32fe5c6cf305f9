"""Today's check-ins and the person's own daily items: one short transaction each. A day
with nothing ticked and no words keeps no row (a day left alone leaves no trace)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import delete, select

from wellplan.domain.checkins import CheckIn, CheckInError, check_checkin, check_items, daily_list
from wellplan.domain.plans import PlanStatus
from wellplan.domain.templates import available_kinds, load_template
from wellplan.storage.models import Answer, CheckInRow, DailyItem, Plan, utcnow
from wellplan.storage.sessions import Sessions, dumps


def _checkin(row: CheckInRow) -> CheckIn:
    try:
        done = json.loads(row.done)
    except ValueError:  # storage/health.py names it; the day still shows its words
        done = []
    return CheckIn(row.day, tuple(str(d) for d in done if isinstance(d, str)), row.note)


class CheckinStore:
    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions

    def checkin(self, day: dt.date) -> CheckIn:
        """What was ticked on ``day`` (nothing, if the day has no check-in)."""
        with self.sessions.session() as s:
            row = s.get(CheckInRow, day)
            return _checkin(row) if row is not None else CheckIn(day)

    def checkins(self, first: dt.date, last: dt.date) -> dict[dt.date, CheckIn]:
        """Every check-in from ``first`` to ``last``, by day."""
        with self.sessions.session() as s:
            rows = s.scalars(
                select(CheckInRow)
                .where(CheckInRow.day >= first, CheckInRow.day <= last)
                .order_by(CheckInRow.day)
            )
            return {row.day: _checkin(row) for row in rows}

    def save_checkin(self, day: dt.date, done: Sequence[str], note: str) -> CheckIn:
        """Keep what was ticked on ``day`` and the person's line, as they are now."""
        entry = check_checkin(day, list(done), note)
        with self.sessions.session() as s:
            row = s.get(CheckInRow, day)
            if entry.empty:
                if row is not None:
                    s.delete(row)
                return entry
            if row is None:
                row = CheckInRow(day=day)
                s.add(row)
            row.done = dumps(list(entry.done))
            row.note = entry.note
            row.updated_at = utcnow()
        return entry

    def daily_items(self) -> list[str]:
        """What the person added to their daily list, in their order."""
        with self.sessions.session() as s:
            rows = s.scalars(select(DailyItem).order_by(DailyItem.position, DailyItem.id))
            return [row.text for row in rows]

    def set_daily_items(self, items: Sequence[str]) -> list[str]:
        """Replace the person's own daily items (each once, in their order)."""
        clean = check_items(list(items), "Your daily list")
        with self.sessions.session() as s:
            s.execute(delete(DailyItem))
            now = utcnow()
            for position, text in enumerate(clean):
                s.add(DailyItem(text=text, position=position, created_at=now))
        return clean

    def plan_items(self) -> list[str]:
        """The daily list of the plan that offers one (a WRAP's "every day" list): a finished
        plan before a draft, then the most recently changed."""
        kinds = {k: load_template(k).daily for k in available_kinds() if load_template(k).daily}
        with self.sessions.session() as s:
            rows = s.execute(
                select(Plan.id, Plan.kind, Plan.status, Plan.updated_at).where(Plan.kind.in_(kinds))
            ).all()
            if not rows:
                return []
            plan_id, kind, _status, _when = max(
                rows, key=lambda r: (r[2] == PlanStatus.COMPLETE.value, r[3], r[0])
            )
            answer = s.get(Answer, (plan_id, kinds[kind]))
            raw = answer.value if answer is not None else "[]"
        try:
            value = json.loads(raw)
        except ValueError:
            return []
        return [str(v) for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def daily_list(self) -> list[str]:
        """Everything Today offers to tick: the plan's daily list, then the person's own."""
        return daily_list(self.plan_items(), self.daily_items())


__all__ = ["CheckInError", "CheckinStore"]
