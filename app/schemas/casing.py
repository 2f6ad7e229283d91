"""Request bodies that single-page apps send in camelCase ("currentRole", "interviewType") as well as in the
contract's snake_case: both spellings name one field, so a camelCase field is never dropped unseen. The OpenAPI
schema documents snake_case."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, model_validator

_HUMP = re.compile(r"(?<=[a-z0-9])([A-Z])")


class AcceptsCamelCase(BaseModel):
    @model_validator(mode="before")
    @classmethod
    def _snake_case_keys(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        out: dict[Any, Any] = {}
        for key, value in data.items():
            snake = _HUMP.sub(r"_\1", key).lower() if isinstance(key, str) else key
            if snake == key or snake not in cls.model_fields:
                out[key] = value  # a field by its own name, or one the model does not know (its own rules apply)
            elif snake in data:
                raise ValueError(f"'{key}' and '{snake}' name the same field: send one of them")
            else:
                out[snake] = value
        return out
