# Company Interview Hubs — every command sets up what it needs, idempotently, and says so.
#   make serve          build and serve the app at http://127.0.0.1:8080
#   make test           every test (lint, unit, catalog, browser end-to-end, markup and accessibility)
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
# cargo install puts tools in $CARGO_HOME/bin (default ~/.cargo/bin).
export PATH := $(CURDIR)/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
PORT ?= 8080
# Where the bundle goes and the URL path it will be served under (e.g. PUBLIC_URL=/hubs/).
DIST ?= dist
PUBLIC_URL ?= /

.PHONY: help tools test-tools wasm-target trunk-tool bindgen-tool deny-tool rust-tools node-tools chromium nginx java-runtime other-engines lint fetch build serve dev test unit-test deny e2e engines check-catalog bench clean

help:
	@sed -n '2,7p' Makefile | sed 's/^# *//'

# Tools are built once with a light profile instead of their own (LTO, one codegen unit, -O3):
# on two cores trunk was ready in 8.5 min instead of 15, and the app's build was no slower
# (112 s against 120 s with opt-level 2). See README, "The two commands".
LIGHT_INSTALL := CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_DEBUG=false CARGO_PROFILE_RELEASE_STRIP=true \
  CARGO_PROFILE_RELEASE_INCREMENTAL=false
# Debian packages: one apt at a time (installs run side by side, and apt holds a lock).
APT = flock /tmp/company-interview-hubs-apt.lock sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$$@" >/dev/null' apt
# Each install says how long it took, so set-up time stays visible.
timed = start=$$SECONDS; $(1); echo ">> $(2) ready in $$((SECONDS-start)) s"

wasm-target:
	@if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then \
	  echo ">> installing Rust target wasm32-unknown-unknown"; \
	  $(call timed,rustup target add wasm32-unknown-unknown,wasm32 target); fi

trunk-tool:
	@if ! trunk --version 2>/dev/null | grep -q "trunk $(TRUNK_VERSION)"; then \
	  echo ">> installing trunk $(TRUNK_VERSION) from crates.io (a few minutes, once)"; \
	  $(call timed,$(LIGHT_INSTALL) cargo install trunk --version $(TRUNK_VERSION) --locked --quiet,trunk); fi

bindgen-tool:
	@if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $(WASM_BINDGEN_VERSION)"; then \
	  echo ">> installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) to match Cargo.lock (a few minutes, once)"; \
	  $(call timed,$(LIGHT_INSTALL) cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force --quiet,wasm-bindgen-cli); fi

deny-tool:
	@if ! cargo deny --version 2>/dev/null | grep -q "$(CARGO_DENY_VERSION)"; then \
	  echo ">> installing cargo-deny $(CARGO_DENY_VERSION) (a minute or two, once)"; \
	  $(call timed,$(LIGHT_INSTALL) cargo install cargo-deny --version $(CARGO_DENY_VERSION) --locked --quiet,cargo-deny); fi

rust-tools: wasm-target trunk-tool bindgen-tool

node-tools: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	@echo ">> installing pinned npm tools (binaryen wasm-opt, Playwright, axe-core) with npm ci"
	@$(call timed,npm ci --no-audit --no-fund --loglevel=error,npm tools)
	@touch $@

# Java runs the Nu Html Checker (vnu-jar, from npm) in the markup test.
java-runtime:
	@if ! java -version >/dev/null 2>&1; then \
	  echo ">> installing Debian default-jre-headless for the HTML checker"; \
	  $(call timed,$(APT) default-jre-headless,java); fi

# The browser tests are served by Debian's nginx with the shipped sample (docs/deploy/nginx.conf).
nginx:
	@if [ ! -x /usr/sbin/nginx ]; then \
	  echo ">> installing Debian nginx for the browser tests"; \
	  $(call timed,$(APT) nginx,nginx); fi

chromium:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  echo ">> installing Debian chromium and chromium-driver for browser tests"; \
	  $(call timed,$(APT) chromium chromium-driver,chromium); fi

# The smoke suite in other engines (tests/engines/smoke.mjs): Firefox ESR (driven over WebDriver
# BiDi, no geckodriver) and WebKitGTK's MiniBrowser with its WebDriver, on an Xvfb display.
other-engines:
	@if [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/Xvfb ]; then \
	  echo ">> installing Debian firefox-esr, webkit2gtk-driver and xvfb for the engines smoke suite"; \
	  $(call timed,$(APT) firefox-esr webkit2gtk-driver xvfb,other engines); fi

# Independent installs run side by side (network-bound npm/apt beside CPU-bound cargo);
# every target above is idempotent, so this is also safe under an outer `make -j`.
tools:
	@$(MAKE) --no-print-directory -j4 wasm-target trunk-tool bindgen-tool node-tools
test-tools:
	@$(MAKE) --no-print-directory -j6 wasm-target trunk-tool bindgen-tool deny-tool node-tools chromium java-runtime nginx other-engines

fetch:
	@cargo fetch --locked

build: tools fetch
	trunk build --release --offline --locked --dist $(DIST) --public-url $(PUBLIC_URL)
	cargo run --quiet --offline --locked --example prerender -- $(DIST) data/catalog.json $(PUBLIC_URL)
	node tools/service-worker.mjs $(DIST) $(PUBLIC_URL)
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

# Lints as errors, so a warning can't hide among others.
lint: fetch
	@cargo clippy --version >/dev/null 2>&1 || { echo ">> installing the clippy component"; rustup component add clippy; }
	@cargo fmt --version >/dev/null 2>&1 || { echo ">> installing the rustfmt component"; rustup component add rustfmt; }
	cargo fmt --check
	@bash tools/check-layers.sh
	@bash tools/check-view-code.sh
	@node tools/host.mjs nginx | diff - docs/deploy/security-headers.conf \
	  || { echo "docs/deploy/security-headers.conf is stale: node tools/host.mjs nginx > docs/deploy/security-headers.conf"; exit 1; }
	cargo clippy --offline --locked --all-targets -- -D warnings

# Licences we can ship and no duplicate crates (deny.toml); runs offline.
deny: fetch deny-tool
	cargo deny --offline check licenses bans

e2e: build chromium nginx
	$(MAKE) --no-print-directory build DIST=target/dist-subpath PUBLIC_URL=/hubs/
	node tests/budget.mjs dist
	node tests/pages.mjs dist
	node tools/nginx.mjs check
	npx playwright test --config tests/e2e/playwright.config.mjs

test: test-tools
	@$(MAKE) --no-print-directory lint unit-test deny e2e engines
	@echo ">> all tests passed"

# The same visitor's walk in Firefox ESR and WebKitGTK (the e2e suite runs Chromium only).
engines: build other-engines nginx node-tools
	node tests/engines/smoke.mjs dist

# Performance report (bytes, Lighthouse, interaction latency, scaling, static baseline).
bench: build chromium
	node bench/run.mjs

clean:
	rm -rf dist target/wasm-opt
