#!/bin/bash
# devices.sh qemu-args|cmdline|names: the emulated devices a guest gets
# with run-vm.sh --devices, and how the tests find them.
#   NVMe controller (QEMU 7.2 "nvme": MDTS 512 KiB, 4-byte DMA alignment,
#   a virtual boundary), namespace 1 with 4096-byte blocks (nvme0n1),
#   namespace 2 with 512-byte blocks (nvme0n2); a virtio-blk disk (vda).
#   Both drivers get a poll queue on the kernel command line.  scsi_debug
#   (sda, 4096-byte sectors with T10 PI) is built in and configured by the
#   command line of selftests.sh.  Scratch images live in build/devices/,
#   made empty (sparse) before every boot.
# qemu-args prints one QEMU argument per line; names the devices' names in
# the guest, with the scsi_debug disk.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

dir=$BUILD/devices
images="nvme-4k nvme-512 virtio"

case ${1:-} in
qemu-args)
	mkdir -p "$dir"
	for i in $images; do
		rm -f "$dir/$i.img"
		truncate -s 64M "$dir/$i.img"
	done
	printf '%s\n' \
		-drive "file=$dir/nvme-4k.img,if=none,id=nvm1,format=raw" \
		-drive "file=$dir/nvme-512.img,if=none,id=nvm2,format=raw" \
		-device nvme,serial=dio-test,id=nvme0 \
		-device nvme-ns,drive=nvm1,bus=nvme0,nsid=1,logical_block_size=4096,physical_block_size=4096 \
		-device nvme-ns,drive=nvm2,bus=nvme0,nsid=2,logical_block_size=512,physical_block_size=512 \
		-drive "file=$dir/virtio.img,if=none,id=vd0,format=raw" \
		-device virtio-blk-pci,drive=vd0,num-queues=2
	;;
cmdline) echo "nvme.poll_queues=1 virtio_blk.poll_queues=1" ;;
names) echo "nvme0n1 nvme0n2 vda sda" ;;
*) die "usage: devices.sh qemu-args|cmdline|names" ;;
esac
