# Everything runs in .venv, installed from the lock file. `make` = set up + build all.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST := $(BIN)/python -m pytest --hypothesis-profile=ci

.PHONY: all setup report test test-fast bench lab lock clean

all: report

# requirements.lock pins every package (make lock); pyproject.toml keeps the ranges
# library users install against.
$(STAMP): pyproject.toml requirements.lock
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

report: $(STAMP)
	$(BIN)/python -m analysis report
	$(BIN)/python -m analysis report --lang en --out reports/en

test: $(STAMP)
	bash scripts/system-deps.sh
	$(PYTEST) --durations=25

# Without the browser, OCR, Dask and slow tests: a minute, for the edit-test loop.
test-fast: $(STAMP)
	$(PYTEST) -m "not browser and not ocr and not slow and not dask"

bench: $(STAMP)
	$(BIN)/python -m pip install -q --no-deps 'camel-tools>=1.5'
	$(BIN)/python -m benchmarks $(ARGS)

# Jupyter refuses to run as root unless told; a container user is root.
lab: $(STAMP)
	$(BIN)/python -m jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/

# Re-pin after changing pyproject.toml's dependencies (needs uv: pip install uv).
lock:
	uv pip compile pyproject.toml --extra test --extra bench --python-version 3.11 \
	  --python-platform x86_64-manylinux_2_28 -o requirements.lock

clean:
	rm -rf $(VENV) reports

# The reshape + bidi path: chart tests, the four notebooks and their OCR under matplotlib
# 3.8 and 3.10, each in its own venv (.venv-mpl38, .venv-mpl310). `make test` covers the
# locked matplotlib, which shapes Arabic itself.
.PHONY: test-old-matplotlib
test-old-matplotlib:
	PY=$(PY) bash scripts/ci-old-matplotlib.sh
