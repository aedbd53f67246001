"""Amazon Bedrock task: ``BedrockInvokeModel`` and its ``Guardrail``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Arn,
    ArnFormat,
    Construct,
    Duration,
    FeatureFlags,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskInput, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    field,
    integration_resource_arn,
    task_kwargs,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.bedrock import IModel
    from l2.s3 import Location

_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE,)
_NEW_S3_URI = "@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask"


class Guardrail:
    """Guarantees a Bedrock guardrail is applied to a model invocation.

    Args:
        guardrail_identifier: The identitifier of guardrail (its id or ARN)
        guardrail_version: The version of guardrail
    """

    @staticmethod
    def enable(identifier: str, version: float) -> Guardrail:
        """Enable guardrail: ``identifier`` (an id or ARN) at ``version`` (1 to 99999999)."""
        if not Token.is_unresolved(version) and not 1 <= version <= 99999999:
            raise UnscopedValidationError(f"`version` must be between 1 and 99999999, got {_num(version)}.")
        return Guardrail(identifier, _num(version) if not Token.is_unresolved(version) else str(version))

    @staticmethod
    def enable_draft(identifier: str) -> Guardrail:
        """Enable guardrail with DRAFT version."""
        return Guardrail(identifier, "DRAFT")

    def __init__(self, guardrail_identifier: str, guardrail_version: str) -> None:
        self.guardrail_identifier = guardrail_identifier
        self.guardrail_version = guardrail_version
        if Token.is_unresolved(guardrail_identifier):
            return
        if guardrail_identifier.startswith("arn:"):
            guardrail_id = Arn.split(guardrail_identifier, ArnFormat.SLASH_RESOURCE_NAME).resource_name
            if not guardrail_id:
                raise UnscopedValidationError(
                    "Invalid ARN format. The ARN of Guradrail should have the format: "
                    "`arn:<partition>:bedrock:<region>:<account-id>:guardrail/<guardrail-name>`, "
                    f"got {guardrail_identifier}.")
        else:
            guardrail_id = guardrail_identifier
        if not re.fullmatch(r"[a-z0-9]+", guardrail_id):
            raise UnscopedValidationError(
                f"The id of Guardrail must contain only lowercase letters and numbers, got {guardrail_id}.")
        if len(guardrail_identifier) > 2048:
            raise UnscopedValidationError(
                f"`guardrailIdentifier` length must be between 0 and 2048, got {len(guardrail_identifier)}.")


@structs.frozen(kw_only=True)
class BedrockInvokeModelInputProps:
    """Location to retrieve the input data, prior to calling Bedrock InvokeModel.

    Attributes:
        s3_input_uri: The source location where the API response is written
        s3_location: S3 object to retrieve the input data from
    """

    s3_input_uri: str | None = None
    s3_location: Location | None = None


@structs.frozen(kw_only=True)
class BedrockInvokeModelOutputProps:
    """Location where the Bedrock InvokeModel API response is written.

    Attributes:
        s3_location: S3 object where the Bedrock InvokeModel API response is written
        s3_output_uri: The destination location where the API response is written
    """

    s3_location: Location | None = None
    s3_output_uri: str | None = None


@structs.frozen(kw_only=True)
class BedrockInvokeModelJsonPathProps:
    """Properties for invoking a Bedrock model using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        model: The Bedrock model that the task will invoke
        accept: The desired MIME type of the inference body in the response
        body: The input data for the Bedrock model invocation
        content_type: The MIME type of the input data in the request
        guardrail: The guardrail is applied to the invocation
        input: The source location to retrieve the input data from
        output: The destination location where the API response is written
        trace_enabled: Specifies whether to enable or disable the Bedrock trace
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    model: IModel
    accept: str | None = None
    body: TaskInput | None = None
    content_type: str | None = None
    guardrail: Guardrail | None = None
    input: BedrockInvokeModelInputProps | None = None
    output: BedrockInvokeModelOutputProps | None = None
    trace_enabled: bool | None = None


@structs.frozen(kw_only=True)
class BedrockInvokeModelJsonataProps:
    """Properties for invoking a Bedrock model using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        outputs: Used to specify and transform output from the state
        model: The Bedrock model that the task will invoke
        accept: The desired MIME type of the inference body in the response
        body: The input data for the Bedrock model invocation
        content_type: The MIME type of the input data in the request
        guardrail: The guardrail is applied to the invocation
        input: The source location to retrieve the input data from
        output: The destination location where the API response is written
        trace_enabled: Specifies whether to enable or disable the Bedrock trace
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    outputs: object = None
    model: IModel
    accept: str | None = None
    body: TaskInput | None = None
    content_type: str | None = None
    guardrail: Guardrail | None = None
    input: BedrockInvokeModelInputProps | None = None
    output: BedrockInvokeModelOutputProps | None = None
    trace_enabled: bool | None = None


@structs.frozen(kw_only=True)
class BedrockInvokeModelProps:
    """Properties for invoking a Bedrock model.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        model: The Bedrock model that the task will invoke
        accept: The desired MIME type of the inference body in the response
        body: The input data for the Bedrock model invocation
        content_type: The MIME type of the input data in the request
        guardrail: The guardrail is applied to the invocation
        input: The source location to retrieve the input data from
        output: The destination location where the API response is written
        trace_enabled: Specifies whether to enable or disable the Bedrock trace
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    model: IModel
    accept: str | None = None
    body: TaskInput | None = None
    content_type: str | None = None
    guardrail: Guardrail | None = None
    input: BedrockInvokeModelInputProps | None = None
    output: BedrockInvokeModelOutputProps | None = None
    trace_enabled: bool | None = None


class BedrockInvokeModel(TaskStateBase):
    """A Step Functions Task to invoke a model in Bedrock.

    Args:
        model: The Bedrock model that the task will invoke
        accept: The desired MIME type of the inference body in the response
        body: The input data for the Bedrock model invocation
        content_type: The MIME type of the input data in the request
        guardrail: The guardrail is applied to the invocation
        input: The source location to retrieve the input data from
        output: The destination location where the API response is written
        trace_enabled: Specifies whether to enable or disable the Bedrock trace
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
    """

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        model: IModel,
        accept: str | None = None,
        body: TaskInput | None = None,
        content_type: str | None = None,
        guardrail: Guardrail | None = None,
        input: BedrockInvokeModelInputProps | None = None,
        output: BedrockInvokeModelOutputProps | None = None,
        trace_enabled: bool | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> BedrockInvokeModel:
        """A Step Functions Task using JSONPath to invoke a model in Bedrock."""
        kwargs = task_kwargs(locals())
        return BedrockInvokeModel(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        model: IModel,
        accept: str | None = None,
        body: TaskInput | None = None,
        content_type: str | None = None,
        guardrail: Guardrail | None = None,
        input: BedrockInvokeModelInputProps | None = None,
        output: BedrockInvokeModelOutputProps | None = None,
        trace_enabled: bool | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> BedrockInvokeModel:
        """A Step Functions Task using JSONata to invoke a model in Bedrock."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return BedrockInvokeModel(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        model: IModel,
        accept: str | None = None,
        body: TaskInput | None = None,
        content_type: str | None = None,
        guardrail: Guardrail | None = None,
        input: BedrockInvokeModelInputProps | None = None,
        output: BedrockInvokeModelOutputProps | None = None,
        trace_enabled: bool | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> None:
        props = TaskProps(locals())
        super().__init__(scope, id, **props.base())
        self._props = props
        self._setup(scope, props)

    def _setup(self, scope: Construct, props: TaskProps) -> None:
        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        use_new = FeatureFlags.of(self).is_enabled(_NEW_S3_URI)
        model_input, model_output = props.input, props.output
        input_location, output_location = field(model_input, "s3_location"), field(model_output, "s3_location")
        input_uri, output_uri = field(model_input, "s3_input_uri"), field(model_output, "s3_output_uri")
        if use_new:
            input_specified = model_input is not None and (input_location is not None or input_uri is not None)
        else:
            input_specified = input_location is not None or props.input_path is not None
        if props.body is not None and input_specified:
            raise ValidationError("Either `body` or `input` must be specified, but not both.", self)
        if props.body is None and not input_specified:
            raise ValidationError("Either `body` or `input` must be specified.", self)
        if field(input_location, "object_version") is not None:
            raise ValidationError("Input S3 object version is not supported.", self)
        if field(output_location, "object_version") is not None:
            raise ValidationError("Output S3 object version is not supported.", self)
        if (input_uri and input_location) or (output_uri and output_location):
            raise ValidationError("Either specify S3 Uri or S3 location, but not both.", self)
        if use_new and (input_uri == "" or output_uri == ""):
            raise ValidationError("S3 Uri cannot be an empty string", self)
        if props.input_path or (props.output_path and not use_new):
            Annotations.of(scope).add_warning_v2(
                "aws-cdk-lib/aws-stepfunctions-taks",
                "These props will set the value of inputPath/outputPath as s3 URI under input/output field in state "
                "machine JSON definition. To modify the behaviour set feature flag "
                f'`{_NEW_S3_URI}": true` and use props input.s3InputUri/output.s3OutputUri')
        self._task_policies = self._policy_statements(use_new)

    def _policy_statements(self, use_new: bool) -> list[Any]:
        from l2 import iam

        props = self._props
        stack = Stack.of(self)

        def object_arn(location: Any) -> str:
            return stack.format_arn(region="", account="", service="s3", resource=field(location, "bucket_name"),
                                    resource_name=field(location, "object_key"))

        any_object = stack.format_arn(region="", account="", service="s3", resource="*")
        statements = [iam.PolicyStatement(actions=["bedrock:InvokeModel"], resources=[props.model.model_arn])]
        input_location = field(props.input, "s3_location")
        if field(props.input, "s3_input_uri") is not None or (not use_new and props.input_path is not None):
            statements.append(iam.PolicyStatement(actions=["s3:GetObject"], resources=[any_object]))
        elif input_location is not None:
            statements.append(iam.PolicyStatement(actions=["s3:GetObject"], resources=[object_arn(input_location)]))
        output_location = field(props.output, "s3_location")
        if field(props.output, "s3_output_uri") is not None or (not use_new and props.output_path is not None):
            statements.append(iam.PolicyStatement(actions=["s3:PutObject"], resources=[any_object]))
        elif output_location is not None:
            statements.append(iam.PolicyStatement(actions=["s3:PutObject"], resources=[object_arn(output_location)]))
        guardrail = props.guardrail
        if guardrail is not None:
            identifier = guardrail.guardrail_identifier
            statements.append(iam.PolicyStatement(actions=["bedrock:ApplyGuardrail"], resources=[
                identifier if identifier.startswith("arn:")
                else stack.format_arn(service="bedrock", resource="guardrail", resource_name=identifier)]))
        return statements

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        use_new = FeatureFlags.of(self).is_enabled(_NEW_S3_URI)
        input_source = _source(props.input, "s3_input_uri", props.input_path, use_new)
        output_source = _source(props.output, "s3_output_uri", props.output_path, use_new)
        guardrail = props.guardrail
        trace = None if props.trace_enabled is None else ("ENABLED" if props.trace_enabled else "DISABLED")
        return {
            "Resource": integration_resource_arn("bedrock", "invokeModel"),
            **self._render_parameters_or_arguments({
                "ModelId": props.model.model_arn,
                "Accept": props.accept,
                "ContentType": props.content_type,
                "Body": props.body.value if props.body is not None else None,
                "Input": {"S3Uri": input_source} if input_source else None,
                "Output": {"S3Uri": output_source} if output_source else None,
                "GuardrailIdentifier": guardrail.guardrail_identifier if guardrail is not None else None,
                "GuardrailVersion": guardrail.guardrail_version if guardrail is not None else None,
                "Trace": trace,
            }, query_language),
        }


def _source(props: Any, uri_field: str, path: str | None, use_new: bool) -> str | None:
    location = field(props, "s3_location")
    if location is not None:
        return f"s3://{field(location, 'bucket_name')}/{field(location, 'object_key')}"
    if use_new and field(props, uri_field):
        return field(props, uri_field)
    if not use_new and path:
        return path
    return None


def _num(value: float) -> str:
    """A number as JavaScript prints it (``5`` not ``5.0``)."""
    return str(int(value)) if float(value).is_integer() else str(value)
