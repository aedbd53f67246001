"""``CrossAccountDestination``: a CloudWatch Logs destination other accounts can subscribe to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, Lazy, Resource, Stack
from constructs.internals import structs
from l1.logs import CfnDestination

from ._subscription_filter import LogSubscriptionDestinationConfig

if TYPE_CHECKING:
    from l2.iam import IRole, PolicyDocument, PolicyStatement
    from l2.logs._interfaces import ILogGroup


@structs.frozen(kw_only=True)
class CrossAccountDestinationProps:
    """The properties of a ``CrossAccountDestination`` (see there)."""

    role: IRole
    target_arn: str
    destination_name: str | None = None


class CrossAccountDestination(Resource):
    """A CloudWatch Logs destination (``AWS::Logs::Destination``) delivering to ``target_arn``.

    Args:
        role: the role CloudWatch Logs assumes to write to the target.
        target_arn: the target (a Kinesis stream, ...).
        destination_name: default ``<stack name>-<logical id>``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-logs.CrossAccountDestination"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        role: IRole,
        target_arn: str,
        destination_name: str | None = None,
    ) -> None:
        super().__init__(
            scope, id,
            physical_name=destination_name or Lazy.string(
                lambda: f"{Stack.of(self).stack_name}-{Stack.of(self).get_logical_id(self.resource)}"),
        )
        from l2 import iam

        self.policy_document: PolicyDocument = iam.PolicyDocument()
        self.resource: CfnDestination = CfnDestination(
            self,
            "Resource",
            destination_name=self.physical_name,
            destination_policy=Lazy.string(
                lambda: "" if self.policy_document.is_empty else Stack.of(self).to_json_string(self.policy_document)),
            role_arn=role.role_arn,
            target_arn=target_arn,
        )

    @property
    def destination_name(self) -> str:
        """The destination's name."""
        return self.get_resource_name_attribute(self.resource.ref)

    @property
    def destination_arn(self) -> str:
        """The destination's ARN."""
        return self.get_resource_arn_attribute(
            self.resource.attr_arn,
            {"service": "logs", "resource": "destination", "resource_name": self.physical_name,
             "arn_format": ArnFormat.COLON_RESOURCE_NAME},
        )

    def add_to_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the destination policy."""
        self.policy_document.add_statements(statement)

    def bind(self, _scope: Construct, _source_log_group: ILogGroup) -> LogSubscriptionDestinationConfig:
        """The destination's ARN, for a subscription filter."""
        return LogSubscriptionDestinationConfig(arn=self.destination_arn)
