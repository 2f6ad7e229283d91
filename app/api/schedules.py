"""Scheduled interviews (`/ai-interview/schedules`): book a practice interview for later (once or weekly), read and
change it, cancel it, import it into a calendar, and start it in its window (15 minutes before to 2 hours after)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Response, status

from app.api.deps import CurrentPrincipal, CurrentUser, DbSession, ModelLimit, SchedulesDep, parse_id
from app.api.openapi import responses
from app.api.routing import api_router
from app.schemas.interview import SessionStartOut
from app.schemas.schedule import ScheduleCreate, ScheduleOut, ScheduleUpdate
from app.services.interview.service import turn_reply

router = api_router(prefix="/ai-interview", tags=["ai-interview"])


async def schedule_id(schedule_id: Annotated[str, Path(description="Schedule id")], caller: CurrentPrincipal) -> int:
    """The path's schedule id, after the caller (a request without a valid token is 401 whatever its id)."""
    return parse_id(schedule_id, "Interview schedule")


ScheduleId = Annotated[int, Depends(schedule_id)]


@router.post("/schedules", status_code=status.HTTP_201_CREATED, response_model=ScheduleOut,
             responses=responses(401, 404, 422))
async def create_schedule(body: ScheduleCreate, user: CurrentUser, db: DbSession, schedules: SchedulesDep) -> dict:
    """Book an interview: `start_at` with a UTC offset and in the future, `timezone` an IANA name (weekly
    occurrences keep its wall-clock time), a reminder mail `remind_minutes_before` each occurrence."""
    return schedules.describe(await schedules.create(db, user, body))


@router.get("/schedules", response_model=list[ScheduleOut], responses=responses(401))
async def list_schedules(user: CurrentUser, db: DbSession, schedules: SchedulesDep) -> list[dict]:
    """The user's scheduled interviews, soonest first."""
    return await schedules.list_for(db, user)


@router.get("/schedules/{schedule_id}", response_model=ScheduleOut, responses=responses(401, 404))
async def get_schedule(sid: ScheduleId, user: CurrentUser, db: DbSession, schedules: SchedulesDep) -> dict:
    return schedules.describe(await schedules.get_owned(db, user, sid))


@router.patch("/schedules/{schedule_id}", response_model=ScheduleOut, responses=responses(401, 404, 422))
async def update_schedule(sid: ScheduleId, body: ScheduleUpdate, user: CurrentUser, db: DbSession,
                          schedules: SchedulesDep) -> dict:
    """Reschedule or change settings; only the fields sent change, and the result is validated again."""
    return schedules.describe(await schedules.update(db, user, sid, body))


@router.delete("/schedules/{schedule_id}", status_code=status.HTTP_204_NO_CONTENT, responses=responses(401, 404))
async def cancel_schedule(sid: ScheduleId, user: CurrentUser, db: DbSession, schedules: SchedulesDep) -> Response:
    """Cancel: no more reminders, and the schedule is gone from the API (its past still counts in progress)."""
    await schedules.cancel(db, user, sid)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/schedules/{schedule_id}/calendar.ics", response_class=Response, responses={
    200: {"content": {"text/calendar": {}}, "description": "An iCalendar (RFC 5545) event"},
    **responses(401, 404)})
async def schedule_calendar(sid: ScheduleId, user: CurrentUser, db: DbSession, schedules: SchedulesDep) -> Response:
    """The schedule as a calendar event (with its weekly rule and reminder) to import into any calendar app."""
    ics = await schedules.calendar(db, user, sid)
    return Response(ics, media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="interview-schedule-{sid}.ics"'})


@router.post("/schedules/{schedule_id}/start", status_code=status.HTTP_201_CREATED, response_model=SessionStartOut,
             dependencies=[ModelLimit], responses=responses(401, 404, 409, 429))
async def start_scheduled(sid: ScheduleId, user: CurrentUser, db: DbSession, schedules: SchedulesDep) -> dict:
    """Start the interview with the stored settings, from 15 minutes before an occurrence until 2 hours after it
    (409 outside, with the window in `detail`). The body is that of `POST /ai-interview/sessions`."""
    session, turn = await schedules.start(db, user, sid)
    return {"session_id": session.id, "id": session.id, **turn_reply(session, turn)}
