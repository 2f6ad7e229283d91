"""The skill lexicon (app/data/skills.yaml, written by us): canonical skills and their aliases, matched on word
boundaries, with context rules for ambiguous names such as Go or Rust."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from app.services.documents.sections import unique

SKILLS_PATH = Path(__file__).resolve().parents[2] / "data" / "skills.yaml"


@dataclass(frozen=True)
class Skill:
    name: str
    family: str
    roles: tuple[str, ...]
    ambiguous: bool


@dataclass(frozen=True)
class SkillMatch:
    skill: str
    start: int
    end: int
    text: str


# A list item is delimited by these; "and"/"or" join neighbours without making a list on their own.
_LIST_SEPARATORS = ",;|•·/"
_ITEM_BOUNDARIES = _LIST_SEPARATORS + "():\n"
_ITEM_REACH = 40
_CONNECTOR = re.compile(r"^[\s,;/|&+()·•:-]*(?:and|or|with|plus|&)?[\s,;/|&+()·•:-]*$", re.IGNORECASE)
_SKILLS_LABEL = re.compile(
    r"^[ \t]*(?:[-*•·][ \t]*)?(?:[A-Za-z][\w &/-]{0,30}[ \t])?"
    r"(?:skills|technologies|tech stack|stack|tools|languages|frameworks|libraries|platforms|databases)"
    r"[ \t]*[:：][^\n]*", re.IGNORECASE | re.MULTILINE)


class SkillLexicon:
    """Canonical skills and their aliases (app/data/skills.yaml), matched on word boundaries."""

    def __init__(self, entries: Mapping[str, Mapping[str, Any]]) -> None:
        self.skills: dict[str, Skill] = {}
        self._terms: dict[str, str] = {}  # lower-case spelling (canonical or alias) -> canonical name
        for name, info in entries.items():
            canonical = str(name).lower()
            self.skills[canonical] = Skill(canonical, str(info.get("family", "")), tuple(info.get("roles") or ()),
                                           bool(info.get("ambiguous", False)))
            for term in [canonical, *(str(a).lower() for a in info.get("aliases") or ())]:
                self._terms[_squash(term)] = canonical
        # Longest first so "spring boot" wins over "spring" and "c++" over "c" at the same position.
        alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(self._terms, key=len, reverse=True))
        # Symbols count as part of a name (c++, c#, .net, node.js): no word character, "+", "#" or "." may touch a
        # match, except a sentence-ending full stop.
        self._pattern = re.compile(rf"(?<![\w.+#])(?:{alternatives})(?![\w+#]|\.\w)", re.IGNORECASE)

    def canonical(self, term: str) -> str | None:
        """The canonical name for a spelling ("Postgres" -> "postgresql"), or None when unknown."""
        return self._terms.get(_squash(term.lower()))

    def find(self, text: str, *, skills_context: bool = False) -> list[str]:
        """Canonical skills in `text` in order of first appearance. `skills_context` says the whole text is a
        skills list (a resume's Skills section), where even ambiguous names such as "Go" count."""
        return unique(m.skill for m in self.matches(text, skills_context=skills_context))

    def matches(self, text: str, *, skills_context: bool = False) -> list[SkillMatch]:
        raw = [SkillMatch(self._terms[_squash(m.group().lower())], m.start(), m.end(), m.group())
               for m in self._pattern.finditer(text)]
        labelled = [] if skills_context else [(m.start(), m.end()) for m in _SKILLS_LABEL.finditer(text)]
        accepted = []
        for i, hit in enumerate(raw):
            if (skills_context or not self._needs_context(hit)
                    or any(start <= hit.start < end for start, end in labelled)
                    or _is_list_item(text, hit) or _next_to_skill(text, raw, i)):
                accepted.append(hit)
        return accepted

    def _needs_context(self, hit: SkillMatch) -> bool:
        # Only the bare canonical name of an ambiguous entry ("go", "rust", "spark") is ambiguous; its aliases
        # ("golang", "apache spark") are distinctive on their own.
        return self.skills[hit.skill].ambiguous and _squash(hit.text.lower()) == hit.skill


def _squash(term: str) -> str:
    return re.sub(r"\s+", " ", term.strip())


def _is_list_item(text: str, hit: SkillMatch) -> bool:
    """True when the match is a whole item of a comma/slash/pipe separated list ("Go, Rust, Python")."""
    # Only a few characters (spaces, "and ") may separate the name from its delimiters, so a short reach keeps
    # this linear on long lines.
    left = hit.start
    while left > 0 and text[left - 1] not in _ITEM_BOUNDARIES and hit.start - left < _ITEM_REACH:
        left -= 1
    right = hit.end
    while right < len(text) and text[right] not in _ITEM_BOUNDARIES and right - hit.end < _ITEM_REACH:
        right += 1
    item = re.sub(r"^(?:and|or)\s+", "", text[left:right].strip(" \t.*-_"), flags=re.IGNORECASE)
    separators = (text[left - 1] if left > 0 else "") + (text[right] if right < len(text) else "")
    return item.lower() == hit.text.lower() and any(ch in _LIST_SEPARATORS for ch in separators)


def _next_to_skill(text: str, hits: list[SkillMatch], i: int) -> bool:
    """True when a capitalised ambiguous name sits right next to another skill ("Python and Go", "Spark or
    BigQuery"): the casing plus the company it keeps rules out "go to market" or "the rust belt"."""
    hit = hits[i]
    if hit.text == hit.text.lower():
        return False

    def joined(start: int, end: int) -> bool:
        return end - start <= _ITEM_REACH and _CONNECTOR.match(text[start:end]) is not None

    return (i > 0 and joined(hits[i - 1].end, hit.start)) or (i + 1 < len(hits) and joined(hit.end, hits[i + 1].start))


@lru_cache(maxsize=1)
def load_skill_lexicon() -> SkillLexicon:
    return SkillLexicon(yaml.safe_load(SKILLS_PATH.read_text(encoding="utf-8")) or {})

