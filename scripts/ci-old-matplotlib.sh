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

failed=()
for version in "${versions[@]}"; do
  major_minor=$(echo "$version" | cut -d. -f1,2)
  venv=".venv-mpl${major_minor//./}"
  stamp="$venv/.installed"
  echo "== matplotlib $version in $venv"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$version" ] \
      || [ pyproject.toml -nt "$stamp" ] || { [ -f setup.py ] && [ setup.py -nt "$stamp" ]; }; then
    rm -rf "$venv"
    "$PY" -m venv "$venv"
    echo '*' > "$venv/.gitignore"  # not part of the repository
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q -e '.[test]' "matplotlib==$version"
    echo "$version" > "$stamp"
  fi
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
