"""AgentCore memory strategies: managed (built-in and overridden) and self-managed (SNS + S3 invocation)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Arn, ArnFormat, Aws, Duration, Token, UnscopedValidationError
from constructs.internals import structs
from l2._private.iam_module import iam
from l2.bedrockagentcore._validation import length_errors, pattern_errors

if TYPE_CHECKING:
    from l1.bedrockagentcore import CfnMemory
    from l2.bedrock import IModel
    from l2.iam import Grant, IGrantable
    from l2.s3 import Location
    from l2.sns import ITopic

_NAME_PATTERN = r"^[a-zA-Z][a-zA-Z0-9_]{0,47}$"


class MemoryStrategyType(enum.Enum):
    """The kind of a memory strategy."""

    SUMMARIZATION = "SUMMARIZATION"
    """Summaries of sessions."""
    SEMANTIC = "SEMANTIC"
    """Facts and knowledge."""
    USER_PREFERENCE = "USER_PREFERENCE"
    """User preferences."""
    EPISODIC = "EPISODIC"
    """Episodes of interaction (with reflections)."""
    CUSTOM = "CUSTOM"
    """Self-managed."""


@structs.frozen(kw_only=True)
class MemoryStrategyCommonProps:
    """The name and description of every memory strategy."""

    strategy_name: str
    """The name (``^[a-zA-Z][a-zA-Z0-9_]{0,47}$``)."""
    description: str | None = None
    """A description."""


@runtime_checkable
class IMemoryStrategy(Protocol):
    """A memory strategy a ``Memory`` renders and grants the permissions of."""

    @property
    def strategy_name(self) -> str:
        """The name of the strategy."""
        ...

    @property
    def description(self) -> str | None:
        """Its description."""
        ...

    @property
    def strategy_type(self) -> MemoryStrategyType:
        """Its kind."""
        ...

    def render(self) -> CfnMemory.MemoryStrategyProperty:
        """The ``MemoryStrategies`` entry."""
        ...

    def grant(self, grantee: IGrantable) -> Grant | None:
        """Grant the memory's role what the strategy needs (models, topic, bucket)."""
        ...


def _strategy_name_errors(name: str) -> list[str]:
    return length_errors(name, "Memory name", 1, 48) + pattern_errors(name, "Memory name", _NAME_PATTERN)


def _raise(errors: list[str]) -> None:
    if errors:
        raise UnscopedValidationError("\n".join(errors))


def _namespace_errors(namespaces: Sequence[str]) -> list[str]:
    return [f"Namespace with templates should contain valid variables: {namespace}" for namespace in namespaces
            if "{" in namespace and not ("{actorId}" in namespace or "{sessionId}" in namespace
                                         or "{memoryStrategyId}" in namespace)]


@structs.frozen(kw_only=True)
class OverrideConfig:
    """A model and prompt addition overriding a managed strategy's extraction or consolidation."""

    append_to_prompt: str
    """Text appended to the strategy's prompt (1-30000 characters)."""
    model: IModel
    """The Bedrock model to use."""


@structs.frozen(kw_only=True)
class EpisodicReflectionConfiguration:
    """Where an episodic strategy stores its reflections."""

    namespaces: Sequence[str]
    """The namespaces of the reflections."""


@structs.frozen(kw_only=True)
class ManagedStrategyProps(MemoryStrategyCommonProps):
    """The properties of a managed memory strategy."""

    namespaces: Sequence[str]
    """The namespaces of the records (may use ``{actorId}``, ``{sessionId}``, ``{memoryStrategyId}``)."""
    custom_consolidation: OverrideConfig | None = None
    """Override the consolidation step."""
    custom_extraction: OverrideConfig | None = None
    """Override the extraction step."""
    reflection_configuration: EpisodicReflectionConfiguration | None = None
    """Reflections of an episodic strategy."""


_PLAIN_KEYS = {MemoryStrategyType.USER_PREFERENCE: "user_preference_memory_strategy",
               MemoryStrategyType.SEMANTIC: "semantic_memory_strategy",
               MemoryStrategyType.SUMMARIZATION: "summary_memory_strategy",
               MemoryStrategyType.EPISODIC: "episodic_memory_strategy",
               MemoryStrategyType.CUSTOM: "custom_memory_strategy"}
_OVERRIDE_KEYS = {MemoryStrategyType.USER_PREFERENCE: "user_preference_override",
                  MemoryStrategyType.SEMANTIC: "semantic_override",
                  MemoryStrategyType.SUMMARIZATION: "summary_override",
                  MemoryStrategyType.EPISODIC: "episodic_override"}


def _model_id(model: IModel) -> str | None:
    return Arn.split(model.model_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name


class ManagedMemoryStrategy:
    """A strategy AgentCore runs for the memory (built-in, or with model and prompt overrides).

    Args:
        strategy_type: the kind of strategy.
        namespaces: the namespaces of the records.
        strategy_name: the name.
        custom_consolidation: override the consolidation step.
        custom_extraction: override the extraction step.
        reflection_configuration: reflections (episodic strategies).
        description: a description.
    """

    def __init__(self, strategy_type: MemoryStrategyType, *, namespaces: Sequence[str], strategy_name: str,
                 custom_consolidation: OverrideConfig | None = None, custom_extraction: OverrideConfig | None = None,
                 reflection_configuration: EpisodicReflectionConfiguration | None = None,
                 description: str | None = None) -> None:
        self.strategy_name = strategy_name
        """The name."""
        self.description = description
        """The description."""
        self.namespaces = list(namespaces)
        """The namespaces."""
        self.strategy_type = strategy_type
        """The kind of strategy."""
        self.consolidation_override = custom_consolidation
        """The consolidation override."""
        self.extraction_override = custom_extraction
        """The extraction override."""
        self.reflection_configuration = reflection_configuration
        """The reflection configuration."""
        for override in (custom_consolidation, custom_extraction):
            if override is not None and override.append_to_prompt:
                _raise(length_errors(override.append_to_prompt, "Prompt", 1, 30000))
        _raise(_strategy_name_errors(strategy_name))
        _raise(_namespace_errors(self.namespaces))
        if reflection_configuration is not None:
            errors = []
            if not reflection_configuration.namespaces:
                errors.append("Reflection configuration must have at least one namespace")
            errors += _namespace_errors(reflection_configuration.namespaces or [])
            _raise(errors)

    def render(self) -> CfnMemory.MemoryStrategyProperty:
        """The ``MemoryStrategies`` entry."""
        from l1.bedrockagentcore import CfnMemory

        base: dict[str, object] = {"name": self.strategy_name, "description": self.description,
                                   "namespaces": self.namespaces}
        consolidation, extraction = self.consolidation_override, self.extraction_override
        if consolidation is None and extraction is None:
            if self.reflection_configuration is None:
                return CfnMemory.MemoryStrategyProperty(**{_PLAIN_KEYS[self.strategy_type]: base})
            if self.strategy_type is MemoryStrategyType.EPISODIC:
                base["reflection_configuration"] = {"namespaces": list(self.reflection_configuration.namespaces)}
                return CfnMemory.MemoryStrategyProperty(episodic_memory_strategy=base)
        override: dict[str, object] = {}
        if consolidation is not None:
            override["consolidation"] = {"model_id": _model_id(consolidation.model),
                                         "append_to_prompt": consolidation.append_to_prompt}
        if extraction is not None:
            override["extraction"] = {"model_id": _model_id(extraction.model),
                                      "append_to_prompt": extraction.append_to_prompt}
        key = _OVERRIDE_KEYS.get(self.strategy_type)
        # aws-cdk-lib renders a custom strategy's overrides under an empty key, which the L1 drops
        base["configuration"] = {key: override} if key is not None else {}
        return CfnMemory.MemoryStrategyProperty(custom_memory_strategy=base)

    def grant(self, grantee: IGrantable) -> Grant | None:
        """Grant invoking the override models."""
        grants = [iam().Grant.add_to_principal(grantee=grantee, actions=["bedrock:InvokeModel*"],
                                               resource_arns=[override.model.model_arn])
                  for override in (self.consolidation_override, self.extraction_override) if override is not None]
        if len(grants) == 2:
            return grants[0].combine(grants[1])
        return grants[0] if grants else None


@structs.frozen(kw_only=True)
class TriggerConditions:
    """When a self-managed strategy is invoked."""

    message_based_trigger: int | float | None = None
    """After this many messages (1-50, default 1)."""
    time_based_trigger: Duration | None = None
    """After this idle time (10-3000 seconds, default 10 seconds)."""
    token_based_trigger: int | float | None = None
    """After this many tokens (100-500000, default 100)."""


@structs.frozen(kw_only=True)
class InvocationConfiguration:
    """Where a self-managed strategy is notified (SNS) and its payloads delivered (S3)."""

    s3_location: Location
    """The bucket (and key) of the payloads."""
    topic: ITopic
    """The topic notified."""


@structs.frozen(kw_only=True)
class SelfManagedStrategyProps(MemoryStrategyCommonProps):
    """The properties of a self-managed memory strategy."""

    invocation_configuration: InvocationConfiguration
    """The topic and bucket of the invocations."""
    historical_context_window_size: int | float | None = None
    """Previous events included (0-50, default 4)."""
    trigger_conditions: TriggerConditions | None = None
    """When to invoke (defaults: 1 message, 10 seconds, 100 tokens)."""


class SelfManagedMemoryStrategy:
    """A strategy you run yourself: AgentCore notifies an SNS topic and delivers payloads to S3.

    Args:
        strategy_type: the kind of strategy (``CUSTOM``).
        invocation_configuration: the topic and bucket.
        historical_context_window_size: previous events included (0-50, default 4).
        trigger_conditions: when to invoke.
        strategy_name: the name.
        description: a description.
    """

    def __init__(self, strategy_type: MemoryStrategyType, *, invocation_configuration: InvocationConfiguration,
                 strategy_name: str, historical_context_window_size: int | float | None = None,
                 trigger_conditions: TriggerConditions | None = None, description: str | None = None) -> None:
        self.strategy_name = strategy_name
        """The name."""
        self.description = description
        """The description."""
        self.strategy_type = strategy_type
        """The kind of strategy."""
        self.invocation_configuration = invocation_configuration
        """The topic and bucket."""
        given = trigger_conditions or TriggerConditions()
        self.trigger_conditions = TriggerConditions(
            message_based_trigger=given.message_based_trigger if given.message_based_trigger is not None else 1,
            time_based_trigger=given.time_based_trigger if given.time_based_trigger is not None
            else Duration.seconds(10),
            token_based_trigger=given.token_based_trigger if given.token_based_trigger is not None else 100)
        """The trigger conditions (defaults filled)."""
        self.historical_context_window_size = (historical_context_window_size
                                               if historical_context_window_size is not None else 4)
        """The number of previous events included."""
        _raise(_strategy_name_errors(strategy_name))
        size = self.historical_context_window_size
        if not Token.is_unresolved(size) and not 0 <= size <= 50:
            _raise([f"Historical context window size must be between 0 and 50, got {_num(size)}"])
        _raise(self._trigger_errors())

    def _trigger_errors(self) -> list[str]:
        errors = []
        conditions = self.trigger_conditions
        messages = conditions.message_based_trigger
        if messages is not None and not Token.is_unresolved(messages) and not 1 <= messages <= 50:
            errors.append(f"Message-based trigger must be between 1 and 50, got {_num(messages)}")
        time = conditions.time_based_trigger
        if time is not None and not time.is_unresolved():
            seconds = time.to_seconds()
            if not 10 <= seconds <= 3000:
                errors.append(f"Time-based trigger must be between 10 and 3000 seconds, got {_num(seconds)}")
        tokens = conditions.token_based_trigger
        if tokens is not None and not Token.is_unresolved(tokens) and not 100 <= tokens <= 500000:
            errors.append(f"Token-based trigger must be between 100 and 500000, got {_num(tokens)}")
        return errors

    def render(self) -> CfnMemory.MemoryStrategyProperty:
        """The ``MemoryStrategies`` entry."""
        from l1.bedrockagentcore import CfnMemory

        conditions = self.trigger_conditions
        time = conditions.time_based_trigger
        return CfnMemory.MemoryStrategyProperty(custom_memory_strategy={
            "name": self.strategy_name, "description": self.description, "type": self.strategy_type.value,
            "configuration": {"self_managed_configuration": {
                "historical_context_window_size": self.historical_context_window_size,
                "invocation_configuration": {
                    "topic_arn": self.invocation_configuration.topic.topic_arn,
                    "payload_delivery_bucket_name": self.invocation_configuration.s3_location.bucket_name},
                "trigger_conditions": [
                    {"message_based_trigger": {"message_count": conditions.message_based_trigger}},
                    {"time_based_trigger": {"idle_session_timeout": time.to_seconds() if time is not None
                                            else None}},
                    {"token_based_trigger": {"token_count": conditions.token_based_trigger}}]}}})

    def grant(self, grantee: IGrantable) -> Grant | None:
        """Grant publishing to the topic and writing to the bucket."""
        i = iam()
        config = self.invocation_configuration
        topic = i.Grant.add_to_principal(grantee=grantee, actions=["sns:GetTopicAttributes", "sns:Publish"],
                                         resource_arns=[config.topic.topic_arn])
        if config.s3_location is None:
            return topic
        bucket = config.s3_location.bucket_name
        s3 = i.Grant.add_to_principal(grantee=grantee, actions=["s3:GetBucketLocation", "s3:PutObject"],
                                      resource_arns=[f"arn:{Aws.PARTITION}:s3:::{bucket}",
                                                     f"arn:{Aws.PARTITION}:s3:::{bucket}/*"])
        return topic.combine(s3)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class MemoryStrategy:
    """Factories of memory strategies."""

    @staticmethod
    def using_built_in_summarization() -> ManagedMemoryStrategy:
        """The built-in summarization strategy."""
        return ManagedMemoryStrategy(
            MemoryStrategyType.SUMMARIZATION, strategy_name="summary_builtin_cdkGen0001",
            description="Summarize interactions to preserve critical context and key insights",
            namespaces=["/strategies/{memoryStrategyId}/actors/{actorId}/sessions/{sessionId}"])

    @staticmethod
    def using_built_in_semantic() -> ManagedMemoryStrategy:
        """The built-in semantic strategy."""
        return ManagedMemoryStrategy(
            MemoryStrategyType.SEMANTIC, strategy_name="semantic_builtin_cdkGen0001",
            description="Extract general factual knowledge, concepts and meanings from raw conversations in a "
                        "context-independent format.",
            namespaces=["/strategies/{memoryStrategyId}/actors/{actorId}"])

    @staticmethod
    def using_built_in_user_preference() -> ManagedMemoryStrategy:
        """The built-in user preference strategy."""
        return ManagedMemoryStrategy(
            MemoryStrategyType.USER_PREFERENCE, strategy_name="preference_builtin_cdkGen0001",
            description="Capture individual preferences, interaction patterns, and personalized settings to "
                        "enhance future experiences.",
            namespaces=["/strategies/{memoryStrategyId}/actors/{actorId}"])

    @staticmethod
    def using_built_in_episodic() -> ManagedMemoryStrategy:
        """The built-in episodic strategy (with reflections)."""
        return ManagedMemoryStrategy(
            MemoryStrategyType.EPISODIC, strategy_name="episodic_builtin_cdkGen0001",
            description="Captures meaningful slices of user and system interactions.",
            namespaces=["/strategy/{memoryStrategyId}/actor/{actorId}/session/{sessionId}"],
            reflection_configuration=EpisodicReflectionConfiguration(
                namespaces=["/strategy/{memoryStrategyId}/actor/{actorId}"]))

    @staticmethod
    def using_semantic(*, namespaces: Sequence[str], strategy_name: str,
                       custom_consolidation: OverrideConfig | None = None,
                       custom_extraction: OverrideConfig | None = None,
                       reflection_configuration: EpisodicReflectionConfiguration | None = None,
                       description: str | None = None) -> ManagedMemoryStrategy:
        """A semantic strategy."""
        return ManagedMemoryStrategy(MemoryStrategyType.SEMANTIC, namespaces=namespaces, strategy_name=strategy_name,
                                     custom_consolidation=custom_consolidation, custom_extraction=custom_extraction,
                                     reflection_configuration=reflection_configuration, description=description)

    @staticmethod
    def using_user_preference(*, namespaces: Sequence[str], strategy_name: str,
                              custom_consolidation: OverrideConfig | None = None,
                              custom_extraction: OverrideConfig | None = None,
                              reflection_configuration: EpisodicReflectionConfiguration | None = None,
                              description: str | None = None) -> ManagedMemoryStrategy:
        """A user preference strategy."""
        return ManagedMemoryStrategy(MemoryStrategyType.USER_PREFERENCE, namespaces=namespaces,
                                     strategy_name=strategy_name, custom_consolidation=custom_consolidation,
                                     custom_extraction=custom_extraction,
                                     reflection_configuration=reflection_configuration, description=description)

    @staticmethod
    def using_summarization(*, namespaces: Sequence[str], strategy_name: str,
                            custom_consolidation: OverrideConfig | None = None,
                            custom_extraction: OverrideConfig | None = None,
                            reflection_configuration: EpisodicReflectionConfiguration | None = None,
                            description: str | None = None) -> ManagedMemoryStrategy:
        """A summarization strategy."""
        return ManagedMemoryStrategy(MemoryStrategyType.SUMMARIZATION, namespaces=namespaces,
                                     strategy_name=strategy_name, custom_consolidation=custom_consolidation,
                                     custom_extraction=custom_extraction,
                                     reflection_configuration=reflection_configuration, description=description)

    @staticmethod
    def using_episodic(*, namespaces: Sequence[str], strategy_name: str,
                       custom_consolidation: OverrideConfig | None = None,
                       custom_extraction: OverrideConfig | None = None,
                       reflection_configuration: EpisodicReflectionConfiguration | None = None,
                       description: str | None = None) -> ManagedMemoryStrategy:
        """An episodic strategy."""
        return ManagedMemoryStrategy(MemoryStrategyType.EPISODIC, namespaces=namespaces, strategy_name=strategy_name,
                                     custom_consolidation=custom_consolidation, custom_extraction=custom_extraction,
                                     reflection_configuration=reflection_configuration, description=description)

    @staticmethod
    def using_self_managed(*, invocation_configuration: InvocationConfiguration, strategy_name: str,
                           historical_context_window_size: int | float | None = None,
                           trigger_conditions: TriggerConditions | None = None,
                           description: str | None = None) -> SelfManagedMemoryStrategy:
        """A self-managed strategy."""
        return SelfManagedMemoryStrategy(MemoryStrategyType.CUSTOM, invocation_configuration=invocation_configuration,
                                         strategy_name=strategy_name,
                                         historical_context_window_size=historical_context_window_size,
                                         trigger_conditions=trigger_conditions, description=description)
