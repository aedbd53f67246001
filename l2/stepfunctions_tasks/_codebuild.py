"""CodeBuild tasks: ``CodeBuildStartBuild`` and ``CodeBuildStartBuildBatch``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Stack, ValidationError
from constructs.internals import structs
from l2.stepfunctions import (
    Credentials,
    IntegrationPattern,
    QueryLanguage,
    TaskMetricsConfig,
    TaskStateBase,
    Timeout,
)
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    field,
    integration_resource_arn,
    task_kwargs,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.codebuild import BuildEnvironmentVariable, IProject


_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB)


@structs.frozen(kw_only=True)
class CodeBuildStartBuildJsonPathProps:
    """Properties for starting a CodeBuild build using JSONPath.

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
        project: CodeBuild project to start
        environment_variables_override: A set of environment variables to be used for this build only
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
    project: IProject
    environment_variables_override: Mapping[str, BuildEnvironmentVariable] | None = None


@structs.frozen(kw_only=True)
class CodeBuildStartBuildJsonataProps:
    """Properties for starting a CodeBuild build using JSONata.

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
        project: CodeBuild project to start
        environment_variables_override: A set of environment variables to be used for this build only
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
    project: IProject
    environment_variables_override: Mapping[str, BuildEnvironmentVariable] | None = None


@structs.frozen(kw_only=True)
class CodeBuildStartBuildProps:
    """Properties for starting a CodeBuild build.

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
        project: CodeBuild project to start
        environment_variables_override: A set of environment variables to be used for this build only
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
    project: IProject
    environment_variables_override: Mapping[str, BuildEnvironmentVariable] | None = None


@structs.frozen(kw_only=True)
class CodeBuildStartBuildBatchJsonPathProps:
    """Properties for starting a CodeBuild batch build using JSONPath.

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
        project: CodeBuild project to start
        environment_variables_override: A set of environment variables to be used for this build only
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
    project: IProject
    environment_variables_override: Mapping[str, BuildEnvironmentVariable] | None = None


@structs.frozen(kw_only=True)
class CodeBuildStartBuildBatchJsonataProps:
    """Properties for starting a CodeBuild batch build using JSONata.

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
        project: CodeBuild project to start
        environment_variables_override: A set of environment variables to be used for this build only
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
    project: IProject
    environment_variables_override: Mapping[str, BuildEnvironmentVariable] | None = None


@structs.frozen(kw_only=True)
class CodeBuildStartBuildBatchProps:
    """Properties for starting a CodeBuild batch build.

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
        project: CodeBuild project to start
        environment_variables_override: A set of environment variables to be used for this build only
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
    project: IProject
    environment_variables_override: Mapping[str, BuildEnvironmentVariable] | None = None


class CodeBuildStartBuild(TaskStateBase):
    """Start a CodeBuild Build as a task

    Args:
        project: CodeBuild project to start
        environment_variables_override: A set of environment variables to be used for this build only
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
        project: IProject,
        environment_variables_override: Mapping[str, BuildEnvironmentVariable] | None = None,
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
    ) -> CodeBuildStartBuild:
        """Start a CodeBuild Build as a task using JSONPath."""
        kwargs = task_kwargs(locals())
        return CodeBuildStartBuild(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        project: IProject,
        environment_variables_override: Mapping[str, BuildEnvironmentVariable] | None = None,
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
    ) -> CodeBuildStartBuild:
        """Start a CodeBuild Build as a task using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return CodeBuildStartBuild(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        project: IProject,
        environment_variables_override: Mapping[str, BuildEnvironmentVariable] | None = None,
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
        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        self._task_metrics = TaskMetricsConfig(metric_prefix_singular="CodeBuildProject",
                                               metric_prefix_plural="CodeBuildProjects",
                                               metric_dimensions={"ProjectArn": props.project.project_arn})
        self._task_policies = self._policy_statements()

    def _policy_statements(self) -> list[Any]:
        from l2 import iam

        statements = [iam.PolicyStatement(resources=[self._props.project.project_arn], actions=[
            "codebuild:StartBuild", "codebuild:StopBuild", "codebuild:BatchGetBuilds", "codebuild:BatchGetReports"])]
        if self._integration_pattern == IntegrationPattern.RUN_JOB:
            statements.append(_events_rule_statement(self, "StepFunctionsGetEventForCodeBuildStartBuildRule"))
        return statements

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        return _render(self, "startBuild", top_level_query_language)



class CodeBuildStartBuildBatch(TaskStateBase):
    """Start a CodeBuild BatchBuild as a task

    Args:
        project: CodeBuild project to start
        environment_variables_override: A set of environment variables to be used for this build only
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
        project: IProject,
        environment_variables_override: Mapping[str, BuildEnvironmentVariable] | None = None,
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
    ) -> CodeBuildStartBuildBatch:
        """Start a CodeBuild BatchBuild as a task using JSONPath."""
        kwargs = task_kwargs(locals())
        return CodeBuildStartBuildBatch(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        project: IProject,
        environment_variables_override: Mapping[str, BuildEnvironmentVariable] | None = None,
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
    ) -> CodeBuildStartBuildBatch:
        """Start a CodeBuild BatchBuild as a task using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return CodeBuildStartBuildBatch(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        project: IProject,
        environment_variables_override: Mapping[str, BuildEnvironmentVariable] | None = None,
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
        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        self._task_metrics = TaskMetricsConfig(metric_prefix_singular="CodeBuildProject",
                                               metric_prefix_plural="CodeBuildProjects",
                                               metric_dimensions={"ProjectArn": props.project.project_arn})
        self._task_policies = self._policy_statements()

    def _policy_statements(self) -> list[Any]:
        from l2 import iam

        arn = self._props.project.project_arn
        if self._integration_pattern == IntegrationPattern.RUN_JOB:
            return [
                iam.PolicyStatement(resources=[arn], actions=[
                    "codebuild:StartBuildBatch", "codebuild:StopBuildBatch", "codebuild:BatchGetBuildBatches"]),
                _events_rule_statement(self, "StepFunctionsGetEventForCodeBuildStartBuildBatchRule"),
            ]
        if self._integration_pattern == IntegrationPattern.REQUEST_RESPONSE:
            return [iam.PolicyStatement(resources=[arn], actions=["codebuild:StartBuildBatch"])]
        raise ValidationError(f"Unsupported integration pattern: {self._integration_pattern.value}", self)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        return _render(self, "startBuildBatch", top_level_query_language)



def _events_rule_statement(task: TaskStateBase, rule: str) -> Any:
    from l2 import iam

    return iam.PolicyStatement(actions=["events:PutTargets", "events:PutRule", "events:DescribeRule"],
                               resources=[Stack.of(task).format_arn(service="events", resource=f"rule/{rule}")])


def _render(task: Any, api: str, top_level_query_language: QueryLanguage | None) -> Any:
    props = task._props
    query_language = actual_query_language(top_level_query_language, props.query_language)
    env = props.environment_variables_override
    return {
        "Resource": integration_resource_arn("codebuild", api, task._integration_pattern),
        **task._render_parameters_or_arguments({
            "ProjectName": props.project.project_name,
            "EnvironmentVariablesOverride": _env_variables(env) if env is not None else None,
        }, query_language),
    }


def _env_variables(env: Mapping[str, Any]) -> list[dict[str, Any]]:
    out = []
    for name, variable in env.items():
        kind = field(variable, "type")
        out.append({"Name": name, "Type": kind.value if kind is not None else "PLAINTEXT",
                    "Value": field(variable, "value")})
    return out
