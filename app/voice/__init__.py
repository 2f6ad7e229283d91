"""The voice interviewer: a LiveKit Agents worker that runs an interview session by voice.

It joins the room bound to a session (`interview-<session id>`, see app.services.tools.livekit), speaks the pending
question, and feeds each finished utterance of the candidate into the SAME LangGraph session through
InterviewService (channel "voice"), so the transcript, analysis and assessment are those of a typed interview. The
interviewer's words are spoken as the model produces them. Start it with `python -m app.voice` (or scripts/voice).
"""
