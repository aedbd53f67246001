"""``auto_delete_objects``: a custom resource that empties the bucket before it is deleted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from constructs import (
    CfnDeletionPolicy,
    CustomResource,
    CustomResourceProvider,
    CustomResourceProviderRuntime,
    Tags,
)
from l2.s3._private import perms

RESOURCE_TYPE = "Custom::S3AutoDeleteObjects"
TAG = "aws-cdk:auto-delete-objects"
_MIXIN = "aws:cdk:analytics:mixin"
HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "auto_delete_objects")


class _RequiresDestroy:
    """Validation: auto-deletion only makes sense when the bucket itself is deleted."""

    __slots__ = ("_resource",)

    def __init__(self, resource: Any) -> None:
        self._resource = resource

    def validate(self) -> list[str]:
        if self._resource.cfn_options.deletion_policy is not CfnDeletionPolicy.DELETE:
            return ["Cannot use 'AutoDeleteObjects' on a Bucket without setting removal policy to 'DESTROY'."]
        return []


def enable_auto_delete_objects(bucket: Any) -> None:
    """Add the provider (one per stack), the bucket policy statement, the custom resource and the tag."""
    from l2 import iam

    if bucket.policy is None:
        from l2.s3._bucket_policy import BucketPolicy

        bucket.policy = BucketPolicy(bucket, "Policy", bucket=bucket)
    resource = bucket.node.default_child
    # aws-cdk-lib applies its mixins BucketAutoDeleteObjects (to the CfnBucket) and BucketPolicyStatements (to the
    # CfnBucketPolicy), which record themselves as analytics metadata
    resource.node.add_metadata(_MIXIN, {"mixin": "aws-cdk-lib.aws_s3.mixins.BucketAutoDeleteObjects"})
    resource.node.add_validation(_RequiresDestroy(resource))
    provider = CustomResourceProvider.get_or_create_provider(
        bucket,
        RESOURCE_TYPE,
        code_directory=HANDLER_DIR,
        runtime=CustomResourceProviderRuntime.PYTHON_3_13,
        handler="index.handler",
        use_cfn_response_wrapper=False,
        description=f"Lambda function for auto-deleting objects in {bucket.bucket_name} S3 bucket.",
    )
    result = bucket.add_to_resource_policy(
        iam.PolicyStatement(
            actions=[*perms.BUCKET_PUT_POLICY_ACTIONS, *perms.BUCKET_READ_METADATA_ACTIONS, *perms.BUCKET_DELETE_ACTIONS],
            resources=[bucket.bucket_arn, perms.arn_for_objects(bucket.bucket_arn, "*")],
            principals=[iam.ArnPrincipal(provider.role_arn)],
        )
    )
    bucket.policy.node.default_child.node.add_metadata(
        _MIXIN, {"mixin": "aws-cdk-lib.aws_s3.mixins.BucketPolicyStatements"})
    custom_resource = CustomResource(
        bucket,
        "AutoDeleteObjectsCustomResource",
        resource_type=RESOURCE_TYPE,
        service_token=provider.service_token,
        properties={"BucketName": bucket.bucket_name},
    )
    if result.policy_dependable is not None:
        custom_resource.node.add_dependency(result.policy_dependable)
    Tags.of(resource).add(TAG, "true")
