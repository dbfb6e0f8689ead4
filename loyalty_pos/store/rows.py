"""One mapping from a stored row to a domain dataclass.

Every store used to copy a row into its dataclass field by field (``id=r["id"], name=
r["name"], active=bool(r["active"])``, a date parsed here, an enum there), and a new
column meant editing each copy. ``from_row`` reads the dataclass's own fields and their
annotated types instead: a column named like a field fills it, converted from what
SQLite holds (0/1, ISO text, an enum's value, JSON text) to the field's type. What a
row does not hold, or holds differently, the caller passes as an override.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.clock import from_db

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    D = TypeVar("D", bound=DataclassInstance)
else:
    D = TypeVar("D")

Row = sqlite3.Row | Mapping[str, Any]
Converter = Callable[[Any], Any]


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _json(text: Any) -> Any:
    return json.loads(text) if isinstance(text, str | bytes) else text


#: How a stored value becomes a field of this type (types not named here pass through).
CONVERTERS: dict[type, Converter] = {
    bool: bool,
    date: _day,
    datetime: from_db,
    dict: _json,
    list: _json,
}


def _converter(annotation: Any) -> tuple[Converter | None, bool]:
    """The converter for a field's type, and whether the field may hold ``None``."""
    optional = False
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        annotation = args[0] if len(args) == 1 else Any
    base = typing.get_origin(annotation) or annotation
    if isinstance(base, type) and issubclass(base, Enum):
        return base, optional
    if isinstance(base, type):
        return CONVERTERS.get(base), optional
    return None, optional


@cache
def _plan(cls: type) -> tuple[tuple[str, Converter | None, bool], ...]:
    """(field, converter, may be None) for each init field of ``cls``, resolved once."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, *_converter(hints[f.name])) for f in dataclasses.fields(cls) if f.init)


def from_row(cls: type[D], row: Row, /, **overrides: Any) -> D:
    """``cls`` built from the columns of ``row`` named like its fields.

    ``overrides`` are used as given (no conversion); a field that is neither a column nor
    an override keeps its default. ``None`` stays ``None`` for a field that allows it.
    """
    columns = set(row.keys())
    values: dict[str, Any] = {}
    for name, convert, optional in _plan(cls):
        if name in overrides:
            values[name] = overrides[name]
        elif name in columns:
            raw = row[name]
            if convert is None or (raw is None and optional):
                values[name] = raw
            else:
                values[name] = convert(raw)
    return cls(**values)


def named(columns: typing.Sequence[str], values: typing.Sequence[Any]) -> dict[str, Any]:
    """A positional row (``fetchone()`` of an explicit column list) as a mapping."""
    return dict(zip(columns, values, strict=True))
