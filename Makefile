# REEx: the front door.  `make help` lists the targets; `make run` and
# `make test` are the two that matter.  See README.md.

SHELL         := bash
.SHELLFLAGS   := -euo pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
# Maven and npm share output directories between targets: one thing at a time.
.NOTPARALLEL:
MAKEFLAGS     += --no-builtin-rules

JAR       := backend/target/reex-backend-0.1.0.jar
DIST      := frontend/dist/index.html
SPEC      := api-spec/openapi.yaml
NPM_STAMP := frontend/node_modules/.reex-installed
GEN_STAMP := backend/target/.reex-generated
PORT      := $(or $(MICRONAUT_SERVER_PORT),8080)

# Quiet Maven, except test summaries ("Tests run: ...") and errors.
MVN := mvn -f backend -B -ntp -Dstyle.color=never \
	-Dorg.slf4j.simpleLogger.defaultLogLevel=error \
	-Dorg.slf4j.simpleLogger.log.org.apache.maven.plugin.surefire=info \
	-Dorg.slf4j.simpleLogger.log.org.apache.maven.plugin.failsafe=info
NPM := npm --prefix frontend
# Puts REEX_DB_URL, REEX_DB_USER, REEX_DB_PASSWORD, REEX_TEST_DB_SERVER in the recipe's environment.
# (Assigned first so that a failing db.sh fails the recipe.)
DB_ENV := db_env="$$(infra/scripts/db.sh)"; eval "$$db_env"

# Never let a test tool download a browser: Chromium comes from Debian.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

# Sources, directories included: a directory's time changes when a file in it
# is added or deleted, so deletions rebuild too.
BACKEND_SRC  := backend/pom.xml $(shell find backend/src 2>/dev/null)
FRONTEND_SRC := $(wildcard frontend/index.html frontend/*.json frontend/*.ts frontend/*.js) \
	$(shell find frontend/src frontend/public -path frontend/src/api/generated -prune -o -print 2>/dev/null)

.PHONY: help run build deps generate frontend backend db db-stop \
	test test-backend test-frontend test-e2e test-faults bench-lots bench-bids bench-live bench-stats clean FORCE

help: ## List the targets (this text)
	@echo "REEx: make <target>"
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{ printf "  %-14s %s\n", $$1, $$2 }'

run: build ## Build everything, make sure a database is there, start the app with demo data on :8080
	@infra/scripts/fonts.sh || echo "(certificate PDFs will answer 503 until the font is there)"
	@$(DB_ENV); \
	demo="$${REEX_DEMO_DATA:-true}"; \
	echo; \
	echo "REEx: http://localhost:$(PORT)   (Ctrl-C stops it)"; \
	echo "  admin          $${REEX_ADMIN_EMAIL:-admin@reex.local} / $${REEX_ADMIN_PASSWORD:-admin-password}"; \
	if [[ "$$demo" == true ]]; then \
	  echo "  manufacturer   ops@baotou-magnetics.example / reex-demo-2026"; \
	  echo "  recycler       ops@ganzhou-recycling.example / reex-demo-2026"; \
	  echo "  agency         inspector@reex-agency.example / reex-demo-2026"; \
	  echo "  (demo data loads on first start into an empty database)"; \
	fi; \
	echo "  database       $$REEX_DB_URL"; \
	echo; \
	REEX_DEMO_DATA="$$demo" MICRONAUT_SERVER_PORT=$(PORT) exec java -jar $(JAR)

build: backend ## Build the runnable jar (backend + frontend bundle inside)

deps: $(NPM_STAMP) ## Install the frontend's npm packages

generate: $(GEN_STAMP) ## Generate server interfaces and the TypeScript client from api-spec/openapi.yaml

frontend: $(DIST) ## Build the frontend bundle into frontend/dist

backend: $(JAR) ## Build the backend jar (with frontend/dist as its static content)

db: ## Make sure a MySQL-compatible server is up; print its export lines (eval "$(make -s db)")
	@infra/scripts/db.sh

db-stop: ## Stop the private MariaDB that `make db` may have started (.data/mariadb)
	@infra/scripts/db.sh stop

test: $(DIST) test-backend test-frontend test-e2e ## Run every test: backend, frontend, end-to-end

test-backend: ## Backend unit and integration tests against a real server, in a throwaway database
	@infra/scripts/fonts.sh
	@$(DB_ENV); $(MVN) verify

test-frontend: $(NPM_STAMP) $(GEN_STAMP) ## Frontend unit tests (vitest)
	$(NPM) test

test-e2e: $(JAR) ## End-to-end tests in Chromium against the built jar and a throwaway database
	@infra/scripts/fonts.sh
	@$(DB_ENV); infra/scripts/e2e.sh

bench-lots: $(JAR) ## Benchmark browsing 100,000 lots (HTTP and SQL, with EXPLAIN); prints its figures
	@bench/lot-browse.sh $(JAR)

bench-bids: $(JAR) ## Benchmark bid placement against plain JDBC running the same SQL; prints its figures
	@bench/bid-throughput.sh $(JAR)

bench-live: $(JAR) ## Benchmark live updates: 2,000 SSE streams on 200 lots while 50 bidders bid, one and two instances; prints its figures
	@bench/live-fanout.sh $(JAR)

bench-stats: $(JAR) ## Benchmark /stats/recovery on 10M recovery lines against GROUP BY over them (BENCH_LINES=200000 for a quick run)
	@bench/stats-recovery.sh $(JAR)

test-faults: $(JAR) ## Kill instances and the database under a bidding load, hold a row lock; check the history (not in `make test`)
	@bench/faults.sh $(JAR)

clean: ## Remove build output and test results (keeps node_modules and the private database in .data)
	rm -rf backend/target frontend/dist frontend/.tsbuild frontend/src/api/generated frontend/test-results .data/e2e

# --- files -----------------------------------------------------------------

$(NPM_STAMP): frontend/package.json $(wildcard frontend/package-lock.json)
	@if [[ -f frontend/package-lock.json ]]; then $(NPM) ci --no-audit --no-fund; \
	else $(NPM) install --no-audit --no-fund; fi
	@touch $@

# Regenerate when the spec or the generator's configuration changes, or when
# the generated client is gone.
$(GEN_STAMP): $(SPEC) backend/pom.xml $(if $(wildcard frontend/src/api/generated/index.ts),,FORCE)
	$(MVN) generate-sources
	@mkdir -p $(@D) && touch $@

$(DIST): $(NPM_STAMP) $(GEN_STAMP) $(FRONTEND_SRC)
	$(NPM) run build

$(JAR): $(GEN_STAMP) $(DIST) $(BACKEND_SRC)
	$(MVN) package -DskipTests

FORCE:
