"""The external-service adapters as LangChain tools, bound to settings, for an agent or a graph node. An
unconfigured service answers "not configured" instead of failing."""

from __future__ import annotations

import httpx
from langchain_core.tools import BaseTool, tool

from app.core.config import Settings
from app.core.errors import NotConfiguredError
from app.services.tools.livekit import livekit_token
from app.services.tools.research import web_search
from app.services.tools.speech import synthesize_speech


def build_tools(settings: Settings, *, http_client: httpx.AsyncClient | None = None) -> list[BaseTool]:
    """Tools bound to these settings, for an agent or a graph node. Unconfigured ones answer 'not configured'."""

    @tool
    def create_livekit_token(room_name: str, participant_name: str) -> dict[str, str] | str:
        """Create a LiveKit access token so a participant can join a voice interview room."""
        try:
            return livekit_token(settings, room_name=room_name, identity=participant_name)
        except NotConfiguredError as exc:
            return exc.detail

    @tool
    async def research_company(company: str, role: str) -> list[dict[str, str]] | str:
        """Search the web for how a company interviews for a role (culture, values, interview style)."""
        try:
            return await web_search(settings, f"{company} {role} interview process values", http_client=http_client)
        except NotConfiguredError as exc:
            return exc.detail

    @tool
    async def speak(text: str) -> str:
        """Turn interviewer text into speech; returns the audio size or 'not configured'."""
        try:
            return f"{len(await synthesize_speech(settings, text))} bytes of {settings.cartesia_tts_format} audio"
        except NotConfiguredError as exc:
            return exc.detail

    return [create_livekit_token, research_company, speak]
