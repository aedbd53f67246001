"""``WaiterStateMachine``: the Step Functions state machine that polls a provider's is-complete handler."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Stack
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable
    from l2.lambda_ import IFunction
    from l2.logs import ILogGroup

LOG_ACTIONS = (
    "logs:CreateLogDelivery",
    "logs:CreateLogStream",
    "logs:GetLogDelivery",
    "logs:UpdateLogDelivery",
    "logs:DeleteLogDelivery",
    "logs:ListLogDeliveries",
    "logs:PutLogEvents",
    "logs:PutResourcePolicy",
    "logs:DescribeResourcePolicies",
    "logs:DescribeLogGroups",
)


@structs.frozen(kw_only=True)
class LogOptions:
    """Logging of the waiter state machine.

    Args:
        destination: the log group to log to (default: a new one, ``/aws/vendedlogs/states/waiter-state-machine-...``).
        include_execution_data: log the execution data too (default ``False``).
        level: ``aws_stepfunctions.LogLevel`` member or its value (``ALL``, ``ERROR``, ``FATAL``, ``OFF``;
            default ``ERROR``).
    """

    destination: ILogGroup | None = None
    include_execution_data: bool | None = None
    level: enum.Enum | str | None = None


@structs.frozen(kw_only=True)
class WaiterStateMachineProps:
    """The properties of a ``WaiterStateMachine`` (see ``WaiterStateMachine`` for each keyword)."""

    backoff_rate: int | float
    interval: Duration
    is_complete_handler: IFunction
    max_attempts: int | float
    timeout_handler: IFunction
    disable_logging: bool | None = None
    log_options: LogOptions | None = None


class WaiterStateMachine(Construct):
    """A state machine that calls ``is_complete_handler`` until it succeeds, then ``timeout_handler`` if it never does.

    Args:
        scope: the parent construct.
        id: the construct id.
        backoff_rate: multiplier of the interval between attempts.
        interval: the wait between attempts.
        is_complete_handler: the function asked whether the operation is complete (fails while it is not).
        max_attempts: how many times ``is_complete_handler`` is called.
        timeout_handler: the function called when the attempts are exhausted.
        disable_logging: no logging configuration (default: logging at ``ERROR`` level to a new log group).
        log_options: where and what to log.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.custom-resources.WaiterStateMachine"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        backoff_rate: int | float,
        interval: Duration,
        is_complete_handler: IFunction,
        max_attempts: int | float,
        timeout_handler: IFunction,
        disable_logging: bool | None = None,
        log_options: LogOptions | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l1.stepfunctions import CfnStateMachine
        from l2 import iam

        role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
        is_complete_handler.grant_invoke(role)
        timeout_handler.grant_invoke(role)
        definition = Stack.of(self).to_json_string({
            "StartAt": "framework-isComplete-task",
            "States": {
                "framework-isComplete-task": {
                    "End": True,
                    "Retry": [{
                        "ErrorEquals": ["States.ALL"],
                        "IntervalSeconds": interval.to_seconds(),
                        "MaxAttempts": max_attempts,
                        "BackoffRate": backoff_rate,
                    }],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "framework-onTimeout-task"}],
                    "Type": "Task",
                    "Resource": is_complete_handler.function_arn,
                },
                "framework-onTimeout-task": {
                    "End": True,
                    "Type": "Task",
                    "Resource": timeout_handler.function_arn,
                },
            },
        })
        self._is_complete_handler = is_complete_handler
        logging = None if disable_logging else self._logging_configuration(role, log_options)
        resource = CfnStateMachine(
            self, "Resource", definition_string=definition, role_arn=role.role_arn, logging_configuration=logging)
        resource.node.add_dependency(role)
        self.state_machine_arn: str = resource.ref

    def grant_start_execution(self, identity: IGrantable) -> Grant:
        """Allow ``identity`` to start executions of this state machine."""
        from l2 import iam

        return iam.Grant.add_to_principal(
            grantee=identity, actions=["states:StartExecution"], resource_arns=[self.state_machine_arn])

    def _logging_configuration(self, role: Any, options: LogOptions | None) -> Any:
        from l1.stepfunctions import CfnStateMachine
        from l2 import iam

        role.add_to_principal_policy(iam.PolicyStatement(actions=list(LOG_ACTIONS), resources=["*"]))
        destination: Any = options.destination if options is not None else None
        if destination is None:
            from l2 import logs

            name = f"/aws/vendedlogs/states/waiter-state-machine-{self._is_complete_handler.function_name}-{self.node.addr}"
            destination = logs.LogGroup(self, "LogGroup", log_group_name=name)
        level = options.level if options is not None else None
        if isinstance(level, enum.Enum):
            level = level.value
        include = options.include_execution_data if options is not None else None
        return CfnStateMachine.LoggingConfigurationProperty(
            destinations=[CfnStateMachine.LogDestinationProperty(
                cloud_watch_logs_log_group=CfnStateMachine.CloudWatchLogsLogGroupProperty(
                    log_group_arn=destination.log_group_arn))],
            include_execution_data=bool(include),
            level=level if level is not None else "ERROR",
        )
