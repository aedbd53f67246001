"""S3 mixins (aws-cdk-lib: ``aws_cdk.aws_s3.mixins``): changes applied to ``CfnBucket``/``CfnBucketPolicy`` L1s,
e.g. ``stack.with_(BucketVersioning(), BucketBlockPublicAccess())``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import IConstruct, Mixin
from constructs.internals import check_public_classes
from l1.s3 import CfnBucket, CfnBucketPolicy

if TYPE_CHECKING:
    from l2.iam import PolicyStatement
    from l2.s3 import BlockPublicAccess


class BucketAutoDeleteObjects(Mixin):
    """Empties the ``CfnBucket`` it is applied to before CloudFormation deletes it: a ``Custom::S3AutoDeleteObjects``
    resource (pycdk's own handler, one provider per stack), a bucket-policy statement letting that provider list
    and delete the objects, and the ``aws-cdk:auto-delete-objects`` tag the handler checks. The bucket must have
    the ``DESTROY`` removal policy (checked at synthesis). On the default child of an ``s3.Bucket`` the custom
    resource lands under the ``Bucket``; the statement always goes to an ``S3BucketPolicy`` L1 under the bucket."""

    def supports(self, construct: IConstruct) -> bool:
        """Only ``CfnBucket``s."""
        return isinstance(construct, CfnBucket)

    def apply_to(self, construct: IConstruct) -> None:
        """Add the custom resource, the policy statement and the tag to the bucket."""
        if not self.supports(construct):
            return
        owner = construct.node.scope
        bucket: Any = construct
        _auto_delete_l1(bucket, owner if owner is not None and owner.node.default_child is construct else construct)


class BucketVersioning(Mixin):
    """Turns versioning on (or suspends it) on the ``CfnBucket`` it is applied to.

    Args:
        enabled: ``True`` (the default) for ``Enabled``, ``False`` for ``Suspended``.
    """

    def __init__(self, enabled: bool | None = None) -> None:
        super().__init__()
        self._enabled = True if enabled is None else enabled

    def supports(self, construct: IConstruct) -> bool:
        """Only ``CfnBucket``s."""
        return isinstance(construct, CfnBucket)

    def apply_to(self, construct: IConstruct) -> None:
        """Set the bucket's versioning configuration."""
        if not self.supports(construct):
            return
        bucket: Any = construct
        bucket.versioning_configuration = CfnBucket.VersioningConfigurationProperty(
            status="Enabled" if self._enabled else "Suspended")


class BucketBlockPublicAccess(Mixin):
    """Sets the public access block of the ``CfnBucket`` it is applied to (an option left unset blocks).

    Args:
        public_access_config: the settings (default ``BlockPublicAccess.BLOCK_ALL``).
    """

    def __init__(self, public_access_config: BlockPublicAccess | None = None) -> None:
        super().__init__()
        self._config = public_access_config

    def supports(self, construct: IConstruct) -> bool:
        """Only ``CfnBucket``s."""
        return isinstance(construct, CfnBucket)

    def apply_to(self, construct: IConstruct) -> None:
        """Set the bucket's public access block configuration."""
        if not self.supports(construct):
            return
        config: Any = self._config

        def option(name: str) -> bool:
            value = getattr(config, name, None) if config is not None else None
            return True if value is None else bool(value)

        bucket: Any = construct
        bucket.public_access_block_configuration = CfnBucket.PublicAccessBlockConfigurationProperty(
            block_public_acls=option("block_public_acls"),
            block_public_policy=option("block_public_policy"),
            ignore_public_acls=option("ignore_public_acls"),
            restrict_public_buckets=option("restrict_public_buckets"),
        )


class BucketPolicyStatements(Mixin):
    """Adds statements to the policy document of the ``CfnBucketPolicy`` it is applied to.

    Args:
        statements: the statements to add.
    """

    def __init__(self, statements: Sequence[PolicyStatement]) -> None:
        super().__init__()
        self._statements = list(statements)

    def supports(self, construct: IConstruct) -> bool:
        """Only ``CfnBucketPolicy``s."""
        return isinstance(construct, CfnBucketPolicy)

    def apply_to(self, policy: IConstruct) -> None:
        """Add the statements to the policy's document (a JSON document becomes a ``PolicyDocument``)."""
        if not self.supports(policy):
            return
        from l2 import iam

        cfn: Any = policy
        document = cfn.policy_document
        if not isinstance(document, iam.PolicyDocument):
            document = iam.PolicyDocument.from_json(document)
        document.add_statements(*self._statements)
        cfn.policy_document = document


def _auto_delete_l1(resource: Any, scope: Any) -> None:
    """``BucketAutoDeleteObjects`` on a bare ``CfnBucket``: the statement goes to its ``S3BucketPolicy`` child (a ``CfnBucketPolicy``
    made on first use); the custom resource sits under ``scope`` (the L2 owning the bucket, else the bucket)."""
    from constructs import CustomResource, CustomResourceProvider, CustomResourceProviderRuntime, Tags
    from l2 import iam
    from l2.s3._auto_delete import HANDLER_DIR, RESOURCE_TYPE, TAG, _RequiresDestroy
    from l2.s3._private import perms

    resource.node.add_validation(_RequiresDestroy(resource))
    ref = resource.bucket_ref
    provider = CustomResourceProvider.get_or_create_provider(
        resource,
        RESOURCE_TYPE,
        code_directory=HANDLER_DIR,
        runtime=CustomResourceProviderRuntime.PYTHON_3_13,
        handler="index.handler",
        use_cfn_response_wrapper=False,
        description=f"Lambda function for auto-deleting objects in {ref.bucket_name} S3 bucket.",
    )
    statement = iam.PolicyStatement(
        actions=[*perms.BUCKET_PUT_POLICY_ACTIONS, *perms.BUCKET_READ_METADATA_ACTIONS, *perms.BUCKET_DELETE_ACTIONS],
        resources=[ref.bucket_arn, perms.arn_for_objects(ref.bucket_arn, "*")],
        principals=[iam.ArnPrincipal(provider.role_arn)],
    )
    policy = resource.node.try_find_child("S3BucketPolicy")
    if isinstance(policy, CfnBucketPolicy):
        document = policy.policy_document
        if not isinstance(document, iam.PolicyDocument):
            document = iam.PolicyDocument.from_json(document)
        document.add_statements(statement)
        policy.policy_document = document
    else:
        policy = CfnBucketPolicy(resource, "S3BucketPolicy", bucket=ref.bucket_name,
                                 policy_document=iam.PolicyDocument(statements=[statement]))
    custom_resource = CustomResource(
        scope,
        "AutoDeleteObjectsCustomResource",
        resource_type=RESOURCE_TYPE,
        service_token=provider.service_token,
        properties={"BucketName": ref.bucket_name},
    )
    custom_resource.node.add_dependency(policy)
    Tags.of(resource).add(TAG, "true")


__all__ = ["BucketAutoDeleteObjects", "BucketBlockPublicAccess", "BucketPolicyStatements", "BucketVersioning"]

check_public_classes(globals())
