# The two commands the README starts with: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SEEDS  ?= ../shared/seeds

.PHONY: demo test install eval bench clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(BIN)/kg

install: $(BIN)/kg

# Set everything up and build the graph of the bundled sample articles under outputs/demo.
demo: install
	$(BIN)/kg build data/samples --out outputs/demo

# The test suite, then extraction scores against the development corpus, the held-out set and the
# probe set (each fails below its baseline) and against the seed article when ../shared/seeds is present.
test: install
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory eval

eval: install
	$(BIN)/kg eval data/corpus data/corpus --baseline data/corpus/baseline.json --json outputs/eval/corpus.json
	$(BIN)/kg eval data/heldout data/heldout --baseline data/heldout/baseline.json --json outputs/eval/heldout.json
	$(BIN)/kg eval data/probe data/probe --baseline data/probe/baseline.json --json outputs/eval/probe.json
	@if [ -d "$(SEEDS)" ]; then $(BIN)/kg eval $(SEEDS) $(SEEDS) --diff --json outputs/eval/seeds.json; fi

bench: install
	$(BIN)/python benchmarks/extraction.py

clean:
	rm -rf $(VENV) outputs .pytest_cache
