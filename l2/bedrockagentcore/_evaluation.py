"""AgentCore Evaluations: custom evaluators (LLM-as-a-judge, code-based), built-in evaluators, rating scales,
levels, and the value types online evaluation configurations use (filters, selectors, execution status)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Arn,
    ArnFormat,
    Construct,
    Duration,
    Resource,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l2._private.iam_module import iam

if TYPE_CHECKING:
    from l1._private.interfaces.bedrockagentcore import EvaluatorReference
    from l1.bedrockagentcore import CfnEvaluator
    from l2.iam import Grant, IGrantable
    from l2.lambda_ import IFunction

_NAME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9_]{0,47}$")


class _Valued:
    def __init__(self, value: str) -> None:
        self.value = value
        """The CloudFormation value."""


class BuiltinEvaluator(_Valued):
    """An evaluator AgentCore provides (``Builtin.<Name>``).

    Args:
        value: the built-in evaluator's identifier.
    """

    CORRECTNESS: BuiltinEvaluator
    """Builtin.Correctness."""
    FAITHFULNESS: BuiltinEvaluator
    """Builtin.Faithfulness."""
    HELPFULNESS: BuiltinEvaluator
    """Builtin.Helpfulness."""
    RESPONSE_RELEVANCE: BuiltinEvaluator
    """Builtin.ResponseRelevance."""
    CONCISENESS: BuiltinEvaluator
    """Builtin.Conciseness."""
    COHERENCE: BuiltinEvaluator
    """Builtin.Coherence."""
    INSTRUCTION_FOLLOWING: BuiltinEvaluator
    """Builtin.InstructionFollowing."""
    REFUSAL: BuiltinEvaluator
    """Builtin.Refusal."""
    GOAL_SUCCESS_RATE: BuiltinEvaluator
    """Builtin.GoalSuccessRate."""
    TOOL_SELECTION_ACCURACY: BuiltinEvaluator
    """Builtin.ToolSelectionAccuracy."""
    TOOL_PARAMETER_ACCURACY: BuiltinEvaluator
    """Builtin.ToolParameterAccuracy."""
    HARMFULNESS: BuiltinEvaluator
    """Builtin.Harmfulness."""
    STEREOTYPING: BuiltinEvaluator
    """Builtin.Stereotyping."""


for _name, _value in (("CORRECTNESS", "Correctness"), ("FAITHFULNESS", "Faithfulness"),
                      ("HELPFULNESS", "Helpfulness"), ("RESPONSE_RELEVANCE", "ResponseRelevance"),
                      ("CONCISENESS", "Conciseness"), ("COHERENCE", "Coherence"),
                      ("INSTRUCTION_FOLLOWING", "InstructionFollowing"), ("REFUSAL", "Refusal"),
                      ("GOAL_SUCCESS_RATE", "GoalSuccessRate"), ("TOOL_SELECTION_ACCURACY", "ToolSelectionAccuracy"),
                      ("TOOL_PARAMETER_ACCURACY", "ToolParameterAccuracy"), ("HARMFULNESS", "Harmfulness"),
                      ("STEREOTYPING", "Stereotyping")):
    setattr(BuiltinEvaluator, _name, BuiltinEvaluator(f"Builtin.{_value}"))


class ExecutionStatus(_Valued):
    """Whether an online evaluation configuration runs.

    Args:
        value: the status name as CloudFormation takes it.
    """

    ENABLED: ExecutionStatus
    """Running."""
    DISABLED: ExecutionStatus
    """Paused."""


ExecutionStatus.ENABLED = ExecutionStatus("ENABLED")
ExecutionStatus.DISABLED = ExecutionStatus("DISABLED")


class FilterOperator(_Valued):
    """The comparison of a filter.

    Args:
        value: the operator name as CloudFormation takes it.
    """

    EQUAL: FilterOperator
    """Equals."""
    NOT_EQUAL: FilterOperator
    """NotEquals."""
    GREATER_THAN: FilterOperator
    """GreaterThan."""
    LESS_THAN: FilterOperator
    """LessThan."""
    GREATER_THAN_OR_EQUAL: FilterOperator
    """GreaterThanOrEqual."""
    LESS_THAN_OR_EQUAL: FilterOperator
    """LessThanOrEqual."""
    CONTAINS: FilterOperator
    """Contains."""
    NOT_CONTAINS: FilterOperator
    """NotContains."""


for _name, _value in (("EQUAL", "Equals"), ("NOT_EQUAL", "NotEquals"), ("GREATER_THAN", "GreaterThan"),
                      ("LESS_THAN", "LessThan"), ("GREATER_THAN_OR_EQUAL", "GreaterThanOrEqual"),
                      ("LESS_THAN_OR_EQUAL", "LessThanOrEqual"), ("CONTAINS", "Contains"),
                      ("NOT_CONTAINS", "NotContains")):
    setattr(FilterOperator, _name, FilterOperator(_value))


class EvaluationLevel(_Valued):
    """What an evaluator scores: a tool call, a trace or a session.

    Args:
        value: the level name as CloudFormation takes it.
    """

    TOOL_CALL: EvaluationLevel
    """Each tool call."""
    TRACE: EvaluationLevel
    """Each trace."""
    SESSION: EvaluationLevel
    """Each session."""


EvaluationLevel.TOOL_CALL = EvaluationLevel("TOOL_CALL")
EvaluationLevel.TRACE = EvaluationLevel("TRACE")
EvaluationLevel.SESSION = EvaluationLevel("SESSION")


class FilterValue:
    """The value a filter compares with: a string, a number or a boolean.

    Args:
        filter_value: the value to compare with, rendered as CloudFormation's ``FilterValue``.
    """

    def __init__(self, filter_value: dict[str, Any]) -> None:
        self._value = filter_value

    @staticmethod
    def string(value: str) -> FilterValue:
        """A string value."""
        return FilterValue({"string_value": value})

    @staticmethod
    def number(value: int | float) -> FilterValue:
        """A number value."""
        return FilterValue({"double_value": value})

    @staticmethod
    def boolean(value: bool) -> FilterValue:
        """A boolean value."""
        return FilterValue({"boolean_value": value})

    def _bind(self) -> dict[str, Any]:
        return dict(self._value)


@structs.frozen(kw_only=True)
class FilterConfig:
    """A filter of the sessions an online evaluation scores."""

    key: str
    """The attribute compared."""
    operator: FilterOperator
    """The comparison."""
    value: FilterValue
    """The value compared with."""


@structs.frozen(kw_only=True)
class CloudWatchLogsDataSourceConfig:
    """The CloudWatch log groups and service names an online evaluation reads."""

    log_group_names: Sequence[str]
    """The log groups (1-5)."""
    service_names: Sequence[str]
    """The service names (exactly 1)."""


@structs.frozen(kw_only=True)
class DataSourceConfigBindResult:
    """A data source as the configuration renders it."""

    cloud_watch_logs: CloudWatchLogsDataSourceConfig
    """The CloudWatch Logs source."""


@structs.frozen(kw_only=True)
class EvaluatorSelectorBindResult:
    """An evaluator as the configuration renders it."""

    evaluator_id: str
    """The evaluator id (``Builtin.<Name>`` or a custom evaluator's id)."""


@structs.frozen(kw_only=True)
class CategoricalRatingOption:
    """A label of a categorical rating scale."""

    definition: str
    """What the label means."""
    label: str
    """The label."""


@structs.frozen(kw_only=True)
class NumericalRatingOption:
    """A value of a numerical rating scale."""

    definition: str
    """What the value means."""
    label: str
    """The label."""
    value: int | float
    """The value."""


@structs.frozen(kw_only=True)
class EvaluatorInferenceConfig:
    """Inference parameters of an LLM-as-a-judge evaluator's model."""

    max_tokens: int | float | None = None
    """The maximum number of tokens."""
    temperature: int | float | None = None
    """The temperature."""
    top_p: int | float | None = None
    """The nucleus sampling probability."""


@structs.frozen(kw_only=True)
class EvaluatorAttributes:
    """What ``Evaluator.from_evaluator_attributes`` needs to know."""

    evaluator_arn: str
    """The ARN of the evaluator."""
    evaluator_id: str
    """The id of the evaluator."""
    evaluator_name: str | None = None
    """The name (default the id)."""


def _rating_errors(kind: str, options: Sequence[CategoricalRatingOption | NumericalRatingOption] | None) -> list[str]:
    if not options:
        return [f"At least 1 {kind} rating option is required, got {len(options or [])}"]
    errors = []
    title = kind.capitalize()
    for i, option in enumerate(options):
        if not Token.is_unresolved(option.label) and not (option.label or "").strip():
            errors.append(f"{title} rating option at index {i} must have a non-empty label")
        if not Token.is_unresolved(option.definition) and not (option.definition or "").strip():
            errors.append(f"{title} rating option at index {i} must have a non-empty definition")
    return errors


def _raise_unscoped(errors: list[str]) -> None:
    if errors:
        raise UnscopedValidationError("\n".join(errors))


class EvaluatorRatingScale:
    """How an LLM-as-a-judge evaluator rates: by categories or by numbers.

    Args:
        config: the rating scale as the L1 property takes it.
    """

    def __init__(self, config: dict[str, Any]) -> None:
        self._config = config

    @staticmethod
    def categorical(options: Sequence[CategoricalRatingOption]) -> EvaluatorRatingScale:
        """Rate with labels."""
        _raise_unscoped(_rating_errors("categorical", options))
        return EvaluatorRatingScale({"categorical": [{"label": o.label, "definition": o.definition}
                                                     for o in options]})

    @staticmethod
    def numerical(options: Sequence[NumericalRatingOption]) -> EvaluatorRatingScale:
        """Rate with numbers."""
        _raise_unscoped(_rating_errors("numerical", options))
        return EvaluatorRatingScale({"numerical": [{"label": o.label, "definition": o.definition, "value": o.value}
                                                   for o in options]})

    def _bind(self) -> dict[str, Any]:
        return self._config


@structs.frozen(kw_only=True)
class LlmAsAJudgeOptions:
    """The options of an LLM-as-a-judge evaluator."""

    instructions: str
    """The instructions of the judge."""
    model_id: str
    """The Bedrock model id of the judge."""
    rating_scale: EvaluatorRatingScale
    """How the judge rates."""
    additional_model_request_fields: Mapping[str, Any] | None = None
    """Extra model request fields."""
    inference_config: EvaluatorInferenceConfig | None = None
    """Inference parameters."""


@structs.frozen(kw_only=True)
class CodeBasedOptions:
    """The options of a code-based evaluator."""

    lambda_function: IFunction
    """The function that scores."""
    timeout: Duration | None = None
    """How long the function may run (default the service's)."""


class EvaluatorConfig:
    """How a custom evaluator scores: an LLM judge or a Lambda function.

    Args:
        cfn_config: the evaluator configuration as the L1 property takes it.
        lambda_function: the function a code-based evaluator calls, if any.
    """

    def __init__(self, cfn_config: dict[str, Any], lambda_function: IFunction | None = None) -> None:
        self._cfn_config = cfn_config
        self.lambda_function = lambda_function
        """The scoring function of a code-based evaluator."""

    @staticmethod
    def llm_as_a_judge(*, instructions: str, model_id: str, rating_scale: EvaluatorRatingScale,
                       additional_model_request_fields: Mapping[str, Any] | None = None,
                       inference_config: EvaluatorInferenceConfig | None = None) -> EvaluatorConfig:
        """An LLM judges with ``instructions`` on ``rating_scale``."""
        if instructions is None:
            _raise_unscoped(["Instructions are required for LLM-as-a-Judge evaluators"])
        if not Token.is_unresolved(instructions) and not instructions.strip():
            _raise_unscoped(["Instructions must not be empty"])
        model: dict[str, Any] = {"model_id": model_id}
        if inference_config is not None:
            model["inference_config"] = {"max_tokens": inference_config.max_tokens,
                                         "temperature": inference_config.temperature,
                                         "top_p": inference_config.top_p}
        if additional_model_request_fields is not None:
            model["additional_model_request_fields"] = dict(additional_model_request_fields)
        return EvaluatorConfig({"llm_as_a_judge": {"instructions": instructions,
                                                   "model_config": {"bedrock_evaluator_model_config": model},
                                                   "rating_scale": rating_scale._bind()}})

    @staticmethod
    def code_based(*, lambda_function: IFunction, timeout: Duration | None = None) -> EvaluatorConfig:
        """A Lambda function scores (AgentCore may invoke it)."""
        lambda_config: dict[str, Any] = {"lambda_arn": lambda_function.function_arn}
        if timeout is not None:
            lambda_config["lambda_timeout_in_seconds"] = timeout.to_seconds()
        return EvaluatorConfig({"code_based": {"lambda_config": lambda_config}}, lambda_function)

    def _bind(self) -> dict[str, Any]:
        return self._cfn_config


@runtime_checkable
class IEvaluator(Protocol):
    """A custom evaluator: ``Evaluator`` or an imported one."""

    @property
    def evaluator_arn(self) -> str:
        """The ARN of the evaluator."""
        ...

    @property
    def evaluator_id(self) -> str:
        """The id of the evaluator."""
        ...

    @property
    def evaluator_name(self) -> str:
        """The name of the evaluator."""
        ...

    @property
    def status(self) -> str | None:
        """Its status."""
        ...

    @property
    def created_at(self) -> str | None:
        """When it was created."""
        ...

    @property
    def updated_at(self) -> str | None:
        """When it was last updated."""
        ...

    @property
    def evaluator_ref(self) -> EvaluatorReference:
        """A reference to the evaluator."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the evaluator."""
        ...


class EvaluatorBase(Resource):
    """What new and imported evaluators share."""

    evaluator_arn: str
    evaluator_id: str
    evaluator_name: str
    status: str | None = None
    created_at: str | None = None
    updated_at: str | None = None

    @property
    def evaluator_ref(self) -> EvaluatorReference:
        """A reference to the evaluator."""
        from l1._private.interfaces.bedrockagentcore import EvaluatorReference

        return EvaluatorReference(evaluator_arn=self.evaluator_arn)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this evaluator."""
        return iam().Grant.add_to_principal(grantee=grantee, actions=list(actions),
                                            resource_arns=[self.evaluator_arn])


def tag_errors(tags: Mapping[str, str] | None, key_chars: str, key_letters: bool) -> list[str]:
    """The tag errors of evaluators (``key_letters``: Unicode letters and digits allowed in keys) and online
    evaluation configurations (ASCII letters and ``key_chars``)."""
    errors: list[str] = []
    if tags is None or Token.is_unresolved(tags):
        return errors
    if len(tags) > 50:
        errors.append(f"Cannot have more than 50 tags, got {len(tags)}")
    for key, value in tags.items():
        if not Token.is_unresolved(key):
            if not key.strip():
                errors.append("Tag key cannot be empty or consist only of whitespace")
            elif not 1 <= len(key) <= 128:
                errors.append(f'Tag key "{key}" must be between 1 and 128 characters, got {len(key)}')
            if key.lower().startswith("aws:"):
                errors.append(f'Tag key "{key}" cannot start with "aws:" as this prefix is reserved by AWS')
            ok = bool(key) and all(c in key_chars or ((c.isalnum() or c.isspace()) if key_letters
                                                      else "a" <= c.lower() <= "z") for c in key)
            if not ok:
                errors.append(f'Tag key "{key}" contains invalid characters')
        if not Token.is_unresolved(value):
            if len(value) > 256:
                errors.append(f'Tag value for key "{key}" must be at most 256 characters, got {len(value)}')
            if not all(c.isalnum() or c.isspace() or c in "_./=+-" for c in value):
                errors.append(f'Tag value for key "{key}" contains invalid characters. Valid: Unicode letters, '
                              "digits, whitespace, and _./=+-")
    return errors


def cfn_tags(tags: Mapping[str, str] | None) -> list[dict[str, str]] | None:
    """``tags`` as the ``[{key, value}]`` list of the evaluation L1 resources (``None`` when empty)."""
    if not tags:
        return None
    return [{"key": key, "value": value} for key, value in tags.items()]


class _ImportedEvaluator(EvaluatorBase):
    def __init__(self, scope: Construct, id: str, attrs: EvaluatorAttributes) -> None:
        super().__init__(scope, id)
        self.evaluator_arn = attrs.evaluator_arn
        self.evaluator_id = attrs.evaluator_id
        self.evaluator_name = attrs.evaluator_name if attrs.evaluator_name is not None else attrs.evaluator_id


@structs.frozen(kw_only=True)
class EvaluatorProps:
    """The properties of an ``Evaluator``."""

    evaluator_config: EvaluatorConfig
    """How it scores."""
    evaluator_name: str
    """The name (``^[a-zA-Z][a-zA-Z0-9_]{0,47}$``)."""
    level: EvaluationLevel
    """What it scores."""
    description: str | None = None
    """A description (at most 200 characters)."""
    tags: Mapping[str, str] | None = None
    """Tags of the evaluator."""


class Evaluator(EvaluatorBase):
    """A custom AgentCore evaluator (``AWS::BedrockAgentCore::Evaluator``).

    Args:
        evaluator_config: how it scores (``EvaluatorConfig.llm_as_a_judge`` / ``code_based``).
        evaluator_name: the name.
        level: what it scores (tool call, trace, session).
        description: a description.
        tags: tags of the evaluator.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.Evaluator"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, evaluator_config: EvaluatorConfig, evaluator_name: str,
                 level: EvaluationLevel, description: str | None = None,
                 tags: Mapping[str, str] | None = None) -> None:
        super().__init__(scope, id, physical_name=evaluator_name)
        errors: list[str] = []
        if evaluator_name is not None and not Token.is_unresolved(evaluator_name):
            if len(evaluator_name) < 1:
                errors.append(f"Evaluator name must be at least 1 character(s), got {len(evaluator_name)}")
            if len(evaluator_name) > 48:
                errors.append(f"Evaluator name must be at most 48 characters, got {len(evaluator_name)}")
            if not _NAME_RE.search(evaluator_name):
                errors.append(f'Evaluator name "{evaluator_name}" does not match required pattern. Must start with a '
                              "letter and contain only alphanumeric characters and underscores.")
        for problems in (errors, description_errors(description), tag_errors(tags, "._:/=+@-", True) if tags else []):
            if problems:
                raise ValidationError("\n".join(problems), self)
        self.evaluator_name = self.physical_name
        from l1.bedrockagentcore import CfnEvaluator

        resource = CfnEvaluator(self, "Resource", evaluator_name=self.physical_name,
                                evaluator_config=evaluator_config._bind(), level=level.value,
                                description=description, tags=cfn_tags(tags))
        function = evaluator_config.lambda_function
        if function is not None:
            stack = Stack.of(self)
            function.add_permission("BedrockAgentCoreEvaluatorInvoke",
                                    principal=iam().ServicePrincipal("bedrock-agentcore.amazonaws.com"),
                                    source_account=stack.account, source_arn=resource.attr_evaluator_arn)
        self._resource: CfnEvaluator = resource
        self.evaluator_arn = resource.attr_evaluator_arn
        self.evaluator_id = resource.attr_evaluator_id
        self.status = resource.attr_status
        self.created_at = resource.attr_created_at
        self.updated_at = resource.attr_updated_at

    @staticmethod
    def from_evaluator_id(scope: Construct, id: str, evaluator_id: str) -> IEvaluator:
        """An evaluator of this account and region, by id."""
        arn = Stack.of(scope).format_arn(service="bedrock-agentcore", resource="evaluator", resource_name=evaluator_id)
        return Evaluator.from_evaluator_attributes(scope, id, evaluator_arn=arn, evaluator_id=evaluator_id)

    @staticmethod
    def from_evaluator_arn(scope: Construct, id: str, evaluator_arn: str) -> IEvaluator:
        """An evaluator by ARN."""
        evaluator_id = Arn.split(evaluator_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""
        return Evaluator.from_evaluator_attributes(scope, id, evaluator_arn=evaluator_arn, evaluator_id=evaluator_id)

    @staticmethod
    def from_evaluator_attributes(scope: Construct, id: str, *, evaluator_arn: str, evaluator_id: str,
                                  evaluator_name: str | None = None) -> IEvaluator:
        """An evaluator made outside this app."""
        return _ImportedEvaluator(scope, id, EvaluatorAttributes(
            evaluator_arn=evaluator_arn, evaluator_id=evaluator_id, evaluator_name=evaluator_name))


def description_errors(description: str | None) -> list[str]:
    """The error of a description longer than 200 characters."""
    if description is None or Token.is_unresolved(description) or len(description) <= 200:
        return []
    return [f"Description must be at most 200 characters, got {len(description)}"]


class EvaluatorSelector:
    """An evaluator an online evaluation configuration runs: built-in or custom.

    Args:
        evaluator_id: the id of the evaluator to run.
    """

    def __init__(self, evaluator_id: str) -> None:
        self.evaluator_id = evaluator_id
        """The evaluator id."""

    @staticmethod
    def builtin(evaluator: BuiltinEvaluator) -> EvaluatorSelector:
        """A built-in evaluator."""
        return EvaluatorSelector(evaluator.value)

    @staticmethod
    def custom(evaluator: IEvaluator) -> EvaluatorSelector:
        """A custom evaluator."""
        return EvaluatorSelector(evaluator.evaluator_id)

    def bind(self) -> EvaluatorSelectorBindResult:
        """The evaluator id as rendered."""
        return EvaluatorSelectorBindResult(evaluator_id=self.evaluator_id)
