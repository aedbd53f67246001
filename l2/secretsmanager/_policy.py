"""``ResourcePolicy``: the resource policy of a secret (``AWS::SecretsManager::ResourcePolicy``)."""

from __future__ import annotations

from typing import Any

from constructs import Construct, Resource
from l1.secretsmanager import CfnResourcePolicy


class ResourcePolicy(Resource):
    """A resource policy attached to ``secret``; add statements to ``document``."""

    def __init__(self, scope: Construct, id: str, *, secret: Any) -> None:
        super().__init__(scope, id)
        from l2 import iam

        self.document = iam.PolicyDocument()
        CfnResourcePolicy(self, "Resource", resource_policy=self.document, secret_id=secret.secret_arn)
