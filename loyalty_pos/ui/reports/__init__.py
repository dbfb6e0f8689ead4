"""The owner's reports screen (dashboard, charts, lists, exports)."""

from .dialog import ReportsDialog

__all__ = ["ReportsDialog"]
