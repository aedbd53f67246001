"""References to IAM resources (aws-cdk-lib's ``interfaces.aws_iam.*Reference``), returned by ``*_ref``."""

from __future__ import annotations

from constructs.internals import structs


@structs.frozen(kw_only=True)
class RoleReference:
    """A role's ARN and name (``role.role_ref``)."""

    role_arn: str
    role_name: str


@structs.frozen(kw_only=True)
class UserReference:
    """A user's ARN and name (``user.user_ref``)."""

    user_arn: str
    user_name: str


@structs.frozen(kw_only=True)
class GroupReference:
    """A group's ARN and name (``group.group_ref``)."""

    group_arn: str
    group_name: str


@structs.frozen(kw_only=True)
class ManagedPolicyReference:
    """A managed policy's ARN (``managed_policy.managed_policy_ref``)."""

    policy_arn: str


@structs.frozen(kw_only=True)
class PolicyReference:
    """An inline policy's id, its ``Ref`` (``policy.policy_ref``)."""

    policy_id: str


@structs.frozen(kw_only=True)
class AccessKeyReference:
    """An access key's id (``access_key.access_key_ref``)."""

    access_key_id: str


@structs.frozen(kw_only=True)
class InstanceProfileReference:
    """An instance profile's ARN and name (``instance_profile.instance_profile_ref``)."""

    instance_profile_arn: str
    instance_profile_name: str


@structs.frozen(kw_only=True)
class OIDCProviderReference:
    """An OIDC provider's ARN (``provider.oidc_provider_ref``)."""

    oidc_provider_arn: str


@structs.frozen(kw_only=True)
class SAMLProviderReference:
    """A SAML provider's ARN (``provider.saml_provider_ref``)."""

    saml_provider_arn: str
