"""``SamplingRule``: an X-Ray sampling rule with typed, range-checked fields; ``SamplingRateBoost``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Names, Resource, Token, ValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable

_RULE_NAME_MAX = 32
# (argument, CloudFormation limit) for the request-matching strings: the AWS::XRay::SamplingRule schema's maxLength.
_MATCH_LIMITS: tuple[tuple[str, int], ...] = (
    ("service_name", 64), ("service_type", 64), ("host", 64), ("http_method", 10), ("url_path", 128),
    ("resource_arn", 500),
)


@structs.frozen(kw_only=True)
class SamplingRateBoost:
    """Let X-Ray raise the sampling rate temporarily when it detects anomalies.

    Args:
        max_rate: the highest sampling rate X-Ray may boost to, 0 to 1.
        cooldown_window: the minimum time between two boosts, whole minutes, at least 1 minute.
    """

    max_rate: float
    cooldown_window: Duration


class SamplingRule(Resource):
    """An X-Ray sampling rule (``AWS::XRay::SamplingRule``): which requests X-Ray records, and how many.

    Every matching field defaults to ``"*"`` (match everything). X-Ray applies the rule with the lowest
    ``priority`` that matches a request: each second it records ``reservoir_size`` requests, then
    ``fixed_rate`` of the rest.

    Args:
        scope: the parent construct.
        id: the construct id.
        priority: the rule's priority, 1 (first) to 9999.
        fixed_rate: the share of matching requests recorded beyond the reservoir, 0 to 1.
        reservoir_size: the matching requests recorded each second before ``fixed_rate`` applies, 0 or more.
        rule_name: the rule's name, 1 to 32 characters, not ``Default`` (default a unique name from the path).
        service_name: the ``service.name`` of the segments to match (default ``"*"``).
        service_type: the ``origin`` of the segments to match, e.g. ``AWS::Lambda::Function`` (default ``"*"``).
        host: the host name of the requests to match (default ``"*"``).
        http_method: the HTTP method to match (default ``"*"``).
        url_path: the URL path to match (default ``"*"``).
        resource_arn: the ARN of the AWS resource serving the requests (default ``"*"``).
        attributes: segment annotations that must match (default none).
        sampling_rate_boost: let X-Ray boost the rate during anomalies (default none).
        version: the sampling rule format version; X-Ray knows only version 1 (default 1).

    Raises:
        ValidationError: a value outside its range, each message naming the argument.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        priority: int,
        fixed_rate: float,
        reservoir_size: int,
        rule_name: str | None = None,
        service_name: str = "*",
        service_type: str = "*",
        host: str = "*",
        http_method: str = "*",
        url_path: str = "*",
        resource_arn: str = "*",
        attributes: Mapping[str, str] | None = None,
        sampling_rate_boost: SamplingRateBoost | None = None,
        version: int = 1,
    ) -> None:
        super().__init__(scope, id)
        from l1.xray import CfnSamplingRule

        if rule_name is None:
            rule_name = Names.unique_resource_name(self, max_length=_RULE_NAME_MAX)
        matching = {"service_name": service_name, "service_type": service_type, "host": host,
                    "http_method": http_method, "url_path": url_path, "resource_arn": resource_arn}
        self._check(rule_name, priority, fixed_rate, reservoir_size, matching, sampling_rate_boost, version)
        boost = None
        if sampling_rate_boost is not None:
            boost = CfnSamplingRule.SamplingRateBoostProperty(
                max_rate=sampling_rate_boost.max_rate,
                cooldown_window_minutes=sampling_rate_boost.cooldown_window.to_minutes())
        self.rule_name = rule_name
        self.resource = CfnSamplingRule(
            self, "Resource",
            sampling_rule=CfnSamplingRule.SamplingRuleProperty(
                attributes=dict(attributes) if attributes is not None else None,
                fixed_rate=fixed_rate, host=host, http_method=http_method, priority=priority,
                reservoir_size=reservoir_size, resource_arn=resource_arn, rule_name=rule_name,
                sampling_rate_boost=boost, service_name=service_name, service_type=service_type,
                url_path=url_path, version=version))
        self.rule_arn: str = self.resource.attr_rule_arn

    def _check(self, rule_name: str, priority: int, fixed_rate: float, reservoir_size: int,
               matching: Mapping[str, str], boost: SamplingRateBoost | None, version: int) -> None:
        def known(value: Any) -> bool:
            return not Token.is_unresolved(value)

        rules: list[tuple[bool, str]] = [
            (known(rule_name) and not 1 <= len(rule_name) <= _RULE_NAME_MAX,
             f"rule_name must be 1 to {_RULE_NAME_MAX} characters long, got {len(rule_name)} characters: "
             f"'{rule_name}'"),
            (known(rule_name) and rule_name == "Default",
             "rule_name 'Default' is reserved for the account's default sampling rule: choose another name"),
            (known(priority) and (isinstance(priority, bool) or not isinstance(priority, int)
                                  or not 1 <= priority <= 9999),
             f"priority must be a whole number from 1 to 9999, got {priority!r}"),
            (known(fixed_rate) and not 0 <= fixed_rate <= 1,
             f"fixed_rate must be between 0 and 1 (a share of requests, 0.05 for 5%), got {fixed_rate!r}"),
            (known(reservoir_size) and (isinstance(reservoir_size, bool) or not isinstance(reservoir_size, int)
                                        or reservoir_size < 0),
             f"reservoir_size must be a whole number of requests per second, 0 or more, got {reservoir_size!r}"),
            (version != 1, f"version must be 1, the only sampling rule version X-Ray knows, got {version!r}"),
        ]
        for arg, limit in _MATCH_LIMITS:
            value = matching[arg]
            rules.append((known(value) and len(value) > limit,
                          f"{arg} must be at most {limit} characters long, got {len(value)} characters"))
        if boost is not None:
            minutes = boost.cooldown_window.to_minutes() if known(boost.cooldown_window) else 1
            rules.append((known(boost.max_rate) and not 0 <= boost.max_rate <= 1,
                          f"sampling_rate_boost.max_rate must be between 0 and 1, got {boost.max_rate!r}"))
            rules.append((minutes < 1, "sampling_rate_boost.cooldown_window must be at least 1 minute"))
        for failed, message in rules:
            if failed:
                raise ValidationError(message, self)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this sampling rule to ``grantee`` (added to the grantee's policy)."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.rule_arn])
