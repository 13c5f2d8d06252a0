#!/usr/bin/env bash
# Puts the app from this folder in your application menu, for you alone (no root needed):
# the folder is copied to ~/.local/share/<app id>/, the menu entry and icon go to the XDG
# folders (~/.local/share/applications, ~/.local/share/icons/hicolor; $XDG_DATA_HOME if set).
#
#   ./install.sh --user        install, or replace an earlier install
#   ./install.sh --uninstall   remove the app, its menu entry and icons; your database and logs
#                              stay (the installed copy has this script too:
#                              ~/.local/share/<app id>/install.sh --uninstall)
#
# The app id and name are read from the menu entry beside this script (<app id>.desktop), so
# they are written in one place: scripts/release_files.py, from core/__init__.py.
set -euo pipefail

usage() {
  sed -n '2,10s/^# \{0,1\}//p' "$0"
  exit "${1:-0}"
}

fail() {
  echo "install.sh: $*" >&2
  exit 1
}

# One argument of a menu entry's Exec key: double-quoted with ", `, $ and \ escaped (the
# Desktop Entry spec's quoting), then every \ doubled again (the file's string escaping), and
# % doubled (field codes).
exec_argument() {
  local value=$1
  value=${value//\\/\\\\}
  value=${value//\"/\\\"}
  value=${value//\`/\\\`}
  value=${value//\$/\\\$}
  value="\"$value\""
  value=${value//\\/\\\\}
  printf '%s' "${value//%/%%}"
}

# A plain string value (TryExec): only the backslash is escaped.
string_value() {
  printf '%s' "${1//\\/\\\\}"
}

# The menu entry from the release, with the installed app's absolute path as Exec and TryExec.
write_menu_entry() {
  local source=$1 target=$2 exe=$3 line
  {
    while IFS= read -r line || [ -n "$line" ]; do
      case $line in
        TryExec=*) ;;
        Exec=*)
          printf 'Exec=%s\n' "$(exec_argument "$exe")"
          printf 'TryExec=%s\n' "$(string_value "$exe")"
          ;;
        *) printf '%s\n' "$line" ;;
      esac
    done <"$source"
  } >"$target.tmp"
  chmod 644 "$target.tmp"
  mv -f "$target.tmp" "$target"
}

refresh_menus() {
  # Desktops watch these folders; the caches only speed things up, so a missing tool is fine.
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
  fi
  touch "$icons" 2>/dev/null || true
}

# An earlier install is replaced or removed only when it is one: never someone else's folder.
is_our_install() {
  [ -f "$1/install.sh" ] && [ -f "$1/$app_id.desktop" ] && [ -x "$1/$app_name/$app_name" ]
}

install_for_user() {
  [ -x "$here/$app_name/$app_name" ] || fail "the app is missing: $here/$app_name/$app_name"
  if [ "$here" != "$destination" ]; then
    if [ -e "$destination" ] && ! is_our_install "$destination"; then
      fail "$destination exists and is not an install of $app_name: move it away first"
    fi
    mkdir -p "$(dirname "$destination")"
    local fresh="$destination.installing.$$"
    rm -rf "$fresh"
    cp -a "$here/." "$fresh/"
    rm -rf "$destination"
    mv "$fresh" "$destination"
  fi
  local exe="$destination/$app_name/$app_name"
  mkdir -p "$applications" "$icons/256x256/apps" "$icons/scalable/apps"
  write_menu_entry "$destination/$app_id.desktop" "$applications/$app_id.desktop" "$exe"
  install -m 644 "$destination/$app_id.png" "$icons/256x256/apps/$app_id.png"
  install -m 644 "$destination/$app_id.svg" "$icons/scalable/apps/$app_id.svg"
  refresh_menus
  echo "Installed $app_name in $destination"
  echo "Menu entry: $applications/$app_id.desktop"
  echo "Remove it with: \"$destination/install.sh\" --uninstall"
}

uninstall_for_user() {
  rm -f "$applications/$app_id.desktop" "$icons/256x256/apps/$app_id.png" \
    "$icons/scalable/apps/$app_id.svg"
  if [ -e "$destination" ]; then
    is_our_install "$destination" || fail "$destination is not an install of $app_name: left alone"
    rm -rf "$destination"
  fi
  refresh_menus
  echo "Removed $app_name, its menu entry and icons."
  echo "Your database and logs are kept: $data_home/$app_name and ${state_home}/$app_id"
}

main() {
  [ $# -eq 1 ] || usage 2
  case $1 in
    --user | --uninstall) ;;
    -h | --help) usage 0 ;;
    *) usage 2 ;;
  esac
  [ -n "${HOME:-}" ] || fail "HOME is not set"
  here=$(cd "$(dirname "$0")" && pwd -P)
  local entries=("$here"/*.desktop)
  if [ ${#entries[@]} -ne 1 ] || [ ! -f "${entries[0]}" ]; then
    fail "expected one menu entry (.desktop file) beside install.sh in $here"
  fi
  app_id=$(basename "${entries[0]}" .desktop)
  app_name=$(sed -n 's/^Name=//p' "${entries[0]}" | head -n 1)
  [ -n "$app_name" ] || fail "${entries[0]} has no Name"
  # XDG: a relative value is invalid and is ignored.
  data_home=${XDG_DATA_HOME:-}
  [ "${data_home#/}" != "$data_home" ] || data_home=$HOME/.local/share
  state_home=${XDG_STATE_HOME:-}
  [ "${state_home#/}" != "$state_home" ] || state_home=$HOME/.local/state
  case $data_home in *$'\n'*) fail "XDG_DATA_HOME holds a line break" ;; esac
  destination=$data_home/$app_id
  applications=$data_home/applications
  icons=$data_home/icons/hicolor
  if [ "$1" = --user ]; then
    install_for_user
  else
    uninstall_for_user
  fi
}

# Everything runs from inside main: bash has then read the whole script, so an uninstall that
# deletes this very file cannot cut it short.
main "$@"
exit
