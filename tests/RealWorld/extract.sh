#!/usr/bin/env bash
# Writes the files PII003 is measured on (apps.tsv: which applications, commits and paths) into sources/<app>/.
#
# Each application is read from a clone (bare or not) in $DOSSIER_CORPUS_REPOS/<owner>+<name>, by default
# ~/.cache/dossier-corpus/repos. An application whose clone or pinned commit is missing is skipped with a hint,
# and its tests skip with a message; the script itself never fails. Running it again with nothing changed does
# nothing (sources/<app>/.extracted records the commit and the patterns it was written from).
set -u
here="$(cd "$(dirname "$0")" && pwd)"
repos="${DOSSIER_CORPUS_REPOS:-$HOME/.cache/dossier-corpus/repos}"

# Never measured, whatever an application's patterns say: tests, migrations, controllers (logic, not data),
# object mappers, designer and generated files.
always_excluded='(^|/)[^/]*[Tt]ests?[^/]*/|/Migrations/|Controllers?\.cs$|/Controllers/|/Mappers?/|\.Designer\.cs$|\.g\.cs$'

extract() {
  local app=$1 repository=$2 commit=$3 include=$4 exclude=$5
  local clone="$repos/${repository/\//+}" target="$here/sources/$app"
  if ! git -C "$clone" rev-parse --git-dir >/dev/null 2>&1; then
    echo "$app: no clone at $clone; get one with: git clone --bare https://github.com/$repository $clone"
    return
  fi
  if ! git -C "$clone" cat-file -e "$commit^{commit}" 2>/dev/null; then
    echo "$app: commit $commit is not in $clone; update it with: git -C $clone fetch origin"
    return
  fi

  local stamp="$commit $include $exclude"
  if [ -f "$target/.extracted" ] && [ "$(cat "$target/.extracted")" = "$stamp" ]; then
    echo "$app: up to date ($(find "$target" -name '*.cs' | wc -l) files)"
    return
  fi

  [ "$exclude" = "-" ] && exclude='^$'
  local files
  files=$(git -C "$clone" ls-tree -r --name-only "$commit" | grep -E '\.cs$' | grep -E "$include" |
    grep -vE "$always_excluded" | grep -vE "$exclude")
  rm -rf "$target"
  mkdir -p "$target"
  local count=0 file
  while IFS= read -r file; do
    [ -n "$file" ] || continue
    mkdir -p "$target/$(dirname "$file")"
    if git -C "$clone" cat-file blob "$commit:$file" >"$target/$file"; then
      count=$((count + 1))
    else
      echo "$app: could not read $file" >&2
    fi
  done <<<"$files"
  echo "$stamp" >"$target/.extracted"
  echo "$app: $count files of $repository@${commit:0:12} in ${target#"$here"/}"
}

while IFS=$'\t' read -r app repository commit _licence include exclude _usings; do
  case "$app" in '' | '#'* | app) continue ;; esac
  extract "$app" "$repository" "$commit" "$include" "$exclude"
done <"$here/apps.tsv"
exit 0
