"""Keeps the retrieval index in step with the user's data. Replaced by the Chroma-backed indexer when enabled."""

from __future__ import annotations


class DisabledIndexing:
    """Used when RAG_ENABLED=false: nothing is indexed and nothing fails."""

    async def schedule_profile(self, user_id: int) -> None:
        return None

    async def reindex_user(self, user_id: int) -> int:
        return 0
