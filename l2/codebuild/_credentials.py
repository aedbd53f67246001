"""Source credentials: the account-wide GitHub, GitHub Enterprise and Bitbucket tokens CodeBuild uses."""

from __future__ import annotations

from constructs import Construct, Resource, SecretValue
from constructs.internals import structs
from l1.codebuild import CfnSourceCredential


@structs.frozen(kw_only=True)
class GitHubSourceCredentialsProps:
    """Properties of ``GitHubSourceCredentials``.

    Args:
        access_token: the personal access token.
    """

    access_token: SecretValue


@structs.frozen(kw_only=True)
class GitHubEnterpriseSourceCredentialsProps:
    """Properties of ``GitHubEnterpriseSourceCredentials``.

    Args:
        access_token: the personal access token.
    """

    access_token: SecretValue


@structs.frozen(kw_only=True)
class BitBucketSourceCredentialsProps:
    """Properties of ``BitBucketSourceCredentials``.

    Args:
        password: the app password.
        username: the user name.
    """

    password: SecretValue
    username: SecretValue


class GitHubSourceCredentials(Resource):
    """The GitHub personal access token of the account and region (one per account and region).

    Args:
        scope: the parent construct.
        id: the construct id.
        access_token: the token.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codebuild.GitHubSourceCredentials"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, access_token: SecretValue) -> None:
        super().__init__(scope, id)
        CfnSourceCredential(self, "Resource", server_type="GITHUB", auth_type="PERSONAL_ACCESS_TOKEN",
                            token=access_token.unsafe_unwrap())


class GitHubEnterpriseSourceCredentials(Resource):
    """The GitHub Enterprise personal access token of the account and region.

    Args:
        scope: the parent construct.
        id: the construct id.
        access_token: the token.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codebuild.GitHubEnterpriseSourceCredentials"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, access_token: SecretValue) -> None:
        super().__init__(scope, id)
        CfnSourceCredential(self, "Resource", server_type="GITHUB_ENTERPRISE", auth_type="PERSONAL_ACCESS_TOKEN",
                            token=access_token.unsafe_unwrap())


class BitBucketSourceCredentials(Resource):
    """The Bitbucket user name and app password of the account and region.

    Args:
        scope: the parent construct.
        id: the construct id.
        password: the app password.
        username: the user name.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codebuild.BitBucketSourceCredentials"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, password: SecretValue, username: SecretValue) -> None:
        super().__init__(scope, id)
        CfnSourceCredential(self, "Resource", server_type="BITBUCKET", auth_type="BASIC_AUTH",
                            username=username.unsafe_unwrap(), token=password.unsafe_unwrap())
