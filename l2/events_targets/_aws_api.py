"""``AwsApi`` (an AWS API call made by a Lambda function) and ``CloudWatchLogGroup`` (a log group) targets.

Both use ``l2.custom_resources``: ``AwsApi``'s singleton function runs pycdk's own SDK-call handler (the
``AwsCustomResource`` handler's ``events_handler`` entry point), and ``CloudWatchLogGroup`` lets EventBridge write to
the log group through a log-group resource policy, an ``AwsCustomResource``.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, cast

from constructs import Annotations, ArnFormat, Construct, Duration, Lazy, Names, Stack, ValidationError
from constructs.internals import check_deprecated_props
from l2.events_targets._private.util import add_lambda_permission, bind_base_target_config, config
from l2.events_targets._props import AwsApiProps, LogGroupProps

if TYPE_CHECKING:
    from l2.events import IRule, RuleTargetConfig, RuleTargetInput
    from l2.events_targets._log_group import LogGroupTargetInput
    from l2.iam import PolicyStatement
    from l2.logs import ILogGroup
    from l2.sqs import IQueue

AWS_API_UUID = "b4cf1abd-4e4f-4bc6-9944-1af7ccd9ec37"
LOG_RESOURCE_POLICY_TYPE = "Custom::CloudwatchLogResourcePolicy"
TEMPLATE_FORMAT_ERROR = (
    "CloudWatchLogGroup targets only support input templates in the format {timestamp: <timestamp>, message: <message>}"
)


def _aws_api_iam_action(service: str, action: str, scope: Construct) -> str:
    from l2.custom_resources._private.sdk_info import v3_service_metadata

    known, prefix = v3_service_metadata(service)
    if not known:
        raise ValidationError(f"Service {service} does not exist in the AWS SDK: give a policy_statement", scope)
    return f"{prefix}:{action[:1].upper()}{action[1:]}"


class AwsApi:
    """Call an AWS API when the rule fires (from a Lambda function; the handler is pycdk's own Python code).

    Args:
        action: the API action (``updateService``, ``PutParameter``).
        service: the service, as the JavaScript SDK names it (``ECS``, ``SSM``).
        api_version: the API version.
        catch_error_pattern: a regular expression of error codes to ignore.
        parameters: the call's parameters (may contain ``EventField`` tokens).
        policy_statement: the statement the function needs (default: the call's action on all resources).
    """

    def __init__(
        self,
        *,
        action: str,
        service: str,
        api_version: str | None = None,
        catch_error_pattern: str | None = None,
        parameters: object = None,
        policy_statement: PolicyStatement | None = None,
    ) -> None:
        check_deprecated_props("aws_events_targets.AwsApiProps", locals())
        self.props: AwsApiProps = AwsApiProps(
            action=action,
            service=service,
            api_version=api_version,
            catch_error_pattern=catch_error_pattern,
            parameters=parameters,
            policy_statement=policy_statement,
        )

    def bind(self, rule: IRule, id: str | None = None) -> RuleTargetConfig:
        """Create (once per stack) the handler function, allow the call and the rule's invocations."""
        from l2 import events, iam, lambda_
        from l2.custom_resources._aws_custom_resource import (
            HANDLER_DIR,
            RUNTIME_FAMILY_MARKER,
            SINGLETON_MARKER,
        )
        from l2.custom_resources._private.sdk_info import v3_service_metadata

        p = self.props
        handler = lambda_.SingletonFunction(
            rule,  # type: ignore[arg-type]  # a Rule: a construct
            f"{rule.node.id}{id or ''}Handler",
            uuid=AWS_API_UUID,
            lambda_purpose="AWS",
            timeout=Duration.seconds(60),
            memory_size=256,
            code=lambda_.Code.from_asset(HANDLER_DIR, exclude=["*.pyc", "__pycache__"]),
            handler="index.events_handler",
            runtime=lambda_.Runtime.PYTHON_3_13,
        )
        handler.add_metadata(SINGLETON_MARKER, True)
        family = handler.runtime.family
        handler.add_metadata(RUNTIME_FAMILY_MARKER, family.value if family is not None else None)
        if not v3_service_metadata(p.service)[0]:
            Annotations.of(handler).add_warning_v2(
                f"@aws-cdk/aws-events-targets:{p.service}DoesNotExist",
                f"Service {p.service} does not exist in the AWS SDK. Check the list of available services and "
                "actions from https://docs.aws.amazon.com/AWSJavaScriptSDK/latest/index.html",
            )
        if p.policy_statement is not None:
            handler.add_to_role_policy(p.policy_statement)
        else:
            handler.add_to_role_policy(iam.PolicyStatement(
                actions=[_aws_api_iam_action(p.service, p.action, rule)], resources=["*"]))  # type: ignore[arg-type]
        add_lambda_permission(rule, handler)
        call: dict[str, Any] = {"service": p.service, "action": p.action}
        for key, value in (("parameters", p.parameters), ("catchErrorPattern", p.catch_error_pattern),
                           ("apiVersion", p.api_version)):
            if value is not None:
                call[key] = value
        return config(arn=handler.function_arn, input=events.RuleTargetInput.from_object(call),
                      target_resource=handler)


def log_group_resource_policy(scope: Construct, id: str, *, statements: list[Any],
                              install_latest_aws_sdk: bool | None, policy_name: str | None = None) -> Any:
    """aws-cdk-lib's ``LogGroupResourcePolicy``: ``PutResourcePolicy``/``DeleteResourcePolicy`` as a custom
    resource (an ``AwsCustomResource`` whose policy name defaults to its unique id)."""
    from l2 import custom_resources as cr
    from l2 import iam
    from l2.custom_resources._aws_custom_resource import sdk_call_in_key_order

    holder: list[Any] = []
    document = iam.PolicyDocument(statements=statements)
    name = policy_name or Lazy.string(lambda: Names.unique_id(holder[0]))
    # JSON.stringify of the document as aws-cdk-lib does it: tokens stay in the text and resolve in place
    document_json = json.dumps(document.to_json(), separators=(",", ":"), ensure_ascii=False)
    resource = cr.AwsCustomResource(
        scope,
        id,
        resource_type=LOG_RESOURCE_POLICY_TYPE,
        on_update=sdk_call_in_key_order(cr.AwsSdkCall(
            service="CloudWatchLogs",
            action="putResourcePolicy",
            parameters={"policyName": name, "policyDocument": document_json},
            physical_resource_id=cr.PhysicalResourceId.of(id),
        ), "service", "action", "parameters", "physicalResourceId"),
        install_latest_aws_sdk=install_latest_aws_sdk,
        on_delete=sdk_call_in_key_order(cr.AwsSdkCall(
            service="CloudWatchLogs",
            action="deleteResourcePolicy",
            parameters={"policyName": name},
            ignore_error_codes_matching="ResourceNotFoundException",
        ), "service", "action", "parameters", "ignoreErrorCodesMatching"),
        policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
    )
    holder.append(resource)
    return resource


class CloudWatchLogGroup:
    """Send the events to a CloudWatch Logs log group (allowed by a log-group resource policy).

    Args:
        log_group: the log group.
        dead_letter_queue: the queue for events that could not be delivered.
        event: the whole input, as a ``RuleTargetInput`` (deprecated in aws-cdk-lib; use ``log_event``).
        install_latest_aws_sdk: install the latest SDK in the resource-policy custom resource.
        log_event: the ``LogGroupTargetInput`` (default: the whole event).
        max_event_age: the maximum age of an event to retry.
        retry_attempts: the number of retries.
    """

    def __init__(
        self,
        log_group: ILogGroup,
        *,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        event: RuleTargetInput | None = None,
        install_latest_aws_sdk: bool | None = None,
        log_event: LogGroupTargetInput | None = None,
    ) -> None:
        check_deprecated_props("aws_events_targets.LogGroupProps", locals())
        self.log_group = log_group
        self.props: LogGroupProps = LogGroupProps(
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
            event=event,
            install_latest_aws_sdk=install_latest_aws_sdk,
            log_event=log_event,
        )
        self._target: Any = None

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Add the resource policy (once per rule) and return the log group as a target."""
        from l2 import iam

        p = self.props
        policy_id = f"EventsLogGroupPolicy{Names.node_unique_id(rule.node)}"
        log_group_stack = Stack.of(self.log_group)
        if p.event is not None and p.log_event is not None:
            raise ValidationError('Only one of "event" or "logEvent" can be specified', rule)
        self._target = p.event.bind(rule) if p.event is not None else None
        if self._target is not None and (self._target.input_path or self._target.input):
            raise ValidationError("CloudWatchLogGroup targets does not support input or inputPath", rule)
        rule.node.add_validation(_InputTemplateValidation(self))
        if cast(Any, self.log_group).node.try_find_child(policy_id) is None:
            log_group_resource_policy(
                log_group_stack,
                policy_id,
                install_latest_aws_sdk=p.install_latest_aws_sdk,
                statements=[iam.PolicyStatement(
                    effect=iam.Effect.ALLOW,
                    actions=["logs:PutLogEvents", "logs:CreateLogStream"],
                    resources=[self.log_group.log_group_arn],
                    principals=[iam.ServicePrincipal("events.amazonaws.com")],
                )],
            )
        arn = log_group_stack.format_arn(
            service="logs", resource="log-group", arn_format=ArnFormat.COLON_RESOURCE_NAME,
            resource_name=self.log_group.log_group_name)
        return config(**bind_base_target_config(p), arn=arn, input=p.event if p.event is not None else p.log_event,
                      target_resource=self.log_group)

    def _validate_input_template(self) -> list[str]:
        template = getattr(self._target, "input_template", None) if self._target is not None else None
        if not template:
            return []
        resolved = Stack.of(self.log_group).resolve(template)
        if not isinstance(resolved, str):
            return []
        quoted = re.sub(r"(<[^<>]*?>)", r'"\1"', resolved)
        try:
            keys = list(json.loads(quoted))
        except ValueError as error:
            return [f"Could not parse input template as JSON.\n{TEMPLATE_FORMAT_ERROR}", str(error)]
        if len(keys) != 2 or "timestamp" not in keys or "message" not in keys:
            return [TEMPLATE_FORMAT_ERROR]
        return []


class _InputTemplateValidation:
    __slots__ = ("_target",)

    def __init__(self, target: CloudWatchLogGroup) -> None:
        self._target = target

    def validate(self) -> list[str]:
        return self._target._validate_input_template()
