# Company Interview Hubs — every command sets up what it needs, idempotently, and says so.
#   make serve          build and serve the app at http://127.0.0.1:8080
#   make test           every test (unit, catalog, browser end-to-end and accessibility)
#   make build          optimised production bundle in dist/
#   make check-catalog  validate data/catalog.json only (seconds)
#   make bench          performance report in bench/out/

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
CARGO_DENY_VERSION := 0.20.2
# The CLI must equal the wasm-bindgen crate in Cargo.lock (pinned with `=` in Cargo.toml).
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
PORT ?= 8080
# Where the bundle goes and the URL path it will be served under (e.g. PUBLIC_URL=/hubs/).
DIST ?= dist
PUBLIC_URL ?= /

.PHONY: help tools rust-tools node-tools chromium fetch build serve dev test unit-test deny e2e check-catalog bench clean

help:
	@sed -n '2,7p' Makefile | sed 's/^# *//'

rust-tools:
	@if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then \
	  echo ">> installing Rust target wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; fi
	@if ! trunk --version 2>/dev/null | grep -q "trunk $(TRUNK_VERSION)"; then \
	  echo ">> installing trunk $(TRUNK_VERSION) from crates.io (about 10 minutes, once)"; \
	  cargo install trunk --version $(TRUNK_VERSION) --locked; fi
	@if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $(WASM_BINDGEN_VERSION)"; then \
	  echo ">> installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) to match Cargo.lock (about 4 minutes, once)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; fi

node-tools: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	@echo ">> installing pinned npm tools (binaryen wasm-opt, Playwright, axe-core) with npm ci"
	npm ci --no-audit --no-fund
	@touch $@

chromium:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  echo ">> installing Debian chromium and chromium-driver for browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; fi

tools: rust-tools node-tools

fetch:
	@cargo fetch --locked

build: tools fetch
	trunk build --release --offline --locked --dist $(DIST) --public-url $(PUBLIC_URL)
	cargo run --quiet --offline --locked --example prerender -- $(DIST) data/catalog.json $(PUBLIC_URL)
	node tools/compress.mjs $(DIST)
	@echo ">> $(DIST)/ is ready for $(PUBLIC_URL)"

# The production bundle, served as a static host would (deep links get index.html).
serve: build
	node tools/serve.mjs dist $(PORT)

# Rebuilds on change (no prerendered pages, no compression): for working on the app.
dev: tools fetch
	trunk serve --offline --locked --no-autoreload --port $(PORT)

check-catalog: fetch
	cargo run --quiet --offline --locked --example check_catalog -- data/catalog.json

unit-test: fetch
	cargo test --offline --locked --all-targets

# Licences we can ship and no duplicate crates (deny.toml); runs offline.
deny: fetch
	@if ! cargo deny --version 2>/dev/null | grep -q "$(CARGO_DENY_VERSION)"; then \
	  echo ">> installing cargo-deny $(CARGO_DENY_VERSION) (a few minutes, once)"; \
	  cargo install cargo-deny --version $(CARGO_DENY_VERSION) --locked; fi
	cargo deny --offline check licenses bans

e2e: build chromium
	$(MAKE) --no-print-directory build DIST=target/dist-subpath PUBLIC_URL=/hubs/
	node tests/budget.mjs dist
	npx playwright test --config tests/e2e/playwright.config.mjs

test: unit-test deny e2e
	@echo ">> all tests passed"

# Performance report (bytes, Lighthouse, interaction latency, scaling, static baseline).
bench: build chromium
	node bench/run.mjs

clean:
	rm -rf dist target/wasm-opt
