#!/usr/bin/env bash
# How long a new machine takes (issue 24): a fresh clone of this checkout's HEAD, an empty
# CARGO_HOME and npm cache (Rust itself from rustup, Debian packages as installed), then
# `CI=true make test` twice: the first run installs everything, the second finds it all in place.
# Prints one line per run and the step timings the Makefile reports (">> … ready in N s").
# Usage: bash bench/fresh-setup.sh [work-dir]   (default: a new directory under /tmp)
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d /tmp/fresh-setup.XXXXXX)}"
commit="$(git -C "$src" rev-parse --short HEAD)"
git clone --quiet "$src" "$work/repo"
old_bin="$(dirname "$(command -v rustup)")"
export CARGO_HOME="$work/cargo" npm_config_cache="$work/npm-cache" CI=true
mkdir -p "$CARGO_HOME/bin" "$work/rustup-bin"
# Only rustup's proxies from the old CARGO_HOME/bin (cargo, rustc, clippy, rustfmt): tools
# installed there before (trunk, wasm-bindgen, cargo-deny) must not be found.
for tool in rustup cargo rustc rustdoc cargo-clippy clippy-driver cargo-fmt rustfmt; do
  if [ -e "$old_bin/$tool" ]; then ln -s "$old_bin/$tool" "$work/rustup-bin/$tool"; fi
done
export PATH="$CARGO_HOME/bin:$work/rustup-bin:$(echo "$PATH" | tr ':' '\n' | grep -vx "$old_bin" | paste -sd:)"
for tool in trunk wasm-bindgen cargo-deny; do
  if command -v "$tool" >/dev/null; then echo "fresh setup: $tool is still on PATH ($(command -v "$tool"))" >&2; exit 1; fi
done
echo "fresh setup: commit $commit, $(nproc) cores, $(date -u +%F), in $work"
for run in first second; do
  start=$SECONDS
  if (cd "$work/repo" && make test) > "$work/$run.log" 2>&1; then result=green; else result=FAILED; fi
  echo "$run make test: $result in $((SECONDS - start)) s (log: $work/$run.log)"
  grep -E '^>> .* ready in|passed \(|prerender: ' "$work/$run.log" | sed 's/^/    /' || true
done
