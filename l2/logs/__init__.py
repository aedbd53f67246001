"""CloudWatch Logs (aws-cdk-lib: ``aws_cdk.aws_logs``): log groups, filters and queries, plus the L1 classes."""

from l1.logs import *  # noqa: F403
from l1.logs import __all__ as _l1_all

from ._log_group import LogGroup, LogGroupBase, LogGroupClass, LogStream, RetentionDays
from ._log_retention import LogRetention
from ._metric_filter import MetricFilter
from ._pattern import FilterPattern, IFilterPattern, JsonPattern, SpaceDelimitedTextPattern
from ._policy import ResourcePolicy
from ._query_definition import QueryDefinition, QueryString
from ._subscription_filter import (
    Distribution,
    ILogSubscriptionDestination,
    LogSubscriptionDestinationConfig,
    SubscriptionFilter,
)

__all__ = [
    "Distribution",
    "FilterPattern",
    "IFilterPattern",
    "ILogSubscriptionDestination",
    "JsonPattern",
    "LogGroup",
    "LogGroupBase",
    "LogGroupClass",
    "LogRetention",
    "LogStream",
    "LogSubscriptionDestinationConfig",
    "MetricFilter",
    "QueryDefinition",
    "QueryString",
    "ResourcePolicy",
    "RetentionDays",
    "SpaceDelimitedTextPattern",
    "SubscriptionFilter",
]
__all__ += _l1_all
