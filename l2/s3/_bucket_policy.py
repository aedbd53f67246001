"""``BucketPolicy``: an ``AWS::S3::BucketPolicy``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import CfnReference, Construct, RemovalPolicy, Resource, Token, Tokenization
from l1.s3 import CfnBucket, CfnBucketPolicy
from l2.s3._props import BucketPolicyReference

if TYPE_CHECKING:
    from l2.iam import PolicyDocument
    from l2.s3._interfaces import IBucket

_FROM_CFN_ID = "@FromCfnBucketPolicy"


class BucketPolicy(Resource):
    """The resource policy of a bucket; add statements to ``document``.

    Args:
        bucket: the bucket.
        document: start from this policy document (default empty).
        removal_policy: applied to the L1 (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-s3.BucketPolicy"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        bucket: IBucket,
        document: PolicyDocument | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l2 import iam

        self.bucket = bucket
        self.document: PolicyDocument = document if document is not None else iam.PolicyDocument()
        self.resource: CfnBucketPolicy = CfnBucketPolicy(self, "Resource", bucket=bucket.bucket_name, policy_document=self.document)
        if removal_policy is not None:
            self.resource.apply_removal_policy(removal_policy)

    @property
    def bucket_policy_ref(self) -> BucketPolicyReference:
        """A reference to this policy (its ``Ref``)."""
        return BucketPolicyReference(bucket=self.resource.ref)

    def apply_removal_policy(self, removal_policy: RemovalPolicy) -> None:
        """Apply a removal policy to the ``AWS::S3::BucketPolicy``."""
        self.resource.apply_removal_policy(removal_policy)

    @staticmethod
    def from_cfn_bucket_policy(cfn_bucket_policy: CfnBucketPolicy) -> BucketPolicy:
        """A ``BucketPolicy`` over an L1 ``CfnBucketPolicy`` (construct id ``@FromCfnBucketPolicy`` under it).

        Its bucket is ``Bucket.from_cfn_bucket`` of the referenced ``CfnBucket``, or a bucket imported by name; the
        L2 policy writes a second ``AWS::S3::BucketPolicy`` with the same document, as aws-cdk-lib's does.
        """
        existing = cfn_bucket_policy.node.try_find_child(_FROM_CFN_ID)
        if existing is not None:
            return existing  # type: ignore[return-value]
        from l2 import iam
        from l2.s3._bucket import Bucket

        bucket = None
        name = cfn_bucket_policy.bucket
        if Token.is_unresolved(name):
            reversed_token = Tokenization.reverse(name)
            if isinstance(reversed_token, CfnReference) and isinstance(reversed_token.target, CfnBucket):
                bucket = Bucket.from_cfn_bucket(reversed_token.target)
        if bucket is None:
            bucket = Bucket.from_bucket_name(cfn_bucket_policy, "@FromCfnBucket", name)
        document = cfn_bucket_policy.policy_document
        if not isinstance(document, iam.PolicyDocument):
            document = iam.PolicyDocument.from_json(document)
        policy = BucketPolicy(cfn_bucket_policy, _FROM_CFN_ID, bucket=bucket, document=document)
        bucket.policy = policy  # type: ignore[misc]
        return policy
