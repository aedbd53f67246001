"""``LogRetention``: set a log group's retention through the ``Custom::LogRetention`` custom resource.

As in aws-cdk-lib, one provider function per stack (construct id ``LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a``)
serves every ``LogRetention``. Its code is pycdk's own handler (``_handlers/log_retention/index.js``), so the
asset hash (the ``S3Key``) differs from aws-cdk-lib's; everything else is rendered identically.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    ArnFormat,
    CfnResource,
    Construct,
    Duration,
    Lazy,
    RemovalPolicy,
    Stack,
    TagManager,
    TagType,
)
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.iam import IRole

    from ._log_group import RetentionDays


@structs.frozen(kw_only=True)
class LogRetentionRetryOptions:
    """Retries of the provider's SDK calls: ``max_retries`` (``base`` is no longer used).

    Args:
        base: the base delay between retries (deprecated in aws-cdk-lib: ignored since the SDK v3 handler).
        max_retries: how many times a throttled call is retried (default the SDK's).
    """

    base: Duration | None = None
    max_retries: int | float | None = None


@runtime_checkable
class _RetryOptionsLike(Protocol):
    """Any retry options struct (``aws_lambda.LogRetentionRetryOptions`` extends this module's in aws-cdk-lib)."""

    max_retries: int | float | None


@structs.frozen(kw_only=True)
class LogRetentionProps:
    """The properties of a ``LogRetention`` (see there)."""

    log_group_name: str
    retention: RetentionDays
    log_group_region: str | None = None
    log_retention_retry_options: LogRetentionRetryOptions | None = None
    removal_policy: RemovalPolicy | None = None
    role: IRole | None = None

_PROVIDER_ID = "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a"
_HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "log_retention")
_LATEST_NODE_RUNTIME = "nodejs24.x"


class _LogRetentionFunction(Construct):
    """The provider: a raw ``AWS::Lambda::Function`` with its ``ServiceRole``."""

    def __init__(self, scope: Construct, id: str, *, role: Any = None) -> None:
        super().__init__(scope, id)
        from l2 import iam
        from l2.s3_assets import Asset

        self.tags = TagManager(TagType.KEY_VALUE, "AWS::Lambda::Function")
        asset = Asset(self, "Code", path=_HANDLER_DIR)
        role = role or iam.Role(
            self,
            "ServiceRole",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")],
        )
        role.add_to_principal_policy(
            iam.PolicyStatement(actions=["logs:PutRetentionPolicy", "logs:DeleteRetentionPolicy"], resources=["*"])
        )
        self.role = role
        resource = CfnResource(
            self,
            "Resource",
            type="AWS::Lambda::Function",
            properties={
                "Handler": "index.handler",
                "Runtime": _LATEST_NODE_RUNTIME,
                "Timeout": Duration.minutes(15).to_seconds(),
                "Code": {"S3Bucket": asset.s3_bucket_name, "S3Key": asset.s3_object_key},
                "Role": role.role_arn,
                "Tags": Lazy.any(lambda: self.tags.render_tags()),
            },
        )
        self.function_arn = resource.get_att("Arn")
        asset.add_resource_metadata(resource, "Code")
        for child in role.node.children:
            if isinstance(child, CfnResource):
                resource.add_resource_dependency(child)
            default = getattr(child.node, "default_child", None)
            if isinstance(default, CfnResource):
                resource.add_resource_dependency(default)

    def grant_delete_log_group(self, log_group_name: str) -> None:
        from l2 import iam

        arn = Stack.of(self).format_arn(service="logs", resource="log-group", resource_name=f"{log_group_name}:*",
                                        arn_format=ArnFormat.COLON_RESOURCE_NAME)
        self.role.add_to_principal_policy(iam.PolicyStatement(actions=["logs:DeleteLogGroup"], resources=[arn]))


class LogRetention(Construct):
    """Create a log group (if needed) and set its retention, through a custom resource.

    Args:
        log_group_name: the group's name.
        retention: the retention (``RetentionDays.INFINITE`` removes it).
        log_group_region: the group's region (default: the stack's).
        role: the provider's role (default: a new ``ServiceRole``; only used by the first ``LogRetention``).
        log_retention_retry_options: ``{"max_retries": n}`` for the SDK calls.
        removal_policy: ``DESTROY`` deletes the log group with the stack.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-log.LogRetention"
    """The id property injectors register for (aws-cdk-lib's property injection; its spelling)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        log_group_name: str,
        retention: RetentionDays,
        log_group_region: str | None = None,
        log_retention_retry_options: LogRetentionRetryOptions | _RetryOptionsLike | None = None,
        removal_policy: RemovalPolicy | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(scope, id)
        from ._log_group import RetentionDays

        stack = Stack.of(self)
        provider = stack.node.try_find_child(_PROVIDER_ID) or _LogRetentionFunction(stack, _PROVIDER_ID, role=role)
        if removal_policy is RemovalPolicy.DESTROY:
            provider.grant_delete_log_group(log_group_name)
        max_retries = getattr(log_retention_retry_options, "max_retries", None)
        if isinstance(log_retention_retry_options, dict):
            max_retries = log_retention_retry_options.get("max_retries")
        days = retention.value if isinstance(retention, enum.Enum) else retention
        resource = CfnResource(
            self,
            "Resource",
            type="Custom::LogRetention",
            properties={
                "ServiceToken": provider.function_arn,
                "LogGroupName": log_group_name,
                "LogGroupRegion": log_group_region,
                "SdkRetry": {"maxRetries": max_retries} if log_retention_retry_options is not None else None,
                "RetentionInDays": None if days == RetentionDays.INFINITE.value else days,
                "RemovalPolicy": removal_policy.value if isinstance(removal_policy, enum.Enum) else removal_policy,
            },
        )
        name = resource.get_att("LogGroupName").to_string()
        self.log_group_arn: str = stack.format_arn(region=log_group_region, service="logs", resource="log-group",
                                                   resource_name=f"{name}:*",
                                                   arn_format=ArnFormat.COLON_RESOURCE_NAME)
