"""Domain errors. Services and parsers raise these with a user-facing `detail`; they know nothing about HTTP.

The API layer (app/middleware/errors.py) maps each kind to its status code, so the mapping lives in one place.
"""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a client can cause or observe; `detail` is safe to show to the user."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFoundError(DomainError):
    """Unknown id, or one that belongs to someone else (never revealed as such)."""

    def __init__(self, what: str = "Resource") -> None:
        super().__init__(f"{what} not found")


class RejectedError(DomainError):
    """The request is well-formed but the rules refuse it (duplicate email, wrong current password, ...)."""


class ConflictError(DomainError):
    """The resource's current state does not allow this now (a completed interview, a turn in progress)."""


class TurnInProgressError(ConflictError):
    """Another message for the same interview is still being answered: retry shortly (unlike an ended interview)."""

    def __init__(self) -> None:
        super().__init__("Another message for this interview is still being processed; retry shortly")


class NotAuthenticatedError(DomainError):
    """Missing, invalid, expired or revoked credentials."""

    def __init__(self, detail: str = "Could not validate credentials") -> None:
        super().__init__(detail)


class ForbiddenError(DomainError):
    def __init__(self, detail: str = "Not enough permissions") -> None:
        super().__init__(detail)


class InvalidInputError(DomainError):
    """Input that passed schema validation but cannot be used (an empty file, an unreadable PDF); `field` names the
    body field at fault, when one is."""

    def __init__(self, detail: str, field: str | None = None) -> None:
        super().__init__(detail)
        self.field = field


class TooLargeError(DomainError):
    """Input over a size, page or expansion limit."""


class UnsupportedMediaError(DomainError):
    """A file of a type we do not read."""


class NotConfiguredError(DomainError):
    """An optional external service (LiveKit, Cartesia, web search) has no key on this server."""

    def __init__(self, service: str) -> None:
        super().__init__(f"{service} is not configured on this server")


class UnavailableError(DomainError):
    """A dependency is configured but not answering right now."""
