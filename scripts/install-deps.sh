#!/bin/bash
# Install the Debian packages the project needs; skip what is present.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

PKGS=(
	build-essential bc bison flex libelf-dev libssl-dev cpio xz-utils
	ccache sparse git python3 jq
	qemu-system-x86 busybox-static fio
	liburing-dev libaio-dev
	gnuplot-nox python3-ply python3-git
)

installed() {
	dpkg-query -W -f='${Status} ${Version}\n' "$1" 2>/dev/null |
		grep -q '^install ok installed'
}

base_installed() {
	[ "$(dpkg-query -W -f='${Status} ${Version}' "$BASE_PKG" 2>/dev/null)" = \
		"install ok installed $BASE_PKG_VERSION" ]
}

missing=()
for p in "${PKGS[@]}"; do
	installed "$p" || missing+=("$p")
done
base_installed || missing+=("$BASE_PKG=$BASE_PKG_VERSION")

if [ ${#missing[@]} -eq 0 ]; then
	exit 0
fi

[ "$(id -u)" -eq 0 ] ||
	die "missing packages: ${missing[*]}; run 'make deps' as root or install them"

step "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
