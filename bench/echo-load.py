#!/usr/bin/env python3
"""Echo traffic for the sniffer benchmarks (one process per stream, so streams run in parallel).

  echo-load.py short PORT COUNT|Ns   COUNT conversations like `echo-client plain -m HELLO`:
                                     connect, send one line, read the echo, close
  echo-load.py bulk PORT COUNT|Ns SIZE  one connection echoing SIZE-byte messages COUNT times

COUNT may be a duration such as 10s: run flat out until it is over. Prints the echoes done.
"""
import socket
import sys
import time


def echo(sock, data):
    sock.sendall(data)
    got = 0
    while got < len(data):
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed early")
        got += len(chunk)


def main():
    mode, port, count = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    deadline = time.time() + float(count[:-1]) if count.endswith("s") else None
    limit = None if deadline else int(count)
    more = (lambda i: time.time() < deadline) if deadline else (lambda i: i < limit)
    i = 0
    if mode == "short":
        while more(i):
            with socket.create_connection(("127.0.0.1", port)) as s:
                echo(s, b"HELLO %d\n" % i)
            i += 1
    else:
        msg = b"x" * int(sys.argv[4])
        with socket.create_connection(("127.0.0.1", port)) as s:
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            while more(i):
                echo(s, msg)
                i += 1
    print(i)


if __name__ == "__main__":
    main()
