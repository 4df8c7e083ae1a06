"""The insurer's endpoint for tests: a real HTTP server on loopback, in a thread."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Guichet:
    """The insurer's endpoint: answers the listed statuses in turn, then 200."""

    def __init__(self) -> None:
        self.statuts: list[int] = []
        self.requetes = 0
        self.recus: list[dict[str, Any]] = []
        guichet = self

        class Gestionnaire(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                corps = self.rfile.read(int(self.headers["Content-Length"]))
                guichet.requetes += 1
                statut = guichet.statuts.pop(0) if guichet.statuts else 200
                if statut == 200:
                    guichet.recus.append(json.loads(corps))
                self.send_response(statut)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *_: object) -> None:
                pass

        self.serveur = ThreadingHTTPServer(("127.0.0.1", 0), Gestionnaire)
        self.url = f"http://127.0.0.1:{self.serveur.server_port}/dossiers"

    def ouvrir(self) -> None:
        threading.Thread(target=self.serveur.serve_forever, daemon=True).start()

    def fermer(self) -> None:
        """Stop answering: connections are still accepted by the system, never answered."""
        self.serveur.shutdown()
