"""The background workers: their heartbeat, the worker command and its supervision."""
