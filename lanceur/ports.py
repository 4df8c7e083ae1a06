"""Loopback ports: the fixed ones of ``make run``, free ones for tests."""

from __future__ import annotations

import socket

HOTE = "127.0.0.1"
"""Every service listens on loopback only."""

PORT_RASA = 5005
PORT_ACTIONS = 5055
PORT_WEB = 8000


def url(port: int, chemin: str = "") -> str:
    """``http://127.0.0.1:<port><chemin>``."""
    return f"http://{HOTE}:{port}{chemin}"


def port_libre() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as s:
        s.bind((HOTE, 0))
        return int(s.getsockname()[1])


def ports_libres(nombre: int) -> list[int]:
    """``nombre`` free loopback ports, all different (other runs may share the machine)."""
    libres: list[int] = []
    for _ in range(100 * nombre):
        port = port_libre()
        if port not in libres:
            libres.append(port)
        if len(libres) == nombre:
            return libres
    raise OSError(f"{nombre} ports libres introuvables")


def port_occupe(port: int) -> bool:
    """Whether something listens on ``127.0.0.1:port``."""
    with socket.socket() as s:
        return s.connect_ex((HOTE, port)) == 0
