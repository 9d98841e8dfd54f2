#!/usr/bin/env bash
# Makes the Python environment the site's programs run in: a virtual environment with exactly the versions in
# requirements.txt, reused while requirements.txt and the Python are unchanged (their hash is kept inside it).
#
#   bash scripts/python-env.sh            # creates or reuses .venv (PYTHON_VENV to put it elsewhere)
#   eval "$(bash scripts/python-env.sh)"  # and exports PYTHON for npm test
#
# Progress goes to stderr; stdout is the `export PYTHON=…` line. Exits non-zero when the install fails.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${PYTHON_VENV:-.venv}
base=${PYTHON_BASE:-python3}
export PIP_RETRIES=0 PIP_DISABLE_PIP_VERSION_CHECK=1

wanted="$( { cat requirements.txt; "$base" --version; } | sha256sum | cut -d' ' -f1)"
if [ -x "$venv/bin/python" ] && [ "$(cat "$venv/.requirements.sha256" 2>/dev/null)" = "$wanted" ]; then
  echo "Python environment $venv is up to date with requirements.txt." >&2
else
  echo "Creating the Python environment $venv from requirements.txt ($("$base" --version))…" >&2
  rm -rf "$venv"
  "$base" -m venv "$venv"
  started=$SECONDS
  "$venv/bin/python" -m pip install --quiet --progress-bar off --requirement requirements.txt >&2
  echo "$wanted" >"$venv/.requirements.sha256"
  echo "Installed in $((SECONDS - started)) s." >&2
fi
echo "export PYTHON=$(cd "$venv" && pwd)/bin/python"
