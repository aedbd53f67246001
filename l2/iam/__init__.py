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
"""

from constructs.internals import check_public_classes
from l1.iam import *  # noqa: F403
from l1.iam import (
    CfnAccessKey,
    CfnGroup,
    CfnGroupPolicy,
    CfnInstanceProfile,
    CfnManagedPolicy,
    CfnOIDCProvider,
    CfnPolicy,
    CfnRole,
    CfnRolePolicy,
    CfnSAMLProvider,
    CfnServerCertificate,
    CfnServiceLinkedRole,
    CfnUser,
    CfnUserPolicy,
    CfnUserToGroupAddition,
    CfnVirtualMFADevice,
)

from ._access_key import AccessKey, AccessKeyStatus, IAccessKey
from ._grant import AddToResourcePolicyResult, CompositeDependable, Grant, IResourceWithPolicy
from ._group import Group, IGroup
from ._instance_profile import IInstanceProfile, InstanceProfile
from ._interfaces import (
    ComparablePrincipal,
    DefaultEncryptedResourceFactories,
    DefaultPolicyFactories,
    EncryptedResources,
    GrantableResources,
    IComparablePrincipal,
    IEncryptedResource,
    IEncryptedResourceFactory,
    IIdentity,
    IResourcePolicyFactory,
    IResourceWithPolicyV2,
    ResourceWithPolicies,
)
from ._lazy_role import LazyRole
from ._managed_policy import IManagedPolicy, ManagedPolicy
from ._oidc import (
    IOidcProvider,
    IOpenIdConnectProvider,
    OidcProviderNative,
    OpenIdConnectPrincipal,
    OpenIdConnectProvider,
)
from ._permissions_boundary import PermissionsBoundary
from ._policy import IPolicy, Policy
from ._policy_document import PolicyDocument
from ._policy_statement import Effect, PolicyStatement
from ._principals import (
    AccountPrincipal,
    AccountRootPrincipal,
    AddToPrincipalPolicyResult,
    Anyone,
    AnyPrincipal,
    ArnPrincipal,
    CanonicalUserPrincipal,
    CompositePrincipal,
    FederatedPrincipal,
    IAssumeRolePrincipal,
    IGrantable,
    IPrincipal,
    OrganizationPrincipal,
    PrincipalBase,
    PrincipalPolicyFragment,
    PrincipalWithConditions,
    ServicePrincipal,
    SessionTagsPrincipal,
    StarPrincipal,
    WebIdentityPrincipal,
)
from ._props import (
    AccessKeyProps,
    CommonGrantOptions,
    CustomizeRolesOptions,
    FromRoleArnOptions,
    FromRoleNameOptions,
    GrantOnKeyResult,
    GrantOnPrincipalAndResourceOptions,
    GrantOnPrincipalOptions,
    GrantPolicyWithResourceOptions,
    GrantWithResourceOptions,
    GroupProps,
    InstanceProfileAttributes,
    InstanceProfileProps,
    LazyRoleProps,
    ManagedPolicyProps,
    OidcProviderNativeProps,
    OpenIdConnectProviderProps,
    PolicyDocumentProps,
    PolicyProps,
    PolicyStatementProps,
    ResourcePolicyValidationOptions,
    RoleLookupOptions,
    RoleProps,
    SamlProviderProps,
    ServicePrincipalOpts,
    UnknownPrincipalProps,
    UserAttributes,
    UserProps,
    WithoutPolicyUpdatesOptions,
)
from ._role import IRole, Role, RoleGrants
from ._saml import ISamlProvider, SamlConsolePrincipal, SamlMetadataDocument, SamlPrincipal, SamlProvider
from ._unknown_principal import UnknownPrincipal
from ._user import IUser, User

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

check_public_classes(globals())
