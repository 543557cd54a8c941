# Who-said-what datasets. Recipes only call npm and the pipeline's CLI
# (pipeline/cli.ts); the logic lives there. `make help` lists the targets.

RAW ?= raw
OUT ?= out
SOURCES ?= $(RAW)/sources.txt
FETCH_ARGS ?=
ALLOW_INVALID ?=
# One build folder per raw folder, so `make datasets RAW=...` never mixes inputs.
BUILD ?= build/$(shell printf '%s' '$(abspath $(RAW))' | sha256sum | cut -c1-12)

CLI := npx --no-install tsx pipeline/cli.ts
DEPS := node_modules/.package-lock.json
RAW_FILES := $(shell find $(RAW) -type f \( -name '*.html' -o -name '*.htm' -o -name '*.html.gz' -o -name manifest.json \) 2>/dev/null)
CODE := $(shell find pipeline schemas -type f 2>/dev/null)
EXTRACTED := $(BUILD)/records/extract-report.json
VALIDATED := $(BUILD)/valid/validate-report.json
PUBLISHED := $(OUT)/latest/datapackage.json

.DEFAULT_GOAL := all
.PHONY: all datasets test fetch bench typecheck score clean help

all: datasets ## install what is missing, then build the datasets in out/ from raw/ (no network but the npm registry)

datasets: $(PUBLISHED) ## build any folder of snapshots: make datasets RAW=<dir> OUT=<dir>

$(DEPS): package.json package-lock.json
	npm ci --no-audit --no-fund

$(EXTRACTED): $(DEPS) $(RAW_FILES) $(CODE)
	$(CLI) extract --raw '$(RAW)' --build '$(BUILD)'

$(VALIDATED): $(EXTRACTED)
	$(CLI) validate --raw '$(RAW)' --build '$(BUILD)' $(if $(ALLOW_INVALID),--allow-invalid)

$(PUBLISHED): $(VALIDATED)
	$(CLI) publish --raw '$(RAW)' --build '$(BUILD)' --out '$(OUT)'

test: $(DEPS) typecheck ## check the types, then run every test (vitest), including the end-to-end build and the evaluation gates
	npx --no-install vitest run

typecheck: $(DEPS) ## check the types (strict tsconfig)
	npx --no-install tsc --noEmit -p .

fetch: $(DEPS) ## fetch the source list into raw snapshots: make fetch SOURCES=<file> RAW=<dir> FETCH_ARGS="--timeout 3"
	$(CLI) fetch --sources '$(SOURCES)' --raw '$(RAW)' $(FETCH_ARGS)

bench: $(DEPS) ## print speed and memory figures of the extract stage on the 39 dev pages
	node --expose-gc --import tsx pipeline/cli.ts bench

score: $(DEPS) ## build the dev pages and GUM dev and score them with ../shared/eval/score.py
	$(MAKE) --no-print-directory datasets RAW=../shared/bench-dev/html OUT=build/dev-out
	python3 ../shared/eval/score.py content --truth ../shared/bench-dev/ground-truth.json --data build/dev-out/latest --peers ../shared/bench-dev/peers
	python3 ../shared/eval/score.py extract --gold ../shared/bench-dev/gold --data build/dev-out/latest
	python3 ../shared/eval/score.py extract --gold ../shared/seed --data $(OUT)/latest
	$(MAKE) --no-print-directory datasets RAW=../shared/corpora/gum/dev OUT=build/gum-dev-out
	python3 ../shared/eval/score.py extract --gold ../shared/corpora/gum/dev --data build/gum-dev-out/latest

clean: ## remove the build folder (never out/ or raw/)
	rm -rf build

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z]+):.*## /  \1\t/' | expand -t 12
