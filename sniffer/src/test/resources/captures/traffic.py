#!/usr/bin/env python3
"""Loopback-only TCP traffic for the checked-in oracle captures (run by record-captures.sh).

Every socket binds or connects to 127.0.0.1 or ::1 only.
usage: traffic.py echo4|echo6|zerowindow|rst|keepalive|reuse PORT
"""
import socket
import sys
import threading
import time


def listener(family, host, port, rcvbuf=None):
    srv = socket.socket(family, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if rcvbuf:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    srv.bind((host, port))
    srv.listen(4)
    return srv


def echo(family, host, port):
    srv = listener(family, host, port)

    def serve():
        conn, _ = srv.accept()
        conn.sendall(conn.recv(100))
        conn.recv(100)
        conn.close()

    t = threading.Thread(target=serve)
    t.start()
    cli = socket.create_connection((host, port))
    cli.sendall(b"HELLO")
    cli.recv(100)
    time.sleep(0.05)
    cli.close()
    t.join()
    srv.close()


def zero_window(port):
    # A receiver with a tiny buffer that stops reading: the sender fills the window
    # (Window Full), the receiver advertises 0 (ZeroWindow), the sender probes, and when
    # the receiver drains the buffer it announces the opened window (Window Update).
    srv = listener(socket.AF_INET, "127.0.0.1", port, rcvbuf=2048)
    received = []

    def serve():
        conn, _ = srv.accept()
        time.sleep(2.5)
        while True:
            chunk = conn.recv(512)
            if not chunk:
                break
            received.append(len(chunk))
            time.sleep(0.002)
        conn.close()

    t = threading.Thread(target=serve)
    t.start()
    cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    cli.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    cli.connect(("127.0.0.1", port))
    cli.sendall(b"x" * 12000)
    cli.shutdown(socket.SHUT_WR)
    t.join()
    cli.close()
    srv.close()


def rst(port):
    srv = listener(socket.AF_INET, "127.0.0.1", port)
    cli = socket.create_connection(("127.0.0.1", port))
    conn, _ = srv.accept()
    cli.sendall(b"HELLO")
    time.sleep(0.05)
    # Closing with unread data in the receive buffer makes the kernel answer with a RST.
    conn.close()
    time.sleep(0.05)
    cli.close()
    srv.close()
    # And a SYN to a port nobody listens on is refused with RST, ACK.
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1)
    except ConnectionRefusedError:
        pass


def keepalive(port):
    srv = listener(socket.AF_INET, "127.0.0.1", port)
    cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    cli.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 1)
    cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 1)
    cli.connect(("127.0.0.1", port))
    conn, _ = srv.accept()
    cli.sendall(b"HELLO")
    conn.recv(100)
    time.sleep(2.6)
    cli.close()
    conn.close()
    srv.close()


def reuse(port):
    # The server closes first, so TIME_WAIT stays on its side and the client may connect
    # again from the same port: a new SYN with a new ISN on the same 4-tuple.
    srv = listener(socket.AF_INET, "127.0.0.1", port)
    client_port = 0
    for _ in range(2):
        cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        cli.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        cli.bind(("127.0.0.1", client_port))
        client_port = cli.getsockname()[1]
        cli.connect(("127.0.0.1", port))
        conn, _ = srv.accept()
        cli.sendall(b"HELLO")
        conn.sendall(conn.recv(100))
        cli.recv(100)
        conn.close()
        time.sleep(0.05)
        cli.close()
        time.sleep(0.05)
    srv.close()


def main():
    scenario, port = sys.argv[1], int(sys.argv[2])
    if scenario == "echo4":
        echo(socket.AF_INET, "127.0.0.1", port)
    elif scenario == "echo6":
        echo(socket.AF_INET6, "::1", port)
    elif scenario == "zerowindow":
        zero_window(port)
    elif scenario == "rst":
        rst(port)
    elif scenario == "keepalive":
        keepalive(port)
    elif scenario == "reuse":
        reuse(port)
    else:
        raise SystemExit("unknown scenario: " + scenario)


if __name__ == "__main__":
    main()
