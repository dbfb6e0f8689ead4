"""``loyalty-pos admin ...``: the owner's command line over the same services as the app.

``app.py`` dispatches ``admin`` here (``main``). The package is one module per command
group (``members``, ``checkout``, ``print_cards``, ...), each registering its commands
in a ``registry.Registry``; ``runner`` builds the parser from the registry and runs one
command. Argument types live in ``args``, what is printed and the exit statuses in
``output``. Command modules import only ``args``, ``output``, ``registry``, ``lookup``
and each other's public names, never ``runner`` or this package, so there is no cycle.
"""

from __future__ import annotations

from .runner import build_parser, main

__all__ = ["build_parser", "main"]
