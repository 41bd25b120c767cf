"""Reliability and security suites: crashes, faults at the network edge, bad input, isolation."""
