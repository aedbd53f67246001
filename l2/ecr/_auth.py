"""Registry-wide authorization tokens: ``AuthorizationToken`` (ECR) and ``PublicGalleryAuthorizationToken``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from l2.iam import IGrantable


class AuthorizationToken:
    """The token ``docker login`` needs for a private ECR registry."""

    @staticmethod
    def grant_read(grantee: IGrantable) -> None:
        """Allow ``grantee`` to get an ECR authorization token (``ecr:GetAuthorizationToken`` on ``*``)."""
        from l2 import iam

        grantee.grant_principal.add_to_principal_policy(
            iam.PolicyStatement(actions=["ecr:GetAuthorizationToken"], resources=["*"])
        )


class PublicGalleryAuthorizationToken:
    """The token ``docker login`` needs for the ECR Public gallery."""

    @staticmethod
    def grant_read(grantee: IGrantable) -> None:
        """Allow ``grantee`` to get an ECR Public authorization token (and the STS bearer token it needs)."""
        from l2 import iam

        grantee.grant_principal.add_to_principal_policy(
            iam.PolicyStatement(actions=["ecr-public:GetAuthorizationToken", "sts:GetServiceBearerToken"], resources=["*"])
        )
