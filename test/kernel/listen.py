#!/usr/bin/env python3
"""TCP listeners for the kernel harness, inside the namespace this process runs in (started with ip netns exec).

argv[1] is JSON: [{"address": "127.0.0.1", "port": 8080, "transparent": true}, ...]. Prints "ready" once every
socket listens, then waits until stdin closes. Connections are never accepted: a SYN only needs a listener to be
found (TPROXY, -m socket); the kernel answers it by itself.
"""
import json
import socket
import sys

IP_TRANSPARENT = 19
IPV6_TRANSPARENT = 75


def listen(spec):
    v6 = ':' in spec['address']
    s = socket.socket(socket.AF_INET6 if v6 else socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if spec.get('transparent'):
        if v6:
            s.setsockopt(socket.IPPROTO_IPV6, IPV6_TRANSPARENT, 1)
        else:
            s.setsockopt(socket.SOL_IP, IP_TRANSPARENT, 1)
    s.bind((spec['address'], spec['port']))
    s.listen(16)
    return s


def main():
    sockets = [listen(spec) for spec in json.loads(sys.argv[1])]
    sys.stdout.write('ready\n')
    sys.stdout.flush()
    sys.stdin.read()
    for s in sockets:
        s.close()


if __name__ == '__main__':
    main()
