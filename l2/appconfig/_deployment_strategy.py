"""``DeploymentStrategy`` and the rollout strategies it is made from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, Duration, Names, Resource, Stack, ValidationError
from constructs.internals import structs
from l1._private.interfaces.appconfig import DeploymentStrategyReference as DeploymentStrategyReference
from l1.appconfig import CfnDeploymentStrategy
from l2.appconfig._types import GrowthType

if TYPE_CHECKING:
    from l2.appconfig._interfaces import IDeploymentStrategy


@structs.frozen(kw_only=True)
class RolloutStrategyProps:
    """A custom rollout.

    Args:
        deployment_duration: how long the deployment lasts.
        growth_factor: the percentage of targets that receive the configuration at each step.
        final_bake_time: how long AppConfig watches alarms after reaching all targets (default none).
    """

    deployment_duration: Duration
    growth_factor: int | float
    final_bake_time: Duration | None = None


class RolloutStrategy:
    """How a deployment rolls out: growth factor, type, duration and final bake time.

    Use the presets (``RolloutStrategy.CANARY_10_PERCENT_20_MINUTES``, ...) or ``linear`` / ``exponential``.
    """

    def __init__(self) -> None:
        self.growth_factor: int | float = 0
        """The percentage of targets that receive the configuration at each step."""
        self.deployment_duration: Duration = Duration.minutes(0)
        """How long the deployment lasts."""
        self.growth_type: GrowthType | None = None
        """Linear or exponential growth."""
        self.final_bake_time: Duration | None = None
        """How long AppConfig watches alarms after reaching all targets."""

    @staticmethod
    def _of(growth_type: GrowthType, props: RolloutStrategyProps) -> RolloutStrategy:
        strategy = RolloutStrategy()
        strategy.growth_factor = props.growth_factor
        strategy.deployment_duration = props.deployment_duration
        strategy.growth_type = growth_type
        strategy.final_bake_time = props.final_bake_time
        return strategy

    @staticmethod
    def linear(
        *, deployment_duration: Duration, growth_factor: int | float, final_bake_time: Duration | None = None
    ) -> RolloutStrategy:
        """A linear rollout of your own."""
        return RolloutStrategy._of(
            GrowthType.LINEAR,
            RolloutStrategyProps(
                deployment_duration=deployment_duration, growth_factor=growth_factor, final_bake_time=final_bake_time
            ),
        )

    @staticmethod
    def exponential(
        *, deployment_duration: Duration, growth_factor: int | float, final_bake_time: Duration | None = None
    ) -> RolloutStrategy:
        """An exponential rollout of your own."""
        return RolloutStrategy._of(
            GrowthType.EXPONENTIAL,
            RolloutStrategyProps(
                deployment_duration=deployment_duration, growth_factor=growth_factor, final_bake_time=final_bake_time
            ),
        )

    CANARY_10_PERCENT_20_MINUTES: RolloutStrategy
    """AWS recommended: exponential, 10% growth over 20 minutes, 10 minutes bake."""
    LINEAR_50_PERCENT_EVERY_30_SECONDS: RolloutStrategy
    """Testing: half the targets every 30 seconds over one minute, one minute bake."""
    LINEAR_20_PERCENT_EVERY_6_MINUTES: RolloutStrategy
    """AWS recommended: 20% every six minutes over 30 minutes, 30 minutes bake."""
    ALL_AT_ONCE: RolloutStrategy
    """Quick: every target at once, 10 minutes bake."""


RolloutStrategy.CANARY_10_PERCENT_20_MINUTES = RolloutStrategy.exponential(
    growth_factor=10, deployment_duration=Duration.minutes(20), final_bake_time=Duration.minutes(10)
)
RolloutStrategy.LINEAR_50_PERCENT_EVERY_30_SECONDS = RolloutStrategy.linear(
    growth_factor=50, deployment_duration=Duration.minutes(1), final_bake_time=Duration.minutes(1)
)
RolloutStrategy.LINEAR_20_PERCENT_EVERY_6_MINUTES = RolloutStrategy.linear(
    growth_factor=20, deployment_duration=Duration.minutes(30), final_bake_time=Duration.minutes(30)
)
RolloutStrategy.ALL_AT_ONCE = RolloutStrategy.linear(
    growth_factor=100, deployment_duration=Duration.minutes(0), final_bake_time=Duration.minutes(10)
)


class DeploymentStrategyId:
    """The ID of one of AppConfig's predefined deployment strategies (or any ID, ``from_string``)."""

    def __init__(self, id: str) -> None:
        self.id: str = id
        """The deployment strategy ID."""

    @staticmethod
    def from_string(deployment_strategy_id: str) -> DeploymentStrategyId:
        """A deployment strategy ID from a string."""
        return DeploymentStrategyId(deployment_strategy_id)

    CANARY_10_PERCENT_20_MINUTES: DeploymentStrategyId
    """``AppConfig.Canary10Percent20Minutes``."""
    LINEAR_50_PERCENT_EVERY_30_SECONDS: DeploymentStrategyId
    """``AppConfig.Linear50PercentEvery30Seconds``."""
    LINEAR_20_PERCENT_EVERY_6_MINUTES: DeploymentStrategyId
    """``AppConfig.Linear20PercentEvery6Minutes``."""
    ALL_AT_ONCE: DeploymentStrategyId
    """``AppConfig.AllAtOnce``."""


DeploymentStrategyId.CANARY_10_PERCENT_20_MINUTES = DeploymentStrategyId("AppConfig.Canary10Percent20Minutes")
DeploymentStrategyId.LINEAR_50_PERCENT_EVERY_30_SECONDS = DeploymentStrategyId("AppConfig.Linear50PercentEvery30Seconds")
DeploymentStrategyId.LINEAR_20_PERCENT_EVERY_6_MINUTES = DeploymentStrategyId("AppConfig.Linear20PercentEvery6Minutes")
DeploymentStrategyId.ALL_AT_ONCE = DeploymentStrategyId("AppConfig.AllAtOnce")


@structs.frozen(kw_only=True)
class DeploymentStrategyProps:
    """The properties of a ``DeploymentStrategy`` (see ``DeploymentStrategy``)."""

    rollout_strategy: RolloutStrategy
    deployment_strategy_name: str | None = None
    description: str | None = None


class _DeploymentStrategyBase(Resource):
    name: str | None = None
    deployment_duration_in_minutes: int | float | None = None
    growth_factor: int | float | None = None
    description: str | None = None
    final_bake_time_in_minutes: int | float | None = None
    growth_type: GrowthType | None = None
    deployment_strategy_id: str
    deployment_strategy_arn: str

    @property
    def deployment_strategy_ref(self) -> DeploymentStrategyReference:
        """The deployment strategy's ID, as a reference."""
        return DeploymentStrategyReference(deployment_strategy_id=self.deployment_strategy_id)


class _ImportedDeploymentStrategy(_DeploymentStrategyBase):
    def __init__(self, scope: Construct, id: str, strategy_id: str, strategy_arn: str) -> None:
        super().__init__(scope, id, environment_from_arn=strategy_arn)
        self.deployment_strategy_id = strategy_id
        self.deployment_strategy_arn = strategy_arn


class DeploymentStrategy(_DeploymentStrategyBase):
    """An AWS AppConfig deployment strategy (``AWS::AppConfig::DeploymentStrategy``).

    Args:
        rollout_strategy: growth factor, type, duration and bake time (e.g. ``RolloutStrategy.ALL_AT_ONCE``).
        deployment_strategy_name: a name (default generated).
        description: a description.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appconfig.DeploymentStrategy"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        rollout_strategy: RolloutStrategy,
        deployment_strategy_name: str | None = None,
        description: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=deployment_strategy_name)
        self.deployment_duration_in_minutes = rollout_strategy.deployment_duration.to_minutes()
        self.growth_factor = rollout_strategy.growth_factor
        self.description = description
        bake = rollout_strategy.final_bake_time
        self.final_bake_time_in_minutes = bake.to_minutes() if bake is not None else None
        self.growth_type = rollout_strategy.growth_type
        self.name = deployment_strategy_name or Names.unique_resource_name(self, max_length=64, separator="-")
        resource = CfnDeploymentStrategy(
            self,
            "Resource",
            name=self.name,
            deployment_duration_in_minutes=self.deployment_duration_in_minutes,
            growth_factor=self.growth_factor,
            replicate_to="NONE",
            description=self.description,
            final_bake_time_in_minutes=self.final_bake_time_in_minutes,
            growth_type=self.growth_type.value if self.growth_type is not None else None,
        )
        self.deployment_strategy_id = resource.ref
        self.deployment_strategy_arn = self.stack.format_arn(
            service="appconfig", resource="deploymentstrategy", resource_name=self.deployment_strategy_id
        )

    @staticmethod
    def from_deployment_strategy_arn(scope: Construct, id: str, deployment_strategy_arn: str) -> IDeploymentStrategy:
        """Import a deployment strategy by ARN."""
        parsed = Stack.of(scope).split_arn(deployment_strategy_arn, ArnFormat.SLASH_RESOURCE_NAME)
        if not parsed.resource_name:
            raise ValidationError("Missing required deployment strategy id from deployment strategy ARN", scope)
        return _ImportedDeploymentStrategy(scope, id, parsed.resource_name, deployment_strategy_arn)

    @staticmethod
    def from_deployment_strategy_id(
        scope: Construct, id: str, deployment_strategy_id: DeploymentStrategyId
    ) -> IDeploymentStrategy:
        """Import a deployment strategy by ID (e.g. ``DeploymentStrategyId.ALL_AT_ONCE``)."""
        arn = Stack.of(scope).format_arn(
            service="appconfig", resource="deploymentstrategy", resource_name=deployment_strategy_id.id
        )
        return _ImportedDeploymentStrategy(scope, id, deployment_strategy_id.id, arn)
