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


__all__ = ["BucketBlockPublicAccess", "BucketPolicyStatements", "BucketVersioning"]

check_public_classes(globals())
