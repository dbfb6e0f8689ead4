"""A TCP forwarder that holds each chunk a little, so the loopback behaves like a LAN.

The benchmarks' PostgreSQL runs on this machine, where a round trip takes about 0.1 ms;
a shop's back-office server is across a switch or Wi-Fi, 0.2–0.5 ms a round trip more.
``tc netem`` would add that delay in the kernel, but this machine's kernel has no netem,
so the benchmark's till connects through this forwarder instead: every chunk waits
``delay_ms`` before it is passed on, in each direction. ``round_trip_ms`` measures what a
query's round trip then costs, and the benchmark prints it beside its figures.
"""

from __future__ import annotations

import contextlib
import socket
import statistics
import threading
import time


class LanProxy:
    """Listens on 127.0.0.1:``port`` and forwards to 127.0.0.1:``target``."""

    def __init__(self, target: int, delay_ms: float) -> None:
        self.target = target
        self.delay = delay_ms / 1000
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target))
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=self._pipe, args=(client, server), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                if self.delay:
                    time.sleep(self.delay)
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._stop = True
        self.listener.close()


def round_trip_ms(url: str, count: int = 300) -> float:
    """The median time of ``SELECT 1`` over ``url`` (psycopg, autocommit), in ms."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for _ in range(20):
            conn.execute("SELECT 1").fetchone()
        times = []
        for _ in range(count):
            t0 = time.perf_counter()
            conn.execute("SELECT 1").fetchone()
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)
