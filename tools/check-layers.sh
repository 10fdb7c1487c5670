#!/usr/bin/env bash
# The layer rule of src/lib.rs: model → browser → state → ui, each importing only from the
# layers before it. Fails naming every import that runs back up.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
check() { # layer, the layers it must not import
  local layer=$1; shift
  for above in "$@"; do
    if grep -rnE "crate::${above}\b" "src/${layer}" --include='*.rs'; then
      echo "layers: src/${layer} imports crate::${above} (a layer above it); see src/lib.rs" >&2
      status=1
    fi
  done
}
check model browser state ui
check browser state ui
check state ui
[ "$status" = 0 ] && echo "layers: no import runs back up (model → browser → state → ui)"
exit "$status"
