"""Components loaded by the Rasa server itself (through ``endpoints.yml``)."""
