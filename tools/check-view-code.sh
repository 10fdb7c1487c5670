#!/usr/bin/env bash
# Leptos compiles some of its code once per closure type. Each pattern below has a form that
# shares one compiled copy (issue 20; README, "Performance"). Fails naming every line that uses
# the per-closure form.
set -uo pipefail
shopt -s lastpipe # report runs in this shell, so it can set status
cd "$(dirname "$0")/.."
status=0
report() { # message, then the lines found on stdin
  local lines
  lines=$(cat)
  if [ -n "$lines" ]; then
    echo "$lines" >&2
    echo "view code: $1" >&2
    status=1
  fi
}
grep -rn 'Effect::new' src --include='*.rs' | grep -v '^src/browser/effect.rs:' \
  | report "use crate::browser::effect::effect, not Effect::new (one compiled effect loop for all)"
grep -rnP 'on:[a-z_]+=(?!(crate::ui::events::)?handler\()' src --include='*.rs' \
  | report "wrap on: handlers in handler(…) from crate::ui::events (one listener type per event)"
grep -rnP '<Show\b' src --include='*.rs' | grep -vP '^[^:]+:\d+:\s*//' \
  | report "use show(when, children) from crate::ui::dynamic, not <Show> (one compiled copy for all)"
grep -rnP '\{\s*move \|' src/ui --include='*.rs' | grep -vP '^[^:]+:\d+:\s*//' \
  | report "box a reactive part of a view with dynamic(move || …) from crate::ui::dynamic"
[ "$status" = 0 ] && echo "view code: effects, handlers, Show and reactive parts use their shared forms"
exit "$status"
