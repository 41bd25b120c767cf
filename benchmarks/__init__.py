"""Runnable benchmarks: `python -m benchmarks [name …]` runs each module's `run()`."""
