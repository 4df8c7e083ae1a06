"""``python -m production.veille``: takes a hung Rasa replica out of nginx's rotation.

nginx alone notices a replica only when a connection fails: a replica that still
accepts connections but no longer answers (SIGSTOP, an event loop stuck) would keep
receiving new conversations, each waiting for nginx's read timeout. This watcher keeps
asking every replica ``GET /`` (Sanic answers it without touching a store), one question
at a time, and notes when it last answered and when its process last used the CPU. A
replica that has neither answered nor computed for ``SILENCE_MAX`` seconds is hung: it is
marked ``down`` in ``nginx.conf`` and nginx reloads (SIGHUP, without cutting a
connection); when it answers again, it comes back. A busy replica (the first turns warm
TensorFlow up for seconds, two shared cores queue everything) answers late but computes
meanwhile, so its slowness is not taken for a hang. The watcher never takes every
replica out: then nginx's own checks decide.

It serves its view on ``GET /`` of its own port (JSON, ``{"127.0.0.1:5005": true, …}``),
which is also its readiness probe.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests

from lanceur.ports import HOTE
from production.configuration import Ports, configuration_nginx

PERIODE = 0.5
"""Seconds between two rounds: two questions to a replica, two looks at the answers."""
SILENCE_MAX = 3.0
"""Seconds without an answer nor any CPU used after which a replica is taken for hung.
Under tests/prod on two shared cores, a busy replica's ``GET /`` waited up to 17 s,
computing all along."""
ECHECS = 2
"""Rounds in a row with a replica hung that take it out of rotation."""
SUCCES = 2
"""Rounds in a row with a replica answering that bring it back."""


@dataclass
class Rotation:
    """Which replicas nginx may use, from the probes' successive verdicts."""

    repliques: tuple[str, ...]
    echecs: int = ECHECS
    succes: int = SUCCES
    hors_service: set[str] = field(default_factory=set)
    _serie: dict[str, int] = field(default_factory=dict)

    def noter(self, verdicts: dict[str, bool]) -> bool:
        """Record one round of probes; return whether the replicas out of rotation changed."""
        avant = set(self.hors_service)
        for replique in self.repliques:
            repond = verdicts[replique]
            dehors = replique in self.hors_service
            # a run of the verdict that would change the replica's state
            self._serie[replique] = self._serie.get(replique, 0) + 1 if repond == dehors else 0
            if dehors and self._serie[replique] >= self.succes:
                self.hors_service.discard(replique)
                self._serie[replique] = 0
            elif not dehors and self._serie[replique] >= self.echecs:
                self.hors_service.add(replique)
                self._serie[replique] = 0
        return self.hors_service != avant

    def pour_nginx(self) -> frozenset[str]:
        """The replicas to mark ``down``: none when every one is out."""
        if set(self.repliques) <= self.hors_service:
            return frozenset()
        return frozenset(self.hors_service)


def repond(adresse: str) -> bool:
    """Whether the replica at ``host:port`` answers ``GET /`` (within a minute)."""
    try:
        return requests.get(f"http://{adresse}/", timeout=60).ok
    except requests.RequestException:
        return False


def temps_cpu(fichier_pid: Path) -> float | None:
    """CPU seconds (user + system) of the process named in ``fichier_pid``, if it runs."""
    try:
        pid = int(fichier_pid.read_text(encoding="utf-8"))
        champs = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, ValueError, IndexError):
        return None
    utime, stime = int(champs[11]), int(champs[12])  # fields 14 and 15 of proc(5)
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


class Interrogation:
    """Asks one replica again and again, in a thread; tells whether it is hung."""

    def __init__(
        self, adresse: str, sonde: Callable[[str], bool], cpu: Callable[[], float | None]
    ) -> None:
        self.adresse, self.sonde, self.cpu = adresse, sonde, cpu
        self.derniere_reponse = self.dernier_calcul = time.monotonic()
        self._cpu = cpu()
        self.attente_max = 0.0
        threading.Thread(target=self._interroger, daemon=True).start()

    def bloquee(self) -> bool:
        """Whether the replica has neither answered nor computed for ``SILENCE_MAX`` s."""
        maintenant, cpu = time.monotonic(), self.cpu()
        if cpu is not None and cpu != self._cpu:
            self._cpu, self.dernier_calcul = cpu, maintenant
        recent = max(self.derniere_reponse, self.dernier_calcul)
        return maintenant - recent >= SILENCE_MAX

    def _interroger(self) -> None:
        while True:
            debut = time.monotonic()
            if self.sonde(self.adresse):
                self.derniere_reponse = time.monotonic()
                attente = self.derniere_reponse - debut
                if attente > max(1.0, self.attente_max):
                    print(f"{self.adresse} a répondu en {attente:.1f} s", flush=True)
                self.attente_max = max(self.attente_max, attente)
            time.sleep(max(0.0, PERIODE - (time.monotonic() - debut)))


@dataclass
class Veille:
    """The watcher of one production profile.

    Args:
        dossier: The profile's work folder (``nginx.conf``, nginx's pid file).
        ports: The profile's ports.
        sonde: Tells whether a replica answers (``repond``; a test may give its own).

    """

    dossier: Path
    ports: Ports
    sonde: Callable[[str], bool] = repond

    def __post_init__(self) -> None:
        self.rotation = Rotation(tuple(f"{HOTE}:{port}" for port in self.ports.repliques))
        self.interrogations = [
            Interrogation(r, self.sonde, partial(temps_cpu, self.dossier / "run" / f"rasa-{i}.pid"))
            for i, r in enumerate(self.rotation.repliques)
        ]

    def tour(self) -> None:
        """Look at the replicas once; rewrite and reload nginx when the rotation changes."""
        verdicts = {i.adresse: not i.bloquee() for i in self.interrogations}
        if self.rotation.noter(verdicts):
            conf = configuration_nginx(self.ports, self.dossier, None, self.rotation.pour_nginx())
            (self.dossier / "nginx.conf").write_text(conf, encoding="utf-8")
            pid = int((self.dossier / "run" / "nginx.pid").read_text(encoding="utf-8"))
            os.kill(pid, signal.SIGHUP)
            dehors = ", ".join(sorted(self.rotation.hors_service)) or "aucune"
            attentes = ", ".join(f"{i.adresse} {i.attente_max:.1f} s" for i in self.interrogations)
            print(f"hors service : {dehors} (plus longues attentes : {attentes})", flush=True)

    def etat(self) -> dict[str, bool]:
        """Each replica: whether it is in rotation."""
        return {r: r not in self.rotation.hors_service for r in self.rotation.repliques}


def servir(veille: Veille, port: int) -> ThreadingHTTPServer:
    """Serve ``veille.etat()`` on ``GET /`` of ``127.0.0.1:port``, in a thread."""

    class Etat(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            corps = json.dumps(veille.etat()).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(corps)))
            self.end_headers()
            self.wfile.write(corps)

        def log_message(self, *_: object) -> None:
            """No access log: the probes poll it."""

    serveur = ThreadingHTTPServer((HOTE, port), Etat)
    threading.Thread(target=serveur.serve_forever, daemon=True).start()
    return serveur


def main(arguments: Sequence[str] | None = None) -> None:
    """Watch the replicas until SIGTERM."""
    analyseur = argparse.ArgumentParser(prog="python -m production.veille", description=__doc__)
    analyseur.add_argument("dossier", type=Path, help="dossier de travail du profil")
    analyseur.add_argument("--http", type=int, required=True, help="port de nginx")
    analyseur.add_argument("--web", type=int, required=True, help="port de l'application web")
    analyseur.add_argument("--veille", type=int, required=True, help="port de cette veille")
    analyseur.add_argument(
        "--repliques", type=int, nargs="+", required=True, help="ports des répliques Rasa"
    )
    options = analyseur.parse_args(arguments)
    repliques = tuple(options.repliques)
    ports = Ports(http=options.http, repliques=repliques, web=options.web, veille=options.veille)
    veille = Veille(options.dossier, ports)
    servir(veille, ports.veille)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    while True:
        debut = time.monotonic()
        veille.tour()
        time.sleep(max(0.0, PERIODE - (time.monotonic() - debut)))


if __name__ == "__main__":
    main()
