"""The props and options structs of ``aws_cdk.aws_iam`` (each mirrors the keywords of the class it configures)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Duration, IConstruct, RemovalPolicy, SecretValue

    from ._access_key import AccessKeyStatus
    from ._grant import Grant
    from ._group import IGroup
    from ._interfaces import IResourceWithPolicyV2
    from ._managed_policy import IManagedPolicy
    from ._policy_document import PolicyDocument
    from ._policy_statement import Effect, PolicyStatement
    from ._principals import IGrantable, IPrincipal
    from ._role import IRole
    from ._saml import SamlMetadataDocument
    from ._user import IUser


@structs.frozen(kw_only=True)
class RoleProps:
    """The keywords of ``Role`` (see ``Role`` for each)."""

    assumed_by: IPrincipal
    description: str | None = None
    external_ids: Sequence[str] | None = None
    inline_policies: Mapping[str, PolicyDocument] | None = None
    managed_policies: Sequence[IManagedPolicy] | None = None
    max_session_duration: Duration | None = None
    path: str | None = None
    permissions_boundary: IManagedPolicy | None = None
    role_name: str | None = None


@structs.frozen(kw_only=True)
class LazyRoleProps(RoleProps):
    """The keywords of ``LazyRole`` (those of ``Role``)."""


@structs.frozen(kw_only=True)
class UserProps:
    """The keywords of ``User`` (see ``User`` for each)."""

    groups: Sequence[IGroup] | None = None
    managed_policies: Sequence[IManagedPolicy] | None = None
    password: SecretValue | None = None
    password_reset_required: bool | None = None
    path: str | None = None
    permissions_boundary: IManagedPolicy | None = None
    user_name: str | None = None


@structs.frozen(kw_only=True)
class UserAttributes:
    """What ``User.from_user_attributes`` needs: the user's ARN.

    Args:
        user_arn: the user's ARN.
    """

    user_arn: str


@structs.frozen(kw_only=True)
class GroupProps:
    """The keywords of ``Group`` (see ``Group`` for each)."""

    group_name: str | None = None
    managed_policies: Sequence[IManagedPolicy] | None = None
    path: str | None = None


@structs.frozen(kw_only=True)
class PolicyProps:
    """The keywords of ``Policy`` (see ``Policy`` for each)."""

    document: PolicyDocument | None = None
    force: bool | None = None
    groups: Sequence[IGroup] | None = None
    policy_name: str | None = None
    roles: Sequence[IRole] | None = None
    statements: Sequence[PolicyStatement] | None = None
    users: Sequence[IUser] | None = None


@structs.frozen(kw_only=True)
class ManagedPolicyProps:
    """The keywords of ``ManagedPolicy`` (see ``ManagedPolicy`` for each)."""

    description: str | None = None
    document: PolicyDocument | None = None
    groups: Sequence[IGroup] | None = None
    managed_policy_name: str | None = None
    path: str | None = None
    roles: Sequence[IRole] | None = None
    statements: Sequence[PolicyStatement] | None = None
    users: Sequence[IUser] | None = None


@structs.frozen(kw_only=True)
class PolicyDocumentProps:
    """The keywords of ``PolicyDocument`` (see ``PolicyDocument`` for each)."""

    assign_sids: bool | None = None
    minimize: bool | None = None
    statements: Sequence[PolicyStatement] | None = None


@structs.frozen(kw_only=True)
class PolicyStatementProps:
    """The keywords of ``PolicyStatement`` (see ``PolicyStatement`` for each)."""

    actions: Sequence[str] | None = None
    conditions: Mapping[str, object] | None = None
    effect: Effect | None = None
    not_actions: Sequence[str] | None = None
    not_principals: Sequence[IPrincipal] | None = None
    not_resources: Sequence[str] | None = None
    principals: Sequence[IPrincipal] | None = None
    resources: Sequence[str] | None = None
    sid: str | None = None


@structs.frozen(kw_only=True)
class UnknownPrincipalProps:
    """The keywords of ``UnknownPrincipal``: the construct the principal belongs to.

    Args:
        resource: the construct the principal is attached to (warnings name it).
    """

    resource: IConstruct


@structs.frozen(kw_only=True)
class ServicePrincipalOpts:
    """Options of ``ServicePrincipal``.

    Args:
        conditions: conditions added to statements naming the principal.
        region: deprecated in aws-cdk-lib (the principal no longer depends on the region); ignored.
    """

    conditions: Mapping[str, object] | None = None
    region: str | None = None


@structs.frozen(kw_only=True)
class WithoutPolicyUpdatesOptions:
    """Options of ``Role.without_policy_updates``.

    Args:
        add_grants_to_resources: add grants to resource policies instead of dropping them (default ``False``).
    """

    add_grants_to_resources: bool | None = None


@structs.frozen(kw_only=True)
class FromRoleArnOptions:
    """Options of ``Role.from_role_arn``.

    Args:
        mutable: whether policies may be attached to the imported role (default True).
        add_grants_to_resources: with ``mutable=False``, grants to the role go into the resources' policies
            instead of being dropped (default False).
        default_policy_name: the name of the policy statements are added to (default ``Policy``).
    """

    add_grants_to_resources: bool | None = None
    default_policy_name: str | None = None
    mutable: bool | None = None


@structs.frozen(kw_only=True)
class FromRoleNameOptions(FromRoleArnOptions):
    """Options of ``Role.from_role_name`` (those of ``from_role_arn``)."""


@structs.frozen(kw_only=True)
class RoleLookupOptions(FromRoleArnOptions):
    """Options of ``Role.from_lookup``: the role's name plus those of ``from_role_arn``.

    Args:
        role_name: the name of the role to look up.
    """

    role_name: str


@structs.frozen(kw_only=True)
class CustomizeRolesOptions:
    """Options of ``Role.customize_roles``.

    Args:
        prevent_synthesis: fail synthesis while roles are missing from ``use_precreated_roles`` (default ``True``).
        use_precreated_roles: construct path of a role to the name of the role to use instead.
    """

    prevent_synthesis: bool | None = None
    use_precreated_roles: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class CommonGrantOptions:
    """What every grant names: grantee, actions, resource ARNs, and optional conditions.

    Args:
        grantee: who is granted (a principal, role, user, function...).
        actions: the IAM actions (``s3:GetObject``...).
        resource_arns: the resources the actions apply to.
        conditions: the statement's ``Condition`` block (``{"StringEquals": {...}}``).
    """

    actions: Sequence[str]
    grantee: IGrantable
    resource_arns: Sequence[str]
    conditions: Mapping[str, Mapping[str, object]] | None = None


@structs.frozen(kw_only=True)
class GrantOnPrincipalOptions(CommonGrantOptions):
    """Options of ``Grant.add_to_principal``; ``scope`` is where a failed grant is reported."""

    scope: IConstruct | None = None


@structs.frozen(kw_only=True)
class GrantWithResourceOptions(CommonGrantOptions):
    """Options of ``Grant.add_to_principal_or_resource``: the resource and its own ARNs.

    Args:
        resource: the resource whose policy gets the statement when the principal's own policy cannot.
        resource_self_arns: the ARNs the resource policy's statement names (default: ``resource_arns``).
    """

    resource: IResourceWithPolicyV2
    resource_self_arns: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class GrantOnPrincipalAndResourceOptions(CommonGrantOptions):
    """Options of ``Grant.add_to_principal_and_resource``.

    Args:
        resource: the resource whose policy gets the statement too.
        resource_policy_principal: the principal the resource policy names (default: the grantee's).
        resource_self_arns: the ARNs the resource policy's statement names (default: ``resource_arns``).
    """

    resource: IResourceWithPolicyV2
    resource_policy_principal: IPrincipal | None = None
    resource_self_arns: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class GrantPolicyWithResourceOptions(GrantWithResourceOptions):
    """Options of ``Grant.add_statement_to_resource_policy``: the statement to add.

    Args:
        statement: the statement to add to the resource's policy.
    """

    statement: PolicyStatement


@structs.frozen(kw_only=True)
class GrantOnKeyResult:
    """What ``IEncryptedResource.grant_on_key`` returns: the grant on the key, if any.

    Args:
        grant: the grant on the key (default none when the resource has no key).
    """

    grant: Grant | None = None


@structs.frozen(kw_only=True)
class ResourcePolicyValidationOptions:
    """Options of resource policy validation: ``skip_resource_validation`` skips the check for resources.

    Args:
        skip_resource_validation: do not require statements of a resource policy to name a resource (default false).
    """

    skip_resource_validation: bool | None = None


@structs.frozen(kw_only=True)
class AccessKeyProps:
    """The keywords of ``AccessKey`` (see ``AccessKey`` for each)."""

    user: IUser
    serial: int | float | None = None
    status: AccessKeyStatus | None = None


@structs.frozen(kw_only=True)
class InstanceProfileProps:
    """The keywords of ``InstanceProfile`` (see ``InstanceProfile`` for each)."""

    instance_profile_name: str | None = None
    path: str | None = None
    role: IRole | None = None


@structs.frozen(kw_only=True)
class InstanceProfileAttributes:
    """What ``InstanceProfile.from_instance_profile_attributes`` needs.

    Args:
        instance_profile_arn: the instance profile's ARN.
        role: the role in the profile (default none: ``role`` is then unknown).
    """

    instance_profile_arn: str
    role: IRole | None = None


@structs.frozen(kw_only=True)
class SamlProviderProps:
    """The keywords of ``SamlProvider`` (see ``SamlProvider`` for each)."""

    metadata_document: SamlMetadataDocument
    name: str | None = None


@structs.frozen(kw_only=True)
class OpenIdConnectProviderProps:
    """The keywords of ``OpenIdConnectProvider`` (see ``OpenIdConnectProvider`` for each)."""

    url: str
    client_ids: Sequence[str] | None = None
    removal_policy: RemovalPolicy | None = None
    thumbprints: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class OidcProviderNativeProps:
    """The keywords of ``OidcProviderNative`` (see ``OidcProviderNative`` for each)."""

    url: str
    client_ids: Sequence[str] | None = None
    oidc_provider_name: str | None = None
    removal_policy: RemovalPolicy | None = None
    thumbprints: Sequence[str] | None = None
