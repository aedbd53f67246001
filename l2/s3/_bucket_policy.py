"""``BucketPolicy``: an ``AWS::S3::BucketPolicy``."""

from __future__ import annotations

from typing import Any

from constructs import Construct, RemovalPolicy, Resource
from l1.s3 import CfnBucketPolicy


class BucketPolicy(Resource):
    """The resource policy of a bucket; add statements to ``document``.

    Args:
        bucket: the bucket.
        document: start from this policy document (default empty).
        removal_policy: applied to the L1 (default none).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        bucket: Any,
        document: Any = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l2 import iam

        self.bucket = bucket
        self.document = document if document is not None else iam.PolicyDocument()
        self.resource = CfnBucketPolicy(self, "Resource", bucket=bucket.bucket_name, policy_document=self.document)
        if removal_policy is not None:
            self.resource.apply_removal_policy(removal_policy)

    def apply_removal_policy(self, policy: RemovalPolicy) -> None:
        """Apply a removal policy to the ``AWS::S3::BucketPolicy``."""
        self.resource.apply_removal_policy(policy)
