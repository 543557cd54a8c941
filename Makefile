# Who-said-what datasets. Recipes only call npm and the pipeline's CLI
# (pipeline/cli.ts); the logic lives there. `make help` lists the targets.

RAW ?= raw
# No default OUT: `make datasets` never writes the committed out/ (plain `make` builds that, from raw/).
OUT ?=
SOURCES ?= $(RAW)/sources.txt
FETCH_ARGS ?=
ALLOW_INVALID ?=
# KEEP_UNREADABLE=1 publishes pages with no readable text as empty articles instead of reporting them.
KEEP_UNREADABLE ?=
BENCH_ARGS ?=
# Extra options of the CLI's `datasets` command, e.g. DATASETS_ARGS="--threads 1 --page-budget 20".
DATASETS_ARGS ?=
# The build folder defaults to one per raw folder (chosen by the CLI); BUILD=<dir> to choose.
BUILD ?=
# The annotated pages the speaker chooser learns from (train only; never dev).
SPEAKER_CORPUS ?= ../shared/corpora/polnear/train

DEPS := node_modules/.package-lock.json
# The CLI compiled once per code change (pipeline/tools/compile-cli.ts), so no build pays tsx's start-up.
CLI_JS := node_modules/.cache/who-said-what/cli.mjs
# At most two glibc malloc arenas (default: 8 per core): a build's threads (extraction workers, the site
# worker, DuckDB's) otherwise each keep freed memory in arenas of their own. Publishing 2,000 synthetic pages
# peaked at 315-322 MiB with it against 347-357 without, same CPU (issue 12, session 8); outputs unchanged.
MEMORY_ENV := MALLOC_ARENA_MAX=2
CLI := $(MEMORY_ENV) node $(CLI_JS)
# Our own code only: the raw folder's files never become prerequisites (any file name must build);
# the CLI tracks their listing and bytes itself (pipeline/listing.ts).
CODE := $(shell find pipeline -type f 2>/dev/null)
STAGE_ARGS = $(if $(BUILD),--build '$(BUILD)') $(if $(ALLOW_INVALID),--allow-invalid) $(if $(KEEP_UNREADABLE),--keep-unreadable) $(DATASETS_ARGS)

.DEFAULT_GOAL := all
.DELETE_ON_ERROR:
.PHONY: all datasets test test-tools fetch bench typecheck score train-speakers train-names clean help

all: $(CLI_JS) ## install what is missing, then build the release datasets in out/ from raw/ (no network but the npm registry)
	$(CLI) datasets --release --raw raw --out out $(STAGE_ARGS)

datasets: $(CLI_JS) ## build any folder of snapshots, outside out/: make datasets RAW=<dir> OUT=<dir> (rebuilds only when pages, code or options change)
	$(if $(OUT),,$(error make datasets needs OUT=<folder>: it never writes the committed out/ (plain `make` builds that from raw/)))
	$(CLI) datasets --raw '$(RAW)' --out '$(OUT)' $(STAGE_ARGS)

$(DEPS): package.json package-lock.json
	npm ci --no-audit --no-fund

$(CLI_JS): $(DEPS) $(CODE)
	npx --no-install tsx pipeline/tools/compile-cli.ts '$(@D)'

test: $(DEPS) typecheck test-tools ## check the types, then run every test (vitest), including the end-to-end build, the evaluation gates, the workbook in LibreOffice and the site in Chromium
	npx --no-install vitest run

test-tools: ## install LibreOffice and Chromium from Debian's packages when missing (the tests use them)
	pipeline/tools/ensure-test-tools.sh

typecheck: $(DEPS) ## check the types (strict tsconfig), incrementally: the last check is kept in node_modules/.cache/tsc
	npx --no-install tsc --noEmit -p . --incremental --tsBuildInfoFile node_modules/.cache/tsc/tsconfig.tsbuildinfo

fetch: $(CLI_JS) ## fetch the source list into raw snapshots: make fetch SOURCES=<file> RAW=<dir> FETCH_ARGS="--timeout 3"
	$(CLI) fetch --sources '$(SOURCES)' --raw '$(RAW)' $(FETCH_ARGS)

bench: $(CLI_JS) ## print speed and memory figures (per page, hostile inputs, whole builds of the dev pages and of a 10,000-page synthetic corpus): make bench BENCH_ARGS="--synthetic 1000 --rounds 2"
	$(MEMORY_ENV) node --expose-gc $(CLI_JS) bench $(BENCH_ARGS)

score: $(DEPS) ## build the dev pages, PolNeAR dev and GUM dev, and score them with ../shared/eval/score.py
	$(MAKE) --no-print-directory datasets RAW=../shared/bench-dev/html OUT=build/dev-out
	python3 ../shared/eval/score.py content --truth ../shared/bench-dev/ground-truth.json --data build/dev-out/latest --peers ../shared/bench-dev/peers
	python3 ../shared/eval/score.py extract --gold ../shared/bench-dev/gold --data build/dev-out/latest
	python3 ../shared/eval/score.py extract --gold ../shared/seed --data out/latest
	$(MAKE) --no-print-directory datasets RAW=../shared/corpora/polnear/dev OUT=build/polnear-dev-out
	python3 ../shared/eval/score.py extract --gold ../shared/corpora/polnear/dev --data build/polnear-dev-out/latest
	$(MAKE) --no-print-directory datasets RAW=../shared/corpora/gum/dev OUT=build/gum-dev-out
	python3 ../shared/eval/score.py extract --gold ../shared/corpora/gum/dev --data build/gum-dev-out/latest

train-speakers: $(CLI_JS) ## refit the speaker chooser on PolNeAR train and write its weights (pipeline/extract/quotes/speaker-model/weights.json; commit them)
	$(CLI) train-speakers --corpus $(SPEAKER_CORPUS) --weights pipeline/extract/quotes/speaker-model/weights.json

train-names: $(CLI_JS) ## train the name model on GUM train (its CC BY and CC BY-SA genres) into pipeline/extract/actors/name-model/weights.json
	$(CLI) train-names --corpus ../shared/corpora/gum/train --out pipeline/extract/actors/name-model/weights.json

clean: ## remove the build folder (never out/ or raw/)
	rm -rf build

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## /  \1\t/' | expand -t 14
