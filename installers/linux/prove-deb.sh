#!/usr/bin/env bash
# Proves the Linux package end to end, as root on Debian/Ubuntu (CI runs it; see installers/README.md):
#   1. builds the .deb from a clean checkout of the committed HEAD (./mvnw -Pdist clean package),
#   2. installs it with apt (which pulls in its dependencies), as a clinic would,
#   3. runs `nirnoy-desk --version` and `nirnoy-desk check` from the installed copy, on its
#      built-in database in the user's app-data folder,
#   4. installs the same package again as a newer version (an upgrade in place) and checks that the
#      user's database is still there,
#   5. starts the installed app's window under Xvfb and saves a screenshot,
#   6. uninstalls it, and checks that the user's data stayed.
# Output: the package and the screenshot in target/installer/ (SCREENSHOT=path to move the latter).
# --here builds from the working tree as it is (uncommitted changes too) instead of a clean checkout.
# Leaves no package installed (one installed before is removed first); installs the build and test
# tools it needs when they are missing. Takes about 2 minutes on 2 cores.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$repo/target/installer"
screenshot="${SCREENSHOT:-$out/installed-app.png}"
export MAVEN_ARGS="${MAVEN_ARGS:--B -ntp}"
export DEBIAN_FRONTEND=noninteractive
started=$SECONDS
step() { echo "== [$((SECONDS - started))s] $*"; }
fail() { echo "prove-deb: $*" >&2; exit 1; }

[[ $(id -u) == 0 ]] || fail "run as root (it installs and removes a package)"
command -v dpkg-deb >/dev/null || fail "needs a Debian-based system"

# jpackage needs fakeroot and objcopy (binutils, for jlink --strip-debug); the window needs Xvfb and
# GTK; xdotool finds the window; ImageMagick's import takes the screenshot.
need=()
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v objcopy >/dev/null || need+=(binutils)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
[[ -x /usr/bin/import ]] || need+=(imagemagick)
[[ -n "$(fc-list 2>/dev/null || true)" ]] || need+=(fontconfig fonts-dejavu-core)
ldconfig -p | grep -q libgtk-3.so.0 || need+=(libgtk-3-0)
apt-get update -qq
if ((${#need[@]})); then
  step "Installing ${need[*]}"
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if dpkg -s nirnoy-desk >/dev/null 2>&1; then
  step "Removing the nirnoy-desk package installed here before (users' data folders stay)"
  apt-get purge -y -qq nirnoy-desk >/dev/null
fi

work="$(mktemp -d)"
xvfb_pid=""
app_pid=""
made_menu_dir=""
user=nirnoy-prove
# the test user's processes, by id (the app, and a built-in PostgreSQL it may have left)
user_pids() { pgrep -u "$user" 2>/dev/null || true; }
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
  for pid in $(user_pids); do kill "$pid" 2>/dev/null || true; done
  sleep 1
  if dpkg -s nirnoy-desk >/dev/null 2>&1; then apt-get purge -y -qq nirnoy-desk >/dev/null || true; fi
  id "$user" >/dev/null 2>&1 && userdel -r "$user" >/dev/null 2>&1 || true
  [[ -z "$made_menu_dir" ]] || rmdir /usr/share/desktop-directories 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [[ "${1:-}" == --here ]]; then
  src="$repo"
  step "Building the .deb from the working tree"
else
  src="$work/src"
  step "Building the .deb from a clean checkout of $(git -C "$repo" rev-parse --short HEAD)"
  git clone -q "$repo" "$src"
fi
(cd "$src" && ./mvnw -q -Pdist -DskipTests clean package)
mkdir -p "$out"
if [[ "$src" != "$repo" ]]; then
  rm -f "$out"/nirnoy-desk_*.deb
  cp "$src"/target/installer/nirnoy-desk_*.deb "$out/"
fi
deb="$(ls "$out"/nirnoy-desk_*.deb)"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$src/pom.xml" | head -1)"
echo "$(basename "$deb"): $(du -m "$deb" | cut -f1) MB ($(stat -c %s "$deb") bytes)"

# a desktop system has this folder (xdg-desktop-menu puts menu folders there); minimal ones lack it
if [[ ! -d /usr/share/desktop-directories ]]; then
  mkdir -p /usr/share/desktop-directories
  made_menu_dir=yes
fi
menu_entry=/usr/share/applications/nirnoy-desk-nirnoy-desk.desktop

step "Installing it with apt"
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
[[ "$(command -v nirnoy-desk)" == /usr/bin/nirnoy-desk ]] || fail "nirnoy-desk is not on the PATH"
echo "installed: $(dpkg-query -W -f '${Package} ${Version}, ${Installed-Size} KB' nirnoy-desk)"
[[ -f "$menu_entry" ]] || fail "no menu entry $menu_entry"
echo "menu entry: $menu_entry ($(grep '^Name=' "$menu_entry"))"
# nothing may ever be written into the install folder (data, logs and settings are the user's)
unchanged_since() {
  local written
  written="$(find /opt/nirnoy-desk -newer "$1" | head -5)"
  [[ -z "$written" ]] || fail "the app wrote into its install folder: $written"
}
touch "$work/installed.stamp"

# A receptionist's account (a throwaway one), whose data must go to ~/.local/share/nirnoy-desk
if id "$user" >/dev/null 2>&1; then
  [[ -z "$(user_pids)" ]] || fail "user $user (left by an earlier run) still has processes"
  userdel -r "$user" >/dev/null 2>&1 || true
fi
chmod 755 "$work"
useradd --create-home --home-dir "$work/home" --shell /bin/sh "$user"
appdata="$work/home/.local/share/nirnoy-desk"
as_user() {
  (cd "$work/home" && exec runuser -u "$user" -- env -u DATABASE_URL -u DIRECT_URL -u NIRNOY_HOME \
    -u XDG_DATA_HOME HOME="$work/home" DISPLAY="${DISPLAY:-}" NO_AT_BRIDGE=1 "$@")
}

step "nirnoy-desk --version and check, from the installed copy (first start creates the database)"
[[ "$(as_user nirnoy-desk --version)" == "nirnoy-desk $version" ]] || fail "version is not $version"
as_user nirnoy-desk --version
as_user nirnoy-desk check
[[ -f "$appdata/pgdata/PG_VERSION" && -f "$appdata/pgdata.secret" ]] || fail "no database in $appdata"
secret_before="$(sha256sum <"$appdata/pgdata.secret")"
# root too (zonky then runs initdb in a user namespace, which needs the jdk.security.auth module)
NIRNOY_HOME="$work/root-home" nirnoy-desk check >/dev/null
echo "as root too: all checks passed"
unchanged_since "$work/installed.stamp"

step "Upgrade in place: the same package as version $version-2"
rm -rf "$work/deb2" && dpkg-deb -R "$deb" "$work/deb2"
sed -i "s/^Version: .*/Version: $version-2/" "$work/deb2/DEBIAN/control"
dpkg-deb -Zgzip -z1 -b "$work/deb2" "$work/nirnoy-desk_$version-2_amd64.deb" >/dev/null
dpkg -i "$work/nirnoy-desk_$version-2_amd64.deb" >/dev/null
echo "installed: $(dpkg-query -W -f '${Package} ${Version}' nirnoy-desk)"
touch "$work/upgraded.stamp"
as_user nirnoy-desk check --verbose 2>"$work/upgrade.log" >/dev/null
if grep -q "first start" "$work/upgrade.log"; then fail "the upgrade lost the database"; fi
[[ "$(sha256sum <"$appdata/pgdata.secret")" == "$secret_before" ]] || fail "the database password changed"
echo "the user's database from before the upgrade was used"

step "The installed window under Xvfb"
display=99
while [[ -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp -ac >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
sleep 1
as_user nirnoy-desk >"$work/gui.log" 2>&1 &
app_pid=$!
window="$(timeout 120 xdotool search --sync --onlyvisible --name '^Nirnoy Desk$' | head -1)" || {
  cat "$work/gui.log" >&2
  fail "no window within 120 s"
}
# the window is up at once; the database and the day's schedule load behind it
sleep 10
kill -0 "$app_pid" 2>/dev/null || { cat "$work/gui.log" >&2; fail "the app exited"; }
mkdir -p "$(dirname "$screenshot")"
import -window "$window" "$screenshot"
colours="$(identify -format %k "$screenshot")"
echo "screenshot: $screenshot ($colours colours, window $(xdotool getwindowgeometry "$window" | tail -1 | xargs))"
((colours > 50)) || fail "the screenshot is blank"
# as the system does at log-out: SIGTERM to the app's own process, which stops its PostgreSQL
kill -TERM "$(pgrep -u "$user" -x nirnoy-desk)"
for _ in $(seq 30); do [[ -z "$(user_pids)" ]] && break; sleep 1; done
[[ -z "$(user_pids)" ]] || fail "the app or its database still runs 30 s after SIGTERM: $(user_pids)"
wait "$app_pid" || true
app_pid=""
echo "stopped by SIGTERM, with its built-in PostgreSQL"
if grep -E "ERROR|Exception" "$work/gui.log"; then fail "the window logged errors"; fi

step "Uninstalling"
unchanged_since "$work/upgraded.stamp"
apt-get purge -y -qq nirnoy-desk >/dev/null
[[ ! -e /opt/nirnoy-desk && ! -e /usr/bin/nirnoy-desk && ! -e "$menu_entry" ]] ||
  fail "uninstall left files behind"
[[ -f "$appdata/pgdata/PG_VERSION" ]] || fail "uninstall removed the user's data"
echo "removed /opt/nirnoy-desk, /usr/bin/nirnoy-desk and the menu entry; the user's data in $appdata stays"

step "Linux package proven: $(basename "$deb"), screenshot $screenshot"
