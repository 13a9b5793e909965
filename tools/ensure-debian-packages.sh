#!/usr/bin/env bash
# Install the Debian packages given as arguments, but only those missing.
# Quick when everything is there (one dpkg-query per package, no apt-get).
set -euo pipefail

missing=()
for package in "$@"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "Paquets système manquants (${missing[*]}) et apt-get introuvable : installez-les avec le gestionnaire de paquets de ce système." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "Paquets système manquants : ${missing[*]}. Installez-les en administrateur (apt-get install ${missing[*]})." >&2; exit 1; }
  sudo="sudo"
fi
echo "Installation des paquets système : ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >/dev/null
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
