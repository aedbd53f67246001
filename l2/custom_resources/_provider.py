"""``Provider``: the custom-resource provider framework (on-event, is-complete and on-timeout functions)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from constructs import Construct, Duration, ValidationError
from constructs.internals import structs
from l2.custom_resources._waiter import LogOptions, WaiterStateMachine

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IRole
    from l2.kms import IKey
    from l2.lambda_ import ApplicationLogLevel, Function, IFunction
    from l2.logs import ILogGroup, RetentionDays

HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "provider_framework")
FRAMEWORK_TIMEOUT_MINUTES = 15
ON_EVENT, IS_COMPLETE, ON_TIMEOUT = "onEvent", "isComplete", "onTimeout"
# The Python entry points of pycdk's own framework handler, per aws-cdk-lib entry-point name.
PYTHON_ENTRYPOINTS = {ON_EVENT: "on_event", IS_COMPLETE: "is_complete", ON_TIMEOUT: "on_timeout"}
USER_ON_EVENT_FUNCTION_ARN_ENV = "USER_ON_EVENT_FUNCTION_ARN"
USER_IS_COMPLETE_FUNCTION_ARN_ENV = "USER_IS_COMPLETE_FUNCTION_ARN"
WAITER_STATE_MACHINE_ARN_ENV = "WAITER_STATE_MACHINE_ARN"
DEFAULT_TOTAL_TIMEOUT_SECONDS = 30 * 60
DEFAULT_QUERY_INTERVAL_SECONDS = 5


@structs.frozen(kw_only=True)
class ProviderProps:
    """The properties of a ``Provider`` (see ``Provider`` for each keyword)."""

    on_event_handler: IFunction
    disable_waiter_state_machine_logging: bool | None = None
    framework_complete_and_timeout_role: IRole | None = None
    framework_lambda_logging_level: ApplicationLogLevel | None = None
    framework_on_event_role: IRole | None = None
    is_complete_handler: IFunction | None = None
    log_group: ILogGroup | None = None
    log_retention: RetentionDays | None = None
    provider_function_env_encryption: IKey | None = None
    provider_function_name: str | None = None
    query_interval: Duration | None = None
    role: IRole | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    total_timeout: Duration | None = None
    vpc: IVpc | None = None
    vpc_subnets: SubnetSelection | None = None
    waiter_state_machine_log_options: LogOptions | None = None


def calculate_retry_policy(scope: Construct, total_timeout: Duration | None,
                           query_interval: Duration | None) -> tuple[int | float, Duration]:
    """``(max_attempts, interval)``: the total timeout must be a whole number of query intervals."""
    timeout_s = total_timeout.to_seconds() if total_timeout is not None else DEFAULT_TOTAL_TIMEOUT_SECONDS
    interval = query_interval if query_interval is not None else Duration.seconds(DEFAULT_QUERY_INTERVAL_SECONDS)
    interval_s = interval.to_seconds()
    attempts = timeout_s / interval_s
    if round(attempts) != attempts:
        raise ValidationError(
            f"Cannot determine retry count since totalTimeout={_num(timeout_s)}s is not integrally dividable by "
            f"queryInterval={_num(interval_s)}s", scope)
    return (int(attempts), interval)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class Provider(Construct):
    """The provider framework: a ``service_token`` whose custom resources are handled by ``on_event_handler``
    (and, for asynchronous operations, polled with ``is_complete_handler`` by a Step Functions state machine).

    Args:
        scope: the parent construct.
        id: the construct id.
        on_event_handler: the user function called for every lifecycle event (create, update, delete).
        disable_waiter_state_machine_logging: no logging for the waiter state machine (default ``True``; needs
            ``is_complete_handler``).
        framework_complete_and_timeout_role: the role of the framework's is-complete and on-timeout functions
            (default: one each; needs ``is_complete_handler``; not with ``role``).
        framework_lambda_logging_level: the application log level of the framework functions (default ``FATAL``).
        framework_on_event_role: the role of the framework's on-event function (default: its own; not with ``role``).
        is_complete_handler: the user function asked whether an operation is complete (default: synchronous).
        log_group: the log group of the framework functions.
        log_retention: the log retention of the framework functions (a ``LogRetention`` custom resource).
        provider_function_env_encryption: the KMS key encrypting the framework functions' environment.
        provider_function_name: the name of the framework's on-event function.
        query_interval: the wait between is-complete calls (default 5 seconds; needs ``is_complete_handler``).
        role: one role for all framework functions (default: one per function).
        security_groups: the security groups of the framework functions.
        total_timeout: how long is-complete is polled (default 30 minutes; needs ``is_complete_handler``).
        vpc: the VPC of the framework functions.
        vpc_subnets: the subnets of the framework functions.
        waiter_state_machine_log_options: the waiter state machine's logging (needs ``is_complete_handler``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-custom-resources.Provider"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        on_event_handler: IFunction,
        disable_waiter_state_machine_logging: bool | None = None,
        framework_complete_and_timeout_role: IRole | None = None,
        framework_lambda_logging_level: ApplicationLogLevel | None = None,
        framework_on_event_role: IRole | None = None,
        is_complete_handler: IFunction | None = None,
        log_group: ILogGroup | None = None,
        log_retention: RetentionDays | None = None,
        provider_function_env_encryption: IKey | None = None,
        provider_function_name: str | None = None,
        query_interval: Duration | None = None,
        role: IRole | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        total_timeout: Duration | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
        waiter_state_machine_log_options: LogOptions | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l2 import lambda_

        if is_complete_handler is None and (
            query_interval is not None or total_timeout is not None or waiter_state_machine_log_options is not None
            or disable_waiter_state_machine_logging is not None
        ):
            raise ValidationError(
                '"queryInterval", "totalTimeout", "waiterStateMachineLogOptions", and '
                '"disableWaiterStateMachineLogging" can only be configured if "isCompleteHandler" is specified. '
                "Otherwise, they have no meaning", self)
        if role is not None and (framework_on_event_role is not None or framework_complete_and_timeout_role is not None):
            raise ValidationError(
                'Cannot specify both "role" and any of "frameworkOnEventRole" or "frameworkCompleteAndTimeoutRole".',
                self)
        if is_complete_handler is None and framework_complete_and_timeout_role is not None:
            raise ValidationError(
                'Cannot specify "frameworkCompleteAndTimeoutRole" when "isCompleteHandler" is not specified.', self)
        self.on_event_handler: IFunction = on_event_handler
        self.is_complete_handler: IFunction | None = is_complete_handler
        self._options: dict[str, Any] = {
            "log_level": framework_lambda_logging_level or lambda_.ApplicationLogLevel.FATAL,
            "log_retention": log_retention,
            "log_group": log_group,
            "vpc": vpc,
            "vpc_subnets": vpc_subnets,
            "security_groups": security_groups,
            "role": role,
            "env_encryption": provider_function_env_encryption,
        }
        on_event = self._create_function(ON_EVENT, provider_function_name, framework_on_event_role)
        if is_complete_handler is not None:
            is_complete = self._create_function(IS_COMPLETE, None, framework_complete_and_timeout_role)
            on_timeout = self._create_function(ON_TIMEOUT, None, framework_complete_and_timeout_role)
            max_attempts, interval = calculate_retry_policy(self, total_timeout, query_interval)
            waiter = WaiterStateMachine(
                self,
                "waiter-state-machine",
                is_complete_handler=cast("IFunction", is_complete),
                timeout_handler=cast("IFunction", on_timeout),
                backoff_rate=1,
                interval=interval,
                max_attempts=max_attempts,
                log_options=waiter_state_machine_log_options,
                disable_logging=True if disable_waiter_state_machine_logging is None
                else disable_waiter_state_machine_logging,
            )
            on_event.add_environment(WAITER_STATE_MACHINE_ARN_ENV, waiter.state_machine_arn)
            waiter.grant_start_execution(on_event)
        self._entrypoint = on_event
        self.service_token: str = on_event.function_arn

    def _create_function(self, entrypoint: str, name: str | None, role: IRole | None) -> Function:
        from l2 import iam, lambda_

        opts = self._options
        extra: dict[str, Any] = {"log_retention": opts["log_retention"]} if opts["log_retention"] else {}
        fn = lambda_.Function(
            self,
            f"framework-{entrypoint}",
            code=lambda_.Code.from_asset(HANDLER_DIR, exclude=["*.pyc", "__pycache__"]),
            description=f"AWS CDK resource provider framework - {entrypoint} ({self.node.path})"[:256],
            runtime=lambda_.Runtime.PYTHON_3_13,
            handler=f"framework.{PYTHON_ENTRYPOINTS[entrypoint]}",
            timeout=Duration.minutes(FRAMEWORK_TIMEOUT_MINUTES),
            logging_format=lambda_.LoggingFormat.JSON,
            application_log_level_v2=opts["log_level"],
            **extra,
            log_group=opts["log_group"],
            vpc=opts["vpc"],
            vpc_subnets=opts["vpc_subnets"],
            security_groups=opts["security_groups"],
            role=opts["role"] if opts["role"] is not None else role,
            function_name=name,
            environment_encryption=opts["env_encryption"],
        )
        for user_fn, env in ((self.on_event_handler, USER_ON_EVENT_FUNCTION_ARN_ENV),
                             (self.is_complete_handler, USER_IS_COMPLETE_FUNCTION_ARN_ENV)):
            if user_fn is None:
                continue
            fn.add_environment(env, user_fn.function_arn)
            user_fn.grant_invoke(fn)
            fn.add_to_role_policy(iam.PolicyStatement(
                effect=iam.Effect.ALLOW, actions=["lambda:GetFunction"], resources=[user_fn.function_arn]))
        return fn
