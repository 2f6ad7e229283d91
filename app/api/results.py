"""Results of an interview: the assessment, the PDF report, progress across interviews, and the candidate's own
rating of the interview."""

from __future__ import annotations

from fastapi import Request, Response, status

from app.api.deps import AssessmentsDep, CurrentUser, DbSession, InterviewsDep, ModelLimit, OwnedInterview
from app.api.openapi import responses
from app.api.routing import api_router
from app.schemas.assessment import AssessmentOut, ProgressOut, RatingIn, RatingOut

router = api_router(prefix="/ai-interview", tags=["ai-interview"])


@router.post("/sessions/{session_id}/assess", response_model=AssessmentOut, dependencies=[ModelLimit],
             responses=responses(401, 404, 409, 422, 429))
async def assess_session(session: OwnedInterview, db: DbSession, assessments: AssessmentsDep) -> dict:
    """Scores on fourteen dimensions, evidence and feedback. Computed once and stored: repeated calls return the
    same result. An active interview is completed first; one without answers is 409 and goes on."""
    return await assessments.assess(db, session)


@router.get("/sessions/{session_id}/report.pdf", response_class=Response, responses={
    200: {"content": {"application/pdf": {}}, "description": "The PDF report"}, **responses(401, 404, 409)})
async def session_report(request: Request, session: OwnedInterview, user: CurrentUser, db: DbSession,
                         assessments: AssessmentsDep) -> Response:
    """The PDF report of a finished interview (409 while it is still in progress: fetching it never ends it)."""
    # HEAD gets GET's status and type without an assessment run and a PDF laid out only to be thrown away.
    pdf = await assessments.report(db, session, candidate=user.name, build=not request.scope.get("head_only"))
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="interview-{session.id}-report.pdf"'})


@router.get("/progress", response_model=ProgressOut, responses=responses(401))
async def progress(user: CurrentUser, db: DbSession, assessments: AssessmentsDep) -> dict:
    """Per-dimension trends across the user's assessed interviews, and the weakest areas."""
    return await assessments.progress(db, user.id)


@router.post("/sessions/{session_id}/feedback", status_code=status.HTTP_201_CREATED, response_model=RatingOut,
             responses=responses(401, 404, 422))
async def rate_session(body: RatingIn, session: OwnedInterview, user: CurrentUser, db: DbSession,
                       interviews: InterviewsDep) -> RatingOut:
    """The candidate's own rating of the interview (1-5) and comments."""
    rating = await interviews.rate(db, session, user, body.rating, body.comments)
    return RatingOut(id=rating.id, session_id=session.id, rating=rating.rating, comments=rating.comments,
                     created_at=rating.created_at)
