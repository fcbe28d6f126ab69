# Everything runs in .venv, built from pyproject.toml. `make` = set up + build all.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: all setup report test bench lab clean

all: report

# setup.py and the C source too: pip install -e . compiles the normalization kernel.
$(STAMP): pyproject.toml setup.py analysis/_normalize_c.c
	bash scripts/system-deps.sh build
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $(STAMP)

setup: $(STAMP)

report: $(STAMP)
	$(BIN)/python -m analysis report

test: $(STAMP)
	bash scripts/system-deps.sh test
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m pip install -q --no-deps 'camel-tools>=1.5'
	$(BIN)/python -m benchmarks $(ARGS)

lab: $(STAMP)
	$(BIN)/python -m jupyter lab notebooks/

clean:
	rm -rf $(VENV) reports

# The reshape + bidi path: chart tests, the four notebooks and their OCR under matplotlib
# 3.8 and 3.10, each in its own venv (.venv-mpl38, .venv-mpl310). `make test` covers the
# locked matplotlib, which shapes Arabic itself.
.PHONY: test-old-matplotlib
test-old-matplotlib:
	PY=$(PY) bash scripts/ci-old-matplotlib.sh
