#!/bin/bash
# check-config.sh CONFIG FRAGMENT...: every option a fragment asks for must
# be in CONFIG as asked; one that olddefconfig dropped is an error.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

config=$1
shift
bad=0
while IFS= read -r line; do
	case $line in
	CONFIG_*=*)
		grep -qxF -- "$line" "$config" || {
			printf 'config: asked for %s, got: %s\n' "$line" \
				"$(grep -E "^(# )?${line%%=*}[= ]" "$config" || echo absent)" >&2
			bad=1
		}
		;;
	"# CONFIG_"*" is not set")
		opt=${line#\# }
		opt=${opt%% *}
		if grep -qE "^$opt=" "$config"; then
			printf 'config: asked for %s off, got: %s\n' "$opt" \
				"$(grep -E "^$opt=" "$config")" >&2
			bad=1
		fi
		;;
	esac
done < <(cat "$@")
[ $bad -eq 0 ] || die "$config lacks options its fragments ask for"
