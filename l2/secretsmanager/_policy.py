"""``ResourcePolicy``: the resource policy of a secret (``AWS::SecretsManager::ResourcePolicy``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct, Resource
from l1.secretsmanager import CfnResourcePolicy

if TYPE_CHECKING:
    from l2.secretsmanager._interfaces import ISecret


class ResourcePolicy(Resource):
    """A resource policy attached to ``secret``; add statements to ``document``.

    Args:
        secret: the secret the policy is attached to.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-secretsmanager.ResourcePolicy"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, secret: ISecret) -> None:
        super().__init__(scope, id)
        from l2 import iam

        self.document = iam.PolicyDocument()
        CfnResourcePolicy(self, "Resource", resource_policy=self.document, secret_id=secret.secret_arn)
