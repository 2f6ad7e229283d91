"""Bounds for free-form JSON fields (lists and objects of anything a client may send).

Whatever is stored must be readable again: a value nested deeper than the serializer goes, or megabytes large,
would be accepted once and then fail every later read. So request models refuse such values (422), and response
models leave out a stored value that breaks the bounds (written before they existed) instead of failing the read.
"""

from __future__ import annotations

import json
import logging
import math
from typing import Any

from pydantic import AfterValidator, BeforeValidator

logger = logging.getLogger(__name__)

MAX_DEPTH = 5  # [{"school": ..., "courses": [{"name": ...}]}] is 4 levels deep
MAX_ENTRIES = 500  # list items and object keys, all levels together
MAX_STRING_CHARS = 2_000
MAX_JSON_BYTES = 32 * 1024  # the whole field, as JSON


def bounds_error(value: Any, *, max_depth: int = MAX_DEPTH, max_bytes: int = MAX_JSON_BYTES) -> str | None:
    """Why `value` breaks the bounds, or None. Walks iteratively, so no depth can overflow the walk itself."""
    entries = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > max_depth:
                return f"nested more than {max_depth} levels deep"
            entries += len(item)
            if entries > MAX_ENTRIES:
                return f"more than {MAX_ENTRIES} entries"
            children = list(item.items()) if isinstance(item, dict) else [(None, child) for child in item]
            for key, child in children:
                if isinstance(key, str) and len(key) > MAX_STRING_CHARS:
                    return f"a key longer than {MAX_STRING_CHARS} characters"
                stack.append((child, depth + 1))
        elif isinstance(item, str) and len(item) > MAX_STRING_CHARS:
            return f"a text longer than {MAX_STRING_CHARS} characters"
        elif isinstance(item, float) and not math.isfinite(item):
            return "a number that is not finite (NaN or Infinity)"  # JSON has none; PostgreSQL's JSONB refuses them
    size = len(json.dumps(value, ensure_ascii=False, default=str).encode())
    if size > max_bytes:
        return f"{size} bytes of JSON, more than {max_bytes}"
    return None


def _refuse_unbounded(value: Any) -> Any:
    reason = bounds_error(value)
    if reason is not None:
        raise ValueError(f"value not stored: {reason}")
    return value


def _drop_unbounded(value: Any) -> Any:
    reason = bounds_error(value)
    if reason is not None:
        logger.warning("Stored value left out of a response: %s", reason)
        return None
    return value


# Request fields: refused with 422.
Bounded = AfterValidator(_refuse_unbounded)
# Response fields: a stored value out of bounds is shown as null, so the read (and a PUT that replaces it) works.
ReadableOrNull = BeforeValidator(_drop_unbounded)
