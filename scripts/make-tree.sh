#!/bin/bash
# Make build/linux: a git repo whose first commit is the pristine base tree
# and whose branch "series" carries the series applied with git am.  Also
# make build/linux-base, a worktree of the pristine base for side-by-side
# builds.  An existing tree is left alone: it is the developer's.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

# A fixed identity and date make the base commit's hash the same on every
# machine, so "base-commit:" in the cover letter means something.
BASE_ENV=(
	GIT_AUTHOR_NAME="Debian $BASE_PKG" GIT_AUTHOR_EMAIL="nobody@debian.org"
	GIT_COMMITTER_NAME="Debian $BASE_PKG" GIT_COMMITTER_EMAIL="nobody@debian.org"
	GIT_AUTHOR_DATE="2000-01-01T00:00:00Z" GIT_COMMITTER_DATE="2000-01-01T00:00:00Z"
)

verify_package() {
	[ -f "$BASE_TARBALL" ] || die "$BASE_TARBALL missing: is $BASE_PKG installed? ('make deps')"
	local v
	v=$(dpkg-query -W -f='${Version}' "$BASE_PKG" 2>/dev/null) || true
	[ "$v" = "$BASE_PKG_VERSION" ] ||
		die "$BASE_PKG is '$v', base.conf pins '$BASE_PKG_VERSION' ('make deps')"
	# dpkg knows the md5sum of every file it installed: a corrupt or
	# truncated tarball is caught here, before anything is extracted.
	if dpkg --verify "$BASE_PKG" 2>&1 | grep -q .; then
		dpkg --verify "$BASE_PKG" >&2 || true
		die "$BASE_TARBALL does not match its package: reinstall $BASE_PKG"
	fi
}

extract_base() {
	local tmp=$1
	step "extracting $BASE_TARBALL"
	rm -rf "$tmp"
	mkdir -p "$tmp"
	tar -xf "$BASE_TARBALL" -C "$tmp" --strip-components=1 ||
		die "extracting $BASE_TARBALL failed"
	[ -f "$tmp/Makefile" ] && [ -f "$tmp/block/fops.c" ] ||
		die "$BASE_TARBALL does not hold a kernel tree"
}

commit_base() {
	local tmp=$1
	step "committing the base tree (a minute or two)"
	git -C "$tmp" init -q -b "$BASE_BRANCH"
	git -C "$tmp" config gc.auto 0
	git -C "$tmp" config feature.manyFiles true
	git -C "$tmp" config core.abbrev 12
	# -f: the base commit is the tarball, whatever its .gitignore says.
	git -C "$tmp" add -A -f .
	env "${BASE_ENV[@]}" git -C "$tmp" commit -q -m "$BASE_NAME"
}

apply_series() {
	local tree=$1 p
	git -C "$tree" checkout -q -b "$SERIES_BRANCH"
	# git am needs a committer; a fresh machine may have no identity.
	if ! git -C "$tree" config user.email >/dev/null; then
		git -C "$tree" config user.name "series"
		git -C "$tree" config user.email "series@localhost"
	fi
	for p in "$SERIES"/0*.patch; do
		[ -e "$p" ] || continue
		case $(basename "$p") in 0000-*) continue ;; esac
		git -C "$tree" am -q --keep-cr "$p" || {
			git -C "$tree" am --abort || true
			die "patch $(basename "$p") does not apply to the base"
		}
	done
	step "applied $(git -C "$tree" rev-list --count "$BASE_BRANCH..") patches"
}

make_base_worktree() {
	[ -d "$BASE_WT" ] && return 0
	step "checking out the pristine base in $BASE_WT"
	git -C "$LINUX" worktree add -q --detach "$BASE_WT" "$BASE_BRANCH"
}

main() {
	mkdir -p "$BUILD"
	if [ -d "$LINUX/.git" ]; then
		msg "$LINUX exists; leaving it alone"
	else
		local tmp=$BUILD/linux.tmp
		verify_package
		extract_base "$tmp"
		commit_base "$tmp"
		apply_series "$tmp"
		mv "$tmp" "$LINUX"
	fi
	make_base_worktree
}

main "$@"
