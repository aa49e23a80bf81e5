#!/usr/bin/env bash
# The scan step of action.yml, kept in a file so that tests run it as the
# action does. Inputs come from the environment (see action.yml):
# PSMAILSCAN (the binary), INPUT_PATH, INPUT_FORMAT, INPUT_OUTPUT,
# INPUT_SEVERITY, INPUT_CONFIG, INPUT_FAIL, INPUT_CATEGORY, INPUT_ARGS,
# MATCHER. Writes exit-code, report and category to GITHUB_OUTPUT.
set -uo pipefail
path=${INPUT_PATH:-.}
format=${INPUT_FORMAT:-sarif}

# The code-scanning category: one per scanned path unless given, so that
# two scans in one workflow do not replace each other's results.
category=${INPUT_CATEGORY:-}
if [ -z "$category" ]; then
  p=${path//\\//}
  while [ "${p#./}" != "$p" ] || [ "${p#/}" != "$p" ]; do p=${p#./}; p=${p#/}; done
  while [ "${p%/}" != "$p" ]; do p=${p%/}; done
  case "$p" in
    "" | .) category=psmailscan ;;
    *) category=psmailscan/$p ;;
  esac
fi
# The report's default name follows the category: psmailscan.sarif for the
# whole repository, psmailscan-scripts-mail.sarif for path scripts/mail.
output=${INPUT_OUTPUT:-}
if [ -z "$output" ]; then
  slug=$(printf '%s' "$category" | LC_ALL=C tr -c 'A-Za-z0-9._-' '-')
  output=$slug.$format
fi

args=(--format "$format" --severity "${INPUT_SEVERITY:-note}")
if [ "$format" != "text" ]; then
  args+=(-o "$output")
else
  output=
  if [ -n "${MATCHER:-}" ] && [ -f "$MATCHER" ]; then
    # Text findings become annotations through the problem matcher.
    echo "::add-matcher::$MATCHER"
  fi
fi
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ "${INPUT_FAIL:-false}" = "true" ] || args+=(--no-fail)
# Extra flags, split like a shell would split them (quotes group words) but
# without running anything: xargs does the splitting.
if [ -n "${INPUT_ARGS:-}" ]; then
  if ! words=$(printf '%s' "$INPUT_ARGS" | xargs printf '%s\n'); then
    echo "::error title=psmailscan::cannot split the args input (unbalanced quotes?): $INPUT_ARGS"
    [ -n "${GITHUB_OUTPUT:-}" ] && echo "exit-code=2" >> "$GITHUB_OUTPUT"
    exit 2
  fi
  while IFS= read -r word; do
    args+=("$word")
  done <<< "$words"
fi
"${PSMAILSCAN:-psmailscan}" "${args[@]}" "$path"
code=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "exit-code=$code"
    echo "report=$output"
    echo "category=$category"
  } >> "$GITHUB_OUTPUT"
fi
exit $code
