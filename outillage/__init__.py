"""What the tests and the benchmarks share (dev only, never imported by the assistant).

- ``rest``: the one client of Rasa's REST channel and HTTP API;
- ``embarque``: the embedded profile as tests and benchmarks start it;
- ``guichet``: the insurer's endpoint, a real HTTP server on loopback;
- ``scenarios``: scripted people and the orientation each must reach;
- ``rasa_cli``: Rasa's own command line run on the project;
- ``evaluation``: intent classification scored on the held-out file;
- ``variantes``: no-accent, SMS and typo variants of the hand-written NLU data.
"""
