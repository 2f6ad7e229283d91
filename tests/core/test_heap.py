"""The heap left by start-up is frozen out of garbage collection once the warm-up work is over, not before."""

from __future__ import annotations

import asyncio
import gc
import threading

import pytest

from app.core.heap import freeze_after_warm_up


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()  # the rest of the suite runs with the collector walking everything, as before


async def test_freezes_once_warm_ups_and_start_up_jobs_are_done(unfrozen):
    loaded = threading.Event()
    model: list[object] = []

    def load_model() -> None:
        loaded.wait(5)
        model.append([{"weight": i} for i in range(1000)])  # what a model load leaves behind

    bank_done = asyncio.Event()
    thread = threading.Thread(target=load_model)
    thread.start()
    freezing = asyncio.create_task(freeze_after_warm_up([thread], [bank_done.wait]))
    await asyncio.sleep(0.05)
    assert not freezing.done() and gc.get_freeze_count() == 0  # still loading: nothing frozen yet
    loaded.set()
    await asyncio.sleep(0.05)
    assert not freezing.done()  # the model is in, the bank job still running
    bank_done.set()
    await asyncio.wait_for(freezing, 30)
    assert gc.get_freeze_count() > 1000  # the loaded model is among the frozen objects
    assert all(o is not model[0] for o in gc.get_objects(2))  # and no longer walked by a full collection


async def test_a_warm_up_that_never_ends_does_not_hold_the_freeze_forever(unfrozen):
    never = asyncio.Event()
    await asyncio.wait_for(freeze_after_warm_up([], [never.wait], timeout=0.1), 30)
    assert gc.get_freeze_count() > 0
