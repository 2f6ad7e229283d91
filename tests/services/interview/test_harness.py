"""The scripted-candidate harness in its reduced form (bench/interviews.py --quick) meets the interviewer's goals."""

from __future__ import annotations

import pytest

from bench.interviews import goals_met, run


@pytest.mark.slow  # 35-80 s on the shared 2-core machine: a dozen whole interviews through the real app
async def test_quick_harness_meets_the_goals():
    result = await run(quick=True)
    summary = result["offline"]
    assert summary["repeat_rate"] == 0
    assert summary["real_follow_up_share"] >= 0.9
    assert summary["repeated_follow_ups"] == 0
    assert summary["separation"] is True
    assert summary["opening_claim_share"] >= 0.9
    assert goals_met(summary)
