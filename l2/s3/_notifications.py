"""``BucketNotifications``: the ``Custom::S3BucketNotifications`` resource behind bucket event notifications.

CloudFormation cannot add notifications to a bucket whose destinations reference the bucket (a cycle), so, like
aws-cdk-lib, the configuration is applied by a singleton inline Lambda handler per stack.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from constructs import Aspects, CfnResource, Construct, Lazy, Stack, TagManager, TagType, ValidationError
from l2.s3._types import BucketNotificationDestinationType, EventType, NotificationKeyFilter

HANDLER_ID = "BucketNotificationsHandler050a0587b7544547bf325f094a3db834"
HANDLER_SOURCE = Path(__file__).parent / "_handlers" / "notifications" / "index.py"
HANDLER_RUNTIME = "python3.13"
_COMMENT_LINE = re.compile(r"^ *#.*\n?", re.MULTILINE)
_KEEP_NOTIFICATION_IN_IMPORTED_BUCKET = "@aws-cdk/aws-s3:keepNotificationInImportedBucket"


class _InlineFunction(CfnResource):
    """A raw ``AWS::Lambda::Function`` that is taggable (``Tags`` rendered last, as aws-cdk-lib does)."""

    def __init__(self, scope: Construct, id: str, *, properties: dict[str, Any]) -> None:
        super().__init__(scope, id, type="AWS::Lambda::Function", properties=properties)
        self.tags = TagManager(TagType.STANDARD, "AWS::Lambda::Function")

    def _cfn_render_properties(self) -> dict[str, Any]:
        props = dict(self._cfn_properties)
        props["Tags"] = self.tags.render_tags()
        return props


class NotificationsResourceHandler(Construct):
    """The stack's singleton Lambda that applies bucket notification configurations."""

    def __init__(self, scope: Construct, id: str, *, role: Any = None) -> None:
        super().__init__(scope, id)
        from l2 import iam

        self.role = role if role is not None else iam.Role(
            self, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com")
        )
        self.role.add_managed_policy(
            iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")
        )
        source = _COMMENT_LINE.sub("", HANDLER_SOURCE.read_text(encoding="utf-8"))
        resource = _InlineFunction(
            self,
            "Resource",
            properties={
                "Description": 'AWS CloudFormation handler for "Custom::S3BucketNotifications" resources (@aws-cdk/aws-s3)',
                "Code": {"ZipFile": source},
                "Handler": "index.handler",
                "Role": self.role.role_arn,
                "Runtime": HANDLER_RUNTIME,
                "Timeout": 300,
            },
        )
        resource.node.add_dependency(self.role)
        self.function_arn: str = resource.get_att("Arn").to_string()

    @staticmethod
    def singleton(context: Construct, *, role: Any = None) -> NotificationsResourceHandler:
        """The stack's handler, created on first use."""
        stack = Stack.of(context)
        existing = stack.node.try_find_child(HANDLER_ID)
        if existing is not None:
            return existing  # type: ignore[return-value]
        return NotificationsResourceHandler(stack, HANDLER_ID, role=role)


class _DependOnBucketPolicy:
    """Aspect: the notifications resource waits for the bucket policy, if one exists at synthesis."""

    __slots__ = ("_bucket", "_resource")

    def __init__(self, bucket: Any, resource: CfnResource) -> None:
        self._bucket = bucket
        self._resource = resource

    def visit(self, node: Any) -> None:
        if node is self._resource and self._bucket.policy is not None:
            node.node.add_dependency(self._bucket.policy)


class BucketNotifications(Construct):
    """The notification configuration of one bucket (created by ``Bucket.add_event_notification``)."""

    def __init__(self, scope: Construct, id: str, *, bucket: Any, handler_role: Any = None,
                 skip_destination_validation: bool = False) -> None:
        super().__init__(scope, id)
        self.bucket = bucket
        self.handler_role = handler_role
        self.skip_destination_validation = skip_destination_validation
        self._event_bridge = False
        self._lambda: list[dict[str, Any]] = []
        self._queue: list[dict[str, Any]] = []
        self._topic: list[dict[str, Any]] = []
        self._resource: CfnResource | None = None

    def add_notification(self, event: EventType, target: Any, *filters: NotificationKeyFilter) -> None:
        """Send ``event`` to ``target`` (a destination with ``bind(scope, bucket)``)."""
        resource = self._create_resource_once()
        config = target.bind(self, self.bucket)
        common: dict[str, Any] = {"Events": [event.value], "Filter": _render_filters(filters, self)}
        if config.dependencies:
            resource.node.add_dependency(*config.dependencies)
        if config.type is BucketNotificationDestinationType.LAMBDA:
            self._lambda.append({**common, "LambdaFunctionArn": config.arn})
        elif config.type is BucketNotificationDestinationType.QUEUE:
            self._queue.append({**common, "QueueArn": config.arn})
        elif config.type is BucketNotificationDestinationType.TOPIC:
            self._topic.append({**common, "TopicArn": config.arn})
        else:
            raise ValidationError(f"Unsupported notification target type: {config.type}", self)

    def enable_event_bridge_notification(self) -> None:
        """Also send every event to EventBridge."""
        self._create_resource_once()
        self._event_bridge = True

    def _render(self) -> dict[str, Any]:
        return {
            "EventBridgeConfiguration": {} if self._event_bridge else None,
            "LambdaFunctionConfigurations": self._lambda or None,
            "QueueConfigurations": self._queue or None,
            "TopicConfigurations": self._topic or None,
        }

    def _create_resource_once(self) -> CfnResource:
        if self._resource is not None:
            return self._resource
        from l2.s3._bucket import Bucket

        handler = NotificationsResourceHandler.singleton(self, role=self.handler_role)
        managed = isinstance(self.bucket, Bucket)
        flag = self.node.try_get_context(_KEEP_NOTIFICATION_IN_IMPORTED_BUCKET)
        if flag is True or flag == "true":
            managed = False
        policy = self._add_handler_permissions(handler, managed)
        self._resource = CfnResource(
            self,
            "Resource",
            type="Custom::S3BucketNotifications",
            properties={
                "ServiceToken": handler.function_arn,
                "BucketName": self.bucket.bucket_name,
                "NotificationConfiguration": Lazy.any(self._render),
                "Managed": managed,
                "SkipDestinationValidation": self.skip_destination_validation,
            },
        )
        self._resource.node.add_dependency(policy)
        Aspects.of(self).add(_DependOnBucketPolicy(self.bucket, self._resource))
        return self._resource

    def _add_handler_permissions(self, handler: NotificationsResourceHandler, managed: bool) -> Any:
        from l2 import iam

        statements = [iam.PolicyStatement(actions=["s3:PutBucketNotification"], resources=[self.bucket.bucket_arn])]
        if not managed:
            statements.append(
                iam.PolicyStatement(actions=["s3:GetBucketNotification"], resources=[self.bucket.bucket_arn])
            )
        policy = iam.Policy(self, "HandlerPolicy", statements=statements)
        handler.role.attach_inline_policy(policy)
        return policy


def _render_filters(filters: tuple[NotificationKeyFilter, ...], scope: Construct) -> dict[str, Any] | None:
    if not filters:
        return None
    rules: list[dict[str, str]] = []
    has_prefix = has_suffix = False
    for rule in filters:
        if not rule.suffix and not rule.prefix:
            raise ValidationError("NotificationKeyFilter must specify `prefix` and/or `suffix`", scope)
        if rule.suffix:
            if has_suffix:
                raise ValidationError("Cannot specify more than one suffix rule in a filter.", scope)
            rules.append({"Name": "suffix", "Value": rule.suffix})
            has_suffix = True
        if rule.prefix:
            if has_prefix:
                raise ValidationError("Cannot specify more than one prefix rule in a filter.", scope)
            rules.append({"Name": "prefix", "Value": rule.prefix})
            has_prefix = True
    return {"Key": {"FilterRules": rules}}
