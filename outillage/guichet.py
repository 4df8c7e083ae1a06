"""The insurer's endpoint for tests: a real HTTP server on loopback, in a thread."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from lanceur.ports import HOTE, url


class Guichet:
    """The insurer's endpoint: answers the listed statuses in turn, then 200.

    Args:
        port: Where to listen; 0 for any free port.

    """

    def __init__(self, port: int = 0) -> None:
        self.statuts: list[int] = []
        self.requetes = 0
        self.recus: list[dict[str, Any]] = []
        guichet = self

        class Gestionnaire(BaseHTTPRequestHandler):
            """Records each dossier posted, answers the next status."""

            def do_POST(self) -> None:
                """Receive one dossier."""
                corps = self.rfile.read(int(self.headers["Content-Length"]))
                guichet.requetes += 1
                statut = guichet.statuts.pop(0) if guichet.statuts else 200
                if statut == 200:
                    guichet.recus.append(json.loads(corps))
                self.send_response(statut)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *_: object) -> None:
                """Keep the test output quiet."""

        self.serveur = ThreadingHTTPServer((HOTE, port), Gestionnaire)
        self.url = url(self.serveur.server_port, "/dossiers")

    def ouvrir(self) -> None:
        """Start answering, in a background thread."""
        threading.Thread(target=self.serveur.serve_forever, daemon=True).start()

    def fermer(self) -> None:
        """Stop answering: connections are still accepted by the system, never answered."""
        self.serveur.shutdown()

    def __enter__(self) -> Guichet:
        self.ouvrir()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _erreur: BaseException | None,
        _trace: TracebackType | None,
    ) -> None:
        self.fermer()
        self.serveur.server_close()
