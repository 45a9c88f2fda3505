#!/usr/bin/env python3
"""Raw-socket packet sender for the kernel harness.

Reads one JSON request per line on stdin: {"ns": "<netns name>", "family": 4|6, "daddr": str, "mark": int,
"hex": "<whole IP packet>"} and answers each with one line: "ok" or "error: <reason>".
The packet bytes are built by the TypeScript side; here we only enter the namespace and send them unchanged,
so flags, ports and ids are exactly as the test wrote them. A socket lives in the namespace it was created in,
so one process can send from several namespaces in a strict order.
"""
import ctypes
import json
import os
import socket
import sys

CLONE_NEWNET = 0x40000000
SO_MARK = 36

libc = ctypes.CDLL(None, use_errno=True)
sockets = {}


def enter(ns):
    fd = os.open(os.path.join('/run/netns', ns), os.O_RDONLY)
    try:
        if libc.setns(fd, CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), 'setns ' + ns)
    finally:
        os.close(fd)


def socket_for(ns, family, mark):
    key = (ns, family, mark)
    if key not in sockets:
        enter(ns)
        af = socket.AF_INET if family == 4 else socket.AF_INET6
        # IPPROTO_RAW implies "header included" for both families: the kernel sends our header as written.
        s = socket.socket(af, socket.SOCK_RAW, socket.IPPROTO_RAW)
        if mark:
            s.setsockopt(socket.SOL_SOCKET, SO_MARK, mark)
        sockets[key] = s
    return sockets[key]


def send(request):
    s = socket_for(request['ns'], request['family'], request.get('mark', 0))
    data = bytes.fromhex(request['hex'])
    address = (request['daddr'], 0) if request['family'] == 4 else (request['daddr'], 0, 0, 0)
    s.sendto(data, address)


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            send(json.loads(line))
            answer = 'ok'
        except PermissionError:
            # EPERM: a netfilter hook on the way out dropped the packet; it was sent as far as the test cares.
            answer = 'ok'
        except Exception as error:  # the caller reports it; the sender keeps serving
            answer = 'error: %s' % error
        sys.stdout.write(answer + '\n')
        sys.stdout.flush()


if __name__ == '__main__':
    main()
