"""Typed traffic shifting for ``AWS::Serverless::Function``: ``DeploymentPreference`` and ``TrafficShifting``.

SAM's ``AutoPublishAlias`` publishes a version on each code change and points an alias at it;
``DeploymentPreference`` makes CodeDeploy shift the alias's traffic gradually (canary, linear or all at once),
with optional pre/post traffic hook functions, alarms that roll back, a role and SNS triggers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from constructs import IResolvable, Token, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l1.sam import CfnFunction


class DeploymentType:
    """How CodeDeploy shifts traffic to the new version (SAM's ``DeploymentPreference.Type``).

    The constants are the predefined configurations SAM accepts (``CodeDeployDefault.Lambda<Name>``);
    ``DeploymentType.custom(name)`` names a deployment configuration of your own.
    """

    __slots__ = ("name",)

    CANARY_10_PERCENT_5_MINUTES: ClassVar[DeploymentType]
    CANARY_10_PERCENT_10_MINUTES: ClassVar[DeploymentType]
    CANARY_10_PERCENT_15_MINUTES: ClassVar[DeploymentType]
    CANARY_10_PERCENT_30_MINUTES: ClassVar[DeploymentType]
    LINEAR_10_PERCENT_EVERY_1_MINUTE: ClassVar[DeploymentType]
    LINEAR_10_PERCENT_EVERY_2_MINUTES: ClassVar[DeploymentType]
    LINEAR_10_PERCENT_EVERY_3_MINUTES: ClassVar[DeploymentType]
    LINEAR_10_PERCENT_EVERY_10_MINUTES: ClassVar[DeploymentType]
    ALL_AT_ONCE: ClassVar[DeploymentType]

    #: the predefined configuration names SAM knows, in SAM's order
    PREDEFINED: ClassVar[tuple[str, ...]] = (
        "Canary10Percent5Minutes",
        "Canary10Percent10Minutes",
        "Canary10Percent15Minutes",
        "Canary10Percent30Minutes",
        "Linear10PercentEvery1Minute",
        "Linear10PercentEvery2Minutes",
        "Linear10PercentEvery3Minutes",
        "Linear10PercentEvery10Minutes",
        "AllAtOnce",
    )

    def __init__(self, name: str) -> None:
        """A deployment type by SAM name; prefer the constants or ``custom``.

        Args:
            name: the predefined configuration name (``Canary10Percent5Minutes``) or a custom configuration name.
        """
        if not Token.is_unresolved(name) and not name:
            raise UnscopedValidationError("DeploymentType: name must not be empty")
        self.name: str = name

    @staticmethod
    def custom(config_name: str) -> DeploymentType:
        """A CodeDeploy deployment configuration of your own, by name (tokens welcome).

        Args:
            config_name: the deployment configuration's name.
        """
        return DeploymentType(config_name)

    def __repr__(self) -> str:
        return f"DeploymentType({self.name!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DeploymentType) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)


for _attr, _name in zip(
    (
        "CANARY_10_PERCENT_5_MINUTES",
        "CANARY_10_PERCENT_10_MINUTES",
        "CANARY_10_PERCENT_15_MINUTES",
        "CANARY_10_PERCENT_30_MINUTES",
        "LINEAR_10_PERCENT_EVERY_1_MINUTE",
        "LINEAR_10_PERCENT_EVERY_2_MINUTES",
        "LINEAR_10_PERCENT_EVERY_3_MINUTES",
        "LINEAR_10_PERCENT_EVERY_10_MINUTES",
        "ALL_AT_ONCE",
    ),
    DeploymentType.PREDEFINED,
    strict=True,
):
    setattr(DeploymentType, _attr, DeploymentType(_name))
del _attr, _name


def _function_ref(value: str | CfnFunction) -> Any:
    """A hook: a function name as given, or a SAM function as ``{"Ref": logical id}`` (its name)."""
    if isinstance(value, CfnFunction):
        return {"Ref": value.logical_id}
    return value


def _struct(value: Any, cls: type) -> Any:
    """A struct given as a mapping of its keyword arguments (as aws-cdk-lib's Python binding allows) -> ``cls``."""
    return cls(**value) if isinstance(value, Mapping) else value


class _Resolvable:
    """A struct that renders as SAM's shape in an L1 property."""

    __slots__ = ()

    @property
    def creation_stack(self) -> list[str]:
        """Where the token was created (not captured)."""
        return ["Token stack traces are no longer captured"]

    def _render(self) -> dict[str, Any]:
        raise NotImplementedError

    def resolve(self, context: Any) -> Any:
        """SAM's shape of this struct, resolved."""
        return context.resolve(self._render())


@structs.frozen(kw_only=True)
class DeploymentHooks(_Resolvable):
    """Lambda functions CodeDeploy runs before and after shifting traffic (SAM's ``DeploymentPreference.Hooks``).

    Args:
        pre_traffic: the function run before traffic shifts: a ``CfnFunction`` of this template or a function name.
        post_traffic: the function run after traffic has shifted: a ``CfnFunction`` or a function name.
    """

    pre_traffic: str | CfnFunction | None = None
    post_traffic: str | CfnFunction | None = None

    def _render(self) -> dict[str, Any]:
        # keys in aws-cdk-lib's order (CfnFunction.HooksProperty), so a template moving to these types is unchanged
        out: dict[str, Any] = {}
        if self.post_traffic is not None:
            out["PostTraffic"] = _function_ref(self.post_traffic)
        if self.pre_traffic is not None:
            out["PreTraffic"] = _function_ref(self.pre_traffic)
        return out


@structs.frozen(kw_only=True)
class TriggerConfiguration(_Resolvable):
    """An SNS notification CodeDeploy sends on deployment events (one of ``TriggerConfigurations``).

    Args:
        trigger_events: the events that notify (``DeploymentStart``, ``DeploymentFailure``, ...).
        trigger_name: the trigger's name.
        trigger_target_arn: the ARN of the SNS topic notified.
    """

    trigger_events: Sequence[str]
    trigger_name: str
    trigger_target_arn: str

    def _render(self) -> dict[str, Any]:
        return {
            "TriggerEvents": list(self.trigger_events),
            "TriggerName": self.trigger_name,
            "TriggerTargetArn": self.trigger_target_arn,
        }


@structs.frozen(kw_only=True)
class DeploymentPreference(_Resolvable):
    """Gradual traffic shifting with CodeDeploy for a function's ``AutoPublishAlias``.

    Use as ``CfnFunction(deployment_preference=...)`` (it renders SAM's ``DeploymentPreference``), or through
    ``TrafficShifting``, which also sets the alias SAM requires.

    Args:
        type: how traffic shifts (``DeploymentType.CANARY_10_PERCENT_5_MINUTES``, ...).
        alarms: CloudWatch alarm names (``alarm.alarm_name``, ``Fn.ref(...)``) that roll the deployment back.
        hooks: pre- and post-traffic hook functions.
        role: the ARN of the role CodeDeploy uses (default: SAM creates one).
        trigger_configurations: SNS notifications on deployment events.
        enabled: whether traffic shifting is on (default: SAM's, on).
        passthrough_condition: pass the function's ``Condition`` on to the CodeDeploy resources SAM makes.
    """

    type: DeploymentType
    alarms: Sequence[str] | None = None
    hooks: DeploymentHooks | None = None
    role: str | None = None
    trigger_configurations: Sequence[TriggerConfiguration] | None = None
    enabled: bool | IResolvable | None = None
    passthrough_condition: bool | IResolvable | None = None

    def _render(self) -> dict[str, Any]:
        # keys in aws-cdk-lib's order (CfnFunction.DeploymentPreferenceProperty), so a template moving to these
        # types is unchanged
        out: dict[str, Any] = {}
        if self.alarms is not None:
            out["Alarms"] = list(self.alarms)
        if self.enabled is not None:
            out["Enabled"] = self.enabled
        if self.hooks is not None:
            out["Hooks"] = _struct(self.hooks, DeploymentHooks)
        if self.passthrough_condition is not None:
            out["PassthroughCondition"] = self.passthrough_condition
        if self.role is not None:
            out["Role"] = self.role
        if self.trigger_configurations is not None:
            out["TriggerConfigurations"] = [_struct(t, TriggerConfiguration) for t in self.trigger_configurations]
        out["Type"] = self.type.name
        return out


@structs.frozen(kw_only=True)
class TrafficShifting:
    """``AutoPublishAlias`` (with ``AutoPublishCodeSha256``) and a ``DeploymentPreference``, applied together.

    ``TrafficShifting(alias_name="live", deployment_preference=...).apply(function)`` sets the function's
    ``AutoPublishAlias``, ``AutoPublishCodeSha256``, ``AutoPublishAliasAllProperties`` and
    ``DeploymentPreference``; ``function_props()`` gives the same as keyword arguments for ``CfnFunction``.

    Args:
        alias_name: the alias SAM publishes each new version under (``AutoPublishAlias``).
        code_sha256: a value whose change publishes a new version even when the code location did not change
            (``AutoPublishCodeSha256``).
        all_properties: publish a new version when any property changes, not only code (``AutoPublishAliasAllProperties``).
        deployment_preference: how traffic shifts to each new version (default: all at once, without CodeDeploy).
    """

    alias_name: str
    code_sha256: str | None = None
    all_properties: bool | None = None
    deployment_preference: DeploymentPreference | None = None

    def function_props(self) -> dict[str, Any]:
        """The ``CfnFunction`` keyword arguments this sets."""
        out: dict[str, Any] = {"auto_publish_alias": self.alias_name}
        if self.code_sha256 is not None:
            out["auto_publish_code_sha256"] = self.code_sha256
        if self.all_properties is not None:
            out["auto_publish_alias_all_properties"] = self.all_properties
        if self.deployment_preference is not None:
            out["deployment_preference"] = _struct(self.deployment_preference, DeploymentPreference)
        return out

    def apply(self, function: CfnFunction) -> None:
        """Set this alias and deployment preference on ``function``.

        Args:
            function: the SAM function to shift traffic for.
        """
        if function.auto_publish_alias is not None and function.auto_publish_alias != self.alias_name:
            raise ValidationError(
                f"TrafficShifting.apply: the function's auto_publish_alias is already "
                f"{function.auto_publish_alias!r}; cannot set alias_name {self.alias_name!r}",
                function,
            )
        for name, value in self.function_props().items():
            setattr(function, name, value)
