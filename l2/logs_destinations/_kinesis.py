"""``KinesisDestination``: deliver subscription-filter events to a Kinesis data stream."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct
from constructs.internals import structs
from l2.logs import LogSubscriptionDestinationConfig

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.kinesis import StreamBase
    from l2.logs import ILogGroup


@structs.frozen(kw_only=True)
class KinesisDestinationProps:
    """The properties of a ``KinesisDestination``: the role CloudWatch Logs assumes (default: a new one).

    Args:
        role: the role CloudWatch Logs assumes to put records into the stream (default: a new one).
    """

    role: IRole | None = None


class KinesisDestination:
    """A Kinesis stream as a subscription filter destination.

    Args:
        stream: the stream.
        role: the role CloudWatch Logs assumes (default: ``CloudWatchLogsCanPutRecords`` under the filter).
    """

    def __init__(self, stream: StreamBase, *, role: IRole | None = None) -> None:
        self.stream = stream
        self._role = role

    def bind(self, scope: Construct, _source_log_group: ILogGroup) -> LogSubscriptionDestinationConfig:
        """Let the role write to the stream; the filter then depends on the role's policy."""
        from l2 import iam

        role_id = "CloudWatchLogsCanPutRecords"
        role = self._role or scope.node.try_find_child(role_id) or iam.Role(
            scope, role_id, assumed_by=iam.ServicePrincipal("logs.amazonaws.com"))
        self.stream.grant_write(role)
        role.grant_pass_role(role)
        policy = role.node.try_find_child("DefaultPolicy")
        if policy is not None:
            # aws-cdk-lib removes the role's DependsOn and makes the filter depend on the policy instead.
            role.node.default_child.add_override("DependsOn", None)
            scope.node.add_dependency(policy)
        return LogSubscriptionDestinationConfig(arn=self.stream.stream_arn, role=role)
