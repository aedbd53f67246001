"""``QueryDefinition`` and ``QueryString``: saved CloudWatch Logs Insights queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Annotations, Construct, Resource, ValidationError
from constructs.internals import check_deprecated_props, structs
from l1.logs import CfnQueryDefinition

if TYPE_CHECKING:
    from ._interfaces import ILogGroup


@structs.frozen(kw_only=True)
class QueryStringProps:
    """The commands of a ``QueryString`` (see that class for each keyword argument)."""

    display: str | None = None
    fields: Sequence[str] | None = None
    filter: str | None = None
    filter_statements: Sequence[str] | None = None
    limit: int | float | None = None
    parse: str | None = None
    parse_statements: Sequence[str] | None = None
    sort: str | None = None
    stats: str | None = None
    stats_statements: Sequence[str] | None = None


class QueryString:
    """A Logs Insights query built from its commands, rendered one command per line joined by ``\\n| ``.

    Args:
        fields: the ``fields`` command: the fields to show.
        parse / parse_statements: one ``parse`` command, or several.
        filter / filter_statements: one ``filter`` command, or several.
        stats / stats_statements: one ``stats`` command, or several.
        sort: the ``sort`` command (e.g. ``@timestamp desc``).
        limit: the ``limit`` command: the most log events returned.
        display: the ``display`` command: the fields shown.
    """

    def __init__(
        self,
        *,
        display: str | None = None,
        fields: Sequence[str] | None = None,
        filter: str | None = None,
        filter_statements: Sequence[str] | None = None,
        limit: int | None = None,
        parse: str | None = None,
        parse_statements: Sequence[str] | None = None,
        sort: str | None = None,
        stats: str | None = None,
        stats_statements: Sequence[str] | None = None,
    ) -> None:
        check_deprecated_props("aws_logs.QueryStringProps", locals())
        self._fields = fields
        self._sort = sort
        self._limit = limit
        self._display = display
        self.stats_statements_length: int | None = len(stats_statements) if stats_statements is not None else None
        self.has_stats_and_stats_statements: bool = bool(stats_statements and stats)
        self._parse = list(parse_statements) if parse_statements else ([parse] if parse else [])
        self._filter = list(filter_statements) if filter_statements else ([filter] if filter else [])
        self._stats = list(stats_statements) if stats_statements else ([stats] if stats else [])

    @staticmethod
    def _line(command: str, statement: str | None) -> str:
        return f"{command} {statement}" if statement else ""

    def to_string(self) -> str:
        """The query text."""
        lines = [
            self._line("fields", ", ".join(self._fields) if self._fields is not None else None),
            *(self._line("parse", s) for s in self._parse),
            *(self._line("filter", s) for s in self._filter),
            *(self._line("stats", s) for s in self._stats),
            self._line("sort", self._sort),
            self._line("limit", str(self._limit) if self._limit is not None else None),
            self._line("display", self._display),
        ]
        return "\n| ".join(line for line in lines if line)

    def __str__(self) -> str:
        return self.to_string()


@structs.frozen(kw_only=True)
class QueryDefinitionProps:
    """The properties of a ``QueryDefinition`` (see there)."""

    query_definition_name: str
    query_string: QueryString
    log_groups: Sequence[ILogGroup] | None = None


class QueryDefinition(Resource):
    """A saved Logs Insights query (``AWS::Logs::QueryDefinition``).

    Args:
        query_definition_name: the query's name.
        query_string: the query.
        log_groups: the groups the query runs on (default: none, rendered as an empty list).

    Raises:
        ValidationError: more than two stats statements.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-logs.QueryDefinition"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        query_definition_name: str,
        query_string: QueryString,
        log_groups: Sequence[ILogGroup] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=query_definition_name)
        count = query_string.stats_statements_length
        if count and count > 2:
            raise ValidationError(
                f"CloudWatch Logs Insights only supports up to two stats commands in a single query, received {count}.",
                self,
            )
        if query_string.has_stats_and_stats_statements:
            Annotations.of(self).add_warning_v2(
                "QueryDefinitionStatsWarning",
                "Both stats and statsStatements properties are provided. The stats property is deprecated and will be "
                "ignored in favor of statsStatements.",
            )
        resource = CfnQueryDefinition(
            self,
            "Resource",
            name=query_definition_name,
            query_string=query_string.to_string(),
            log_group_names=[g.log_group_name for g in log_groups or []],
        )
        self.query_definition_id: str = resource.attr_query_definition_id
