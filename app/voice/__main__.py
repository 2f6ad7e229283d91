"""`python -m app.voice [start|dev]`: run the voice interviewer worker (see app/voice/worker.py)."""

from app.voice.worker import main

main()
