"""Benchmarks: one module per measured claim (``bench_<name>.py``), each measuring its
baselines in the same run. ``python -m benchmarks [--quick] [name ...]`` runs them, prints
a table per benchmark and writes ``benchmarks/results/<name>.json``."""
