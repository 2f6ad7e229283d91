"""Keep the cyclic garbage collector off the objects that live as long as the process.

Loading the sentence models and embedding the question bank leave some 400,000 long-lived objects, and every full
collection walks them all: about 0.4 s with the event loop stopped, every few hundred turns, which lands on whichever
answers are in flight. Once start-up's background work is done they are collected once and frozen (`gc.freeze`), so
later collections walk only what requests create. Objects are still freed by reference counting as before; only
reference cycles among the frozen ones would never be collected, and those are start-up's own.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from collections.abc import Awaitable, Callable, Iterable

logger = logging.getLogger(__name__)


async def freeze_after_warm_up(threads: Iterable[threading.Thread], waits: Iterable[Callable[[], Awaitable[object]]] = (),
                               timeout: float = 300.0) -> None:
    """Wait for the warm-up threads and start-up jobs (at most `timeout` seconds), then collect once and freeze."""
    try:
        async with asyncio.timeout(timeout):
            for thread in threads:
                await asyncio.to_thread(thread.join)
            for wait in waits:
                await wait()
    except TimeoutError:  # freeze what is there: a warm-up still running only costs the collector some time
        logger.info("Start-up work still running after %.0f s; freezing the heap as it is", timeout)
    gc.collect()
    gc.freeze()
    logger.info("Start-up objects frozen out of garbage collection: %d", gc.get_freeze_count())
