"""LiveKit: signed access tokens for a session's voice-interview room."""

from __future__ import annotations

from datetime import timedelta

from app.core.config import Settings
from app.core.errors import NotConfiguredError
from app.models import row_id_in


def session_of_room(settings: Settings, room_name: str) -> int | None:
    """The interview session a room is bound to (`interview-42` → 42), or None for any other room name."""
    prefix = settings.voice_room_prefix
    rest = room_name[len(prefix):] if room_name.startswith(prefix) else ""
    return row_id_in(rest)


def room_for_session(settings: Settings, session_id: int) -> str:
    return f"{settings.voice_room_prefix}{session_id}"


def livekit_token(settings: Settings, *, room_name: str, identity: str, name: str | None = None,
                  ttl: timedelta = timedelta(hours=1)) -> dict[str, str]:
    """A signed access token to join one LiveKit room (publish and subscribe)."""
    if not (settings.livekit_url and settings.livekit_api_key and settings.livekit_api_secret):
        raise NotConfiguredError("LiveKit")
    from livekit import api  # deferred: only servers with LiveKit configured load its SDK

    token = (api.AccessToken(settings.livekit_api_key, settings.livekit_api_secret.get_secret_value())
             .with_identity(identity).with_name(name or identity).with_ttl(ttl)
             .with_grants(api.VideoGrants(room_join=True, room=room_name, can_publish=True, can_subscribe=True))
             .to_jwt())
    return {"token": token, "room_name": room_name, "url": settings.livekit_url}
