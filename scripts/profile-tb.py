#!/usr/bin/env python3
"""profile-tb.py DIS LOG ENTRY...: instructions per I/O, by kernel function.

DIS is `objdump -d --no-show-raw-insn vmlinux`; LOG is QEMU's `-d
exec,nochain` log of a stretch of a fio run: one line per translation
block executed, with its guest pc.  A block runs from its pc to the first
jump, call or return, or to the end of its page, as TCG cuts them.  I/Os
are counted as the entries into the ENTRY functions (blkdev_read_iter,
blkdev_write_iter).  Prints "function instructions-per-I/O", most first;
user space counts blocks, not instructions.
"""
import bisect
import collections
import re
import sys

BRANCH = re.compile(r'^(j|call|ret|iret|sysret|syscall|int3|ud2|hlt)')


def main():
    dis, log, entries = sys.argv[1], sys.argv[2], set(sys.argv[3:])
    insns, funcs, prev = {}, [], None
    fx = re.compile(r'^([0-9a-f]+) <([^>]+)>:')
    ix = re.compile(r'^\s*([0-9a-f]+):\s+(\S+)')
    for line in open(dis):
        m = fx.match(line)
        if m:
            funcs.append((int(m.group(1), 16), m.group(2)))
            prev = None
            continue
        m = ix.match(line)
        if not m:
            continue
        a = int(m.group(1), 16)
        insns[a] = [None, bool(BRANCH.match(m.group(2)))]
        if prev is not None:
            insns[prev][0] = a
        prev = a
    starts = [f[0] for f in funcs]

    counts = collections.Counter()
    for line in open(log):
        if line.startswith('Trace'):
            counts[int(line.split('/')[1], 16)] += 1

    def tb_len(pc):
        n, a = 0, pc
        while a in insns and n < 512:
            n += 1
            nxt, br = insns[a]
            if br or nxt is None or nxt >> 12 != pc >> 12:
                break
            a = nxt
        return max(n, 1)

    per, ios = collections.Counter(), 0
    for pc, c in counts.items():
        if pc < 0xffffffff80000000:
            per['<user, blocks>'] += c
            continue
        i = bisect.bisect_right(starts, pc) - 1
        name = funcs[i][1] if i >= 0 else '?'
        per[name] += c * tb_len(pc)
        if i >= 0 and starts[i] == pc and name in entries:
            ios += c
    if not ios:
        sys.exit('profile-tb.py: no entry into %s in the log' %
                 ' '.join(entries))
    total = sum(v for k, v in per.items() if not k.startswith('<'))
    print('# I/Os %d, kernel instructions per I/O %.1f' % (ios, total / ios))
    for name, v in per.most_common():
        print('%-48s %10.2f' % (name, v / ios))


main()
