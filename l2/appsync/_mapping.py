"""VTL mapping templates and the DynamoDB key/condition/value builders they are written with."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class _Condition:
    """A DynamoDB key condition expression (private)."""

    def render_condition(self) -> str:
        raise NotImplementedError

    def key_names(self) -> list[str]:
        raise NotImplementedError

    def args(self) -> list[str]:
        raise NotImplementedError

    def and_(self, other: _Condition) -> _Condition:
        return _And(self, other)

    def render_expression_names(self) -> str:
        return ", ".join(f'"#{k}" : "{k}"' for k in self.key_names())

    def render_expression_values(self) -> str:
        return ", ".join(f'":{a}" : $util.dynamodb.toDynamoDBJson($ctx.args.{a})' for a in self.args())


def _dedup(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


class _And(_Condition):
    def __init__(self, left: _Condition, right: _Condition) -> None:
        self.left = left
        self.right = right

    def render_condition(self) -> str:
        return f"{self.left.render_condition()} AND {self.right.render_condition()}"

    def key_names(self) -> list[str]:
        return _dedup(self.left.key_names() + self.right.key_names())

    def args(self) -> list[str]:
        return _dedup(self.left.args() + self.right.args())


class _Binary(_Condition):
    def __init__(self, key_name: str, op: str, arg: str) -> None:
        self.key_name = key_name
        self.op = op
        self.arg = arg

    def render_condition(self) -> str:
        return f"#{self.key_name} {self.op} :{self.arg}"

    def key_names(self) -> list[str]:
        return [self.key_name]

    def args(self) -> list[str]:
        return [self.arg]


class _BeginsWith(_Condition):
    def __init__(self, key_name: str, arg: str) -> None:
        self.key_name = key_name
        self.arg = arg

    def render_condition(self) -> str:
        return f"begins_with(#{self.key_name}, :{self.arg})"

    def key_names(self) -> list[str]:
        return [self.key_name]

    def args(self) -> list[str]:
        return [self.arg]


class _Between(_Condition):
    def __init__(self, key_name: str, arg1: str, arg2: str) -> None:
        self.key_name = key_name
        self.arg1 = arg1
        self.arg2 = arg2

    def render_condition(self) -> str:
        return f"#{self.key_name} BETWEEN :{self.arg1} AND :{self.arg2}"

    def key_names(self) -> list[str]:
        return [self.key_name]

    def args(self) -> list[str]:
        return [self.arg1, self.arg2]


class KeyCondition:
    """A key condition of a DynamoDB ``Query``, on arguments of the GraphQL field.

    Args:
        cond: the condition expression (use the factories: ``eq``, ``begins_with``, ...).
    """

    def __init__(self, cond: _Condition) -> None:
        self._cond = cond

    @staticmethod
    def eq(key_name: str, arg: str) -> KeyCondition:
        """``key_name = $ctx.args.<arg>``."""
        return KeyCondition(_Binary(key_name, "=", arg))

    @staticmethod
    def lt(key_name: str, arg: str) -> KeyCondition:
        """``key_name < $ctx.args.<arg>``."""
        return KeyCondition(_Binary(key_name, "<", arg))

    @staticmethod
    def le(key_name: str, arg: str) -> KeyCondition:
        """``key_name <= $ctx.args.<arg>``."""
        return KeyCondition(_Binary(key_name, "<=", arg))

    @staticmethod
    def gt(key_name: str, arg: str) -> KeyCondition:
        """``key_name > $ctx.args.<arg>``."""
        return KeyCondition(_Binary(key_name, ">", arg))

    @staticmethod
    def ge(key_name: str, arg: str) -> KeyCondition:
        """``key_name >= $ctx.args.<arg>``."""
        return KeyCondition(_Binary(key_name, ">=", arg))

    @staticmethod
    def begins_with(key_name: str, arg: str) -> KeyCondition:
        """``begins_with(key_name, $ctx.args.<arg>)``."""
        return KeyCondition(_BeginsWith(key_name, arg))

    @staticmethod
    def between(key_name: str, arg1: str, arg2: str) -> KeyCondition:
        """``key_name BETWEEN $ctx.args.<arg1> AND $ctx.args.<arg2>``."""
        return KeyCondition(_Between(key_name, arg1, arg2))

    def and_(self, key_cond: KeyCondition) -> KeyCondition:
        """Both conditions."""
        return KeyCondition(self._cond.and_(key_cond._cond))

    def render_template(self) -> str:
        """The ``query`` part of a ``Query`` request template."""
        return (
            '"query" : {\n'
            f'              "expression" : "{self._cond.render_condition()}",\n'
            '              "expressionNames" : {\n'
            f"                {self._cond.render_expression_names()}\n"
            "              },\n"
            '              "expressionValues" : {\n'
            f"                {self._cond.render_expression_values()}\n"
            "              }\n"
            "            }"
        )


class Assign:
    """An attribute given a value.

    Args:
        attr: the attribute.
        arg: the VTL expression of its value.
    """

    def __init__(self, attr: str, arg: str) -> None:
        self._attr = attr
        self._arg = arg

    def render_as_assignment(self) -> str:
        """The attribute as a DynamoDB JSON entry."""
        return f'"{self._attr}" : $util.dynamodb.toDynamoDBJson({self._arg})'

    def put_in_map(self, map: str) -> str:
        """The VTL that puts the attribute into the map variable ``map``."""
        return f'$util.qr(${map}.put("{self._attr}", {self._arg}))'


class PrimaryKey:
    """The primary key of a DynamoDB item (partition key, optionally sort key).

    Args:
        pkey: the partition key.
        skey: the sort key.
    """

    def __init__(self, pkey: Assign, skey: Assign | None = None) -> None:
        self._pkey = pkey
        self._skey = skey

    @staticmethod
    def partition(key: str) -> PartitionKeyStep:
        """Start a key with its partition key attribute."""
        return PartitionKeyStep(key)

    def render_template(self) -> str:
        """The ``key`` part of a request template."""
        assignments = [self._pkey.render_as_assignment()]
        if self._skey is not None:
            assignments.append(self._skey.render_as_assignment())
        return '"key" : {\n      ' + ",".join(assignments) + "\n    }"


class PartitionKey(PrimaryKey):
    """A primary key with only its partition key so far.

    Args:
        pkey: the partition key.
    """

    def __init__(self, pkey: Assign) -> None:
        super().__init__(pkey)

    def sort(self, key: str) -> SortKeyStep:
        """Add a sort key attribute."""
        return SortKeyStep(self._pkey, key)


class PartitionKeyStep:
    """The partition key attribute, waiting for its value.

    Args:
        key: the attribute.
    """

    def __init__(self, key: str) -> None:
        self._key = key

    def is_(self, val: str) -> PartitionKey:
        """Its value is the argument ``val``."""
        return PartitionKey(Assign(self._key, f"$ctx.args.{val}"))

    def auto(self) -> PartitionKey:
        """Its value is a generated id."""
        return PartitionKey(Assign(self._key, "$util.autoId()"))


class SortKeyStep:
    """The sort key attribute, waiting for its value.

    Args:
        pkey: the partition key.
        skey: the sort key attribute.
    """

    def __init__(self, pkey: Assign, skey: str) -> None:
        self._pkey = pkey
        self._skey = skey

    def is_(self, val: str) -> PrimaryKey:
        """Its value is the argument ``val``."""
        return PrimaryKey(self._pkey, Assign(self._skey, f"$ctx.args.{val}"))

    def auto(self) -> PrimaryKey:
        """Its value is a generated id."""
        return PrimaryKey(self._pkey, Assign(self._skey, "$util.autoId()"))


class AttributeValues:
    """The attribute values of a ``PutItem``.

    Args:
        container: the VTL expression of the map they start from.
        assignments: further attributes.
    """

    def __init__(self, container: str, assignments: Sequence[Assign] | None = None) -> None:
        self._container = container
        self._assignments: list[Assign] = list(assignments) if assignments is not None else []

    def attribute(self, attr: str) -> AttributeValuesStep:
        """Add an attribute."""
        return AttributeValuesStep(attr, self._container, self._assignments)

    def render_variables(self) -> str:
        """The VTL that builds the ``$input`` map."""
        puts = "\n".join(a.put_in_map("input") for a in self._assignments)
        return f"#set($input = {self._container})\n      {puts}"

    def render_template(self) -> str:
        """The ``attributeValues`` part of a request template."""
        return '"attributeValues": $util.dynamodb.toMapValuesJson($input)'


class AttributeValuesStep:
    """An attribute of ``AttributeValues``, waiting for its value.

    Args:
        attr: the attribute.
        container: the map expression.
        assignments: the attributes so far.
    """

    def __init__(self, attr: str, container: str, assignments: Sequence[Assign]) -> None:
        self._attr = attr
        self._container = container
        self._assignments = assignments

    def is_(self, val: str) -> AttributeValues:
        """Its value is the VTL expression ``val``."""
        assignments = self._assignments
        if isinstance(assignments, list):
            assignments.append(Assign(self._attr, val))
        else:
            assignments = [*assignments, Assign(self._attr, val)]
        return AttributeValues(self._container, assignments)


class Values:
    """Factories of ``AttributeValues``."""

    @staticmethod
    def projecting(arg: str | None = None) -> AttributeValues:
        """All the fields of the argument ``arg`` (default all arguments)."""
        return AttributeValues("$ctx.args" + (f".{arg}" if arg else ""))

    @staticmethod
    def attribute(attr: str) -> AttributeValuesStep:
        """Start from an empty map with the attribute ``attr``."""
        return AttributeValues("{}").attribute(attr)


class MappingTemplate:
    """A VTL request or response mapping template."""

    def render_template(self) -> str:
        """The template text."""
        raise NotImplementedError

    @staticmethod
    def from_string(template: str) -> MappingTemplate:
        """A template given as a string."""
        return _StringMappingTemplate(template)

    @staticmethod
    def from_file(file_name: str) -> MappingTemplate:
        """A template read from a file."""
        return _StringMappingTemplate(Path(file_name).read_text(encoding="utf-8"))

    @staticmethod
    def dynamo_db_result_list() -> MappingTemplate:
        """The items of a ``Query``/``Scan`` result."""
        return MappingTemplate.from_string("$util.toJson($ctx.result.items)")

    @staticmethod
    def dynamo_db_result_item() -> MappingTemplate:
        """The item of a ``GetItem``/``PutItem`` result."""
        return MappingTemplate.from_string("$util.toJson($ctx.result)")

    @staticmethod
    def dynamo_db_scan_table(consistent_read: bool | None = None) -> MappingTemplate:
        """A ``Scan`` of the whole table."""
        return MappingTemplate.from_string(
            f'{{"version" : "2017-02-28", "operation" : "Scan", "consistentRead": {_js_bool(consistent_read)}}}'
        )

    @staticmethod
    def dynamo_db_query(
        cond: KeyCondition, index_name: str | None = None, consistent_read: bool | None = None
    ) -> MappingTemplate:
        """A ``Query`` with a key condition, optionally on an index."""
        index = f'"index" : "{index_name}", ' if index_name else ""
        return MappingTemplate.from_string(
            f'{{"version" : "2017-02-28", "operation" : "Query",  "consistentRead": {_js_bool(consistent_read)}, '
            f"{index}{cond.render_template()}}}"
        )

    @staticmethod
    def dynamo_db_get_item(key_name: str, id_arg: str, consistent_read: bool | None = None) -> MappingTemplate:
        """A ``GetItem`` of the item whose ``key_name`` is the argument ``id_arg``."""
        return MappingTemplate.from_string(
            f'{{"version": "2017-02-28", "operation": "GetItem", "consistentRead": {_js_bool(consistent_read)}, '
            f'"key": {{"{key_name}": $util.dynamodb.toDynamoDBJson($ctx.args.{id_arg})}}}}'
        )

    @staticmethod
    def dynamo_db_delete_item(key_name: str, id_arg: str) -> MappingTemplate:
        """A ``DeleteItem`` of the item whose ``key_name`` is the argument ``id_arg``."""
        return MappingTemplate.from_string(
            f'{{"version": "2017-02-28", "operation": "DeleteItem", '
            f'"key": {{"{key_name}": $util.dynamodb.toDynamoDBJson($ctx.args.{id_arg})}}}}'
        )

    @staticmethod
    def dynamo_db_put_item(key: PrimaryKey, values: AttributeValues) -> MappingTemplate:
        """A ``PutItem`` with a key and attribute values."""
        return MappingTemplate.from_string(
            f"\n      {values.render_variables()}\n"
            "      {\n"
            '        "version": "2017-02-28",\n'
            '        "operation": "PutItem",\n'
            f"        {key.render_template()},\n"
            f"        {values.render_template()}\n"
            "      }"
        )

    @staticmethod
    def lambda_request(payload: str | None = None, operation: str | None = None) -> MappingTemplate:
        """A Lambda ``Invoke`` (or ``BatchInvoke``) with ``payload`` (default the whole context)."""
        payload = "$util.toJson($ctx)" if payload is None else payload
        operation = "Invoke" if operation is None else operation
        return MappingTemplate.from_string(
            f'{{"version": "2017-02-28", "operation": "{operation}", "payload": {payload}}}'
        )

    @staticmethod
    def lambda_result() -> MappingTemplate:
        """The function's result."""
        return MappingTemplate.from_string("$util.toJson($ctx.result)")


def _js_bool(value: bool | None) -> str:
    return "true" if value else "false"


class _StringMappingTemplate(MappingTemplate):
    def __init__(self, template: str) -> None:
        self._template = template

    def render_template(self) -> str:
        return self._template
