"""Agreement of the deterministic analysis and the offline scores with hand labels (tests/data/answers)."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import yaml
from scipy.stats import spearmanr

from app.core.config import DEFAULT_SCORE_WEIGHTS
from app.core.errors import ConflictError
from app.services.assessment.analysis import AnswerUnit, analyze_answer
from app.services.assessment.evaluation import _measure_all, assess_interview
from app.services.assessment.key_points import add_rubric_matches, judge_for
from app.services.assessment.metrics import STAR_PARTS, find_fillers, find_red_flags
from app.services.assessment.scoring import answer_overall, group_scores, overall_score, score_answer
from app.services.assessment.star import detect_star
from app.services.retrieval.embedder import shared_embedder, shared_static_embedder

DATA = Path(__file__).resolve().parents[2] / "data" / "answers"
ANSWERS = yaml.safe_load((DATA / "answers.yaml").read_text())
BY_ID = {a["id"]: a for a in ANSWERS}
# heldout.yaml: written independently of answers.yaml, split by a fixed hash of the id (check_heldout.py). Rules may
# be studied and tuned on the `tune` split; the `heldout` split is only ever measured.
_SECOND = yaml.safe_load((DATA / "heldout.yaml").read_text())
SETS = {
    "answers.yaml (tuned on)": ANSWERS,
    "heldout.yaml tune split (tuned on)": [a for a in _SECOND if a["split"] == "tune"],
    "heldout.yaml heldout split (never tuned on)": [a for a in _SECOND if a["split"] == "heldout"],
}
HELDOUT = "heldout.yaml heldout split (never tuned on)"
# fresh.yaml: STAR parts and tiers only (no filler counts), written after the rules; its header gives the split.
_FRESH = yaml.safe_load((DATA / "fresh.yaml").read_text())
SETS["fresh.yaml tune split (studied)"] = [a for a in _FRESH if a["split"] == "tune"]
SETS["fresh.yaml heldout split (never tuned on)"] = [a for a in _FRESH if a["split"] == "heldout"]
FRESH_HELDOUT = "fresh.yaml heldout split (never tuned on)"
_FRESH2 = yaml.safe_load((DATA / "fresh2.yaml").read_text())  # the same kind of set, by another writer, later
SETS["fresh2.yaml tune split (studied)"] = [a for a in _FRESH2 if a["split"] == "tune"]
SETS["fresh2.yaml heldout split (never tuned on)"] = [a for a in _FRESH2 if a["split"] == "heldout"]
FRESH2_HELDOUT = "fresh2.yaml heldout split (never tuned on)"
_FRESH3 = yaml.safe_load((DATA / "fresh3.yaml").read_text())  # a third later writer; nothing was changed for it
SETS["fresh3.yaml tune split (not studied)"] = [a for a in _FRESH3 if a["split"] == "tune"]
SETS["fresh3.yaml heldout split (never tuned on)"] = [a for a in _FRESH3 if a["split"] == "heldout"]
FRESH3_HELDOUT = "fresh3.yaml heldout split (never tuned on)"
_FRESH4 = yaml.safe_load((DATA / "fresh4.yaml").read_text())  # a fourth, labelled for fillers too; STAR untouched for it
SETS["fresh4.yaml tune split (studied for fillers)"] = [a for a in _FRESH4 if a["split"] == "tune"]
SETS["fresh4.yaml heldout split (never tuned on)"] = [a for a in _FRESH4 if a["split"] == "heldout"]
FRESH4_HELDOUT = "fresh4.yaml heldout split (never tuned on)"
_FRESH5 = yaml.safe_load((DATA / "fresh5.yaml").read_text())  # a fifth; its tune split was studied for fillers only
SETS["fresh5.yaml tune split (studied for fillers)"] = [a for a in _FRESH5 if a["split"] == "tune"]
SETS["fresh5.yaml heldout split (never tuned on)"] = [a for a in _FRESH5 if a["split"] == "heldout"]
FRESH5_HELDOUT = "fresh5.yaml heldout split (never tuned on)"
_FRESH6 = yaml.safe_load((DATA / "fresh6.yaml").read_text())  # a sixth, blind writer; tune split studied for fillers
SETS["fresh6.yaml tune split (studied for fillers)"] = [a for a in _FRESH6 if a["split"] == "tune"]
SETS["fresh6.yaml heldout split (never tuned on)"] = [a for a in _FRESH6 if a["split"] == "heldout"]
FRESH6_HELDOUT = "fresh6.yaml heldout split (never tuned on)"
_FRESH7 = yaml.safe_load((DATA / "fresh7.yaml").read_text())  # a seventh, blind writer; measured, nothing changed
SETS["fresh7.yaml tune split (studied, unchanged)"] = [a for a in _FRESH7 if a["split"] == "tune"]
SETS["fresh7.yaml heldout split (never tuned on)"] = [a for a in _FRESH7 if a["split"] == "heldout"]
FRESH7_HELDOUT = "fresh7.yaml heldout split (never tuned on)"
_FRESH8 = yaml.safe_load((DATA / "fresh8.yaml").read_text())  # an eighth, blind writer
SETS["fresh8.yaml tune split (studied)"] = [a for a in _FRESH8 if a["split"] == "tune"]
SETS["fresh8.yaml heldout split (never tuned on)"] = [a for a in _FRESH8 if a["split"] == "heldout"]
FRESH8_HELDOUT = "fresh8.yaml heldout split (never tuned on)"
_FRESH9 = yaml.safe_load((DATA / "fresh9.yaml").read_text())  # a ninth, blind writer: STAR without cue words
SETS["fresh9.yaml tune split (studied)"] = [a for a in _FRESH9 if a["split"] == "tune"]
SETS["fresh9.yaml heldout split (never tuned on)"] = [a for a in _FRESH9 if a["split"] == "heldout"]
FRESH9_HELDOUT = "fresh9.yaml heldout split (never tuned on)"
_FRESH10 = yaml.safe_load((DATA / "fresh10.yaml").read_text())  # a tenth, blind writer: voice transcripts
SETS["fresh10.yaml tune split (studied)"] = [a for a in _FRESH10 if a["split"] == "tune"]
SETS["fresh10.yaml heldout split (never tuned on)"] = [a for a in _FRESH10 if a["split"] == "heldout"]
FRESH10_HELDOUT = "fresh10.yaml heldout split (never tuned on)"
_FRESH11 = yaml.safe_load((DATA / "fresh11.yaml").read_text())  # an eleventh, blind writer: typed chat and video answers
SETS["fresh11.yaml tune split (studied)"] = [a for a in _FRESH11 if a["split"] == "tune"]
SETS["fresh11.yaml heldout split (never tuned on)"] = [a for a in _FRESH11 if a["split"] == "heldout"]
FRESH11_HELDOUT = "fresh11.yaml heldout split (never tuned on)"
_FRESH12 = yaml.safe_load((DATA / "fresh12.yaml").read_text())  # a twelfth, blind writer: phone-screen transcripts
SETS["fresh12.yaml tune split (studied)"] = [a for a in _FRESH12 if a["split"] == "tune"]
SETS["fresh12.yaml heldout split (never tuned on)"] = [a for a in _FRESH12 if a["split"] == "heldout"]
FRESH12_HELDOUT = "fresh12.yaml heldout split (never tuned on)"
_FRESH13 = yaml.safe_load((DATA / "fresh13.yaml").read_text())  # a thirteenth, blind writer: interview notes, code-mixing
SETS["fresh13.yaml tune split (studied)"] = [a for a in _FRESH13 if a["split"] == "tune"]
SETS["fresh13.yaml heldout split (never tuned on)"] = [a for a in _FRESH13 if a["split"] == "heldout"]
FRESH13_HELDOUT = "fresh13.yaml heldout split (never tuned on)"
_FRESH14 = yaml.safe_load((DATA / "fresh14.yaml").read_text())  # a fourteenth, blind writer: mainstream mid-career
SETS["fresh14.yaml tune split (studied for fillers)"] = [a for a in _FRESH14 if a["split"] == "tune"]
SETS["fresh14.yaml heldout split (never tuned on)"] = [a for a in _FRESH14 if a["split"] == "heldout"]
FRESH14_HELDOUT = "fresh14.yaml heldout split (never tuned on)"
_FRESH15 = yaml.safe_load((DATA / "fresh15.yaml").read_text())  # a fifteenth, blind writer: voice-interview transcripts
SETS["fresh15.yaml tune split (studied, unchanged)"] = [a for a in _FRESH15 if a["split"] == "tune"]
SETS["fresh15.yaml heldout split (never tuned on)"] = [a for a in _FRESH15 if a["split"] == "heldout"]
FRESH15_HELDOUT = "fresh15.yaml heldout split (never tuned on)"
_FRESH16 = yaml.safe_load((DATA / "fresh16.yaml").read_text())  # a sixteenth, blind writer: the interviewer's questions
SETS["fresh16.yaml tune split (studied)"] = [a for a in _FRESH16 if a["split"] == "tune"]
SETS["fresh16.yaml heldout split (never tuned on)"] = [a for a in _FRESH16 if a["split"] == "heldout"]
FRESH16_HELDOUT = "fresh16.yaml heldout split (never tuned on)"
_FRESH17 = yaml.safe_load((DATA / "fresh17.yaml").read_text())  # a seventeenth: fluent but weak, plain but strong
SETS["fresh17.yaml tune split (studied for fillers)"] = [a for a in _FRESH17 if a["split"] == "tune"]
SETS["fresh17.yaml heldout split (never tuned on)"] = [a for a in _FRESH17 if a["split"] == "heldout"]
FRESH17_HELDOUT = "fresh17.yaml heldout split (never tuned on)"
_FRESH18 = yaml.safe_load((DATA / "fresh18.yaml").read_text())  # an eighteenth: a voice interview's speech-to-text
SETS["fresh18.yaml tune split (studied for fillers)"] = [a for a in _FRESH18 if a["split"] == "tune"]
SETS["fresh18.yaml heldout split (never tuned on)"] = [a for a in _FRESH18 if a["split"] == "heldout"]
FRESH18_HELDOUT = "fresh18.yaml heldout split (never tuned on)"
_FRESH19 = yaml.safe_load((DATA / "fresh19.yaml").read_text())  # a nineteenth: typed into a text interview
SETS["fresh19.yaml tune split (studied for fillers)"] = [a for a in _FRESH19 if a["split"] == "tune"]
SETS["fresh19.yaml heldout split (never tuned on)"] = [a for a in _FRESH19 if a["split"] == "heldout"]
FRESH19_HELDOUT = "fresh19.yaml heldout split (never tuned on)"
_FRESH20 = yaml.safe_load((DATA / "fresh20.yaml").read_text())  # a twentieth: a live voice interview, punctuated
SETS["fresh20.yaml tune split (studied for fillers)"] = [a for a in _FRESH20 if a["split"] == "tune"]
SETS["fresh20.yaml heldout split (never tuned on)"] = [a for a in _FRESH20 if a["split"] == "heldout"]
FRESH20_HELDOUT = "fresh20.yaml heldout split (never tuned on)"
_FRESH21 = yaml.safe_load((DATA / "fresh21.yaml").read_text())  # a twenty-first: a practice app's mix, tier on substance
SETS["fresh21.yaml tune split (in the score model's fitting set)"] = [a for a in _FRESH21 if a["split"] == "tune"]
SETS["fresh21.yaml heldout split (never tuned on)"] = [a for a in _FRESH21 if a["split"] == "heldout"]
FRESH21_HELDOUT = "fresh21.yaml heldout split (never tuned on)"
_FRESH22 = yaml.safe_load((DATA / "fresh22.yaml").read_text())  # a twenty-second: across seniority, technical judgement
SETS["fresh22.yaml tune split (in the score model's fitting set)"] = [a for a in _FRESH22 if a["split"] == "tune"]
SETS["fresh22.yaml heldout split (never tuned on)"] = [a for a in _FRESH22 if a["split"] == "heldout"]
FRESH22_HELDOUT = "fresh22.yaml heldout split (never tuned on)"
_FRESH23 = yaml.safe_load((DATA / "fresh23.yaml").read_text())  # a twenty-third: length and polish apart from quality
SETS["fresh23.yaml tune split (studied, in the fit)"] = [a for a in _FRESH23 if a["split"] == "tune"]
SETS["fresh23.yaml heldout split (never tuned on)"] = [a for a in _FRESH23 if a["split"] == "heldout"]
FRESH23_HELDOUT = "fresh23.yaml heldout split (never tuned on)"
_FRESH24 = yaml.safe_load((DATA / "fresh24.yaml").read_text())  # a twenty-fourth: plain speech-to-text, career movers
SETS["fresh24.yaml tune split (studied, unchanged)"] = [a for a in _FRESH24 if a["split"] == "tune"]
SETS["fresh24.yaml heldout split (never tuned on)"] = [a for a in _FRESH24 if a["split"] == "heldout"]
FRESH24_HELDOUT = "fresh24.yaml heldout split (never tuned on)"
_FRESH25 = yaml.safe_load((DATA / "fresh25.yaml").read_text())  # a twenty-fifth: one-way video, early career
SETS["fresh25.yaml tune split (studied, unchanged)"] = [a for a in _FRESH25 if a["split"] == "tune"]
SETS["fresh25.yaml heldout split (never tuned on)"] = [a for a in _FRESH25 if a["split"] == "heldout"]
FRESH25_HELDOUT = "fresh25.yaml heldout split (never tuned on)"
_FRESH26 = yaml.safe_load((DATA / "fresh26.yaml").read_text())  # a twenty-sixth: customer-facing technical roles
SETS["fresh26.yaml tune split (studied, unchanged)"] = [a for a in _FRESH26 if a["split"] == "tune"]
SETS["fresh26.yaml heldout split (never tuned on)"] = [a for a in _FRESH26 if a["split"] == "heldout"]
FRESH26_HELDOUT = "fresh26.yaml heldout split (never tuned on)"
# spoken.yaml: spoken-style answers labelled for fillers only, written for that set alone; its header gives the split.
_SPOKEN = yaml.safe_load((DATA / "spoken.yaml").read_text())
SPOKEN_SETS = {
    "spoken.yaml tune split (tuned on)": [a for a in _SPOKEN if a["split"] == "tune"],
    "spoken.yaml heldout split (never tuned on)": [a for a in _SPOKEN if a["split"] == "heldout"],
}
# What the service uses: sentence vectors through the cached judge. Assessments use MiniLM; interview turns use the
# static vectors distilled from it (TURN_SENTENCE_MODEL), with their own fitted weights.
JUDGES = {"minilm": judge_for(shared_embedder()), "static": judge_for(shared_static_embedder())}
EMBED = JUDGES["minilm"].vectors


def offline_score(a: dict) -> float:
    analysis = analyze_answer(a["question"], a["answer"], category=a["category"], key_points=a.get("key_points") or [],
                              embed=EMBED)
    return answer_overall(score_answer(analysis), a["category"])


@dataclass(frozen=True)
class Figures:
    answers: int
    star_precision: float
    star_recall: float
    star_f1: float
    fillers_exact: float
    fillers_within_one: float
    spearman: float  # the overall score as the service gives it: the fitted score model
    ms_per_answer: float
    spearman_weights: float  # the group weights the model replaced (DEFAULT_SCORE_WEIGHTS), for comparison


@cache
def figures(name: str, vectors: str | None = "minilm") -> Figures:
    """`vectors`: the sentence model STAR is judged with ("minilm" as in assessments, "static" as on interview turns);
    None: what a server without an embedding model gives (STAR from cue and narrative measures)."""
    embed = JUDGES[vectors].vectors if vectors else None
    analyze_answer("Warm up.", "The embedding model loads on first use; the timing below is per answer after that.",
                   embed=embed, embed_model=vectors or "minilm")
    tp = fp = fn = exact = within_one = 0
    scores, weighted, seconds = [], [], 0.0
    for a in SETS[name]:
        started = time.perf_counter()
        analysis = analyze_answer(a["question"], a["answer"], category=a["category"],
                                  key_points=a.get("key_points") or [], embed=embed,
                                  embed_model=vectors or "minilm")
        seconds += time.perf_counter() - started
        for part in STAR_PARTS:
            predicted, gold = analysis["star"][part]["present"], a["star"][part]
            tp += predicted and gold
            fp += predicted and not gold
            fn += gold and not predicted
        if "fillers" in a:  # fresh.yaml labels no fillers; its rows print nan
            exact += analysis["filler_count"] == a["fillers"]
            within_one += abs(analysis["filler_count"] - a["fillers"]) <= 1
        dimension_scores = score_answer(analysis)
        scores.append(answer_overall(dimension_scores, a["category"]))
        weighted.append(overall_score(group_scores(dimension_scores), DEFAULT_SCORE_WEIGHTS[a["category"]]))
    n = len(SETS[name])
    counted = sum("fillers" in a for a in SETS[name]) or float("nan")
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return Figures(n, precision, recall, 2 * precision * recall / max(1e-9, precision + recall), exact / counted,
                   within_one / counted, float(spearmanr(scores, [a["tier"] for a in SETS[name]])[0]), 1000 * seconds / n,
                   float(spearmanr(weighted, [a["tier"] for a in SETS[name]])[0]))


@cache
def assessment_spearman(name: str) -> float:
    """Spearman(score, tier) as the end-of-interview assessment scores an answer: with the sentence judge also
    judging relevance (similarity to the question) and key-point coverage by meaning (evaluation._measure_all)."""
    units = [AnswerUnit(question_number=n, question=a["question"], category=a["category"], phase="main",
                        key_points=tuple(a.get("key_points") or ()), topics=(), competencies=(), answer=a["answer"],
                        duration_seconds=None) for n, a in enumerate(SETS[name], start=1)]
    scores = []
    for unit, analysis in zip(units, _measure_all(units, JUDGES["minilm"]), strict=True):
        add_rubric_matches(analysis, unit.answer, unit.key_points)  # as assess_interview does
        scores.append(answer_overall(score_answer(analysis), unit.category))
    return float(spearmanr(scores, [a["tier"] for a in SETS[name]])[0])


def test_quality_figures_per_set():
    """The figures the README quotes: `./scripts/test tests/services/assessment/test_assessment_quality.py -s`.
    ms/ans is analyze_answer's time per answer (STAR embeddings included), printed, never asserted."""
    # rho: the per-answer score (analyze_answer, STAR by sentence vectors); rho (asmt): the same answers as the
    # end-of-interview assessment scores them, relevance and key points also judged by meaning; rho (w): the per-answer
    # score with the fixed group weights the fitted score model replaced
    print(f"\n{'set':46} {'n':>4} {'STAR P':>7} {'R':>6} {'F1':>6} {'fill=':>6} {'±1':>6} {'rho':>6} {'rho (asmt)':>10}"
          f" {'rho (w)':>7} {'ms/ans':>7}")
    for name in SETS:
        f = figures(name)
        print(f"{name:46} {f.answers:>4} {f.star_precision:>7.3f} {f.star_recall:>6.3f} {f.star_f1:>6.3f} "
              f"{f.fillers_exact:>6.3f} {f.fillers_within_one:>6.3f} {f.spearman:>6.3f} {assessment_spearman(name):>10.3f}"
              f" {f.spearman_weights:>7.3f} {f.ms_per_answer:>7.1f}")
    for label, vectors in (("held-out split, static vectors (turns)", "static"),
                           ("held-out split, no embedding model", None)):
        f = figures(HELDOUT, vectors)
        print(f"{label:46} {f.answers:>4} {f.star_precision:>7.3f} {f.star_recall:>6.3f} {f.star_f1:>6.3f} "
              f"{f.fillers_exact:>6.3f} {f.fillers_within_one:>6.3f} {f.spearman:>6.3f} {'—':>10} {f.spearman_weights:>7.3f}"
              f" {f.ms_per_answer:>7.1f}")
    assert figures("heldout.yaml tune split (tuned on)").fillers_exact >= 0.95


def filler_agreement(answers: list[dict]) -> tuple[float, float]:
    """Share of answers whose filler count is exact, and within one, against the labels."""
    counts = [(len(find_fillers(a["answer"])), a["fillers"]) for a in answers]
    return (sum(got == label for got, label in counts) / len(counts),
            sum(abs(got - label) <= 1 for got, label in counts) / len(counts))


def test_filler_figures_on_spoken_answers():
    """Printed with the other figures (`-s`). The spoken set's held-out split is measured, never tuned on."""
    print(f"\n{'filler counts':46} {'n':>4} {'fill=':>6} {'±1':>6}")
    for name, answers in SPOKEN_SETS.items():
        exact, within_one = filler_agreement(answers)
        print(f"{name:46} {len(answers):>4} {exact:>6.3f} {within_one:>6.3f}")
    # Regression guards, a little under what is reached (0.873 and 0.747 measured, sj- batch included).
    assert filler_agreement(SPOKEN_SETS["spoken.yaml tune split (tuned on)"])[0] >= 0.86
    assert filler_agreement(SPOKEN_SETS["spoken.yaml heldout split (never tuned on)"])[0] >= 0.65


def test_spoken_set_labels_are_consistent():
    assert len(_SPOKEN) >= 200 and len({a["id"] for a in _SPOKEN}) == len(_SPOKEN)
    for a in _SPOKEN:
        assert a["fillers"] == len(a["filler_list"]), a["id"]
        digest = int(hashlib.sha256(f"spoken-heldout:{a['id']}".encode()).hexdigest()[:8], 16)
        assert a["split"] == ("tune" if a["id"].startswith("sa-") or digest % 3 else "heldout"), a["id"]


def test_heldout_split_filler_counts():
    # Goal: exact on 95% and within one on all. Within one is met (1.000); exact is not yet (0.947 measured, 72 of 76
    # answers, 73 would meet it): these guard what is reached.
    f = figures(HELDOUT)
    assert f.fillers_exact >= 0.93 and f.fillers_within_one == 1.0


def test_heldout_split_star_goal():
    assert figures(HELDOUT).star_f1 >= 0.88


def test_heldout_split_star_with_the_turns_static_vectors():
    """What an interview turn sees: the static vectors' own weights keep STAR close to MiniLM's (0.889 measured)."""
    assert figures(HELDOUT, "static").star_f1 >= 0.86


def test_heldout_split_rank_agreement_goal():
    assert figures(HELDOUT).spearman >= 0.75


def test_fresh_heldout_split_star_and_rank_agreement():
    """The answers written after the rules: both goals met on the held-out split (STAR F1 0.943, from 0.837 before
    the fresh tune splits were studied; Spearman 0.813, from 0.628)."""
    f = figures(FRESH_HELDOUT)
    assert f.star_f1 >= 0.9 and f.spearman >= 0.78


def test_fresh2_heldout_split_star_and_rank_agreement():
    """A second later writer: STAR F1 0.887 and Spearman 0.752 measured (0.875 and 0.692 when the set arrived, before
    its tune split was studied). Spearman sits on the goal (0.75) by a hair; this guards what is reached."""
    f = figures(FRESH2_HELDOUT)
    assert f.star_f1 >= 0.86 and f.spearman >= 0.72


def test_fresh3_heldout_split_star_and_rank_agreement():
    """A third later writer, after every rule and weight above was in: measured once on arrival, and nothing has
    been changed for it since. Held-out STAR F1 0.905 and Spearman 0.763 (tune split 0.919 / 0.820): both goals
    met on answers no rule was written for."""
    f = figures(FRESH3_HELDOUT)
    assert f.star_f1 >= 0.88 and f.spearman >= 0.73


def test_fresh4_heldout_split_meets_the_goals_but_exact_fillers():
    """A fourth later writer, labelling fillers as well: on arrival the held-out split gave STAR F1 0.946, Spearman
    0.899, fillers exact 0.930 (40 of 43) and within one on all; the filler rules its tune split taught left those
    where they were. The exact-filler goal (0.95) is missed by one answer; this guards what is reached."""
    f = figures(FRESH4_HELDOUT)
    assert f.star_f1 >= 0.9 and f.spearman >= 0.85
    assert f.fillers_exact >= 0.9 and f.fillers_within_one == 1.0


def test_fresh11_heldout_split_on_arrival():
    """An eleventh, blind writer: answers typed into a chat interview under time pressure (typos, lower case, "tbh",
    bullet fragments) and spoken in video interviews, from chefs, cabin crew, teachers, electricians, bank staff and
    SREs in Englishes earlier sets rarely had. On arrival the held-out split gave STAR F1 0.852 (recall 0.765),
    fillers exact 0.844 (within one 0.969), Spearman 0.908. After its tune split's filler rules and the STAR weights
    refitted on every tune split: STAR F1 0.925, Spearman 0.913, fillers unchanged. This guards what is reached."""
    f = figures(FRESH11_HELDOUT)
    assert f.star_f1 >= 0.9 and f.spearman >= 0.85
    assert f.fillers_exact >= 0.8 and f.fillers_within_one >= 0.96
    assert figures("fresh11.yaml tune split (studied)").fillers_exact >= 0.92


def test_fresh12_heldout_split_on_arrival():
    """A twelfth, blind writer: speech-to-text transcripts of phone screens (no punctuation, mis-heard words, numbers
    spelt out), rehearsed answers with STAR headings, an answer relayed by an interpreter, from trades, care,
    logistics, the public sector, retail and law as well as software, in Englishes no earlier set had. On arrival the
    held-out split gave STAR F1 0.944, fillers exact 0.789 (within one 0.895), Spearman 0.708. This guards what is
    reached."""
    f = figures(FRESH12_HELDOUT)
    assert f.star_f1 >= 0.92 and f.spearman >= 0.68
    assert f.fillers_exact >= 0.76 and f.fillers_within_one >= 0.87


def test_fresh13_heldout_split_on_arrival():
    """A thirteenth, blind writer: video interviews as a note-taker wrote them down, code-mixed English (Taglish,
    Hinglish, Spanglish, Arabic-English), executives' tangents, new graduates, and at the low tiers fluent, complete
    stories told with bad judgement or wrong technical facts. On arrival the held-out split gave STAR F1 0.923,
    fillers exact 1.000 (the first held-out split at the goal), Spearman 0.663: the offline score cannot tell a wrong
    fact or a bad call told fluently. This guards what is reached."""
    f = figures(FRESH13_HELDOUT)
    assert f.star_f1 >= 0.9 and f.spearman >= 0.63
    assert f.fillers_exact >= 0.94 and f.fillers_within_one >= 0.97


def test_fresh14_heldout_split_on_arrival():
    """A fourteenth, blind writer: the ordinary middle of mock interviews, mid-career candidates in mainstream roles in
    the US, UK, Canada, Australia and India answering the usual questions, typed or through a browser's speech-to-text.
    On arrival the held-out split gave STAR F1 0.917, fillers exact 0.921 (within one on all), Spearman 0.862. This
    guards what is reached."""
    f = figures(FRESH14_HELDOUT)
    assert f.star_f1 >= 0.89 and f.spearman >= 0.83
    assert f.fillers_exact >= 0.89 and f.fillers_within_one >= 0.97


def test_fresh15_heldout_split_on_arrival():
    """A fifteenth, blind writer: answers spoken in a voice interview and transcribed with punctuation, thinking aloud
    and correcting themselves, from early- and mid-career people in countries fresh14 did not cover, with technical
    questions from nursing, accounting, electrical work, logistics and teaching as well as software. On arrival the
    held-out split gave STAR F1 0.935, fillers exact 0.968 (within one on all), Spearman 0.843: every goal met. This
    guards what is reached."""
    f = figures(FRESH15_HELDOUT)
    assert f.star_f1 >= 0.91 and f.spearman >= 0.81
    assert f.fillers_exact >= 0.93 and f.fillers_within_one >= 0.97


def test_fresh16_heldout_split_on_arrival():
    """A sixteenth, blind writer: the interviewer's own question kinds (resume openings and probes of a claimed metric,
    a job description's must-have, "tell me about yourself", behavioral, technical, algorithms, design, a follow-up
    asking for specifics), answered in a practice app's chat box (lower case, text-speak, typos, bullet lists) or
    dictated. On arrival the held-out split gave STAR F1 0.968, fillers exact 0.969 (within one on all), Spearman
    0.588: the rank goal missed. After its tune split joined the STAR model's fitting set: STAR F1 0.946, Spearman
    0.606. This guards what is reached."""
    f = figures(FRESH16_HELDOUT)
    assert f.star_f1 >= 0.92 and f.spearman >= 0.55
    assert f.fillers_exact >= 0.93 and f.fillers_within_one >= 0.97


def test_fresh17_heldout_split_on_arrival():
    """A seventeenth, blind writer: the tier judgement a scorer of words finds hardest, fluent answers that are weak
    (a confident wrong claim, a story answering another question, poor judgement told as a win, buzzwords, a team's
    work claimed) next to plain, hesitant or non-native answers that are strong. On arrival the held-out split gave
    STAR F1 0.896, fillers exact 0.970 (within one on all), Spearman 0.776: every goal met (its tune split's Spearman
    is 0.49). This guards what is reached."""
    f = figures(FRESH17_HELDOUT)
    assert f.star_f1 >= 0.87 and f.spearman >= 0.74
    assert f.fillers_exact >= 0.94 and f.fillers_within_one >= 0.97


def test_fresh18_heldout_split_on_arrival():
    """An eighteenth, blind writer: answers as a voice interview's speech-to-text gives them (lower case, no
    punctuation, numbers and acronyms spelled out, restarts, cut-off words, homophone slips) and phone-typed answers.
    On arrival the held-out split (19 answers) gave STAR F1 0.885, fillers exact 0.842 (within one on all), Spearman
    0.604: the STAR goal met, the other two not. This guards what is reached."""
    f = figures(FRESH18_HELDOUT)
    assert f.star_f1 >= 0.85 and f.spearman >= 0.55
    assert f.fillers_exact >= 0.8 and f.fillers_within_one >= 0.97


def test_fresh19_heldout_split_on_arrival():
    """A nineteenth, blind writer: answers typed into a text interview as a session holds them (openings, resume
    probes, short answers to the interviewer's follow-ups, technical, DSA and design), by native and non-native
    writers. On arrival the held-out split (24 answers) gave STAR F1 0.901, fillers exact 0.875 (within one on all),
    Spearman 0.732: the STAR goal met, the other two not. This guards what is reached."""
    f = figures(FRESH19_HELDOUT)
    assert f.star_f1 >= 0.87 and f.spearman >= 0.68
    assert f.fillers_exact >= 0.83 and f.fillers_within_one >= 0.97


def test_fresh20_heldout_split_on_arrival():
    """A twentieth, blind writer: spoken answers of a live voice interview as a good speech-to-text punctuates them
    (false starts, self-corrections, hesitations, literal and filler uses side by side), from nervous first-timers and
    experienced people in and outside software. On arrival the held-out split (24 answers) gave STAR F1 0.951, fillers
    exact 0.917 (within one on all), Spearman 0.833; with its tune split's filler rule, fillers exact 0.958: every goal
    met. This guards what is reached."""
    f = figures(FRESH20_HELDOUT)
    assert f.star_f1 >= 0.92 and f.spearman >= 0.78
    assert f.fillers_exact >= 0.9 and f.fillers_within_one >= 0.97


def test_fresh21_heldout_split_on_arrival():
    """A twenty-first, blind writer: a practice app's mix (product, design, QA, SRE, security, support, data and ML
    roles and a few outside software; typed and spoken), written so that the tier must be judged on substance, not
    style. On arrival (30 held-out answers): STAR F1 0.955, fillers exact 0.967 (within one on all), Spearman 0.776
    with the group weights and 0.765 with the first score model, fitted before the set existed. With the model now
    shipped (no length input; fresh21's and fresh22's tune splits in its fitting set), 0.825. This guards what is
    reached."""
    f = figures(FRESH21_HELDOUT)
    assert f.star_f1 >= 0.92 and f.fillers_exact >= 0.93 and f.fillers_within_one == 1.0
    assert f.spearman >= 0.79


def test_fresh22_heldout_split_on_arrival():
    """A twenty-second, blind writer: a session across seniority (interns to principal engineers and managers),
    weighted to technical judgement: partly right answers, brief-but-right ones, answers that circle without
    committing, leadership stories. On arrival (25 held-out answers, score model fitted before the set existed): STAR
    F1 0.962, fillers exact 0.920 (within one on all), Spearman 0.871 (0.898 with the group weights; as the assessment
    scores it 0.876 against 0.848). With the model now shipped (no length input; its tune split in the fitting set),
    0.903. This guards what is reached."""
    f = figures(FRESH22_HELDOUT)
    assert f.star_f1 >= 0.93 and f.fillers_exact >= 0.88 and f.fillers_within_one == 1.0
    assert f.spearman >= 0.86


def test_fresh23_heldout_split_on_arrival():
    """A twenty-third, blind writer: a first practice session where length and polish do not follow quality (long
    padded answers that say little, short precise right ones). Measured once on arrival with the model now shipped,
    fitted before the set existed (21 held-out answers): STAR F1 0.985, fillers exact 0.857 (within one 0.952),
    Spearman 0.743 (the group weights 0.717; as the assessment scores it 0.652 against 0.586). Its tune split has since
    joined the model's fitting set: 0.746, then 0.777 with fresh24's and fresh25's. This guards what is reached."""
    f = figures(FRESH23_HELDOUT)
    assert f.star_f1 >= 0.95 and f.fillers_exact >= 0.8 and f.fillers_within_one >= 0.95
    assert f.spearman >= 0.71 and f.spearman > f.spearman_weights


def test_fresh24_heldout_split_on_arrival():
    """A twenty-fourth, blind writer: a voice interview as a plain speech-to-text engine transcribes it (little or no
    punctuation, numbers spelled out, a few mishearings), from mid-career people moving between industries, the tier
    on substance. Measured once on arrival with the score model refitted on fresh23's tune split, fitted before this
    set existed (22 held-out answers): STAR F1 0.977, fillers exact 0.909 (within one on all), Spearman 0.862 (the group
    weights 0.878; as the assessment scores it 0.874); 0.863 once its tune split joined the fitting set. This guards
    what is reached."""
    f = figures(FRESH24_HELDOUT)
    assert f.star_f1 >= 0.95 and f.fillers_exact >= 0.86 and f.fillers_within_one == 1.0
    assert f.spearman >= 0.83


def test_fresh25_heldout_split_on_arrival():
    """A twenty-fifth, blind writer: one-way video interviews (one recorded take per prompt, punctuated transcripts)
    from new graduates, interns, apprentices and people returning after a career break, with stories from part-time
    jobs, societies and group projects. Measured once on arrival with the shipped score model, fitted before the set
    existed (23 held-out answers): STAR F1 0.800 (precision 0.706: parts found that the writer did not label), fillers
    exact 0.826 (within one 0.957), Spearman 0.618 (the group weights 0.547; as the assessment scores it 0.699); its
    tune split 0.962 / 0.973 / 0.815. All three goals are missed on this held-out split. Once its tune split joined the
    score model's fitting set, the held-out Spearman fell to 0.549 (as the assessment scores it 0.627): on 23 answers
    a refit moves it by that much. This guards what is reached."""
    f = figures(FRESH25_HELDOUT)
    assert f.star_f1 >= 0.77 and f.fillers_exact >= 0.78 and f.fillers_within_one >= 0.95
    assert f.spearman >= 0.52


def test_fresh26_heldout_split_on_arrival():
    """A twenty-sixth, blind writer: customer-facing technical roles (solutions, sales and support engineers, account
    managers, developer advocates) in a hiring-manager phone screen, spoken and transcribed with punctuation that is
    sometimes misplaced. Measured once on arrival with the score model refitted on fresh24's and fresh25's tune splits,
    fitted before this set existed (22 held-out answers): STAR F1 0.935, fillers exact 0.955 (within one on all),
    Spearman 0.819 (the group weights 0.709; as the assessment scores it 0.832): all three goals met. This guards what
    is reached."""
    f = figures(FRESH26_HELDOUT)
    assert f.star_f1 >= 0.9 and f.fillers_exact >= 0.9 and f.fillers_within_one == 1.0
    assert f.spearman >= 0.78 and f.spearman > f.spearman_weights


def test_the_score_model_ranks_held_out_answers_better_than_the_group_weights():
    """The fitted score model never saw a held-out split. Measured over the 27 held-out splits (fresh26's measured on
    arrival, the model fitted before the set existed): mean Spearman 0.832 against 0.795 with the fixed group weights
    it replaced; under the 0.75 goal on three splits (fresh16 0.665, fresh18 0.717, fresh25 0.549) against eight with
    the weights; lower than the weights on three (fresh11, fresh20, fresh24, by 0.009-0.015)."""
    held_out = [name for name in SETS if "heldout split" in name]
    model = [figures(name).spearman for name in held_out]
    weights = [figures(name).spearman_weights for name in held_out]
    assert sum(model) / len(model) >= 0.82 and sum(model) / len(model) >= sum(weights) / len(weights) + 0.03
    assert sum(rho >= 0.75 for rho in model) >= len(held_out) - 3 and min(model) >= 0.52


def test_fresh5_heldout_split_on_arrival():
    """A fifth later writer (nurses, retail, logistics, teachers and sales next to engineers; transcripts without
    punctuation; nineteen first languages). On arrival the held-out split gave STAR F1 0.833, Spearman 0.798, fillers
    exact 0.897 and within one on all: the rank goal is met, STAR and exact fillers are not. The filler rules its tune
    split taught left the held-out figures where they were; the STAR weights refitted on every tune split (732
    answers) moved STAR F1 0.800 -> 0.786 and Spearman 0.795 -> 0.828. This guards what is reached."""
    f = figures(FRESH5_HELDOUT)
    assert f.star_f1 >= 0.78 and f.spearman >= 0.8
    assert f.fillers_exact >= 0.86 and f.fillers_within_one == 1.0
    assert figures("fresh5.yaml tune split (studied for fillers)").fillers_exact >= 0.93


def test_fresh6_heldout_split_on_arrival():
    """A sixth, blind writer (data scientists, QA, firmware, SREs, paralegals, hotel and call-centre staff; speech-to-text
    with mis-hearings, code-switching, step lists). Measured once on arrival: held-out STAR F1 0.886 and Spearman
    0.844 meet their goals; fillers exact 0.900 (27 of 30) misses 0.95, within one on all. The filler rules its tune
    split taught left every held-out figure where it was."""
    f = figures(FRESH6_HELDOUT)
    assert f.star_f1 >= 0.86 and f.spearman >= 0.8
    assert f.fillers_exact >= 0.86 and f.fillers_within_one == 1.0
    # Two filler rules from its tune split (an operator between copies, "her kind of the"): 0.900 -> 0.917 there.
    assert figures("fresh6.yaml tune split (studied for fillers)").fillers_exact >= 0.9


def test_fresh7_heldout_split_on_arrival():
    """A seventh, blind writer (nurses, claims handlers, airline and warehouse operations, network, game and ML
    engineers in Ireland, Egypt, Japan, Ghana, Mexico, Bangladesh and elsewhere; auto-captions, self-corrections,
    regional discourse markers). Measured once on arrival: held-out STAR F1 0.898 and Spearman 0.877 meet their
    goals; fillers exact 0.878 (36 of 41) misses 0.95, within one on all. Nothing was changed for it; the rules from
    fresh8's tune split later took it to 0.902."""
    f = figures(FRESH7_HELDOUT)
    assert f.star_f1 >= 0.87 and f.spearman >= 0.83
    assert f.fillers_exact >= 0.87 and f.fillers_within_one == 1.0


def test_fresh8_heldout_split_on_arrival():
    """An eighth, blind writer (vet nurses, firmware, mobile and security engineers, social workers, bank and hotel
    staff in Nigeria, Kenya, Brazil, Vietnam, Wales and elsewhere; hesitations the guide does not list). On arrival the
    held-out split gave STAR F1 0.871, Spearman 0.848, fillers exact 0.806 (within one 0.972). After the filler rules
    its tune split taught (the guide's hesitation sounds only, an example after "a NOUN like", idioms): 0.889."""
    f = figures(FRESH8_HELDOUT)
    assert f.star_f1 >= 0.85 and f.spearman >= 0.82
    assert f.fillers_exact >= 0.86 and f.fillers_within_one >= 0.97
    assert figures("fresh8.yaml tune split (studied)").fillers_exact >= 0.95


def test_fresh9_heldout_split_on_arrival():
    """A ninth, blind writer, asked for STAR parts told without cue words (scenes, implied duties, roles held in the
    episode, outcomes said plainly or as quotes), from Morocco, Korea, Sri Lanka, Chile, Greece, Ireland and elsewhere.
    On arrival the held-out split gave STAR F1 0.766 (recall 0.667), Spearman 0.750, fillers exact 0.865. After the
    cues its tune split taught (a duty handed over, a role held "on the grill" or "for the programme", "went grand"):
    STAR F1 0.816, Spearman 0.777; the STAR goal (0.88) is still missed on this set."""
    f = figures(FRESH9_HELDOUT)
    assert f.star_f1 >= 0.79 and f.spearman >= 0.74
    assert f.fillers_exact >= 0.83 and f.fillers_within_one >= 0.97
    assert figures("fresh9.yaml tune split (studied)").star_f1 >= 0.88


def test_fresh10_heldout_split_on_arrival():
    """A tenth, blind writer: answers as a speech engine transcribes a voice interview (numbers as words, no
    punctuation, restarts and trailing off), from Kenya, India, Poland, South Africa, Vietnam, Mexico and elsewhere.
    On arrival the held-out split gave STAR F1 0.908, Spearman 0.863 (both goals met), fillers exact 0.814 and within
    one 0.977 (both missed). The fillers its tune split taught (a preposition or a relative "that" said again after a
    pause, a year said as "twenty twenty", "plus plus", "like that." closing a sentence, the short "hm") took the tune
    split from 0.809 to 0.936 exact and left the held-out split where it was."""
    f = figures(FRESH10_HELDOUT)
    assert f.star_f1 >= 0.88 and f.spearman >= 0.83
    assert f.fillers_exact >= 0.79 and f.fillers_within_one >= 0.95
    assert figures("fresh10.yaml tune split (studied)").fillers_exact >= 0.92


def test_fresh_answer_sets_keep_their_split_rule():
    """Every labelled set written after the rules keeps the split fixed before its answers were written."""
    for answers in (_FRESH6, _FRESH7, _FRESH8, _FRESH9, _FRESH10, _FRESH11, _FRESH12, _FRESH13, _FRESH14, _FRESH15,
                    _FRESH16, _FRESH17, _FRESH18, _FRESH19, _FRESH20, _FRESH21,
                    _FRESH22, _FRESH23):
        for a in answers:
            digest = int(hashlib.sha256(("answers-heldout:" + a["id"]).encode()).hexdigest()[:8], 16)
            assert a["split"] == ("heldout" if digest % 5 < 2 else "tune"), a["id"]
            assert a["fillers"] == len(a["filler_list"]) and a["tier"] in range(1, 6), a["id"]


def test_dataset_is_large_and_varied():
    assert len(ANSWERS) >= 60
    assert {a["tier"] for a in ANSWERS} == {1, 2, 3, 4, 5}
    assert {a["category"] for a in ANSWERS} == {"behavioral", "technical"}


def test_filler_counts_are_exact():
    wrong = [(a["id"], len(find_fillers(a["answer"])), a["fillers"]) for a in ANSWERS
             if len(find_fillers(a["answer"])) != a["fillers"]]
    assert wrong == []


@pytest.mark.parametrize("text,count", [
    # spoken forms
    ("It was, you know, slow on Mondays.", 1),
    ("and you know I told her it was an estimate", 1),
    ("I mean, the old one worked.", 1),
    ("Postgres, I mean, MySQL was the problem.", 1),
    ("it was sort of my call and we kind of rewrote it", 2),
    ("that was kinda a mess", 1),
    ("uhm so erm the uh cache umm broke", 4),
    ("the the queue was full", 1),
    ("I I I think so", 2),
    ("we, um, we shipped it", 2),
    ("It's a, it's a cache in front of the database.", 1),
    ("so I, so I called them", 1),
    ("so you know the whole team was tired", 1),
    ("errr the build broke", 1),
    ("it's, um, it's a queue", 2),
    ("I felt ready, like I'd done it a hundred times", 1),
    ("the heap grows like too much overnight", 1),
    ("we um prioritize like the the oldest tickets", 3),
    ("it failed like one run in ten", 1),
    ("I, I... sorry, let me start over.", 1),
    # literal uses that are not fillers
    ("I know you know Go better than me.", 0),
    ("it breaks sometimes, like two users editing the same row.", 0),
    ("about forty servers, actually it was forty-two.", 0),
    ("Do you know which parts break first?", 0),
    ("What I mean is the index, not the table.", 0),
    ("What I mean by idempotent is that retries are safe.", 0),
    ("I mean that we should have tested it first.", 0),
    ("No, really, I mean it.", 0),
    ("I mean it depends on the load", 1),
    ("We needed a kind of queue, this sort of problem needs one.", 0),
    ("what kind of plan does the planner pick", 0),
    ("I like Redis and I'd like to use it more.", 0),
    ("That had had an effect, so that that was that.", 0),
    ("the API saves to the backend, backend jobs then retry", 0),
    ("you should read it, it is short", 0),
    ("The fix looked trivial, but it actually took a week.", 0),
    ("If you read the spec literally, it forbids this.", 0),
    ("I mean, literally nobody read it.", 2),
    ("I like Python and tools like Redis.", 0),
    ("We were, like, stuck for a week.", 1),
    ("Um, so, you know, it was basically fine.", 3),
    ("Like, I think it looks like a queue.", 1),
    # "like" as a discourse marker or approximator, without commas as transcripts come
    ("it was like really slow", 1),
    ("we waited like two weeks for it", 1),
    ("the service was very like flaky", 1),
    ("we like rewrote the whole thing", 1),
    ("we had like a huge backlog", 1),
    ("it took us like a week", 1),
    ("the problem was like the cache was cold", 1),
    ("the replicas agree eventually like at some point", 1),
    ("I saw it as like a first step", 1),
    ("the worker just like saves them to disk", 1),
    ("I read like half the docs", 1),
    ("it's just like a cache", 0),
    ("it's like the index at the back of a book", 0),
    ("and like we rewrote it", 1),
    ("I was like really nervous", 1),
    # ... and "like" as a verb, comparison, example or quotative
    ("it felt like we were stuck", 0),
    ("it's like an electricity bill", 0),
    ("brokers, like Kafka or RabbitMQ, keep the order", 0),
    ("something like thirty thousand euros, things like that", 0),
    ("my lead was like, just ship it", 0),
    ("I was like no way", 0),
    ("and then Priya was like, why not just cache it", 0),
    ("I'm like, okay, let's roll back", 0),
    ("do it like this", 0),
    ("like I said, it was fine", 0),
    # after a preposition or determiner "like" cannot compare; before a clause it hedges unless "it's" compares
    ("we agreed on like a checklist", 1),
    ("last spring we had this like hackathon style crunch", 1),
    ("it was basically a like a search page", 3),
    ("the like count went up", 0),
    ("the big one was like my first month", 1),
    ("we went from deploying like once a month to daily", 1),
    ("it was bad like we lost the last hour of orders", 1),
    ("it was rough like there were files with no tests", 1),
    ("it was like we were stuck in a loop", 0),
    # "kind of" after a pronoun "that" before a verb; "actually" against an expectation stated near it
    ("so that kind of made the case for me", 1),
    ("that kind of feedback is worth more", 0),
    ("Everyone assumed it was user error. I pulled the file and it actually was our bug.", 0),
    ("I actually ended up leading it, which I never expected", 0),
    ("the new plan actually turned out cheaper", 0),
    ("I actually built one of these before", 1),
    # restarts across a filler or standing alone; a restatement after "basically" is none
    ("someone, uh, someone deployed a new filter", 2),
    ("Then you, you add more servers", 1),
    ("during the sale, our, our checkout broke", 1),
    ("I wrote characterization tests, basically tests that capture what the code does", 1),
    # "you know" with an object, "I mean it", "actually" in a correction or before a stated fear
    ("If you've worked with me you know the drill.", 0),
    ("You know the drill, once someone is unblocked the rest follows.", 0),
    ("it cut their cleaning to maybe you know a day a week", 1),
    ("I mean it when I say review matters", 0),
    ("I said it in standup, no, actually it was in a one-on-one.", 0),
    ("Actually the migration went well, I was afraid it would be a disaster.", 0),
    # approximators and markers; a verbless list after a sentence-opening "Like" gives examples
    ("it was like a lot but I learned", 1),
    ("I had never written SQL like not even a select", 1),
    ("we had images of like three megabytes", 1),
    ("it covers like ninety percent of cases", 1),
    ("one query scanned like the whole sales history", 1),
    ("when I was like twelve I wrote mods", 1),
    ("It depends on the channels. Like push, email and SMS.", 0),
    ("Like does the user only read or also write?", 1),
    ("It was like being on call for feelings.", 0),
    ("check it again later just like you'd check any other prediction", 0),
    # after any preposition, before hyphenated and "every" amounts, the verb said twice
    ("we compared it against like the old baseline", 1),
    ("the cache served like ninety-five percent of reads", 1),
    ("the client polled like every five seconds", 1),
    ("I like, I like working on compilers", 1),
    # "actually" against a contrast in its own sentence or the alternative it denies; "kind of" before a verb
    ("Tests were green. But prod failed. Actually we never found out why.", 1),
    ("we tuned what the planner actually uses, not what it could use", 0),
    ("I go running every morning, that kind of helps", 1),
    ("we added a queue which kind of fixed it", 1),
    # a subject said twice after "and" restarts; words repeated across a semicolon end and begin clauses
    ("and it, it retried forever", 1),
    ("it was simpler than it looked; it looked scary at first", 0),
    # a chain or a sentence-final double insists rather than restarts; "not actually" denies; "there's like"
    ("with optimistic locking you retry and retry and retry", 0),
    ("once it clicks, you know, it clicks.", 1),
    ("save next, flip, advance, advance.", 0),
    ("his pushback wasn't actually about control", 0),
    ("so there's like a presence service in front", 1),
    ("location updates come in, like millions per minute", 1),
    ("if you take the HTTP spec literally, DELETE is idempotent", 0),
    # a quotation after "was like," whoever speaks; a hesitation inside a double makes it a restart; "has, has"
    ("and the customer was like, wow, that was fast", 0),
    ("and the index was like, way too big", 1),
    ("we cache the rows that, uh, that nobody writes to", 2),
    ("the form has, has a hidden field for that", 1),
    ("I mean exactly that: one row per event", 0),
    ("we hold the seat like for ten minutes and a load factor of like point seven five", 2),
    ("he kept the tickets like he'd never seen them", 1),
    # a quotation after "like"; "as opposed to" states the contrast; "at at least" is grammatical
    ("he asked for things like 'we need dark mode' every week", 0),
    ("support can see what was actually sent, as opposed to what we intended", 0),
    ("if you write to a database you are again at at least once", 0),
    ("black friday week, which is like the worst week to deploy", 1),
    ("so after that I mean I wrote the incident report myself", 1),
    ("you fix it with a lock or you know a compare and swap", 1),
    # "you know" as Irish, Scottish and casual speech spell it; a tag "like" ending a sentence; "like one day"
    # approximates; "By filtering I mean ..." defines (the verb)
    ("The launches are mad, d'you know, everyone logs in at nine.", 1),
    ("d'you know what I mean?", 0),
    ("it was grand, ye know, we sorted it", 1),
    ("y'know it was a long week", 1),
    ("the whole checkout went down on a Friday, like. Nobody was on call.", 1),
    ("do whatever you like.", 0),
    ("we keep the id in Redis with a TTL, like one day", 1),
    ("By filtering I mean removing offensive completions.", 0),
    ("by then, I mean, the release was out", 1),
    # "actually" inside an embedded question sets what really is against what is said; right after the question
    # word, or in a relative clause about the thing just named, it is a filler; an expectation later in the sentence
    ("I asked each engineer what they actually wanted from the rewrite", 0),
    ("first I'd check if it's actually a leak or just high usage", 0),
    ("I asked what actually worried her", 1),
    ("a minor GC happens which is actually very fast", 1),
    ("He actually told our manager that those sessions helped him a lot, which I did not expect", 0),
    ("I thought he was arrogant, and later I understood it was actually the opposite", 0),
    ("Everyone assumed we'd need to rewrite the whole thing first. I looked at it and the indexer was actually fine.",
     0),
    # a word said three times is emphasis, not a restart; "I, I, I" still stutters
    ("if many users write the same row, optimistic will retry, retry, retry, and pessimistic is better", 0),
    ("and then I, I, I forgot the password", 2),
    # Hesitations are the guide's sounds in any length; "eh", "ehm", "euh" are not counted (writers differ; the guide
    # lists none of them), but a restart across one is a restart; "ER" in capitals is the emergency room
    ("we were building it for, eh, for the business clients", 1),
    ("I, ehm, I called the supplier, euh, the next morning", 1),
    ("nice day for it, eh? ahh well", 0),
    ("uhh so ummm the errr build broke, hmmm", 4),
    ("I prioritised the ER samples first", 0),
    ("er the ER was full", 1),
    # "like crazy" is an idiom; "a NOUN like" names an example; "like a user would" compares; "of like one thousand"
    # approximates; "who, who" restarts
    ("the battery was going down like crazy. So I rewrote it", 0),
    ("we were like crazy busy that week", 1),
    ("the SLO is the target over a window like 99.9 percent over 28 days", 0),
    ("vertical has a limit like the biggest machine you can buy", 0),
    ("end-to-end tests drive the whole system like a user would, through the browser", 0),
    ("workers expand the segment in batches of like one thousand", 1),
    ("I'm the kind of person who, who just does things", 1),
    # what a word "literally means" is a translation; a phrase that ends one clause and starts the next is no restart
    ('My team said "ganbatte", which literally means "do your best"', 0),
    ("we literally rebuilt it by hand", 1),
    ("nobody tells you about the wind, the wind is horizontal here", 0),
    ("it's a, it's a cache in front of the database", 1),
    # fresh10's tune split: a preposition or a relative "that" said again after a pause restarts; a year, "plus plus",
    # the manner closing a sentence and the short "hm" are no fillers
    ("the bridge in, in Zapopan, it was a big project", 1),
    ("we have a Spark job that, that rolls it up every hour", 1),
    ("I knew that, that was wrong", 0),
    ("so it's forty degrees in June twenty twenty two", 0),
    ("the classic one is counter plus plus which looks like one step", 0),
    ("I ask the junior nurse to do the observations. Like that.", 0),
    ("Hm, yeah, you'd, um, you'd put a cache in front", 2),
    # fresh11's tune split: typed answers misspell fillers; "it actually was," says the belief before it was wrong; a
    # relative clause may end on its preposition, but a question word that is the subject opens no such clause
    ("the teller flagged it - basicly his whole deposit broken early", 1),
    ("the dev team was sure it wasnt their change (it actually was, a pool setting)", 0),
    ("so we actually did a full rewrite that week", 1),
    ("an alarm, which I'd been asking for, for a year", 0),
    ("I'd ask which one matters most for, for the business", 1),
    # fresh12's tune split: words in other scripts are whole words ("Tết" is no "t t"); a transcript spells
    # acronyms out letter by letter; an answer that opens by denying what the question took for granted
    ("On the night before Tết, um, around ten, the top-ups failed. During Tết that year nobody was paged.", 1),
    ("so h t t p s is h t t p over t l s and, uh, and the browser checks the certificate", 2),
    ("Actually it doesn't, collisions can't happen in a hash map.", 0),
    ("Actually, I don't make mistakes like that.", 0),
    ("Actually we shipped it on time.", 1),
    ("I, I think the, um, the a e s part is fine", 3),
    # fresh14's tune split: "like to" after "just" is the verb; ranges of characters listed are no repetition
    ("I'm not running from anything, I'd just like to do more of what I'm good at.", 0),
    ("base62-encode it, so 0-9, a-z, A-Z, which gives short codes", 0),
    ("the worker just like saves it twice", 1),
    # fresh16's tune split: names listed as examples after "like"; the verb stressed by "really"; a restart after a
    # sentence that ended with the same word
    ("I did a bootcamp last year, full stack, like JavaScript, React, Node, that stuff.", 0),
    ("I, I really like coding, I like video games too.", 1),
    ("it was, like, really slow", 1),
    ("the garbage collector does it. It, um, it removes objects that are not used anymore.", 2),
    # fresh17's tune split: "like they said" is "as they said"; a code identifier is one word
    ("the picking was actually faster, not slower like they said.", 0),
    ("- booking = UPDATE slots SET status='held', held_until=now()+5min WHERE status='free'", 0),
    # fresh18's tune split: a comparison stays one when the speaker restarts inside it
    ("so dns is uh it's like the the internet's phone book", 2),
    ("we had to prioritize like the the release first", 2),
    # fresh19's tune split: "like most of" hedges an amount, unless it sets off a comparison or is the verb
    ("The eslint rule catches like most of these.", 1),
    ("We, like most of our competitors, moved to the cloud.", 0),
    ("I really like most of the team.", 0),
    # fresh20's tune split: a pronoun's contraction and "about" said again across a comma are restarts
    ("between projects you'd, you'd generally prefer the higher NPV", 1),
    ("I learned a lot about, about how to talk to product managers.", 1),
    # fresh21's and fresh22's tune splits: two names joined by "or"/"and" after "like" are examples (a name in mixed
    # case too), while an amount is hedged; "I mean that is why" opens the clause it introduces
    ("or something in between like Firecracker or gVisor, and for your own services", 0),
    ("a hypervisor like KVM or VMware gives each VM virtual CPUs", 0),
    ("it took like two or three days", 1),
    ("i like games a lot so i mean that is why i want to work here", 1),
    ("I mean that we should ship it", 0),
])
def test_fillers_in_their_spoken_forms(text, count):
    assert len(find_fillers(text)) == count


def test_star_detection_f1():
    tp = fp = fn = 0
    for a in ANSWERS:
        found = analyze_answer(a["question"], a["answer"], category=a["category"], embed=EMBED)["star"]
        for part in STAR_PARTS:
            predicted, gold = found[part]["present"], a["star"][part]
            tp += predicted and gold
            fp += predicted and not gold
            fn += gold and not predicted
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    print(f"\nSTAR detection: precision {precision:.2f}, recall {recall:.2f}, F1 {f1:.3f}")
    assert f1 >= 0.85


STORIES_WITHOUT_CUES = [
    (("The dashboards were red for a week before our biggest launch. So I pulled the slow-query log, found the "
      "report that scanned the orders table and added an index for it. The pages stopped that same night and checkout "
      "stayed under 200 ms through the launch."), {"situation", "action", "result"}),
    (("Our nightly import kept timing out and the sales team came in to stale numbers every morning. The import was "
      "mine to fix before the quarter closed. I split it into per-region batches and ran them in parallel. Nobody "
      "has complained about stale numbers since."), {"situation", "task", "action", "result"}),
    (("The billing service fell over twice during Black Friday. I moved the invoice rendering to a queue, and the "
      "second half of the weekend went by without a single outage."), {"situation", "action", "result"}),
    # a duty or a role in the episode without the word "task", and an outcome said plainly
    (("Last year on the platform team in Glasgow I was given the job of cutting our pager noise; we were getting two "
      "hundred pages a week. I deleted every alert nobody had acted on in a month. The demo of the new rota went "
      "grand."), {"situation", "task", "action", "result"}),
    (("In the kitchen in Thessaloniki I was chef de partie on the grill, and two cooks kept fighting about who cleans "
      "the grill. I sat the two of them down after service and we made a rota on the wall. It was fine for a while "
      "after that."), {"situation", "task", "action", "result"}),
]


@pytest.mark.parametrize("text,parts", STORIES_WITHOUT_CUES)
def test_star_parts_told_without_cue_words(text, parts):
    found = {p for p, v in detect_star(text, "behavioral", embed=EMBED).items() if v.present}
    assert parts <= found


@pytest.mark.parametrize("text", [text for text, _ in STORIES_WITHOUT_CUES])
def test_the_turns_static_vectors_find_an_outcome_told_without_cue_words(text):
    """A turn reads only the outcome of the STAR parts (whether to ask for one); the assessment reads all four."""
    assert detect_star(text, "behavioral", embed=JUDGES["static"].vectors, model="static")["result"].present


@pytest.mark.parametrize("category,text", [
    ("technical", ("A hash map keeps its entries in an array of buckets. The hash of a key picks the bucket, "
                   "collisions go in a short list or a probe sequence, and the array grows when it gets too full, so "
                   "lookups stay constant time on average.")),
    ("behavioral", ("I would first talk to both people separately, then I would bring them together and agree on a "
                    "plan. I always try to keep things calm.")),
])
@pytest.mark.parametrize("model", JUDGES)
def test_no_star_parts_without_an_episode(category, text, model):
    assert not any(v.present for v in detect_star(text, category, embed=JUDGES[model].vectors, model=model).values())


@pytest.mark.parametrize("model", JUDGES)
def test_a_technical_answer_that_ends_with_a_real_episode_is_credited_with_its_story(model):
    """The explanation before an episode would otherwise drown it out; a habit mentioned in passing is no episode."""
    explanation = ("A message queue decouples the producer from the consumer: the producer appends and moves on, the "
                   "consumer reads at its own pace and acknowledges what it has processed, and unacknowledged messages "
                   "are redelivered, so consumers must be idempotent. Ordering holds only within a partition. ")
    episode = ("Two years ago our checkout service called the email provider inline, and every provider hiccup "
               "failed orders. I moved the emails onto a queue with a retrying consumer, and after that not a single "
               "order failed because of email.")
    habit = "At my last job we would usually put a queue in front of anything slow, and that worked fine."
    judge = JUDGES[model].vectors
    with_episode = detect_star(explanation + episode, "technical", embed=judge, model=model)
    assert with_episode["action"].present and with_episode["result"].present
    assert not any(v.present for v in detect_star(explanation + habit, "technical", embed=judge, model=model).values())


@pytest.mark.parametrize("model", [*JUDGES, None])
def test_an_answer_that_ends_on_what_the_action_was_for_has_told_no_result(model):
    """Intent is not an outcome: the interviewer should still ask what came of it."""
    text = ("Our onboarding guide was two years out of date. I rewrote it over a sprint and recorded short setup "
            "videos so that new hires could get a laptop running on their own.")
    embed = JUDGES[model].vectors if model else None
    found = detect_star(text, "behavioral", embed=embed, model=model or "minilm")
    assert not found["result"].present and found["situation"].present


@pytest.mark.parametrize("model", [*JUDGES, None])
def test_a_story_that_ends_not_knowing_what_came_of_it_has_told_no_result(model):
    """"I moved teams, so I don't know whether ..." tells no outcome, even when it says "in the end"; an outcome told
    with its cause left open still is one."""
    embed = JUDGES[model].vectors if model else None
    story = ("Our regional manager wanted to cut the night delivery slot, which costs us penalties from the "
             "supermarkets. I was asked to look at the routes, so I pulled three months of delivery logs and showed him "
             "that two stores caused most of the late drops. ")
    for ending in ("Then I moved to another team a month later, so I don't really know what he decided in the end.",
                   "I left that depot at the end of the quarter, so I couldn't tell you if it held."):
        found = detect_star(story + ending, "behavioral", embed=embed, model=model or "minilm")
        assert not found["result"].present and found["action"].present, ending
    told = detect_star(story + "Eventually they kept the slot for all but those two stores, I don't know if it was "
                       "because of my numbers.", "behavioral", embed=embed, model=model or "minilm")
    assert told["result"].present


@pytest.mark.parametrize("model", [*JUDGES, None])
def test_a_story_that_ends_waiting_for_an_answer_has_told_no_result(model):
    """A request still pending ("She said she will think about it", "we'll see") is no outcome; the same request
    answered is one."""
    embed = JUDGES[model].vectors if model else None
    story = ("At the supermarket another cashier always took her break twenty minutes late, so I had to cover her till "
             "and missed my own break every Saturday. One day I talked to her in the staff room and asked if we could "
             "swap break times so she goes first. ")
    for ending in ("She said she will think about it.", "She told me she would get back to me.",
                   "I'm still waiting for her answer.", "So, we'll see."):
        found = detect_star(story + ending, "behavioral", embed=embed, model=model or "minilm")
        assert not found["result"].present and found["action"].present, ending
    told = detect_star(story + "She said she would think about it, and the next Saturday she took the early break.",
                       "behavioral", embed=embed, model=model or "minilm")
    assert told["result"].present


def test_star_detection_works_without_the_embedding_model():
    def broken(_texts):
        raise RuntimeError("no model")

    found = detect_star(STORIES_WITHOUT_CUES[0][0], "behavioral", embed=broken)
    assert {p for p, v in found.items() if v.present} >= {"situation", "action", "result"}
    assert found["result"].evidence


def test_offline_score_tracks_quality_tiers():
    scores = [offline_score(a) for a in ANSWERS]
    rho = spearmanr(scores, [a["tier"] for a in ANSWERS])[0]
    print(f"\nSpearman(offline score, tier) = {rho:.3f} over {len(ANSWERS)} answers")
    assert rho >= 0.7
    assert len(set(scores)) > len(ANSWERS) * 0.8  # not constant, not a handful of buckets


@pytest.mark.parametrize("rambling,concise", [("a002", "a001"), ("a008", "a007"), ("a010", "a009"),
                                              ("a023", "a022"), ("a028", "a027"), ("a044", "a004"),
                                              ("a047", "a046")])
def test_length_is_not_rewarded(rambling, concise):
    long_one, short_one = BY_ID[rambling], BY_ID[concise]
    assert len(long_one["answer"].split()) > len(short_one["answer"].split())
    assert offline_score(long_one) < offline_score(short_one)


def test_every_score_has_evidence():
    analysis = analyze_answer("Tell me about a conflict.", BY_ID["a004"]["answer"], category="behavioral", embed=EMBED)
    for name, value in score_answer(analysis).items():
        assert value["evidence"], name
        if value["score"] is None:
            assert value["source"] == "none"


async def test_nothing_to_assess_is_said_not_guessed():
    with pytest.raises(ConflictError) as err:
        await assess_interview([], interview_type="behavioral", weights=DEFAULT_SCORE_WEIGHTS)
    assert "no answers" in err.value.detail


async def test_interview_feedback_is_grounded_in_the_answers():
    units = [AnswerUnit(i + 1, BY_ID[a]["question"], BY_ID[a]["category"], "behavioral",
                        tuple(BY_ID[a].get("key_points") or ()), ("teamwork",), ("conflict",), BY_ID[a]["answer"], None)
             for i, a in enumerate(["a004", "a002", "a017"])]
    result = await assess_interview(units, interview_type="behavioral", weights=DEFAULT_SCORE_WEIGHTS)
    feedback = result["feedback"]
    assert 3 <= len(feedback["strengths"]) <= 5 and 3 <= len(feedback["improvements"]) <= 5
    assert all("(Q" in item for item in feedback["strengths"] + feedback["improvements"])
    assert feedback["next_steps"] and feedback["recommended_topics"] and "3 questions" in feedback["narrative"]
    by_q = {q["question_number"]: q["overall_score"] for q in result["per_question"]}
    assert by_q[1] > by_q[2] > by_q[3]
    assert result["speech_metrics"]["filler_words"] == sum(BY_ID[a]["fillers"] for a in ("a004", "a002", "a017"))


async def test_score_tracks_tiers_with_embedding_evidence_too():
    """The same check when relevance and key points are also judged by meaning (as the API does with RAG on)."""
    embedder = shared_embedder()
    scores = []
    for a in ANSWERS:
        unit = AnswerUnit(1, a["question"], a["category"], a["category"], tuple(a.get("key_points") or ()), (), (),
                          a["answer"], None)
        result = await assess_interview([unit], interview_type=a["category"], weights=DEFAULT_SCORE_WEIGHTS,
                                        embedder=embedder)
        scores.append(result["overall_score"])
    rho = spearmanr(scores, [a["tier"] for a in ANSWERS])[0]
    print(f"\nSpearman(offline score with embeddings, tier) = {rho:.3f}")
    assert rho >= 0.7


def test_saying_i_without_telling_an_action_is_not_ownership():
    hypothetical = analyze_answer("Tell me about a conflict you resolved.", "I would talk to each of them first. I "
                                  "would listen and I would find a compromise. I always stay calm.",
                                  category="behavioral", embed=EMBED)
    story = analyze_answer("Tell me about a conflict you resolved.", "Two of my reviewers kept blocking each other's "
                           "pull requests. I sat down with each of them and I wrote a short review checklist we all "
                           "agreed on. Review time dropped from three days to one.", category="behavioral", embed=EMBED)
    assert score_answer(hypothetical)["ownership"]["score"] <= 35 < score_answer(story)["ownership"]["score"]
    assert "no action" in score_answer(hypothetical)["ownership"]["evidence"]


def test_a_story_that_blames_others_or_hides_a_mistake_owns_nothing():
    # fresh13's tune split (and tier-1 answers of answers.yaml, fresh5 and fresh10 that deny ever having a conflict
    # or making a mistake): a complete, fluent story told with bad judgement is no strong answer
    question = "Tell me about a mistake you made at work."
    hidden = analyze_answer(question, "On an evening shift I gave a patient double his dose because I read the chart "
                            "wrong. He was fine. So I fixed the chart so it matched what I gave, because otherwise "
                            "there is an incident form. Nobody ever found out, and he went home the next day.",
                            category="behavioral", embed=EMBED)
    owned = analyze_answer(question, "On an evening shift I gave a patient double his dose because I read the chart "
                           "wrong. I told the vet at once, even though nobody would have noticed, and filed the "
                           "incident form. We added a second check on doses, and there has been no repeat since.",
                           category="behavioral", embed=EMBED)
    assert hidden["red_flags"] == ["Nobody ever found out"] and owned["red_flags"] == []
    assert score_answer(hidden)["ownership"]["score"] <= 15 < score_answer(owned)["ownership"]["score"]
    assert "Nobody ever found out" in score_answer(hidden)["ownership"]["evidence"]
    # conceding is not blaming
    assert find_red_flags("Even though it wasn't my fault, I called the client myself.") == []
    assert find_red_flags("That one was not my fault. My manager fixed it.") == ["was not my fault"]


def test_a_transcript_without_punctuation_is_not_scored_as_one_endless_sentence():
    spoken = ("so the cache sits in front of the database and we read from it first and only go to the database on a "
              "miss and we set a short expiry on each key so stale prices disappear within a minute and when a price "
              "changes we delete the key right away so the next read fetches the new value")
    run_on = score_answer(analyze_answer("How would you cache prices?", spoken, category="technical", embed=EMBED))
    assert run_on["clarity"]["score"] >= 80 and "not measured" in run_on["clarity"]["evidence"]
    rambling = score_answer(analyze_answer("How would you cache prices?", spoken.replace(" and ", ", and ") + ".",
                                           category="technical", embed=EMBED))
    assert "words per sentence" in rambling["clarity"]["evidence"]
