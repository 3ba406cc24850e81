"""A small SOQL evaluator for the fake Salesforce org.

It parses the query instead of matching our own query strings, so any reasonable client query
over the Omni objects works as on a real org: a field list (one level of relationship fields
such as ``ServicePresenceStatus.MasterLabel``), one object, WHERE with =, !=, <>, IN, NOT IN,
AND, OR, NOT and parentheses, ORDER BY and LIMIT. Anything else is MALFORMED_QUERY; an unknown
object is INVALID_TYPE and an unknown field INVALID_FIELD, with Salesforce's messages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

Record = dict[str, Any]


class SoqlError(Exception):
    def __init__(self, error_code: str, message: str) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.message = message


@dataclass(frozen=True, slots=True)
class ObjectSchema:
    """Field names in their canonical case, and relationships: name -> (id field, object)."""

    name: str
    fields: tuple[str, ...]
    relationships: Mapping[str, tuple[str, str]]

    def canonical_field(self, raw: str) -> str | None:
        lowered = raw.lower()
        return next((f for f in self.fields if f.lower() == lowered), None)

    def canonical_relationship(self, raw: str) -> str | None:
        lowered = raw.lower()
        return next((r for r in self.relationships if r.lower() == lowered), None)


@dataclass(frozen=True, slots=True)
class FieldRef:
    path: tuple[str, ...]
    """Canonical names: ("Status",) or ("PendingServiceRouting", "RoutingType")."""

    @property
    def text(self) -> str:
        return ".".join(self.path)


@dataclass(frozen=True, slots=True)
class Order:
    field: FieldRef
    descending: bool
    nulls_last: bool


@dataclass(frozen=True, slots=True)
class Query:
    object_name: str
    fields: tuple[FieldRef, ...]
    where: Condition | None
    order: tuple[Order, ...]
    limit: int | None


Condition = Callable[[Callable[[FieldRef], Any]], bool]

_TOKEN = re.compile(
    r"\s*(?:(?P<string>'(?:[^'\\]|\\.)*')|(?P<number>-?\d+(?:\.\d+)?)"
    r"|(?P<op>!=|<>|<=|>=|=|<|>)|(?P<punct>[(),])|(?P<word>[A-Za-z_][A-Za-z0-9_.]*))"
)
_KEYWORDS = {
    "select",
    "from",
    "where",
    "and",
    "or",
    "not",
    "in",
    "order",
    "by",
    "asc",
    "desc",
    "nulls",
    "first",
    "last",
    "limit",
    "true",
    "false",
    "null",
}


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise SoqlError("MALFORMED_QUERY", f"unexpected token: '{text[pos : pos + 20]}'")
        kind = match.lastgroup or ""
        out.append((kind, match.group(kind)))
        pos = match.end()
    return out


class _Parser:
    def __init__(self, text: str, schemas: Mapping[str, ObjectSchema]) -> None:
        self.tokens = _tokens(text)
        self.pos = 0
        self.schemas = schemas
        self.schema: ObjectSchema | None = None

    def peek_word(self) -> str:
        if self.pos < len(self.tokens) and self.tokens[self.pos][0] == "word":
            return self.tokens[self.pos][1].lower()
        return ""

    def take(self) -> tuple[str, str]:
        if self.pos >= len(self.tokens):
            raise SoqlError("MALFORMED_QUERY", "unexpected end of query")
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expect_word(self, word: str) -> None:
        kind, value = self.take()
        if kind != "word" or value.lower() != word:
            raise SoqlError("MALFORMED_QUERY", f"expecting '{word.upper()}', found '{value}'")

    def expect_punct(self, punct: str) -> None:
        kind, value = self.take()
        if kind != "punct" or value != punct:
            raise SoqlError("MALFORMED_QUERY", f"expecting '{punct}', found '{value}'")

    def at_punct(self, punct: str) -> bool:
        return self.pos < len(self.tokens) and self.tokens[self.pos] == ("punct", punct)

    def parse(self) -> Query:
        self.expect_word("select")
        raw_fields = [self.field_name()]
        while self.at_punct(","):
            self.take()
            raw_fields.append(self.field_name())
        self.expect_word("from")
        kind, object_raw = self.take()
        if kind != "word" or object_raw.lower() in _KEYWORDS:
            raise SoqlError("MALFORMED_QUERY", f"unexpected token: '{object_raw}'")
        self.schema = self._schema(object_raw)
        fields = tuple(self.resolve(name) for name in raw_fields)
        where = None
        if self.peek_word() == "where":
            self.take()
            where = self.condition()
        order: list[Order] = []
        if self.peek_word() == "order":
            self.take()
            self.expect_word("by")
            order.append(self.order_item())
            while self.at_punct(","):
                self.take()
                order.append(self.order_item())
        limit = None
        if self.peek_word() == "limit":
            self.take()
            kind, value = self.take()
            if kind != "number" or not value.isdigit():
                raise SoqlError("MALFORMED_QUERY", f"LIMIT needs a whole number, found '{value}'")
            limit = int(value)
        if self.pos != len(self.tokens):
            rest = self.tokens[self.pos][1]
            raise SoqlError("MALFORMED_QUERY", f"unexpected token: '{rest}'")
        return Query(self.schema.name, fields, where, tuple(order), limit)

    def _schema(self, raw: str) -> ObjectSchema:
        found = next((s for n, s in self.schemas.items() if n.lower() == raw.lower()), None)
        if found is None:
            raise SoqlError(
                "INVALID_TYPE",
                f"sObject type '{raw}' is not supported. If you are attempting to use a custom "
                "object, be sure to append the '__c' after the entity name.",
            )
        return found

    def field_name(self) -> str:
        kind, value = self.take()
        if kind != "word" or value.lower() in _KEYWORDS:
            raise SoqlError("MALFORMED_QUERY", f"unexpected token: '{value}'")
        return value

    def resolve(self, raw: str) -> FieldRef:
        assert self.schema is not None
        parts = raw.split(".")
        if len(parts) == 1:
            name = self.schema.canonical_field(raw)
            if name is None:
                raise self._no_such_column(raw, self.schema.name)
            return FieldRef((name,))
        if len(parts) == 2:
            relation = self.schema.canonical_relationship(parts[0])
            if relation is not None:
                target = self.schemas[self.schema.relationships[relation][1]]
                name = target.canonical_field(parts[1])
                if name is None:
                    raise self._no_such_column(parts[1], target.name)
                return FieldRef((relation, name))
        raise SoqlError(
            "INVALID_FIELD",
            f"Didn't understand relationship '{parts[0]}' in field path. If you are attempting "
            "to use a custom relationship, be sure to append the '__r' after the custom "
            "relationship name.",
        )

    @staticmethod
    def _no_such_column(field: str, entity: str) -> SoqlError:
        return SoqlError(
            "INVALID_FIELD",
            f"No such column '{field}' on entity '{entity}'. If you are attempting to use a "
            "custom field, be sure to append the '__c' after the custom field name.",
        )

    def order_item(self) -> Order:
        ref = self.resolve(self.field_name())
        descending = False
        if self.peek_word() in ("asc", "desc"):
            descending = self.take()[1].lower() == "desc"
        nulls_last = descending
        if self.peek_word() == "nulls":
            self.take()
            value = self.take()[1]
            if value.lower() not in ("first", "last"):
                raise SoqlError("MALFORMED_QUERY", f"expecting FIRST or LAST, found '{value}'")
            nulls_last = value.lower() == "last"
        return Order(ref, descending, nulls_last)

    def condition(self) -> Condition:
        left = self.conjunction()
        while self.peek_word() == "or":
            self.take()
            right = self.conjunction()
            left = _either(left, right)
        return left

    def conjunction(self) -> Condition:
        left = self.factor()
        while self.peek_word() == "and":
            self.take()
            right = self.factor()
            left = _both(left, right)
        return left

    def factor(self) -> Condition:
        if self.peek_word() == "not":
            self.take()
            inner = self.factor()
            return lambda get: not inner(get)
        if self.at_punct("("):
            self.take()
            inner = self.condition()
            self.expect_punct(")")
            return inner
        ref = self.resolve(self.field_name())
        negate_in = False
        if self.peek_word() == "not":
            self.take()
            negate_in = True
            if self.peek_word() != "in":
                raise SoqlError("MALFORMED_QUERY", "expecting IN after NOT")
        if self.peek_word() == "in":
            self.take()
            values = self.value_list()
            return lambda get: (_normal(get(ref)) in values) != negate_in
        kind, op = self.take()
        if kind != "op":
            raise SoqlError("MALFORMED_QUERY", f"unexpected token: '{op}'")
        if op not in ("=", "!=", "<>"):
            raise SoqlError("MALFORMED_QUERY", f"operator '{op}' is not supported here")
        value = self.value()
        if op == "=":
            return lambda get: _normal(get(ref)) == value
        return lambda get: _normal(get(ref)) != value

    def value_list(self) -> frozenset[Any]:
        self.expect_punct("(")
        values = {self.value()}
        while self.at_punct(","):
            self.take()
            values.add(self.value())
        self.expect_punct(")")
        return frozenset(values)

    def value(self) -> Any:
        kind, raw = self.take()
        if kind == "string":
            return _normal(re.sub(r"\\(.)", r"\1", raw[1:-1]))
        if kind == "number":
            return float(raw)
        if kind == "word" and raw.lower() in ("true", "false"):
            return raw.lower() == "true"
        if kind == "word" and raw.lower() == "null":
            return None
        if kind == "punct" and raw == "(":
            raise SoqlError("MALFORMED_QUERY", "semi-join subqueries are not supported here")
        raise SoqlError("MALFORMED_QUERY", f"unexpected token: '{raw}'")


def _either(a: Condition, b: Condition) -> Condition:
    return lambda get: a(get) or b(get)


def _both(a: Condition, b: Condition) -> Condition:
    return lambda get: a(get) and b(get)


def _normal(value: Any) -> Any:
    """SOQL compares text case-insensitively; numbers as numbers."""
    if isinstance(value, str):
        return value.lower()
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def parse_query(text: str, schemas: Mapping[str, ObjectSchema]) -> Query:
    return _Parser(text, schemas).parse()


RecordSource = Callable[[str], list[Record]]
"""Visible records of an object, by canonical object name."""


def _getter(schema: ObjectSchema, source: RecordSource) -> Callable[[Record, FieldRef], Any]:
    """Reads a field of a record, following one relationship to its parent record."""
    related: dict[str, dict[str, Record]] = {}

    def get(record: Record, ref: FieldRef) -> Any:
        if len(ref.path) == 1:
            return record.get(ref.path[0])
        id_field, target = schema.relationships[ref.path[0]]
        if target not in related:
            related[target] = {r["Id"]: r for r in source(target)}
        parent = related[target].get(record.get(id_field) or "")
        return None if parent is None else parent.get(ref.path[1])

    return get


def run_query(
    query: Query, source: RecordSource, schemas: Mapping[str, ObjectSchema], url_base: str
) -> list[Record]:
    """Evaluate over ``source`` and shape the rows as the REST API does (attributes, nesting)."""
    schema = schemas[query.object_name]
    get = _getter(schema, source)
    rows = [r for r in source(query.object_name) if _where(query, r, get)]
    for order in reversed(query.order):
        present = [r for r in rows if get(r, order.field) is not None]
        missing = [r for r in rows if get(r, order.field) is None]
        ref = order.field
        present.sort(key=lambda r: _normal(get(r, ref)), reverse=order.descending)
        rows = present + missing if order.nulls_last else missing + present
    if query.limit is not None:
        rows = rows[: query.limit]
    return [_shape(r, query, schema, get, url_base) for r in rows]


def _where(query: Query, record: Record, get: Callable[[Record, FieldRef], Any]) -> bool:
    return query.where is None or query.where(lambda ref: get(record, ref))


def matches(
    query: Query, record: Record, source: RecordSource, schemas: Mapping[str, ObjectSchema]
) -> bool:
    """Whether one record satisfies a query's WHERE (PushTopics notify on this)."""
    return _where(query, record, _getter(schemas[query.object_name], source))


def select_fields(
    query: Query, record: Record, source: RecordSource, schemas: Mapping[str, ObjectSchema]
) -> Record:
    """The query's plain fields of one record, as a PushTopic notification carries them."""
    get = _getter(schemas[query.object_name], source)
    return {ref.text: get(record, ref) for ref in query.fields}


def _shape(
    record: Record,
    query: Query,
    schema: ObjectSchema,
    get: Callable[[Record, FieldRef], Any],
    url_base: str,
) -> Record:
    out: Record = {"attributes": _attributes(schema.name, record["Id"], url_base)}
    for ref in query.fields:
        if len(ref.path) == 1:
            out[ref.path[0]] = record.get(ref.path[0])
            continue
        relation, name = ref.path
        id_field, target = schema.relationships[relation]
        parent_id = record.get(id_field)
        if not parent_id:
            out[relation] = None
            continue
        nested = out.get(relation) or {"attributes": _attributes(target, parent_id, url_base)}
        nested[name] = get(record, ref)
        out[relation] = nested
    return out


def _attributes(object_name: str, record_id: str, url_base: str) -> dict[str, str]:
    return {"type": object_name, "url": f"{url_base}/sobjects/{object_name}/{record_id}"}
