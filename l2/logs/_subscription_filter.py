"""``SubscriptionFilter``: stream matching log events to a destination (Lambda, Kinesis, Firehose)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Protocol

from constructs import Construct, Resource, ValidationError
from constructs.internals import structs
from l1.logs import CfnSubscriptionFilter

if TYPE_CHECKING:
    from l2.iam import IRole

    from ._interfaces import ILogGroup
    from ._pattern import IFilterPattern


class Distribution(enum.Enum):
    """How events are distributed to a Kinesis destination's shards."""

    BY_LOG_STREAM = "ByLogStream"
    RANDOM = "Random"


@structs.frozen(kw_only=True)
class LogSubscriptionDestinationConfig:
    """What a destination binds to: its ARN and, for some, the role CloudWatch Logs assumes.

    Args:
        arn: the ARN of the destination (a stream, a function, a Firehose delivery stream or a destination).
        role: the role CloudWatch Logs assumes to deliver to it (default none, for destinations that need none).
    """

    arn: str
    role: IRole | None = None


class ILogSubscriptionDestination(Protocol):
    """A destination of a subscription filter."""

    def bind(self, scope: Construct, source_log_group: ILogGroup) -> LogSubscriptionDestinationConfig: ...


@structs.frozen(kw_only=True)
class SubscriptionFilterOptions:
    """The options of ``add_subscription_filter`` (see ``SubscriptionFilter``)."""

    destination: ILogSubscriptionDestination
    filter_pattern: IFilterPattern
    distribution: Distribution | None = None
    filter_name: str | None = None


@structs.frozen(kw_only=True)
class SubscriptionFilterProps(SubscriptionFilterOptions):
    """The properties of a ``SubscriptionFilter``."""

    log_group: ILogGroup


class SubscriptionFilter(Resource):
    """A subscription filter on a log group (``AWS::Logs::SubscriptionFilter``).

    Args:
        apply_on_transformed_logs: apply the filter to the logs after the log group's transformer has changed them
            (default false: the original events).
        log_group: the group to subscribe to.
        destination: where matching events go (``l2.logs_destinations.LambdaDestination``, ...).
        filter_pattern: which events are sent.
        filter_name: the filter's name.
        distribution: shard distribution (Kinesis destinations only).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-logs.SubscriptionFilter"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        log_group: ILogGroup,
        destination: ILogSubscriptionDestination,
        filter_pattern: IFilterPattern,
        distribution: Distribution | None = None,
        filter_name: str | None = None,
        apply_on_transformed_logs: bool | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=filter_name)
        if distribution is not None:
            from l2.logs_destinations import KinesisDestination

            if not isinstance(destination, KinesisDestination):
                raise ValidationError("distribution property can only be used with KinesisDestination.", self)
        config = destination.bind(self, log_group)
        CfnSubscriptionFilter(
            self,
            "Resource",
            log_group_name=log_group.log_group_name,
            destination_arn=config.arn,
            role_arn=config.role.role_arn if config.role is not None else None,
            filter_pattern=filter_pattern.log_pattern_string,
            filter_name=self.physical_name if filter_name is not None else None,
            distribution=distribution.value if isinstance(distribution, enum.Enum) else distribution,
            apply_on_transformed_logs=apply_on_transformed_logs,
        )
