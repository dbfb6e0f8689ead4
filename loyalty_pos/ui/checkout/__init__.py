"""The checkout at the counter: amount, items, rewards to apply, codes, live totals."""

from .form import CheckoutForm

__all__ = ["CheckoutForm"]
