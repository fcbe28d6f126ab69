#!/usr/bin/env bash
# The reshape + bidi path, proven on the oldest matplotlib we support and on the last one
# before native shaping: for each version, a virtual environment (.venv-mpl38, .venv-mpl310)
# with the project installed and that matplotlib pinned, then the chart tests, which
# execute the four notebooks, check every string they draw glyph by glyph and OCR their
# Arabic figures with tesseract (ara). The locked matplotlib is covered by `make test`.
#
#   bash scripts/ci-old-matplotlib.sh              # 3.8.4 and 3.10.9
#   bash scripts/ci-old-matplotlib.sh 3.9.4        # other versions
#
# Environments are reused while pyproject.toml and setup.py are older than their stamp.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-python3}
export MPLBACKEND=Agg
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(3.8.4 3.10.9)

bash scripts/system-deps.sh build
bash scripts/system-deps.sh test

venv_for() {  # 3.10.9 -> .venv-mpl310
  local major_minor
  major_minor=$(echo "$1" | cut -d. -f1,2)
  echo ".venv-mpl${major_minor//./}"
}

stale() {  # venv: true unless its stamp names this version and is newer than the build files
  local stamp=$1/.installed version=$2
  ! { [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$version" ] && [ ! pyproject.toml -nt "$stamp" ] \
      && { [ ! -f setup.py ] || [ ! setup.py -nt "$stamp" ]; }; }
}

install_deps() {  # version: a fresh venv with that matplotlib and the project's dependencies
  local version=$1 venv deps
  venv=$(venv_for "$version")
  rm -rf "$venv"
  "$PY" -m venv "$venv"
  echo '*' > "$venv/.gitignore"  # not part of the repository
  "$venv/bin/python" -m pip install -q --upgrade pip  # Python 3.11's pip resolves slower
  # As pyproject.toml declares them: the dependencies and, of the test extra, what the chart
  # tests use (the browser and Dask test dependencies are not needed here).
  mapfile -t deps < <("$venv/bin/python" -c '
import re, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print(*project["dependencies"], sep="\n")
for requirement in project["optional-dependencies"]["test"]:
    if re.match(r"[A-Za-z0-9_.-]+", requirement).group().lower() in {"pytest", "hypothesis", "uharfbuzz"}:
        print(requirement)
')
  "$venv/bin/python" -m pip install -q "matplotlib==$version" "${deps[@]}"
}

# Dependencies for all versions side by side (pip mostly waits on downloads and disk), then
# the project itself one venv at a time: its editable build writes into the checkout.
pids=()
for version in "${versions[@]}"; do
  if stale "$(venv_for "$version")" "$version"; then
    echo "== installing matplotlib $version and the dependencies in $(venv_for "$version")"
    install_deps "$version" &
    pids+=($!)
  fi
done
for pid in "${pids[@]}"; do
  wait "$pid" || { echo "installing dependencies failed" >&2; exit 1; }
done
for version in "${versions[@]}"; do
  venv=$(venv_for "$version")
  if stale "$venv" "$version"; then
    "$venv/bin/python" -m pip install -q -e . "matplotlib==$version"
    echo "$version" > "$venv/.installed"
  fi
done

failed=()
for version in "${versions[@]}"; do
  venv=$(venv_for "$version")
  echo "== matplotlib $version in $venv"
  # The environment must really hold this matplotlib, import the checkout and take the
  # reshape + bidi path; a shaping matplotlib here would prove nothing about that path.
  "$venv/bin/python" - "$version" <<'EOF'
import sys
from pathlib import Path

import matplotlib

import analysis
from analysis.charts import matplotlib_shapes_arabic

assert matplotlib.__version__ == sys.argv[1], matplotlib.__version__
assert Path(analysis.__file__).resolve().parents[1] == Path.cwd().resolve(), analysis.__file__
assert not matplotlib_shapes_arabic(), "this matplotlib shapes Arabic: use `make test`"
print(f"matplotlib {matplotlib.__version__}: reshape + bidi path, analysis from {Path.cwd()}")
EOF
  "$venv/bin/python" -m pytest -p no:cacheprovider tests/test_charts_*.py || failed+=("$version")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "chart tests failed under matplotlib ${failed[*]}" >&2
  exit 1
fi
