"""IAM L2 constructs (aws-cdk-lib: ``aws_cdk.aws_iam``), plus the ``Cfn*`` L1 classes of ``l1.iam``.

How grants work (for authors of other L2s)
------------------------------------------

A *grantee* is any ``IGrantable``: it has ``grant_principal`` (an ``IPrincipal``). Roles, users and groups
are their own principal; a Lambda function's principal is its role. A ``grant_xxx(grantee)`` method on
your resource should build the grant with one of the ``Grant`` factories, exactly as aws-cdk-lib does::

    # identity policy only (the usual case: S3, SQS, SNS, Lambda, Logs, DynamoDB ...)
    return iam.Grant.add_to_principal(grantee=grantee, actions=[...], resource_arns=[self.bucket_arn, ...])

    # identity policy when grantee and resource share an account, else the resource policy
    return iam.Grant.add_to_principal_or_resource(grantee=grantee, actions=[...], resource_arns=[arn],
                                                  resource=self)  # self implements add_to_resource_policy

- ``Grant.add_to_principal`` builds ``PolicyStatement(actions=..., resources=...)`` and calls
  ``grantee.grant_principal.add_to_principal_policy(statement)``. A ``Role`` appends it to its child
  ``DefaultPolicy`` (an ``AWS::IAM::Policy`` whose PolicyName is its logical id, e.g.
  ``RoleDefaultPolicy5FFB7DAB``), created on first use. Actions keep the order you give; duplicates in
  a statement, and statements identical to an earlier one, are dropped at synthesis (a role's
  DefaultPolicy also drops statements whose actions and resources are equal *as sets*; above ~10 kB
  it overflows into ``OverflowPolicy<n>`` managed policies, as aws-cdk-lib does).
- Resources with a resource policy implement ``add_to_resource_policy(statement) ->
  AddToResourcePolicyResult(statement_added=..., policy_dependable=...)`` and expose ``env`` (they are
  ``constructs.Resource``s); ``add_to_principal_or_resource`` compares ``resource.env.account`` with the
  grantee's ``principal_account`` to decide whether the resource policy is needed.
- The returned ``Grant`` is dependable: ``grant.apply_before(construct)`` (or
  ``construct.node.add_dependency(grant)``) makes ``construct`` wait for the policy resource. For a role
  the dependable resolves to the ``DefaultPolicy`` once the role's policy-splitting aspect has run at
  synthesis. To make a resource depend on everything a role has (what ``lambda.Function`` does), use
  ``resource.node.add_dependency(role)``: DependsOn then lists ``<Role>DefaultPolicy`` and the role.
- Use ``ServicePrincipal("lambda.amazonaws.com")`` for trust policies;
  ``ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")`` renders
  ``{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/service-role/..."]]}``.
- Statements are validated lazily: identity policies need resources and no principals; resource policies
  need principals.

Names load on first use (PEP 562): ``from l2 import iam`` stays cheap, and each submodule (and the generated
``l1.iam`` module) is imported only when one of its names is first touched.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from constructs.internals import check_public_classes

if TYPE_CHECKING:
    from l1.iam import *  # noqa: F403
    from l1.iam import CfnAccessKey as CfnAccessKey
    from l1.iam import CfnGroup as CfnGroup
    from l1.iam import CfnGroupPolicy as CfnGroupPolicy
    from l1.iam import CfnInstanceProfile as CfnInstanceProfile
    from l1.iam import CfnManagedPolicy as CfnManagedPolicy
    from l1.iam import CfnOIDCProvider as CfnOIDCProvider
    from l1.iam import CfnPolicy as CfnPolicy
    from l1.iam import CfnRole as CfnRole
    from l1.iam import CfnRolePolicy as CfnRolePolicy
    from l1.iam import CfnSAMLProvider as CfnSAMLProvider
    from l1.iam import CfnServerCertificate as CfnServerCertificate
    from l1.iam import CfnServiceLinkedRole as CfnServiceLinkedRole
    from l1.iam import CfnUser as CfnUser
    from l1.iam import CfnUserPolicy as CfnUserPolicy
    from l1.iam import CfnUserToGroupAddition as CfnUserToGroupAddition
    from l1.iam import CfnVirtualMFADevice as CfnVirtualMFADevice
    from l2.iam._access_key import AccessKey as AccessKey
    from l2.iam._access_key import AccessKeyStatus as AccessKeyStatus
    from l2.iam._access_key import IAccessKey as IAccessKey
    from l2.iam._grant import AddToResourcePolicyResult as AddToResourcePolicyResult
    from l2.iam._grant import CompositeDependable as CompositeDependable
    from l2.iam._grant import Grant as Grant
    from l2.iam._grant import IResourceWithPolicy as IResourceWithPolicy
    from l2.iam._group import Group as Group
    from l2.iam._group import IGroup as IGroup
    from l2.iam._instance_profile import IInstanceProfile as IInstanceProfile
    from l2.iam._instance_profile import InstanceProfile as InstanceProfile
    from l2.iam._interfaces import ComparablePrincipal as ComparablePrincipal
    from l2.iam._interfaces import DefaultEncryptedResourceFactories as DefaultEncryptedResourceFactories
    from l2.iam._interfaces import DefaultPolicyFactories as DefaultPolicyFactories
    from l2.iam._interfaces import EncryptedResources as EncryptedResources
    from l2.iam._interfaces import GrantableResources as GrantableResources
    from l2.iam._interfaces import IComparablePrincipal as IComparablePrincipal
    from l2.iam._interfaces import IEncryptedResource as IEncryptedResource
    from l2.iam._interfaces import IEncryptedResourceFactory as IEncryptedResourceFactory
    from l2.iam._interfaces import IIdentity as IIdentity
    from l2.iam._interfaces import IResourcePolicyFactory as IResourcePolicyFactory
    from l2.iam._interfaces import IResourceWithPolicyV2 as IResourceWithPolicyV2
    from l2.iam._interfaces import ResourceWithPolicies as ResourceWithPolicies
    from l2.iam._lazy_role import LazyRole as LazyRole
    from l2.iam._managed_policy import IManagedPolicy as IManagedPolicy
    from l2.iam._managed_policy import ManagedPolicy as ManagedPolicy
    from l2.iam._oidc import IOidcProvider as IOidcProvider
    from l2.iam._oidc import IOpenIdConnectProvider as IOpenIdConnectProvider
    from l2.iam._oidc import OidcProviderNative as OidcProviderNative
    from l2.iam._oidc import OpenIdConnectPrincipal as OpenIdConnectPrincipal
    from l2.iam._oidc import OpenIdConnectProvider as OpenIdConnectProvider
    from l2.iam._permissions_boundary import PermissionsBoundary as PermissionsBoundary
    from l2.iam._policy import IPolicy as IPolicy
    from l2.iam._policy import Policy as Policy
    from l2.iam._policy_document import PolicyDocument as PolicyDocument
    from l2.iam._policy_statement import Effect as Effect
    from l2.iam._policy_statement import PolicyStatement as PolicyStatement
    from l2.iam._principals import AccountPrincipal as AccountPrincipal
    from l2.iam._principals import AccountRootPrincipal as AccountRootPrincipal
    from l2.iam._principals import AddToPrincipalPolicyResult as AddToPrincipalPolicyResult
    from l2.iam._principals import Anyone as Anyone
    from l2.iam._principals import AnyPrincipal as AnyPrincipal
    from l2.iam._principals import ArnPrincipal as ArnPrincipal
    from l2.iam._principals import CanonicalUserPrincipal as CanonicalUserPrincipal
    from l2.iam._principals import CompositePrincipal as CompositePrincipal
    from l2.iam._principals import FederatedPrincipal as FederatedPrincipal
    from l2.iam._principals import IAssumeRolePrincipal as IAssumeRolePrincipal
    from l2.iam._principals import IGrantable as IGrantable
    from l2.iam._principals import IPrincipal as IPrincipal
    from l2.iam._principals import OrganizationPrincipal as OrganizationPrincipal
    from l2.iam._principals import PrincipalBase as PrincipalBase
    from l2.iam._principals import PrincipalPolicyFragment as PrincipalPolicyFragment
    from l2.iam._principals import PrincipalWithConditions as PrincipalWithConditions
    from l2.iam._principals import ServicePrincipal as ServicePrincipal
    from l2.iam._principals import SessionTagsPrincipal as SessionTagsPrincipal
    from l2.iam._principals import StarPrincipal as StarPrincipal
    from l2.iam._principals import WebIdentityPrincipal as WebIdentityPrincipal
    from l2.iam._props import AccessKeyProps as AccessKeyProps
    from l2.iam._props import CommonGrantOptions as CommonGrantOptions
    from l2.iam._props import CustomizeRolesOptions as CustomizeRolesOptions
    from l2.iam._props import FromRoleArnOptions as FromRoleArnOptions
    from l2.iam._props import FromRoleNameOptions as FromRoleNameOptions
    from l2.iam._props import GrantOnKeyResult as GrantOnKeyResult
    from l2.iam._props import GrantOnPrincipalAndResourceOptions as GrantOnPrincipalAndResourceOptions
    from l2.iam._props import GrantOnPrincipalOptions as GrantOnPrincipalOptions
    from l2.iam._props import GrantPolicyWithResourceOptions as GrantPolicyWithResourceOptions
    from l2.iam._props import GrantWithResourceOptions as GrantWithResourceOptions
    from l2.iam._props import GroupProps as GroupProps
    from l2.iam._props import InstanceProfileAttributes as InstanceProfileAttributes
    from l2.iam._props import InstanceProfileProps as InstanceProfileProps
    from l2.iam._props import LazyRoleProps as LazyRoleProps
    from l2.iam._props import ManagedPolicyProps as ManagedPolicyProps
    from l2.iam._props import OidcProviderNativeProps as OidcProviderNativeProps
    from l2.iam._props import OpenIdConnectProviderProps as OpenIdConnectProviderProps
    from l2.iam._props import PolicyDocumentProps as PolicyDocumentProps
    from l2.iam._props import PolicyProps as PolicyProps
    from l2.iam._props import PolicyStatementProps as PolicyStatementProps
    from l2.iam._props import ResourcePolicyValidationOptions as ResourcePolicyValidationOptions
    from l2.iam._props import RoleLookupOptions as RoleLookupOptions
    from l2.iam._props import RoleProps as RoleProps
    from l2.iam._props import SamlProviderProps as SamlProviderProps
    from l2.iam._props import ServicePrincipalOpts as ServicePrincipalOpts
    from l2.iam._props import UnknownPrincipalProps as UnknownPrincipalProps
    from l2.iam._props import UserAttributes as UserAttributes
    from l2.iam._props import UserProps as UserProps
    from l2.iam._props import WithoutPolicyUpdatesOptions as WithoutPolicyUpdatesOptions
    from l2.iam._role import IRole as IRole
    from l2.iam._role import Role as Role
    from l2.iam._role import RoleGrants as RoleGrants
    from l2.iam._saml import ISamlProvider as ISamlProvider
    from l2.iam._saml import SamlConsolePrincipal as SamlConsolePrincipal
    from l2.iam._saml import SamlMetadataDocument as SamlMetadataDocument
    from l2.iam._saml import SamlPrincipal as SamlPrincipal
    from l2.iam._saml import SamlProvider as SamlProvider
    from l2.iam._unknown_principal import UnknownPrincipal as UnknownPrincipal
    from l2.iam._user import IUser as IUser
    from l2.iam._user import User as User

__all__ = [
    "AccessKey",
    "AccessKeyProps",
    "AccessKeyStatus",
    "AccountPrincipal",
    "AccountRootPrincipal",
    "AddToPrincipalPolicyResult",
    "AddToResourcePolicyResult",
    "AnyPrincipal",
    "Anyone",
    "ArnPrincipal",
    "CanonicalUserPrincipal",
    "CfnAccessKey",
    "CfnGroup",
    "CfnGroupPolicy",
    "CfnInstanceProfile",
    "CfnManagedPolicy",
    "CfnOIDCProvider",
    "CfnPolicy",
    "CfnRole",
    "CfnRolePolicy",
    "CfnSAMLProvider",
    "CfnServerCertificate",
    "CfnServiceLinkedRole",
    "CfnUser",
    "CfnUserPolicy",
    "CfnUserToGroupAddition",
    "CfnVirtualMFADevice",
    "CommonGrantOptions",
    "ComparablePrincipal",
    "CompositeDependable",
    "CompositePrincipal",
    "CustomizeRolesOptions",
    "DefaultEncryptedResourceFactories",
    "DefaultPolicyFactories",
    "Effect",
    "EncryptedResources",
    "FederatedPrincipal",
    "FromRoleArnOptions",
    "FromRoleNameOptions",
    "Grant",
    "GrantOnKeyResult",
    "GrantOnPrincipalAndResourceOptions",
    "GrantOnPrincipalOptions",
    "GrantPolicyWithResourceOptions",
    "GrantWithResourceOptions",
    "GrantableResources",
    "Group",
    "GroupProps",
    "IAccessKey",
    "IAssumeRolePrincipal",
    "IComparablePrincipal",
    "IEncryptedResource",
    "IEncryptedResourceFactory",
    "IGrantable",
    "IGroup",
    "IIdentity",
    "IInstanceProfile",
    "IManagedPolicy",
    "IOidcProvider",
    "IOpenIdConnectProvider",
    "IPolicy",
    "IPrincipal",
    "IResourcePolicyFactory",
    "IResourceWithPolicy",
    "IResourceWithPolicyV2",
    "IRole",
    "ISamlProvider",
    "IUser",
    "InstanceProfile",
    "InstanceProfileAttributes",
    "InstanceProfileProps",
    "LazyRole",
    "LazyRoleProps",
    "ManagedPolicy",
    "ManagedPolicyProps",
    "OidcProviderNative",
    "OidcProviderNativeProps",
    "OpenIdConnectPrincipal",
    "OpenIdConnectProvider",
    "OpenIdConnectProviderProps",
    "OrganizationPrincipal",
    "PermissionsBoundary",
    "Policy",
    "PolicyDocument",
    "PolicyDocumentProps",
    "PolicyProps",
    "PolicyStatement",
    "PolicyStatementProps",
    "PrincipalBase",
    "PrincipalPolicyFragment",
    "PrincipalWithConditions",
    "ResourcePolicyValidationOptions",
    "ResourceWithPolicies",
    "Role",
    "RoleGrants",
    "RoleLookupOptions",
    "RoleProps",
    "SamlConsolePrincipal",
    "SamlMetadataDocument",
    "SamlPrincipal",
    "SamlProvider",
    "SamlProviderProps",
    "ServicePrincipal",
    "ServicePrincipalOpts",
    "SessionTagsPrincipal",
    "StarPrincipal",
    "UnknownPrincipal",
    "UnknownPrincipalProps",
    "User",
    "UserAttributes",
    "UserProps",
    "WebIdentityPrincipal",
    "WithoutPolicyUpdatesOptions",
]

_L2_NAMES: dict[str, str] = {
    "AccessKey": "_access_key",
    "AccessKeyProps": "_props",
    "AccessKeyStatus": "_access_key",
    "AccountPrincipal": "_principals",
    "AccountRootPrincipal": "_principals",
    "AddToPrincipalPolicyResult": "_principals",
    "AddToResourcePolicyResult": "_grant",
    "AnyPrincipal": "_principals",
    "Anyone": "_principals",
    "ArnPrincipal": "_principals",
    "CanonicalUserPrincipal": "_principals",
    "CommonGrantOptions": "_props",
    "ComparablePrincipal": "_interfaces",
    "CompositeDependable": "_grant",
    "CompositePrincipal": "_principals",
    "CustomizeRolesOptions": "_props",
    "DefaultEncryptedResourceFactories": "_interfaces",
    "DefaultPolicyFactories": "_interfaces",
    "Effect": "_policy_statement",
    "EncryptedResources": "_interfaces",
    "FederatedPrincipal": "_principals",
    "FromRoleArnOptions": "_props",
    "FromRoleNameOptions": "_props",
    "Grant": "_grant",
    "GrantOnKeyResult": "_props",
    "GrantOnPrincipalAndResourceOptions": "_props",
    "GrantOnPrincipalOptions": "_props",
    "GrantPolicyWithResourceOptions": "_props",
    "GrantWithResourceOptions": "_props",
    "GrantableResources": "_interfaces",
    "Group": "_group",
    "GroupProps": "_props",
    "IAccessKey": "_access_key",
    "IAssumeRolePrincipal": "_principals",
    "IComparablePrincipal": "_interfaces",
    "IEncryptedResource": "_interfaces",
    "IEncryptedResourceFactory": "_interfaces",
    "IGrantable": "_principals",
    "IGroup": "_group",
    "IIdentity": "_interfaces",
    "IInstanceProfile": "_instance_profile",
    "IManagedPolicy": "_managed_policy",
    "IOidcProvider": "_oidc",
    "IOpenIdConnectProvider": "_oidc",
    "IPolicy": "_policy",
    "IPrincipal": "_principals",
    "IResourcePolicyFactory": "_interfaces",
    "IResourceWithPolicy": "_grant",
    "IResourceWithPolicyV2": "_interfaces",
    "IRole": "_role",
    "ISamlProvider": "_saml",
    "IUser": "_user",
    "InstanceProfile": "_instance_profile",
    "InstanceProfileAttributes": "_props",
    "InstanceProfileProps": "_props",
    "LazyRole": "_lazy_role",
    "LazyRoleProps": "_props",
    "ManagedPolicy": "_managed_policy",
    "ManagedPolicyProps": "_props",
    "OidcProviderNative": "_oidc",
    "OidcProviderNativeProps": "_props",
    "OpenIdConnectPrincipal": "_oidc",
    "OpenIdConnectProvider": "_oidc",
    "OpenIdConnectProviderProps": "_props",
    "OrganizationPrincipal": "_principals",
    "PermissionsBoundary": "_permissions_boundary",
    "Policy": "_policy",
    "PolicyDocument": "_policy_document",
    "PolicyDocumentProps": "_props",
    "PolicyProps": "_props",
    "PolicyStatement": "_policy_statement",
    "PolicyStatementProps": "_props",
    "PrincipalBase": "_principals",
    "PrincipalPolicyFragment": "_principals",
    "PrincipalWithConditions": "_principals",
    "ResourcePolicyValidationOptions": "_props",
    "ResourceWithPolicies": "_interfaces",
    "Role": "_role",
    "RoleGrants": "_role",
    "RoleLookupOptions": "_props",
    "RoleProps": "_props",
    "SamlConsolePrincipal": "_saml",
    "SamlMetadataDocument": "_saml",
    "SamlPrincipal": "_saml",
    "SamlProvider": "_saml",
    "SamlProviderProps": "_props",
    "ServicePrincipal": "_principals",
    "ServicePrincipalOpts": "_props",
    "SessionTagsPrincipal": "_principals",
    "StarPrincipal": "_principals",
    "UnknownPrincipal": "_unknown_principal",
    "UnknownPrincipalProps": "_props",
    "User": "_user",
    "UserAttributes": "_props",
    "UserProps": "_props",
    "WebIdentityPrincipal": "_principals",
    "WithoutPolicyUpdatesOptions": "_props",
}


def __getattr__(name: str) -> object:
    """The names of ``l2.iam``'s submodules and of ``l1.iam``, imported on first use."""
    module = _L2_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"l2.iam.{module}"), name)
        check_public_classes({name: value})
    else:
        l1 = importlib.import_module("l1.iam")
        if name not in l1.__all__:
            raise AttributeError(f"module 'l2.iam' has no attribute {name!r}")
        value = getattr(l1, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_L2_NAMES})
