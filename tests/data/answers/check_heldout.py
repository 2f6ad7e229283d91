"""Validate tests/data/answers/heldout.yaml and print its make-up.

Run from anywhere:  python tests/data/answers/check_heldout.py
Exits non-zero (after listing every problem) when the file breaks one of the rules in its header.
Self-contained on purpose: it reads the YAML only and imports nothing from the application.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

import yaml

PATH = Path(__file__).resolve().with_name("heldout.yaml")
FIELDS = {"id", "category", "question", "key_points", "answer", "star", "fillers", "tier", "notes", "split"}
CATEGORIES = {"behavioral", "technical", "system_design"}
STAR_PARTS = ("situation", "task", "action", "result")
SPLITS = ("tune", "heldout")
MIN_TOTAL, MIN_PER_TIER, MIN_HELDOUT = 160, 20, 60


def expected_split(answer_id: str) -> str:
    """The split rule written in the file header, fixed per id before any answer was written."""
    digest = hashlib.sha256(f"answers-heldout:{answer_id}".encode()).hexdigest()
    return "heldout" if int(digest[:8], 16) % 5 < 2 else "tune"


def problems_in(answers: list) -> list[str]:
    problems: list[str] = []
    ids = Counter(a.get("id") for a in answers if isinstance(a, dict))
    problems += [f"duplicate id {i!r} ({n} times)" for i, n in ids.items() if n > 1]
    for n, a in enumerate(answers):
        if not isinstance(a, dict):
            problems.append(f"entry {n} is not a mapping")
            continue
        where = a.get("id", f"entry {n}")
        if set(a) != FIELDS:
            missing, extra = FIELDS - set(a), set(a) - FIELDS
            problems.append(f"{where}: fields missing {sorted(missing)} extra {sorted(extra)}")
            continue
        if not (isinstance(a["id"], str) and len(a["id"]) == 4 and a["id"][0] == "h" and a["id"][1:].isdigit()):
            problems.append(f"{where}: id must look like h001")
        if a["category"] not in CATEGORIES:
            problems.append(f"{where}: unknown category {a['category']!r}")
        for field in ("question", "answer", "notes"):
            if not (isinstance(a[field], str) and a[field].strip()):
                problems.append(f"{where}: {field} must be a non-empty string")
        if isinstance(a["notes"], str) and "\n" in a["notes"].strip():
            problems.append(f"{where}: notes must be one line")
        kp = a["key_points"]
        if not (isinstance(kp, list) and kp and all(isinstance(k, str) and k.strip() for k in kp)):
            problems.append(f"{where}: key_points must be a non-empty list of strings")
        star = a["star"]
        if not (isinstance(star, dict) and set(star) == set(STAR_PARTS)
                and all(isinstance(v, bool) for v in star.values())):
            problems.append(f"{where}: star must map {', '.join(STAR_PARTS)} to true/false")
        if not (isinstance(a["fillers"], int) and not isinstance(a["fillers"], bool) and a["fillers"] >= 0):
            problems.append(f"{where}: fillers must be a non-negative integer")
        if a["tier"] not in (1, 2, 3, 4, 5) or isinstance(a["tier"], bool):
            problems.append(f"{where}: tier must be 1..5")
        if a["split"] not in SPLITS:
            problems.append(f"{where}: split must be tune or heldout")
        elif isinstance(a["id"], str) and a["split"] != expected_split(a["id"]):
            problems.append(f"{where}: split is {a['split']} but the header rule gives {expected_split(a['id'])}")
    return problems


def coverage_problems(answers: list[dict]) -> list[str]:
    problems: list[str] = []
    if len(answers) < MIN_TOTAL:
        problems.append(f"only {len(answers)} answers, need at least {MIN_TOTAL}")
    splits = Counter(a["split"] for a in answers)
    problems += [f"no answers in split {s!r}" for s in SPLITS if not splits[s]]
    if splits["heldout"] < MIN_HELDOUT or splits["heldout"] * 3 < len(answers):
        problems.append(f"heldout has {splits['heldout']} answers; need at least {MIN_HELDOUT} and a third of the set")
    tiers = Counter(a["tier"] for a in answers)
    problems += [f"tier {t} has {tiers[t]} answers, need at least {MIN_PER_TIER}" for t in range(1, 6)
                 if tiers[t] < MIN_PER_TIER]
    held_tiers = Counter(a["tier"] for a in answers if a["split"] == "heldout")
    problems += [f"heldout has no tier {t} answer" for t in range(1, 6) if not held_tiers[t]]
    categories = Counter(a["category"] for a in answers)
    problems += [f"no {c} answers" for c in sorted(CATEGORIES) if not categories[c]]
    return problems


def table(answers: list[dict], key: str, values: list) -> str:
    rows = []
    for split in (*SPLITS, "all"):
        chosen = [a for a in answers if split == "all" or a["split"] == split]
        counts = Counter(a[key] for a in chosen)
        rows.append(f"  {split:8}" + "".join(f"{counts[v]:>15}" for v in values) + f"{len(chosen):>8}")
    return f"  {'':8}" + "".join(f"{str(v):>15}" for v in values) + f"{'total':>8}\n" + "\n".join(rows)


def main() -> int:
    answers = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    if not isinstance(answers, list):
        print(f"{PATH}: expected a list of answers")
        return 1
    problems = problems_in(answers)
    if not problems:
        problems = coverage_problems(answers)
    print(f"{PATH.name}: {len(answers)} answers")
    if not problems:
        print("\nby tier:\n" + table(answers, "tier", [1, 2, 3, 4, 5]))
        print("\nby category:\n" + table(answers, "category", ["behavioral", "technical", "system_design"]))
        words = sorted(len(a["answer"].split()) for a in answers)
        print(f"\nanswer length in words: min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}; "
              f"{sum(w >= 300 for w in words)} answers of 300+ words, {sum(w <= 25 for w in words)} of 25 or fewer")
        star = Counter(p for a in answers for p in STAR_PARTS if a["star"][p])
        print("STAR parts marked present: " + ", ".join(f"{p} {star[p]}" for p in STAR_PARTS))
        print(f"fillers: {sum(a['fillers'] for a in answers)} in total, "
              f"{sum(a['fillers'] > 0 for a in answers)} answers with at least one")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
