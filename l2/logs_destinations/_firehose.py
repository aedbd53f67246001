"""``FirehoseDestination``: deliver subscription-filter events to an Amazon Data Firehose delivery stream."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Stack
from constructs.internals import structs
from l2.logs import LogSubscriptionDestinationConfig

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.logs import ILogGroup


@runtime_checkable
class IDeliveryStreamLike(Protocol):
    """What ``FirehoseDestination`` needs of a delivery stream (aws-cdk-lib's ``IDeliveryStream``)."""

    delivery_stream_arn: str

    def grant_put_records(self, grantee: Any) -> Any: ...


@structs.frozen(kw_only=True)
class FirehoseDestinationProps:
    """The properties of a ``FirehoseDestination``: the role CloudWatch Logs assumes (default: a new one).

    Args:
        role: the role CloudWatch Logs assumes to put records into the delivery stream (default: a new one).
    """

    role: IRole | None = None


class FirehoseDestination:
    """A Firehose delivery stream as a subscription filter destination.

    Args:
        stream: the delivery stream.
        role: the role CloudWatch Logs assumes (default: ``CloudWatchLogsCanPutRecords`` under the filter, trusted
            by ``logs.amazonaws.com`` for log groups of this account and region only).
    """

    def __init__(self, stream: IDeliveryStreamLike, *, role: IRole | None = None) -> None:
        self.stream = stream
        self._role = role

    def bind(self, scope: Construct, _source_log_group: ILogGroup) -> LogSubscriptionDestinationConfig:
        """Let the role put records to the stream; the filter then depends on the role's policy."""
        from l2 import iam

        role_id = "CloudWatchLogsCanPutRecords"
        role = self._role or scope.node.try_find_child(role_id) or iam.Role(
            scope, role_id,
            assumed_by=iam.ServicePrincipal("logs.amazonaws.com", conditions={
                "StringLike": {"aws:SourceArn": Stack.of(scope).format_arn(service="logs", resource="*")}}),
        )
        self.stream.grant_put_records(role)
        policy = role.node.try_find_child("DefaultPolicy")
        if policy is not None:
            # aws-cdk-lib removes the role's DependsOn and makes the filter depend on the policy instead.
            role.node.default_child.add_override("DependsOn", None)
            scope.node.add_dependency(policy)
        return LogSubscriptionDestinationConfig(arn=self.stream.delivery_stream_arn, role=role)
