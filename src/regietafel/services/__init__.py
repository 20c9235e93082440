"""Use cases: load a cycle, compute, save. Called by the web app, the CLI and the reports."""
