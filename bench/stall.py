#!/usr/bin/env python3
"""Holds N connections that announce a request body and never send it, reopening each one the server
closes (it answers 408 after 10 s), until killed. For `bench/run.sh stalled`."""
import socket, sys, time, selectors

host, port, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
HEAD = (b'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n'
        b'Content-Length: 1000\r\n\r\n{"user_identity":')
selector = selectors.DefaultSelector()

def stall():
    s = socket.create_connection((host, port))
    s.sendall(HEAD)
    s.setblocking(False)
    selector.register(s, selectors.EVENT_READ)

for _ in range(n):
    stall()
while True:
    for key, _ in selector.select(timeout=1):
        try:
            data = key.fileobj.recv(65536)
        except OSError:
            data = b''
        if not data:  # answered and closed: stall again
            selector.unregister(key.fileobj)
            key.fileobj.close()
            stall()
