"""Amazon EventBridge constructs (aws-cdk-lib: ``aws_cdk.aws_events``): rules, event buses, archives, API
destinations, and the L1 classes.

A ``Rule`` matches events (``event_pattern``, built with ``Match``) or runs on a ``Schedule``, and sends them to
targets (``l2.events_targets``); each target's ``bind`` returns a ``RuleTargetConfig`` that the rule renders into
its ``Targets``. ``RuleTargetInput`` shapes what a target receives; ``EventField`` tokens in it become an input
transformer.
"""

from constructs.internals import check_public_classes
from l1.events import *  # noqa: F403
from l1.events import (
    CfnApiDestination,
    CfnArchive,
    CfnConnection,
    CfnEndpoint,
    CfnEventBus,
    CfnEventBusPolicy,
    CfnRule,
)
from l2.events._api_destination import (
    ApiDestination,
    ApiDestinationAttributes,
    ApiDestinationProps,
    IApiDestination,
)
from l2.events._archive import Archive, ArchiveProps, BaseArchiveProps
from l2.events._connection import (
    Authorization,
    Connection,
    ConnectionAttributes,
    ConnectionProps,
    HttpMethod,
    HttpParameter,
    IConnection,
    OAuthAuthorizationProps,
)
from l2.events._event_bus import (
    EventBus,
    EventBusAttributes,
    EventBusGrants,
    EventBusPolicy,
    EventBusPolicyProps,
    EventBusProps,
    IEventBus,
    IncludeDetail,
    Level,
    LogConfig,
)
from l2.events._input import EventField, RuleTargetInput, RuleTargetInputProperties
from l2.events._pattern import EventPattern, Match
from l2.events._rule import EventCommonOptions, IRule, OnEventOptions, Rule, RuleProps
from l2.events._schedule import CronOptions, Schedule
from l2.events._target import IRuleTarget, RuleTargetConfig

__all__ = [
    "ApiDestination",
    "ApiDestinationAttributes",
    "ApiDestinationProps",
    "Archive",
    "ArchiveProps",
    "Authorization",
    "BaseArchiveProps",
    "CfnApiDestination",
    "CfnArchive",
    "CfnConnection",
    "CfnEndpoint",
    "CfnEventBus",
    "CfnEventBusPolicy",
    "CfnRule",
    "Connection",
    "ConnectionAttributes",
    "ConnectionProps",
    "CronOptions",
    "EventBus",
    "EventBusAttributes",
    "EventBusGrants",
    "EventBusPolicy",
    "EventBusPolicyProps",
    "EventBusProps",
    "EventCommonOptions",
    "EventField",
    "EventPattern",
    "HttpMethod",
    "HttpParameter",
    "IApiDestination",
    "IConnection",
    "IEventBus",
    "IRule",
    "IRuleTarget",
    "IncludeDetail",
    "Level",
    "LogConfig",
    "Match",
    "OAuthAuthorizationProps",
    "OnEventOptions",
    "Rule",
    "RuleProps",
    "RuleTargetConfig",
    "RuleTargetInput",
    "RuleTargetInputProperties",
    "Schedule",
]

check_public_classes(globals())
