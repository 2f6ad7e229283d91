"""Text a client writes, as it is validated: what cannot be seen is taken off both ends before the length rules
apply, so a message of spaces or zero-width characters is empty (422) and a name of spaces is no name."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BeforeValidator, StringConstraints

from app.core.db import without_nul

# White space, and the format characters that show nothing: zero-width space, non-joiner and joiner, word joiner,
# byte-order mark, soft hyphen.
_INVISIBLE_ENDS = re.compile(r"^[\s\u200b-\u200d\u2060\ufeff\u00ad]+|[\s\u200b-\u200d\u2060\ufeff\u00ad]+$")


def visible(value: Any) -> Any:
    """`value` without NUL characters (they mean nothing and PostgreSQL stores none) and without invisible ends."""
    return _INVISIBLE_ENDS.sub("", without_nul(value)) if isinstance(value, str) else value


def _visible_text(max_length: int) -> Any:
    # (A before-validator runs ahead of the constraints only when it is listed after them.)
    return Annotated[str, StringConstraints(min_length=1, max_length=max_length), BeforeValidator(visible)]


# An interview answer: a hard ceiling; the configured limit (MAX_MESSAGE_CHARS, default 8000) is checked by the
# service (422 with the limit in the detail, like any other invalid answer).
MessageText = _visible_text(50_000)
DrillAnswerText = _visible_text(8_000)
# A question to the coach: the route checks the 8,000-character limit (413); the request size limit bounds it here.
CoachText = _visible_text(1_000_000)
PersonName = _visible_text(200)
InterviewTitle = _visible_text(300)


def password_with_something_in_it(value: str) -> str:
    """A new password may hold spaces anywhere, but not only spaces, and no NUL (PostgreSQL stores none, and a client
    that sends one is broken rather than clever)."""
    if "\x00" in value:
        raise ValueError("A password cannot contain NUL characters")
    if not _INVISIBLE_ENDS.sub("", value):
        raise ValueError("A password cannot be only spaces or invisible characters")
    return value
