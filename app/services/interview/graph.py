"""Build and compile the interview graph, and open the checkpointer that makes it durable.

prepare_context → ask_question → analyze_response (waits for the answer: interrupt) → check_completion
    → ask_question …  or  → generate_feedback → END

analyze_response starts by waiting for the answer, so a turn is four node steps: analyze, check, ask, and the
next analyze pausing at its interrupt.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from app.core.config import Settings
from app.services.interview.nodes import InterviewNodes
from app.services.interview.state import InterviewState


def build_graph(nodes: InterviewNodes, checkpointer: BaseCheckpointSaver | None) -> CompiledStateGraph:
    graph = StateGraph(InterviewState)
    graph.add_node("prepare_context", nodes.prepare_context)
    graph.add_node("ask_question", nodes.ask_question)
    graph.add_node("analyze_response", nodes.analyze_response)
    graph.add_node("check_completion", nodes.check_completion)
    graph.add_node("generate_feedback", nodes.generate_feedback)
    graph.add_edge(START, "prepare_context")
    graph.add_edge("prepare_context", "ask_question")
    graph.add_edge("ask_question", "analyze_response")
    graph.add_edge("analyze_response", "check_completion")
    graph.add_conditional_edges("check_completion", nodes.route_after_check, ["ask_question", "generate_feedback"])
    graph.add_edge("generate_feedback", END)
    return graph.compile(checkpointer=checkpointer)


@asynccontextmanager
async def open_checkpointer(settings: Settings) -> AsyncIterator[BaseCheckpointSaver]:
    """Postgres saver on a connection pool when the database is PostgreSQL; else a SQLite file in DATA_DIR."""
    # Only the saver of the database in use is imported (each pulls in its own driver).
    if settings.is_postgres:
        from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
        from psycopg.rows import dict_row
        from psycopg_pool import AsyncConnectionPool

        conninfo = settings.sqlalchemy_url.replace("postgresql+psycopg://", "postgresql://", 1)
        async with AsyncConnectionPool(
            conninfo, max_size=10, open=False,
            kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
        ) as pool:
            saver = AsyncPostgresSaver(pool)  # type: ignore[arg-type]
            await saver.setup()
            yield saver
        return

    import aiosqlite
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    conn = await aiosqlite.connect(settings.data_dir / "checkpoints.sqlite")
    try:
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA synchronous=NORMAL")
        await conn.execute("PRAGMA busy_timeout=30000")
        saver = AsyncSqliteSaver(conn)
        await saver.setup()
        yield saver
    finally:
        await conn.close()
