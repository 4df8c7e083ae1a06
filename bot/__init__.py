"""Recours: the pure domain core (rules, calendar, organisations, storage).

Nothing in this package imports Rasa; the Rasa adapters live in ``actions/``.
"""
