"""The edge: everything that touches the world (files, databases, HTTP, environment, clock).

``bot/`` decides; this package reads and writes: settings read once from the environment
(``reglages``), the clock (``horloge``), organisation files (``organisations``), the
dossier store and Rasa's tracker retention (``stockage``), the insurer hand-off over HTTP
(``transmission``), the context shared by ``actions/`` and ``webapp/`` (``contexte``) and
the ``recours`` command line (``cli``).
"""
