"""Storage of dossiers (SQLAlchemy 1.4 Core) and the retention of Rasa's tracker store."""
