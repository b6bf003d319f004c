# Rasd — the two commands users need are `make report` and `make test`.
# Everything is installed into .venv from pinned files, so a fresh machine with
# Python 3.11 and pip is enough.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.rasd-installed
DEPS   := requirements.txt constraints.txt pyproject.toml
OUT    ?= reports/latest

.PHONY: help setup report test lint lab notebooks bench accuracy clean

help:
	@echo "make report     set up (first time) and run the suite on seeds/ into $(OUT)/"
	@echo "make test       set up (first time) and run every test"
	@echo "make lab        open JupyterLab on the repository"
	@echo "make notebooks  re-run the notebooks on seeds/ and store their outputs"
	@echo "make bench      speed and memory benchmark (not part of make test)"
	@echo "make accuracy   precision/recall/F1 on the seeds, the devsets and the held-out set"

setup: $(STAMP)

# (Re)install when .venv is missing or a dependency file changed.
$(STAMP): $(DEPS)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

report: $(STAMP)
	$(BIN)/rasd run --corpus seeds --out $(OUT) --force

lint: $(STAMP)
	$(BIN)/ruff check lib tests $(wildcard bench)

test: $(STAMP) lint
	$(BIN)/python -m pytest -q
	$(BIN)/python -m pytest -q --nbval notebooks/ --nbval-sanitize-with notebooks/nbval.cfg

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=.

# Re-execute the notebooks on seeds/ with their default parameters and store the outputs
# (each on a copy that replaces the notebook only when every cell ran).
notebooks: $(STAMP)
	$(BIN)/python -c "from rasd.report import refresh_notebooks; refresh_notebooks()"

bench: $(STAMP)
	$(BIN)/python bench/run.py

accuracy: $(STAMP)
	$(BIN)/python bench/accuracy.py

clean:
	rm -rf $(VENV) .rasd-cache
