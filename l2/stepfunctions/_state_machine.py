"""``StateMachine``, its definition bodies, grants and metrics; ``StateTransitionMetric``."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Arn,
    ArnFormat,
    Construct,
    Duration,
    RemovalPolicy,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import deprecated
from l1._private.interfaces.stepfunctions import IStateMachineRef, StateMachineReference
from l1.stepfunctions import CfnStateMachine
from l2._private.metric_options import given_options as _metric_options
from l2.stepfunctions._props import DefinitionConfig, LogOptions, StateMachineProps
from l2.stepfunctions._state import IChainable, StateGraph
from l2.stepfunctions._types import (
    CustomerManagedEncryptionConfiguration,
    EncryptionConfiguration,
    LogLevel,
    QueryLanguage,
    StateMachineType,
    build_encryption_configuration,
)

if TYPE_CHECKING:
    from constructs import AssetHashType, BundlingOptions, IgnoreMode, SymlinkFollowMode
    from l2.cloudwatch import Metric, Unit
    from l2.iam import Grant, IGrantable, IPrincipal, IRole, PolicyStatement
    from l2.kms import IKey


@runtime_checkable
class IStateMachine(IStateMachineRef, Protocol):
    """A state machine: ``StateMachine`` or one returned by ``StateMachine.from_state_machine_arn``/``_name``."""

    @property
    def state_machine_arn(self) -> str:
        """The state machine's ARN."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal its executions run as."""
        ...

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the state machine."""
        ...

    def grant_execution(self, identity: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the state machine's executions."""
        ...

    def grant_read(self, identity: IGrantable) -> Grant:
        """Grant reading the state machine and its executions."""
        ...

    def grant_redrive_execution(self, identity: IGrantable) -> Grant:
        """Grant redriving executions."""
        ...

    def grant_start_execution(self, identity: IGrantable) -> Grant:
        """Grant starting executions."""
        ...

    def grant_start_sync_execution(self, identity: IGrantable) -> Grant:
        """Grant starting synchronous executions."""
        ...

    def grant_task_response(self, identity: IGrantable) -> Grant:
        """Grant sending task results and heartbeats."""
        ...

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
        """A metric of the state machine."""
        ...

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
        """Executions that failed."""
        ...

    def metric_throttled(
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
        """Executions that were throttled."""
        ...

    def metric_aborted(
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
        """Executions that were aborted."""
        ...

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
        """Executions that succeeded."""
        ...

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
        """Executions that timed out."""
        ...

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
        """Executions that started."""
        ...

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
        """The time executions took."""
        ...


class StateMachineGrants:
    """Permission helpers for a state machine.

    Args:
        resource: the state machine the permissions are granted on.
    """

    def __init__(self, *, resource: IStateMachine) -> None:
        self.resource = resource

    @staticmethod
    def from_state_machine(resource: IStateMachine) -> StateMachineGrants:
        """The grants of ``resource``."""
        return StateMachineGrants(resource=resource)

    def _arn(self) -> str:
        return self.resource.state_machine_arn

    def _execution_arn(self) -> str:
        name = Arn.split(self._arn(), ArnFormat.COLON_RESOURCE_NAME).resource_name
        return Stack.of(self.resource).format_arn(resource="execution", service="states", resource_name=name,
                                                  arn_format=ArnFormat.COLON_RESOURCE_NAME)

    @staticmethod
    def _add(grantee: IGrantable, actions: list[str], arns: list[str]) -> Grant:
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=actions, resource_arns=arns)

    def task_response(self, grantee: IGrantable) -> Grant:
        """Sending task success, failure and heartbeats."""
        return self._add(grantee, ["states:SendTaskSuccess", "states:SendTaskFailure", "states:SendTaskHeartbeat"],
                         [self._arn()])

    def redrive_execution(self, grantee: IGrantable) -> Grant:
        """Redriving executions."""
        return self._add(grantee, ["states:RedriveExecution"], [self._arn() + ":*"])

    def read(self, grantee: IGrantable) -> Grant:
        """Listing and describing the state machine and its executions."""
        self._add(grantee, ["states:ListExecutions", "states:ListStateMachines"], [self._arn()])
        self._add(grantee, ["states:DescribeExecution", "states:DescribeStateMachineForExecution",
                            "states:GetExecutionHistory"], [self._execution_arn() + ":*"])
        return self._add(grantee, ["states:ListActivities", "states:DescribeStateMachine",
                                   "states:DescribeActivity"], ["*"])

    def start_execution(self, grantee: IGrantable) -> Grant:
        """Starting executions."""
        return self._add(grantee, ["states:StartExecution"], [self._arn()])

    def start_sync_execution(self, grantee: IGrantable) -> Grant:
        """Starting synchronous executions."""
        return self._add(grantee, ["states:StartSyncExecution"], [self._arn()])

    def execution(self, grantee: IGrantable, *actions: str) -> Grant:
        """``actions`` on the executions."""
        return self._add(grantee, list(actions), [self._execution_arn() + ":*"])

    def actions(self, identity: IGrantable, *actions: str) -> Grant:
        """``actions`` on the state machine."""
        return self._add(identity, list(actions), [self._arn()])


class _StateMachineBase(Resource):
    state_machine_arn: str

    @property
    def grants(self) -> StateMachineGrants:
        """Permission helpers for this state machine."""
        return StateMachineGrants(resource=self)  # type: ignore[arg-type]

    @property
    def state_machine_ref(self) -> StateMachineReference:
        """A reference to this state machine."""
        return StateMachineReference(state_machine_arn=self.state_machine_arn)

    def grant_start_execution(self, identity: IGrantable) -> Grant:
        """Grant starting executions."""
        return self.grants.start_execution(identity)

    def grant_start_sync_execution(self, identity: IGrantable) -> Grant:
        """Grant starting synchronous (Express) executions."""
        return self.grants.start_sync_execution(identity)

    def grant_read(self, identity: IGrantable) -> Grant:
        """Grant listing and describing the state machine and its executions."""
        return self.grants.read(identity)

    def grant_task_response(self, identity: IGrantable) -> Grant:
        """Grant sending task results and heartbeats."""
        return self.grants.task_response(identity)

    def grant_execution(self, identity: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the executions."""
        return self.grants.execution(identity, *actions)

    def grant_redrive_execution(self, identity: IGrantable) -> Grant:
        """Grant redriving executions."""
        return self.grant_execution(identity, "states:RedriveExecution")

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the state machine."""
        return self.grants.actions(identity, *actions)

    def _canned_metric(self, metric_name: str, statistic: str, props: dict[str, Any]) -> Metric:
        from l2 import cloudwatch

        options: dict[str, Any] = {"namespace": "AWS/States", "metric_name": metric_name,
                                   "dimensions_map": {"StateMachineArn": self.state_machine_arn},
                                   "statistic": statistic}
        options.update(props)
        return cloudwatch.Metric(**options).attach_to(self)

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
        """A metric of this state machine (namespace ``AWS/States``, dimension ``StateMachineArn``; default Sum over 5 minutes)."""
        props = _metric_options(locals(), "metric_name")
        from l2 import cloudwatch

        options: dict[str, Any] = {
            "namespace": "AWS/States",
            "metric_name": metric_name,
            "dimensions_map": {"StateMachineArn": self.state_machine_arn},
            "statistic": "sum",
        }
        options.update(props)
        return cloudwatch.Metric(**options).attach_to(self)

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
        """Executions that failed (Sum over 5 minutes)."""
        return self._canned_metric("ExecutionsFailed", "Sum", _metric_options(locals()))

    def metric_throttled(
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
        """Executions that were throttled (Sum over 5 minutes)."""
        return self.metric("ExecutionThrottled", **_metric_options(locals()))

    def metric_aborted(
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
        """Executions that were aborted (Sum over 5 minutes)."""
        return self._canned_metric("ExecutionsAborted", "Sum", _metric_options(locals()))

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
        """Executions that succeeded (Sum over 5 minutes)."""
        return self._canned_metric("ExecutionsSucceeded", "Sum", _metric_options(locals()))

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
        """Executions that timed out (Sum over 5 minutes)."""
        return self._canned_metric("ExecutionsTimedOut", "Sum", _metric_options(locals()))

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
        """Executions that started (Sum over 5 minutes)."""
        return self.metric("ExecutionsStarted", **_metric_options(locals()))

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
        """The time executions took (Average over 5 minutes)."""
        return self._canned_metric("ExecutionTime", "Average", _metric_options(locals()))

class _ImportedStateMachine(_StateMachineBase):
    def __init__(self, scope: Construct, id: str, state_machine_arn: str) -> None:
        super().__init__(scope, id, environment_from_arn=state_machine_arn)
        from l2 import iam

        self.state_machine_arn = state_machine_arn
        self.grant_principal = iam.UnknownPrincipal(resource=self)


_NAME_PATTERN = re.compile(r"^[a-z0-9+!@.()\-=_']+$", re.I)


class StateMachine(_StateMachineBase):
    """A Step Functions state machine (``AWS::StepFunctions::StateMachine``), removed with the stack by default.

    Args:
        definition_body: the definition: ``DefinitionBody.from_chainable`` / ``from_string`` / ``from_file``.
        definition: deprecated, a chainable (use ``definition_body``).
        definition_substitutions: values for ``${...}`` placeholders in the definition.
        comment: the definition's ``Comment``.
        query_language: the definition's ``QueryLanguage`` (default JSONPath).
        state_machine_name: a physical name (default generated), 1 to 80 characters.
        state_machine_type: STANDARD (default) or EXPRESS.
        role: the execution role (default: a new role Step Functions assumes).
        timeout: the execution timeout (``TimeoutSeconds``; chainable definitions only).
        logs: execution logging to CloudWatch Logs.
        tracing_enabled: X-Ray tracing.
        encryption_configuration: the key the data is encrypted with.
        removal_policy: default ``RemovalPolicy.DESTROY``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-stepfunctions.StateMachine"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        definition: IChainable | None = None,
        definition_body: DefinitionBody | None = None,
        definition_substitutions: Mapping[str, str] | None = None,
        encryption_configuration: EncryptionConfiguration | None = None,
        logs: LogOptions | None = None,
        query_language: QueryLanguage | None = None,
        removal_policy: RemovalPolicy | None = None,
        role: IRole | None = None,
        state_machine_name: str | None = None,
        state_machine_type: StateMachineType | None = None,
        timeout: Duration | None = None,
        tracing_enabled: bool | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=state_machine_name)
        from l2 import iam

        if definition is not None:
            deprecated("aws-cdk-lib.aws_stepfunctions.StateMachineProps#definition",
                       "use definitionBody: DefinitionBody.fromChainable()")

        if definition is not None and definition_body is not None:
            raise ValidationError("Cannot specify definition and definitionBody at the same time", self)
        if definition is None and definition_body is None:
            raise ValidationError("You need to specify either definition or definitionBody", self)
        if state_machine_name is not None:
            self._validate_state_machine_name(state_machine_name)
        if logs is not None and logs.level != LogLevel.OFF and logs.destination is None:
            raise ValidationError("Logs destination is required when level is not OFF.", self)
        stack = Stack.of(self)
        if role is None:
            role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("states.amazonaws.com", conditions={
                "ArnLike": {"aws:SourceArn": stack.format_arn(service="states", resource="stateMachine",
                                                              resource_name="*",
                                                              arn_format=ArnFormat.COLON_RESOURCE_NAME)},
                "StringEquals": {"aws:SourceAccount": stack.account},
            }))
        self.role: IRole = role
        body = definition_body if definition_body is not None else DefinitionBody.from_chainable(definition)  # type: ignore[arg-type]
        self.state_machine_type = state_machine_type or StateMachineType.STANDARD
        graph: StateGraph | None = None
        if isinstance(body, ChainDefinitionBody):
            graph = StateGraph(body.chainable.start_state, "State Machine definition")
            graph.timeout = timeout
            for statement in graph.policy_statements:
                self.add_to_role_policy(statement)
        if isinstance(encryption_configuration, CustomerManagedEncryptionConfiguration):
            key_arn = encryption_configuration.kms_key.key_arn
            self.role.add_to_principal_policy(iam.PolicyStatement(
                effect=iam.Effect.ALLOW, actions=["kms:Decrypt", "kms:GenerateDataKey"], resources=[key_arn],
                conditions={"StringEquals": {"kms:EncryptionContext:aws:states:stateMachineArn": stack.format_arn(
                    service="states", resource="stateMachine", arn_format=ArnFormat.COLON_RESOURCE_NAME,
                    resource_name=state_machine_name if state_machine_name is not None else "")}},
            ))
            if logs is not None and logs.level != LogLevel.OFF:
                self.role.add_to_principal_policy(iam.PolicyStatement(
                    effect=iam.Effect.ALLOW, actions=["kms:GenerateDataKey"], resources=[key_arn],
                    conditions={"StringEquals": {
                        "kms:EncryptionContext:SourceArn": stack.format_arn(
                            service="logs", resource="*", arn_format=ArnFormat.COLON_RESOURCE_NAME),
                    }},
                ))
                encryption_configuration.kms_key.add_to_resource_policy(iam.PolicyStatement(
                    resources=["*"], actions=["kms:Decrypt*"],
                    principals=[iam.ServicePrincipal("delivery.logs.amazonaws.com")],
                ))
        props = StateMachineProps(
            comment=comment, definition=definition, definition_body=definition_body,
            definition_substitutions=definition_substitutions, encryption_configuration=encryption_configuration,
            logs=logs, query_language=query_language, removal_policy=removal_policy, role=role,
            state_machine_name=state_machine_name, state_machine_type=state_machine_type, timeout=timeout,
            tracing_enabled=tracing_enabled,
        )
        config = body.bind(self, self.role.grant_principal, props, graph)
        resource = CfnStateMachine(
            self, "Resource",
            state_machine_name=self.physical_name,
            state_machine_type=state_machine_type.value if state_machine_type is not None else None,
            role_arn=self.role.role_arn,
            logging_configuration=self._build_logging_configuration(logs) if logs is not None else None,
            tracing_configuration=self._build_tracing_configuration(tracing_enabled),
            definition=config.definition,
            definition_s3_location=config.definition_s3_location,
            definition_string=config.definition_string,
            definition_substitutions=definition_substitutions,
            encryption_configuration=build_encryption_configuration(encryption_configuration),
        )
        resource.apply_removal_policy(removal_policy if removal_policy is not None else RemovalPolicy.DESTROY)
        resource.node.add_dependency(self.role)
        self.resource = resource
        self.state_machine_arn = self.get_resource_arn_attribute(resource.ref, {
            "service": "states", "resource": "stateMachine", "resource_name": self.physical_name,
            "arn_format": ArnFormat.COLON_RESOURCE_NAME})
        self.state_machine_name = self.get_resource_name_attribute(resource.attr_name)
        if graph is not None:
            graph.bind(self)
        self.state_machine_revision_id: str = resource.attr_state_machine_revision_id

    @staticmethod
    def from_state_machine_arn(scope: Construct, id: str, state_machine_arn: str) -> IStateMachine:
        """A state machine defined elsewhere, by ARN."""
        return _ImportedStateMachine(scope, id, state_machine_arn)  # type: ignore[return-value]

    @staticmethod
    def from_state_machine_name(scope: Construct, id: str, state_machine_name: str) -> IStateMachine:
        """A state machine of this stack's account and region, by name."""
        arn = Stack.of(scope).format_arn(service="states", resource="stateMachine",
                                         arn_format=ArnFormat.COLON_RESOURCE_NAME, resource_name=state_machine_name)
        return StateMachine.from_state_machine_arn(scope, id, arn)

    @property
    def grant_principal(self) -> IPrincipal:
        """The execution role."""
        return self.role.grant_principal

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the execution role's policy."""
        self.role.add_to_principal_policy(statement)

    def _validate_state_machine_name(self, name: str) -> None:
        if Token.is_unresolved(name):
            return
        if len(name) < 1 or len(name) > 80:
            raise ValidationError(f"State Machine name must be between 1 and 80 characters. Received: {name}", self)
        if not _NAME_PATTERN.match(name):
            raise ValidationError(
                f"State Machine name must match \"^[a-z0-9+!@.()-=_']+$/i\". Received: {name}", self
            )

    def _build_logging_configuration(self, logs: LogOptions) -> dict[str, Any]:
        destinations = None
        if logs.destination is not None:
            from l2 import iam

            self.add_to_role_policy(iam.PolicyStatement(
                effect=iam.Effect.ALLOW,
                actions=["logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery",
                         "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                         "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"],
                resources=["*"],
            ))
            destinations = [{"cloud_watch_logs_log_group": {"log_group_arn": logs.destination.log_group_arn}}]
        return {
            "destinations": destinations,
            "include_execution_data": logs.include_execution_data,
            "level": logs.level.value if logs.level is not None else "ERROR",
        }

    def _build_tracing_configuration(self, tracing: bool | None) -> dict[str, Any] | None:
        if tracing is None:
            return None
        if tracing:
            from l2 import iam

            self.add_to_role_policy(iam.PolicyStatement(
                actions=["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
                         "xray:GetSamplingTargets"],
                resources=["*"],
            ))
        return {"enabled": tracing}


def _drop_none(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _drop_none(v) for k, v in x.items() if v is not None}
    if isinstance(x, (list, tuple)):
        return [_drop_none(v) for v in x if v is not None]
    return x


class DefinitionBody:
    """The definition of a state machine: from states (a chainable), a JSON string, or a local file."""

    @staticmethod
    def from_file(
        path: str,
        *,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> DefinitionBody:
        """A definition in a local file, uploaded as an asset (``DefinitionS3Location``)."""
        return FileDefinitionBody(
            path, deploy_time=deploy_time, display_name=display_name, readers=readers, source_kms_key=source_kms_key,
            asset_hash=asset_hash, asset_hash_type=asset_hash_type, bundling=bundling, exclude=exclude,
            follow_symlinks=follow_symlinks, ignore_mode=ignore_mode,
        )

    @staticmethod
    def from_string(definition: str) -> DefinitionBody:
        """A definition given as a JSON string (``DefinitionString``)."""
        return StringDefinitionBody(definition)

    @staticmethod
    def from_chainable(chainable: IChainable) -> DefinitionBody:
        """A definition built from states."""
        return ChainDefinitionBody(chainable)

    def bind(self, scope: Construct, sfn_principal: IPrincipal, sfn_props: StateMachineProps,
             graph: StateGraph | None = None) -> DefinitionConfig:
        """The definition properties of the L1 resource."""
        raise NotImplementedError


class FileDefinitionBody(DefinitionBody):
    """A definition in a local file, deployed as an S3 asset (see ``DefinitionBody.from_file``).

    Args:
        path: the local file holding the definition (JSON or YAML).
        (the other keywords are the asset's: see ``s3_assets.AssetOptions`` for each keyword)
    """

    def __init__(
        self,
        path: str,
        *,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> None:
        self.path = path
        self._options: dict[str, Any] = {k: v for k, v in {
            "deploy_time": deploy_time, "display_name": display_name, "readers": readers,
            "source_kms_key": source_kms_key, "asset_hash": asset_hash, "asset_hash_type": asset_hash_type,
            "bundling": bundling, "exclude": exclude, "follow_symlinks": follow_symlinks, "ignore_mode": ignore_mode,
        }.items() if v is not None}

    def bind(self, scope: Construct, _sfn_principal: IPrincipal, _sfn_props: StateMachineProps,
             _graph: StateGraph | None = None) -> DefinitionConfig:
        """An asset of the file; its S3 location."""
        from l2 import s3_assets

        asset = s3_assets.Asset(scope, "DefinitionBody", path=self.path, **self._options)
        return DefinitionConfig(definition_s3_location={"bucket": asset.s3_bucket_name, "key": asset.s3_object_key})


class StringDefinitionBody(DefinitionBody):
    """A definition given as a JSON string.

    Args:
        body: the state machine's definition, as an Amazon States Language JSON string.
    """

    def __init__(self, body: str) -> None:
        self.body = body

    def bind(self, _scope: Construct, _sfn_principal: IPrincipal, _sfn_props: StateMachineProps,
             _graph: StateGraph | None = None) -> DefinitionConfig:
        """The string."""
        return DefinitionConfig(definition_string=self.body)


class ChainDefinitionBody(DefinitionBody):
    """A definition built from states.

    Args:
        chainable: the first state (or chain) of the definition; the graph is read from it.
    """

    def __init__(self, chainable: IChainable) -> None:
        self.chainable = chainable

    def bind(self, scope: Construct, _sfn_principal: IPrincipal, sfn_props: StateMachineProps,
             graph: StateGraph | None = None) -> DefinitionConfig:
        """The graph's JSON (with the comment and query language) as a string with tokens spliced in."""
        assert graph is not None
        graph_json = dict(graph.to_graph_json(sfn_props.query_language))
        graph_json["Comment"] = sfn_props.comment
        graph_json["QueryLanguage"] = sfn_props.query_language.value if sfn_props.query_language else None
        return DefinitionConfig(definition_string=Stack.of(scope).to_json_string(_drop_none(graph_json)))


class StateTransitionMetric:
    """Metrics of the account's state transitions (``AWS/States``, ``ServiceMetric: StateTransition``)."""

    @staticmethod
    def metric(
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
        """A state-transition metric of the account (namespace ``AWS/States``, dimension ``ServiceMetric``)."""
        props = _metric_options(locals(), "metric_name")
        from l2 import cloudwatch

        options: dict[str, Any] = {
            "namespace": "AWS/States",
            "metric_name": metric_name,
            "dimensions_map": {"ServiceMetric": "StateTransition"},
        }
        options.update(props)
        return cloudwatch.Metric(**options)

    @staticmethod
    def metric_provisioned_bucket_size(
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
        """The number of available state transitions."""
        return StateTransitionMetric.metric("ProvisionedBucketSize", **_metric_options(locals()))

    @staticmethod
    def metric_provisioned_refill_rate(
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
        """The state transitions added per second."""
        return StateTransitionMetric.metric("ProvisionedRefillRate", **_metric_options(locals()))

    @staticmethod
    def metric_consumed_capacity(
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
        """The state transitions per second."""
        return StateTransitionMetric.metric("ConsumedCapacity", **_metric_options(locals()))

    @staticmethod
    def metric_throttled_events(
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
        """The throttled state transitions (Sum over 5 minutes)."""
        return StateTransitionMetric.metric("ThrottledEvents", **{"statistic": "sum", **_metric_options(locals())})
