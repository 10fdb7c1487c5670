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
export CARGO_HOME="$work/cargo" npm_config_cache="$work/npm-cache" CI=true
mkdir -p "$CARGO_HOME"
# rustup's proxies (cargo, rustc) live in the old CARGO_HOME/bin; the tools land in the new one.
export PATH="$CARGO_HOME/bin:$PATH"
echo "fresh setup: commit $commit, $(nproc) cores, $(date -u +%F), in $work"
for run in first second; do
  start=$SECONDS
  if (cd "$work/repo" && make test) > "$work/$run.log" 2>&1; then result=green; else result=FAILED; fi
  echo "$run make test: $result in $((SECONDS - start)) s (log: $work/$run.log)"
  grep -E '^>> .* ready in|passed \(|prerender: ' "$work/$run.log" | sed 's/^/    /' || true
done
