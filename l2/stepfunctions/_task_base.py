"""``TaskStateBase``: the base of the task states (``stepfunctions_tasks``): timeouts, credentials, metrics."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, UnscopedValidationError
from constructs.internals import deprecated
from l2._private.metric_options import given_options as _metric_options
from l2.stepfunctions._fields import FieldUtils
from l2.stepfunctions._props import Credentials, TaskMetricsConfig
from l2.stepfunctions._state import State, render_json_path
from l2.stepfunctions._states import RetryCatchMixin, _NextMixin
from l2.stepfunctions._types import IntegrationPattern, QueryLanguage, Timeout

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.iam import PolicyStatement


class TaskStateBase(RetryCatchMixin, _NextMixin, State):
    """The base of a state that calls a service (a ``Task`` state).

    Subclasses implement ``_render_task(top_level_query_language)`` (the ``Resource``, ``Parameters``/
    ``Arguments`` fields) and may set ``_task_metrics`` and ``_task_policies``.

    Args:
        credentials: a role the state machine assumes to run the task.
        heartbeat / heartbeat_timeout: the heartbeat timeout (``heartbeat`` is deprecated).
        integration_pattern: how the task waits for the service.
        task_timeout / timeout: the task's timeout (``timeout`` is deprecated).
        result_path / result_selector: result handling (JSONPath).
        (the other keywords are those of ``State``)
    """

    _task_metrics: TaskMetricsConfig | None = None
    _task_policies: list[PolicyStatement] | None = None

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
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
        arguments: object = None,
        parameters: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(scope, id, result_path=result_path, result_selector=result_selector, comment=comment,
                         query_language=query_language, state_name=state_name, assign=assign,
                         input_path=input_path, output_path=output_path, outputs=outputs, arguments=arguments,
                         parameters=parameters)
        if heartbeat is not None:
            deprecated("aws-cdk-lib.aws_stepfunctions.TaskStateBaseOptions#heartbeat", "use `heartbeatTimeout`")
        if timeout is not None:
            deprecated("aws-cdk-lib.aws_stepfunctions.TaskStateBaseOptions#timeout", "use `taskTimeout`")
        self._end_states = [self]
        self.timeout = timeout
        self.task_timeout = task_timeout
        self.heartbeat = heartbeat
        self.heartbeat_timeout = heartbeat_timeout
        self.credentials = credentials
        self.integration_pattern = integration_pattern

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        raise NotImplementedError(f"{type(self).__name__} must implement _render_task")

    def to_state_json(self, top_level_query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The state's definition."""
        out: dict[str, Any] = {}
        out.update(self._render_query_language(top_level_query_language))
        out.update(self._render_next_end())
        out.update(self._render_retry_catch(top_level_query_language))
        out.update(self._render_task_base())
        out.update(self._render_task(top_level_query_language))
        return out

    def _when_bound_to_graph(self, graph: Any) -> None:
        super()._when_bound_to_graph(graph)
        for statement in self._task_policies or []:
            graph.register_policy_statement(statement)
        if self.credentials is not None:
            from l2 import iam

            graph.register_policy_statement(iam.PolicyStatement(
                effect=iam.Effect.ALLOW, actions=["sts:AssumeRole"], resources=[self.credentials.role.resource],
            ))

    def _render_parameters_or_arguments(self, param_or_arg: Any, query_language: QueryLanguage) -> dict[str, Any]:
        return {
            "Parameters": FieldUtils.render_object(param_or_arg) if query_language == QueryLanguage.JSON_PATH
            else None,
            "Arguments": param_or_arg if query_language == QueryLanguage.JSONATA else None,
        }

    def _task_metric(self, prefix_field: str, suffix: str, props: dict[str, Any]) -> Metric:
        prefix = getattr(self._task_metrics, prefix_field) if self._task_metrics is not None else None
        if prefix is None:
            raise UnscopedValidationError(
                "Task does not expose metrics. Use the 'metric()' function to add metrics."
            )
        return self.metric(prefix + suffix, **props)

    def _render_credentials(self) -> dict[str, Any] | None:
        if self.credentials is None:
            return None
        return dict(FieldUtils.render_object({"Credentials": {"RoleArn": self.credentials.role.role_arn}}) or {})

    def _render_task_base(self) -> dict[str, Any]:
        def seconds(d: Duration | None, t: Timeout | None) -> Any:
            if d is not None:
                return d.to_seconds()
            if t is not None:
                return t.seconds if t.seconds is not None else t.jsonata_expression
            return None

        out: dict[str, Any] = {
            "Type": "Task",
            "Comment": self._comment,
            "TimeoutSeconds": seconds(self.timeout, self.task_timeout),
            "TimeoutSecondsPath": self.task_timeout.path if self.task_timeout is not None else None,
            "HeartbeatSeconds": seconds(self.heartbeat, self.heartbeat_timeout),
            "HeartbeatSecondsPath": self.heartbeat_timeout.path if self.heartbeat_timeout is not None else None,
            "InputPath": render_json_path(self._input_path),
            "OutputPath": render_json_path(self._output_path),
            "ResultPath": render_json_path(self._result_path),
            "Arguments": self._arguments,
            "Output": self._outputs,
        }
        out.update(self._render_result_selector())
        out.update(self._render_credentials() or {})
        out.update(self._render_assign())
        return out

    # -- metrics -------------------------------------------------------------------------------------------
    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of this task (namespace ``AWS/States``, the task's dimensions; default Sum over 5 minutes)."""
        props = _metric_options(locals(), "metric_name")
        from l2 import cloudwatch

        options: dict[str, Any] = {
            "namespace": "AWS/States",
            "metric_name": metric_name,
            "dimensions_map": self._task_metrics.metric_dimensions if self._task_metrics else None,
            "statistic": "sum",
        }
        options.update(props)
        return cloudwatch.Metric(**options).attach_to(self)

    def metric_run_time(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The time the task ran (average over 5 minutes)."""
        return self._task_metric("metric_prefix_singular", "RunTime", {"statistic": "avg", **_metric_options(locals())})

    def metric_schedule_time(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The time the task waited to be scheduled (average over 5 minutes)."""
        return self._task_metric("metric_prefix_singular", "ScheduleTime", {"statistic": "avg", **_metric_options(locals())})

    def metric_time(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The time from scheduled to closed (average over 5 minutes)."""
        return self._task_metric("metric_prefix_singular", "Time", {"statistic": "avg", **_metric_options(locals())})

    def metric_scheduled(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """How many times the task was scheduled (Sum over 5 minutes)."""
        return self._task_metric("metric_prefix_plural", "Scheduled", _metric_options(locals()))

    def metric_timed_out(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """How many times the task timed out (Sum over 5 minutes)."""
        return self._task_metric("metric_prefix_plural", "TimedOut", _metric_options(locals()))

    def metric_started(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """How many times the task started (Sum over 5 minutes)."""
        return self._task_metric("metric_prefix_plural", "Started", _metric_options(locals()))

    def metric_succeeded(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """How many times the task succeeded (Sum over 5 minutes)."""
        return self._task_metric("metric_prefix_plural", "Succeeded", _metric_options(locals()))

    def metric_failed(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """How many times the task failed (Sum over 5 minutes)."""
        return self._task_metric("metric_prefix_plural", "Failed", _metric_options(locals()))

    def metric_heartbeat_timed_out(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """How many times the task's heartbeat timed out (Sum over 5 minutes)."""
        return self._task_metric("metric_prefix_plural", "HeartbeatTimedOut", _metric_options(locals()))
