"""The log file beside the shop's data, where unexpected errors leave their traceback.

A cashier sees one clear sentence; whoever helps the shop later finds the details in
``loyalty-pos.log`` in the data folder. The file and its rotation are
``loyalty_pos.errorlog``'s, shared with the command line; this name stays for the
counter's code and tests.
"""

from __future__ import annotations

from ..errorlog import LOG_NAME, install, remove

__all__ = ["LOG_NAME", "install", "remove"]
