"""The job-title model: job names missing from the listed job words are still read as titles."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from sklearn.feature_extraction.text import CountVectorizer

from app.services.documents import resume
from app.services.documents.job_titles import NGRAM_SIZES, char_ngrams, names_a_job
from app.services.documents.sections import TITLE_WORDS

ROOT = Path(__file__).resolve().parents[3]

# None of these titles holds a listed job word; the first two are "Title, Company - Place" with the dates at the
# right, the third "Title | Company | Place | dates".
RESUME = """Priya Natarajan
priya.n@example.com

EXPERIENCE
Pharmacy Dispenser, Kestrel Lane Chemists - Bristol, UK        Mar 2021 - Present
- Dispensed 300 prescriptions a day and checked interactions
Data Annotator, Lumen Tagging - Remote        Jun 2019 - Feb 2021
- Labelled 40,000 medical images for a triage model
Lineworker | Severn Valley Power | Gloucester | 2016 - 2019
- Maintained overhead lines

SKILLS
Dispensing, Medicines reconciliation, Labelling
"""


def test_job_names_without_a_listed_job_word_are_titles_not_employers():
    assert not any(TITLE_WORDS.search(t) for t in ("Pharmacy Dispenser", "Data Annotator", "Lineworker"))
    parsed = resume.parse_resume(RESUME, today=date(2026, 11, 1))
    assert parsed["titles"] == ["Pharmacy Dispenser", "Data Annotator", "Lineworker"]
    assert parsed["employers"] == ["Kestrel Lane Chemists", "Lumen Tagging", "Severn Valley Power"]
    assert [(r["start"], r["end"]) for r in parsed["roles"]] == [("2021-03", "present"), ("2019-06", "2021-02"),
                                                                  ("2016", "2019")]


@pytest.mark.parametrize("text", ["Brasserie Loriot", "Severn Valley Power", "Leeds, UK", "Gloucester",
                                  "Platform Development Team", "Lumen Tagging", "SDE-2"])
def test_companies_places_teams_and_codes_are_not_jobs(text):
    assert not names_a_job(text)


@pytest.mark.parametrize("text", ["Senior Phlebotomist", "Teaching Aide", "Pharmacy Dispenser"])
def test_the_model_reads_unlisted_job_names_as_jobs(text):
    assert not TITLE_WORDS.search(text)
    assert names_a_job(text)


@pytest.mark.parametrize("text", ["Early Childhood Educator", "  Kế toán   viên ", "a", "Co-Founder & CTO",
                                  "Ingeniero de Planeamiento Senior", "ÉLECTRICIEN(NE)"])
def test_char_ngrams_are_cut_as_scikit_learn_cuts_them_when_fitting(text):
    analyzer = CountVectorizer(analyzer="char_wb", ngram_range=(NGRAM_SIZES[0], NGRAM_SIZES[-1])).build_analyzer()
    assert char_ngrams(text) == set(analyzer(text))


def test_the_model_is_fitted_on_tune_resumes_only():
    spec = importlib.util.spec_from_file_location("fit_job_title_model", ROOT / "scripts" / "fit_job_title_model.py")
    fit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fit)
    texts = {text for text, _ in fit.examples(["fresh20"], with_generated=False)}
    assert "Lumenfield Payments, Inc." in texts  # r01: tune
    assert "Tarangini Retail Analytics Pvt. Ltd." not in texts  # r03: heldout
