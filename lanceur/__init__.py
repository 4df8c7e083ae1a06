"""The one launcher: Recours's services described once, started, probed and stopped.

- ``service``: what a service is (command, environment, port, readiness probe) and
  Recours's three (action server, Rasa, web app);
- ``ports``, ``environnement``, ``sonde``: the one port allocation, environment builder
  and readiness probe;
- ``superviseur``: starts services detached, one pid file and one log each;
- ``embarque``: the embedded profile (``make run``, the end-to-end tests, the benchmarks);
- ``rasa``: Rasa's command line as the services start it (API token from the environment).

The production profile (``production/``) starts its Rasa replicas, action server and
web app from the same descriptions.
"""
