#!/usr/bin/env bash
# The scan step of action.yml, kept in a file so that tests run it as the
# action does. Inputs come from the environment (see action.yml).
set -uo pipefail
args=(--format "${INPUT_FORMAT:-sarif}" --severity "${INPUT_SEVERITY:-note}")
if [ "${INPUT_FORMAT:-sarif}" != "text" ]; then
  args+=(-o "${INPUT_OUTPUT:-psmailscan.sarif}")
elif [ -n "${MATCHER:-}" ] && [ -f "$MATCHER" ]; then
  # Text findings become annotations through the problem matcher.
  echo "::add-matcher::$MATCHER"
fi
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ "${INPUT_FAIL:-false}" = "true" ] || args+=(--no-fail)
"${PSMAILSCAN:-psmailscan}" "${args[@]}" "${INPUT_PATH:-.}"
code=$?
[ -n "${GITHUB_OUTPUT:-}" ] && echo "exit-code=$code" >> "$GITHUB_OUTPUT"
exit $code
