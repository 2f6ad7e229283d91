"""Whether a part of a role header names a job, when it holds none of the listed job words.

Job words (sections.TITLE_WORDS) decide most parts of a header, but each new set of resumes has brought job names the
list lacked ("Waitstaff", "Early Childhood Educator", "Lagerarbetare"). A logistic regression over the character
n-grams of the part (job names share endings and stems across words and languages: -staff, -educator, -arbetare)
reads it as a title, a company or a place; only a confident "title" counts. Fitted by
scripts/fit_job_title_model.py on the corpus's tune resumes only; the weights are job_title_model.json. Plain Python
at run time: the document workers, which run under an address-space limit, load no numpy for it.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

KINDS = ("title", "company", "place")
NGRAM_SIZES = range(2, 6)
MODEL_PATH = Path(__file__).with_name("job_title_model.json")
CONFIDENT = 0.9  # P(title) a part needs; below it the part stays a company, as without the model
# A team or unit is named like a job ("Platform Development Team") but is neither a title nor the employer.
_UNIT_END = re.compile(r"\b(?:team|department|dept|division|unit|group|office|section|squad|ward|practice|desk"
                       r"|programme|program|project)s?$", re.IGNORECASE)


def char_ngrams(text: str) -> set[str]:
    """The n-grams of each word padded with a space at both ends, as scikit-learn's `char_wb` analyzer cuts them."""
    grams: set[str] = set()
    for word in text.lower().split():
        padded = f" {word} "
        for n in NGRAM_SIZES:
            if len(padded) <= n:  # a short word gives itself once
                grams.add(padded)
                break
            grams.update(padded[i:i + n] for i in range(len(padded) - n + 1))
    return grams


@cache
def _model() -> tuple[dict[str, list[float]], list[float]]:
    model = json.loads(MODEL_PATH.read_text())
    return model["weights"], model["intercept"]


@cache
def title_probability(text: str) -> float:
    weights, intercept = _model()
    logits = list(intercept)
    for gram in char_ngrams(text):
        for k, weight in enumerate(weights.get(gram, ())):
            logits[k] += weight
    top = max(logits)
    odds = [math.exp(logit - top) for logit in logits]
    return odds[KINDS.index("title")] / sum(odds)


def names_a_job(text: str) -> bool:
    """True for a short part without figures that the model reads as a job title with confidence."""
    text = text.strip()
    return (1 <= len(text.split()) <= 6 and not re.search(r"\d", text) and not _UNIT_END.search(text)
            and title_probability(text) >= CONFIDENT)
