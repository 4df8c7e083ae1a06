"""Rasa SDK adapters: read the tracker, call ``bot/``, answer through the dispatcher."""
