#!/bin/sh
# Install Escale for the current user, without administrator rights:
#   the application in ~/.local/opt/escale, the command in ~/.local/bin/escale,
#   the menu entry in ~/.local/share/applications, the icon in the icon theme.
# Installing over an older version replaces the application only: the officer's data
# (~/.local/share/escale: database, settings, log) is never touched.
#
#   ./install.sh               install or upgrade
#   ./install.sh --uninstall   remove the application, keep the data
#   ./install.sh --uninstall --purge
#                              remove the application AND the officer's data (asks first)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/opt/escale
bin_dir=$HOME/.local/bin
desktop_file=$data_home/applications/escale.desktop
icon_file=$data_home/icons/hicolor/scalable/apps/escale.svg
data_dir=$data_home/escale

uninstall() {
  rm -rf "$app_dir"
  rm -f "$bin_dir/escale" "$desktop_file" "$icon_file"
  echo "Escale a été désinstallé."
  if [ "${1:-}" = "--purge" ]; then
    if [ -d "$data_dir" ]; then
      printf "Supprimer aussi les données de %s (tous les dossiers des foyers) ? Tapez OUI pour confirmer : " "$data_dir"
      read -r answer
      if [ "$answer" = "OUI" ]; then
        rm -rf "$data_dir"
        echo "Données supprimées."
      else
        echo "Données conservées dans $data_dir."
      fi
    fi
  elif [ -d "$data_dir" ]; then
    echo "Les données sont conservées dans $data_dir."
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  uninstall "${2:-}"
  exit 0
fi

if [ ! -x "$here/escale/escale" ]; then
  echo "Dossier escale/ introuvable à côté de install.sh : extrayez toute l'archive, puis relancez ./install.sh." >&2
  exit 1
fi

mkdir -p "$HOME/.local/opt" "$bin_dir" "$(dirname "$desktop_file")" "$(dirname "$icon_file")"
# Copy beside the old version, then swap: an interrupted copy leaves the old version working.
rm -rf "$app_dir.nouveau" "$app_dir.ancien"
cp -R "$here/escale" "$app_dir.nouveau"
if [ -d "$app_dir" ]; then
  mv "$app_dir" "$app_dir.ancien"
fi
mv "$app_dir.nouveau" "$app_dir"
rm -rf "$app_dir.ancien"

ln -sf "$app_dir/escale" "$bin_dir/escale"
cp "$here/escale.svg" "$icon_file"
sed "s|^Exec=escale|Exec=\"$app_dir/escale\"|" "$here/escale.desktop" > "$desktop_file"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$(dirname "$desktop_file")" || true

echo "Escale est installé dans $app_dir."
echo "Il est dans le menu des applications ; en ligne de commande : $bin_dir/escale"
echo "Vérification : $bin_dir/escale --self-check"
