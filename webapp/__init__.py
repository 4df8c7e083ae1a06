"""The project's small web app: dossier letters and the demo pages of the chat widget.

Rasa's server only takes channel routes, so these pages live in their own process,
started by ``make run`` next to Rasa and the action server.
"""
