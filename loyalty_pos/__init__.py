"""Loyalty POS: an offline loyalty terminal for small shops."""

__version__ = "0.1.0"
