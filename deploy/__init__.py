"""deploy/: images, compose and Kubernetes, following ``production.configuration.topologie``."""
