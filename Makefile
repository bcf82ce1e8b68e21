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

# The test suite, then extraction scores against every evaluation set (each fails below its baseline)
# and against the seed article when ../shared/seeds is present.
test: install
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory eval

# Every evaluation set: the development corpus, the sets written apart from the rules and read to find
# gaps (probe, fresh, fresh2), and the two never read (heldout, unseen).
EVAL_SETS ?= corpus heldout probe fresh fresh2 unseen

eval: install
	@for set in $(EVAL_SETS); do \
		echo "== data/$$set"; $(BIN)/kg eval data/$$set data/$$set --baseline data/$$set/baseline.json --json outputs/eval/$$set.json || exit 1; \
	done
	@if [ -d "$(SEEDS)" ]; then $(BIN)/kg eval $(SEEDS) $(SEEDS) --diff --json outputs/eval/seeds.json; fi

bench: install
	$(BIN)/python benchmarks/extraction.py

clean:
	rm -rf $(VENV) outputs .pytest_cache
