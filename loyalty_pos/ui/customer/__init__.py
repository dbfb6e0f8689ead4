"""The customer screen: a second window facing the customer (issue 17, part 1).

``window.CustomerWindow`` shows one of four pages (idle, the member, this visit, thank
you with the 0–10 question); ``ui/counter_customer.py`` makes it follow the counter.
It shows only what a customer may see: the given name, never the family name, and no
staff control, nothing of another member.
"""

from .window import CustomerWindow

__all__ = ["CustomerWindow"]
