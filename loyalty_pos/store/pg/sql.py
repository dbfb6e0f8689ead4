"""The store's SQL, said in PostgreSQL's words.

The stores are written once, in the SQL both engines share; the few places where
SQLite's dialect differs are rewritten here, once per distinct statement (cached):

- placeholders: ``?`` and ``:name`` become psycopg's ``%s`` and ``%(name)s``; every
  literal ``%`` is doubled (psycopg reads one even inside quotes); ``::`` casts stay;
- a sub-query in ``FROM`` gets a name (``alias_subqueries``);
- ``temp.`` becomes ``pg_temp.`` and ``x IN table`` becomes ``x IN (SELECT * FROM table)``;
- ``INSERT OR IGNORE`` becomes ``INSERT … ON CONFLICT DO NOTHING``;
- ``x IS y`` / ``x IS NOT y`` (SQLite's null-safe equality) become ``IS [NOT] DISTINCT
  FROM``;
- ``LIKE`` becomes ``ILIKE`` (SQLite's LIKE ignores ASCII case);
- ``full``, a reserved word in PostgreSQL and a column of ``refunds``, is quoted;
- SQLite's functions without a PostgreSQL namesake are either renamed here
  (``group_concat`` → ``string_agg``, ``json_object`` → ``json_build_object``) or
  defined in the server by ``pg/schema.py`` (two-argument ``max``/``min``, ``strftime``).

What is not SQL at all on PostgreSQL (``PRAGMA``, ``BEGIN IMMEDIATE``) is answered by
``pg/connection.py``. Anything else that differs is a branch in the store that owns it
(``store/dialect.py``), never a second copy of a repository.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKENS = re.compile(
    r"""
    (?P<string>'(?:[^']|'')*')
  | (?P<ident>"(?:[^"]|"")*")
  | (?P<cast>::)
  | (?P<named>:[A-Za-z_][A-Za-z0-9_]*)
  | (?P<qmark>\?)
  | (?P<percent>%)
  | (?P<other>[^'"?:%]+|:)
    """,
    re.VERBOSE | re.DOTALL,
)
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_IS_NOT = re.compile(r"\bIS\s+NOT\s+(?!NULL\b|DISTINCT\b|TRUE\b|FALSE\b)", re.IGNORECASE)
_IS = re.compile(r"\bIS\s+(?!NOT\b|NULL\b|DISTINCT\b|TRUE\b|FALSE\b)", re.IGNORECASE)
_LIKE = re.compile(r"(?<![A-Za-z_])LIKE\b", re.IGNORECASE)
_FULL = re.compile(r"(?<![.\w\"])full\b(?!\s+(?:outer\s+)?join\b)", re.IGNORECASE)
_IN_TABLE = re.compile(r"\bIN\s+(?!SELECT\b)([A-Za-z_]\w*)\b(?!\s*[(.])", re.IGNORECASE)
_CROSS_ON = re.compile(r"\bCROSS\s+JOIN\s+(\w+(?:\s+(?!ON\b)\w+)?)\s+ON\b", re.IGNORECASE)
_TEMP = re.compile(r"(?<![\w.])temp\.", re.IGNORECASE)
_RENAMES = (
    (re.compile(r"\bgroup_concat\s*\(", re.IGNORECASE), "string_agg("),
    (re.compile(r"\bjson_object\s*\(", re.IGNORECASE), "json_build_object("),
)
_INSERT = re.compile(
    r"^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(?:main\.)?\"?(?P<table>\w+)\"?\s*(?P<cols>\([^)]*\))?",
    re.IGNORECASE,
)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)


@dataclass(frozen=True)
class Statement:
    """One statement ready for psycopg."""

    text: str
    insert_into: str | None  # the table an INSERT writes (for ``lastrowid``)
    columns: tuple[str, ...]  # the INSERT's column list, lower case ('' when none)
    returning: bool  # the statement has its own RETURNING
    named: bool  # placeholders are ``%(name)s``
    # A LIKE's best plan depends on its pattern (a rare name prefix: the trigram index; a
    # common one: the key order, stopping at the LIMIT). A prepared statement would get
    # one generic plan for every pattern after five runs, so these are never prepared.
    pattern: bool = False


def _rewrite_code(code: str) -> str:
    """The non-literal parts of a statement."""
    code = _IS_NOT.sub("IS DISTINCT FROM ", code)
    code = _IS.sub("IS NOT DISTINCT FROM ", code)
    code = _LIKE.sub("ILIKE", code)
    code = _FULL.sub('"full"', code)
    code = _TEMP.sub("pg_temp.", code)
    code = _CROSS_ON.sub(r"JOIN \1 ON", code)  # SQLite's join-order hint with ON
    code = _IN_TABLE.sub(r"IN (SELECT * FROM \1)", code)
    for pattern, name in _RENAMES:
        code = pattern.sub(name, code)
    return code


_CLAUSES = frozenset(
    (
        *("WHERE", "GROUP", "ORDER", "UNION", "EXCEPT", "INTERSECT", "LIMIT", "OFFSET"),
        *("JOIN", "LEFT", "INNER", "CROSS", "ON", "HAVING", "WINDOW", "RETURNING"),
    )
)
_FROM_BEFORE = re.compile(r"\b(?:FROM|JOIN)\s*$", re.IGNORECASE)
_QUERY_AFTER = re.compile(r"\s*(?:SELECT|WITH)\b", re.IGNORECASE)


def alias_subqueries(text: str) -> str:
    """``FROM (SELECT …)`` with a name: SQLite lets a sub-query in FROM go unnamed,
    PostgreSQL 15 does not."""
    out: list[str] = []
    stack: list[bool] = []
    quote = ""
    n = 0
    i = 0
    while i < len(text):
        ch = text[i]
        out.append(ch)
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            named = bool(_FROM_BEFORE.search(text, max(0, i - 16), i))
            stack.append(named and bool(_QUERY_AFTER.match(text, i + 1)))
        elif ch == ")" and stack and stack.pop():
            word = re.match(r"\s*([A-Za-z_]\w*)", text[i + 1 : i + 40])
            if word is None or word.group(1).upper() in _CLAUSES:
                n += 1
                out.append(f" AS _q{n}")
        i += 1
    return "".join(out)


@lru_cache(maxsize=4096)
def translate(sql: str) -> Statement:
    """``sql`` (SQLite's dialect, as the stores write it) for PostgreSQL."""
    ignore = bool(_OR_IGNORE.match(sql))
    if ignore:
        sql = re.sub(r"(?i)\s+OR\s+IGNORE\s+", " ", sql, count=1)
    out: list[str] = []
    named = False
    for m in _TOKENS.finditer(sql):
        kind = m.lastgroup
        text = m.group()
        if kind == "string":
            out.append(text.replace("%", "%%"))  # psycopg reads every % as a placeholder
        elif kind in ("ident", "cast"):
            out.append(text)
        elif kind == "named":
            named = True
            out.append(f"%({text[1:]})s")
        elif kind == "qmark":
            out.append("%s")
        elif kind == "percent":
            out.append("%%")
        else:
            out.append(_rewrite_code(text))
    text = alias_subqueries("".join(out).rstrip().rstrip(";"))
    returning = bool(_RETURNING.search(text))
    if ignore:
        if returning:
            head, tail = _RETURNING.split(text, maxsplit=1)
            text = f"{head} ON CONFLICT DO NOTHING RETURNING{tail}"
        else:
            text += " ON CONFLICT DO NOTHING"
    insert = _INSERT.match(sql)
    columns: tuple[str, ...] = ()
    if insert and insert.group("cols"):
        columns = tuple(c.strip().strip('"').lower() for c in insert.group("cols")[1:-1].split(","))
    return Statement(
        text=text,
        insert_into=insert.group("table").lower() if insert else None,
        columns=columns,
        returning=returning,
        named=named,
        pattern="LIKE " in text.upper() or " ~~ " in text,
    )
