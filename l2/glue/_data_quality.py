"""``DataQualityRuleset``: a Glue Data Quality ruleset written in DQDL."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from constructs import Arn, Construct, RemovalPolicy, Resource, Stack
from constructs.internals import cached_property, structs
from l2.glue._interfaces import IDataQualityRuleset, ITable  # runtime: the argument checks resolve them

if TYPE_CHECKING:
    from l1.interfaces.glue import IDatabaseRef


class DataQualityTargetTable:
    """The table a ruleset evaluates.

    Args:
        database_name: the database's name.
        table_name: the table's name.
    """

    def __init__(self, database_name: str, table_name: str) -> None:
        self.database_name = database_name
        """The database's name."""
        self.table_name = table_name
        """The table's name."""

    @staticmethod
    def from_table(database: IDatabaseRef, table: ITable) -> DataQualityTargetTable:
        """A table construct in a database construct."""
        return DataQualityTargetTable(database.database_ref.database_name, table.table_name)

    @staticmethod
    def from_table_name(database: IDatabaseRef, table_name: str) -> DataQualityTargetTable:
        """A table by name in a database construct."""
        return DataQualityTargetTable(database.database_ref.database_name, table_name)


class Dqdl:
    """A DQDL ruleset text.

    Args:
        dqdl: the ruleset in Data Quality Definition Language.
    """

    def __init__(self, dqdl: str) -> None:
        self.dqdl = dqdl

    @staticmethod
    def from_string(dqdl: str) -> Dqdl:
        """The ruleset written out (``Rules = [ ... ]``)."""
        return Dqdl(dqdl)

    def _render(self) -> str:
        return self.dqdl


@structs.frozen(kw_only=True)
class DataQualityRulesetProps:
    """The properties of a ``DataQualityRuleset`` (see ``DataQualityRuleset``)."""

    dqdl: Dqdl
    ruleset_name: str
    target_table: DataQualityTargetTable
    description: str | None = None
    removal_policy: RemovalPolicy | None = None
    tags: Mapping[str, str] | None = None


class _ImportedRuleset(Resource):
    def __init__(self, scope: Construct, id: str, name: str, arn: str) -> None:
        super().__init__(scope, id)
        self.ruleset_name = name
        self.ruleset_arn = arn


class DataQualityRuleset(Resource):
    """A Glue Data Quality ruleset (``AWS::Glue::DataQualityRuleset``).

    Args:
        dqdl: the rules (``Dqdl.from_string``).
        ruleset_name: the name.
        target_table: the table the rules apply to.
        description: a description.
        removal_policy: the removal policy (default CloudFormation's).
        tags: tags.
    """

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.DataQualityRuleset"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, dqdl: Dqdl, ruleset_name: str,
                 target_table: DataQualityTargetTable, description: str | None = None,
                 removal_policy: RemovalPolicy | None = None, tags: Mapping[str, str] | None = None) -> None:
        super().__init__(scope, id, physical_name=ruleset_name)
        from l1.glue import CfnDataQualityRuleset

        self.resource = CfnDataQualityRuleset(
            self, "Resource", description=description, name=ruleset_name, ruleset=dqdl._render(), tags=tags,
            target_table={"database_name": target_table.database_name, "table_name": target_table.table_name})
        self.resource.apply_removal_policy(removal_policy)

    @cached_property
    def ruleset_name(self) -> str:
        """The ruleset's name."""
        return self.get_resource_name_attribute(self.resource.ref)

    @cached_property
    def ruleset_arn(self) -> str:
        """The ruleset's ARN."""
        return DataQualityRuleset._build_arn(self, self.ruleset_name)

    @staticmethod
    def _build_arn(scope: Construct, name: str) -> str:
        return Stack.of(scope).format_arn(service="glue", resource="dataqualityruleset", resource_name=name)

    @staticmethod
    def from_ruleset_arn(scope: Construct, id: str, ruleset_arn: str) -> IDataQualityRuleset:
        """An existing ruleset by ARN."""
        return _ImportedRuleset(scope, id, Arn.extract_resource_name(ruleset_arn, "dataqualityruleset"),
                                ruleset_arn)

    @staticmethod
    def from_ruleset_name(scope: Construct, id: str, ruleset_name: str) -> IDataQualityRuleset:
        """An existing ruleset by name."""
        return _ImportedRuleset(scope, id, ruleset_name, DataQualityRuleset._build_arn(scope, ruleset_name))
