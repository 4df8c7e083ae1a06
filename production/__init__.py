"""The production profile: N Rasa replicas on PostgreSQL and Redis behind nginx."""
