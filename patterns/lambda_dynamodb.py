"""``LambdaToDynamoDB``: a Lambda function with access to a DynamoDB table named in its environment."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct, ValidationError
from l2 import dynamodb, lambda_
from patterns._private.lambda_function import build_lambda_function
from patterns._private.props import check_exclusive, check_prop_names, merge_props
from patterns._private.table_defaults import table_defaults

DEFAULT_TABLE_ENVIRONMENT_VARIABLE_NAME = "DDB_TABLE_NAME"
"""The environment variable holding the table name."""

_GRANTS = {
    "Read": "grant_read_data",
    "Write": "grant_write_data",
    "ReadWrite": "grant_read_write_data",
    "All": "grant_full_access",
}


class LambdaToDynamoDB(Construct):
    """A Lambda function allowed to use a DynamoDB table, secure by default.

    Defaults (each overridable through the props):

    - the table: partition key ``id`` (string), on-demand billing, SSE with the AWS managed key (a customer
      managed key when ``encryption_key`` is given), point-in-time recovery, retained when the stack is deleted;
    - the function: X-Ray tracing ``ACTIVE``; the table name in ``DDB_TABLE_NAME``; its role gets exactly the
      data-plane actions of ``table_permissions`` on this table (and its indexes).

    Args:
        scope: the parent construct.
        id: the construct id.
        existing_lambda_obj: the function (exclusive with ``lambda_function_props``).
        lambda_function_props: ``lambda_.Function`` keyword arguments merged over the defaults.
        existing_table_obj: a table to use (exclusive with ``dynamo_table_props``).
        dynamo_table_props: ``dynamodb.Table`` keyword arguments merged over the defaults.
        table_permissions: ``"Read"``, ``"Write"``, ``"ReadWrite"`` (default) or ``"All"``.
        table_environment_variable_name: the variable holding the table name (default ``DDB_TABLE_NAME``).

    Attributes:
        lambda_function: the function.
        dynamo_table: the table.

    Raises:
        ValidationError: conflicting or unknown props, or an unknown ``table_permissions``; the message names
            this construct's path and the prop.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        existing_lambda_obj: lambda_.Function | None = None,
        lambda_function_props: Mapping[str, object] | None = None,
        existing_table_obj: dynamodb.Table | None = None,
        dynamo_table_props: Mapping[str, object] | None = None,
        table_permissions: str | None = None,
        table_environment_variable_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        check_exclusive(self, existing_table_obj=existing_table_obj, dynamo_table_props=dynamo_table_props)
        check_prop_names(self, "dynamo_table_props", dynamo_table_props, dynamodb.Table)
        permissions = "ReadWrite" if table_permissions is None else table_permissions
        if permissions not in _GRANTS:
            raise ValidationError(
                f"table_permissions must be one of {', '.join(map(repr, _GRANTS))}, got {permissions!r}", self
            )

        self.lambda_function: lambda_.Function = build_lambda_function(
            self, existing_lambda_obj=existing_lambda_obj, lambda_function_props=lambda_function_props
        )
        if existing_table_obj is not None:
            self.dynamo_table: dynamodb.Table = existing_table_obj
        else:
            props = merge_props(table_defaults(dynamo_table_props), dynamo_table_props)
            self.dynamo_table = dynamodb.Table(self, "DynamoTable", **props)
        getattr(self.dynamo_table, _GRANTS[permissions])(self.lambda_function)
        self.lambda_function.add_environment(
            table_environment_variable_name or DEFAULT_TABLE_ENVIRONMENT_VARIABLE_NAME, self.dynamo_table.table_name
        )
