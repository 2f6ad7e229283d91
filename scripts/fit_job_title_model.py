"""Fit the job-title classifier in app/services/documents/job_title_model.json.

    .venv/bin/python scripts/fit_job_title_model.py

A resume's role header is split into parts, and each part is read as a title, a company or a place. Job words
(sections.TITLE_WORDS) decide most parts, but every new set of resumes has brought job names the list lacked
("Waitstaff", "Early Childhood Educator", "NYSC Corps Member"). This fits a logistic regression over the character
n-grams of a part (binary, 2 to 5 characters within words) that tells a title from a company or a place, from the
labelled roles of the parsing corpus: the generated corpus's `tune` resumes and the
`tune` resumes of the fresh sets. `heldout` resumes are never read, so the figures measured on them stay honest; a
new fresh set joins once its held-out part has been measured on arrival (NEW_SETS lists those not yet measured).
Prints a cross-set check: fitted on the older half of the fresh sets, accuracy on the newer half.
Needs scikit-learn (installed with sentence-transformers); the app itself only reads the weights.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.services.documents.job_titles import KINDS, MODEL_PATH, NGRAM_SIZES, char_ngrams  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
NEW_SETS: set[str] = set()  # fresh sets whose held-out part has not been measured on arrival yet


def _number(name: str) -> int:
    return int(re.sub(r"\D", "", name) or 1)


def _tune_roles(labels: dict, *, generated: bool) -> list[dict]:
    roles = []
    for filename, want in labels.items():
        split = want["split"] if generated else (
            "heldout" if int(re.match(r"[a-z]+(\d+)", filename).group(1)) % 3 == 0 else "tune")
        if split == "tune":
            roles += want["roles"]
    return roles


def examples(sets: list[str], *, with_generated: bool) -> list[tuple[str, int]]:
    roles = []
    for name in sets:
        roles += _tune_roles(yaml.safe_load((CORPUS / name / "labels.yaml").read_text())["resumes"], generated=False)
    if with_generated:
        roles += _tune_roles(yaml.safe_load((CORPUS / "resumes" / "labels.yaml").read_text())["resumes"],
                             generated=True)
    pairs = [(role[field], KINDS.index(kind)) for role in roles
             for field, kind in (("title", "title"), ("company", "company"), ("location", "place")) if role.get(field)]
    return list(dict.fromkeys(pairs))


def fit(pairs: list[tuple[str, int]]) -> tuple[CountVectorizer, LogisticRegression]:
    ngrams = CountVectorizer(analyzer="char_wb", ngram_range=(NGRAM_SIZES[0], NGRAM_SIZES[-1]), binary=True)
    features = ngrams.fit_transform([text for text, _ in pairs])
    return ngrams, LogisticRegression(C=4.0, max_iter=3000).fit(features, [kind for _, kind in pairs])


def main() -> None:
    fresh = sorted((p.name for p in CORPUS.iterdir() if p.name.startswith("fresh") and (p / "labels.yaml").exists()
                    and p.name not in NEW_SETS), key=_number)
    older, newer = fresh[: len(fresh) // 2], fresh[len(fresh) // 2:]
    ngrams, check = fit(examples(older, with_generated=True))
    held = examples(newer, with_generated=False)
    got = check.predict(ngrams.transform([text for text, _ in held]))
    right = sum(int(g) == k for g, (_, k) in zip(got, held, strict=True))
    print(f"fitted on {older[0]}..{older[-1]} + generated, on the tune roles of {newer[0]}..{newer[-1]}: "
          f"{right / len(held):.3f} of {len(held)} parts read right")
    pairs = examples(fresh, with_generated=True)
    ngrams, model = fit(pairs)
    analyzer = ngrams.build_analyzer()
    assert all(set(analyzer(text)) == char_ngrams(text) for text, _ in pairs), "job_titles.char_ngrams drifted"
    weights = {gram: [round(float(w), 3) for w in model.coef_[:, column]]
               for gram, column in sorted(ngrams.vocabulary_.items())}
    MODEL_PATH.write_text(json.dumps({
        "kinds": list(KINDS), "fitted_on": f"{len(pairs)} parts: generated tune + tune of {', '.join(fresh)}",
        "intercept": [round(float(b), 3) for b in model.intercept_],
        "weights": {gram: w for gram, w in weights.items() if any(w)}}, ensure_ascii=False) + "\n")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({len(pairs)} parts)")


if __name__ == "__main__":
    main()
