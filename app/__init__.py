"""AI mock-interview backend."""

__version__ = "0.1.0"
