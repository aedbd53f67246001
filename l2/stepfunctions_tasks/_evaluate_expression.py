"""``EvaluateExpression``: a task that evaluates a JavaScript expression with a Node.js Lambda function (pycdk's
own handler, ``_handlers/eval_nodejs``)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Construct,
    Duration,
    FeatureFlags,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l2.stepfunctions import (
    Credentials,
    FieldUtils,
    IntegrationPattern,
    JsonPath,
    QueryLanguage,
    TaskStateBase,
    Timeout,
)
from l2.stepfunctions_tasks._private.task_utils import TaskProps

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.lambda_ import Architecture, IFunction, Runtime

_HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "eval_nodejs")
_DEDICATED = "@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction"
_PATH_PATTERN = re.compile(r"\$[.\[][.a-zA-Z\[\]0-9\-_]+")
_ROLE_ID = "EvalServiceRolef4f556a4ef7a49cd8036c5b0567376fd"
# the singleton functions' ids, by runtime name (``None``: no runtime given), x86_64 and arm64
_UUIDS = {
    "nodejs24.x": ("a5c17f50-0de1-497b-8ec0-fabdc9086cc5", "1662dbae-12a4-4a04-86f0-29531a7be268"),
    "nodejs22.x": ("b64e1fb8-9c89-4f7d-8a34-2e2a1c5f6d7e", "672bfe19-76c9-448b-9584-ee75ca09edbf"),
    "nodejs20.x": ("9757c267-6d7c-45c2-af77-37a30d93d2c6", "105f0693-c082-4e9b-83f3-9007507676f0"),
    "nodejs18.x": ("078d40d3-fb4e-4d53-94a7-9c46fc11fe02", "b1565b13-7d88-4f24-ac63-f9b23c325a55"),
    "nodejs16.x": ("2a430b68-eb4b-4026-9232-ee39b71c1db8", "8fa21b46-1d7c-445d-be08-6bbea646eb37"),
    "nodejs14.x": ("da2d1181-604e-4a45-8694-1a6abd7fe42d", "cadc099b-465f-4267-afe0-e0037d263401"),
    "nodejs12.x": ("2b81e383-aad2-44db-8aaf-b4809ae0e3b4", "abcd5ad4-b1eb-48f1-bec5-41d6f5c82caa"),
    "nodejs10.x": ("a0d2ce44-871b-4e74-87a1-f5e63d7c3bdc", "886204b9-1f2d-40bd-8a7e-628543da4f93"),
    None: ("41256dc5-4457-4273-8ed9-17bc818694e5", "be6d8ca1-9d2c-4db3-aeeb-f6f27f3f2f10"),
}


@structs.frozen(kw_only=True)
class EvaluateExpressionProps:
    """Properties for EvaluateExpression.

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
        expression: The expression to evaluate
        architecture: The system architecture compatible with this lambda function
        runtime: The runtime language to use to evaluate the expression
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
    expression: str
    architecture: Architecture | None = None
    runtime: Runtime | None = None



class EvaluateExpression(TaskStateBase):
    """A Step Functions Task to evaluate an expression.

    OUTPUT: the output of this task is the evaluated expression.

    Args:
        expression: The expression to evaluate. The expression may contain state paths
        architecture: The system architectures compatible with the Lambda function
        runtime: The runtime language to use to evaluate the expression
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

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        expression: str,
        architecture: Architecture | None = None,
        runtime: Runtime | None = None,
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
        if not Token.is_unresolved(expression):
            in_strings, in_templates = _paths_inside_string_literals(expression)
            if in_strings:
                raise ValidationError(
                    f"state path(s) {json.dumps(in_strings, separators=(',', ':'))} are used as literal text inside a "
                    "plain string in the EvaluateExpression 'expression'; a path inside a plain string used to be "
                    "resolved but is no longer resolved - use a template literal with interpolation instead, e.g. "
                    f"`...${{{in_strings[0]}}}...`", self)
            if in_templates:
                raise ValidationError(
                    f"state path(s) {json.dumps(in_templates, separators=(',', ':'))} are used as literal text inside "
                    "a template literal in the EvaluateExpression 'expression'; a path in template text used to be "
                    f"resolved but is no longer resolved - reference it via interpolation like ${{{in_templates[0]}}} "
                    "instead", self)
        if FeatureFlags.of(self).is_enabled(_DEDICATED):
            self._eval_fn: IFunction = _dedicated_eval_fn(self, runtime, architecture)
        else:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionSharedFunction",
                f"The feature flag '{_DEDICATED}' is disabled, so EvaluateExpression tasks in this stack that use the "
                "same runtime and architecture share one Lambda function, including tasks in different state "
                "machines. Remove the flag or set it to true to give each task its own function.")
            self._eval_fn = _singleton_eval_fn(self, runtime, architecture)
        from l2 import iam

        self._task_policies = [iam.PolicyStatement(resources=self._eval_fn.resource_arns_for_grant_invoke,
                                                   actions=["lambda:InvokeFunction"])]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        expression = self._props.expression
        values = {m: JsonPath.string_at(m) for m in _PATH_PATTERN.findall(expression)}
        return {
            "Resource": self._eval_fn.function_arn,
            "Parameters": FieldUtils.render_object({"expression": expression, "expressionAttributeValues": values}),
        }


def _code() -> Any:
    from l2 import lambda_

    return lambda_.Code.from_asset(_HANDLER_DIR)


def _singleton_eval_fn(scope: Construct, runtime: Runtime | None, architecture: Architecture | None) -> IFunction:
    from l2 import lambda_

    pair = _UUIDS.get(runtime.name if runtime is not None else None)
    if pair is None:
        raise UnscopedValidationError(f"The runtime {runtime.name if runtime else None} is currently not supported.")
    arm = architecture is not None and architecture.name == lambda_.Architecture.ARM_64.name
    fn = lambda_.SingletonFunction(
        scope, "EvalFunction", uuid=pair[1] if arm else pair[0], lambda_purpose="Eval", code=_code(),
        handler="index.handler", runtime=runtime or _latest_node(scope),
        architecture=architecture)
    fn.add_metadata("aws:cdk:is-custom-resource-handler-singleton", True)
    family = fn.runtime.family
    fn.add_metadata("aws:cdk:is-custom-resource-handler-runtime-family", family.value if family is not None else None)
    return fn


def _dedicated_eval_fn(scope: Construct, runtime: Runtime | None, architecture: Architecture | None) -> IFunction:
    from l2 import lambda_

    if runtime is not None and not (runtime.family == lambda_.RuntimeFamily.NODEJS or runtime.name.startswith("nodejs")):
        raise UnscopedValidationError(f"The runtime {runtime.name} is currently not supported.")
    fn = lambda_.Function(scope, "EvalFunction", code=_code(), handler="index.handler",
                          runtime=runtime or _latest_node(scope), architecture=architecture,
                          role=_eval_fn_role(scope))
    family = fn.runtime.family
    fn.node.add_metadata("aws:cdk:is-custom-resource-handler-runtime-family",
                         family.value if family is not None else None)
    return fn


def _eval_fn_role(scope: Construct) -> IRole:
    from l2 import iam

    stack = Stack.of(scope)
    found = stack.node.try_find_child(_ROLE_ID)
    role = found if isinstance(found, iam.Role) else iam.Role(
        stack, _ROLE_ID, assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
        managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")])
    return role.without_policy_updates()


def _regex_starts_at(expression: str, slash: int) -> bool:
    j = slash - 1
    while j >= 0 and expression[j].isspace():
        j -= 1
    return j < 0 or re.match(r"[a-zA-Z0-9_$)\]]", expression[j]) is None


def _paths_inside_string_literals(expression: str) -> tuple[list[str], list[str]]:
    """The state paths written inside plain string literals and inside template-literal text (not interpolated)."""
    context: list[str | None] = [None] * (len(expression) + 1)
    stack: list[list[Any]] = [["code", 0]]  # [kind, brace depth]
    i = 0
    while i < len(expression):
        top, c = stack[-1], expression[i]
        kind = top[0]
        if kind in ("squote", "dquote"):
            context[i] = "plain"
            if c == "\\":
                context[i + 1] = "plain"
                i += 2
                continue
            if c == ("'" if kind == "squote" else '"'):
                stack.pop()
            i += 1
            continue
        if kind == "regex":
            if c == "\\":
                i += 2
                continue
            if c == "/":
                stack.pop()
            i += 1
            continue
        if kind == "template":
            if c == "\\":
                context[i] = context[i + 1] = "template"
                i += 2
                continue
            if c == "`":
                stack.pop()
                i += 1
                continue
            if c == "$" and expression[i + 1:i + 2] == "{":
                stack.append(["templateExpression", 0])
                i += 2
                continue
            context[i] = "template"
            i += 1
            continue
        if c in ("'", '"', "`"):
            stack.append([{"'": "squote", '"': "dquote", "`": "template"}[c], 0])
        elif c == "/" and _regex_starts_at(expression, i):
            stack.append(["regex", 0])
        elif c == "{":
            top[1] += 1
        elif c == "}":
            if kind == "templateExpression" and top[1] == 0:
                stack.pop()
            elif top[1] > 0:
                top[1] -= 1
        i += 1
    plain: dict[str, None] = {}
    template: dict[str, None] = {}
    for match in _PATH_PATTERN.finditer(expression):
        where = context[match.start()]
        if where == "plain":
            plain[match.group(0)] = None
        elif where == "template":
            template[match.group(0)] = None
    return list(plain), list(template)


def _latest_node(scope: Construct) -> Runtime:
    """aws-cdk-lib's ``determineLatestNodeRuntime``: the latest Node.js runtime of the stack's region."""
    from l2.lambda_ import Runtime

    return Runtime.NODEJS_LATEST
