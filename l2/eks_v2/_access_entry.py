"""Access entries: ``AccessEntry`` (``AWS::EKS::AccessEntry``) and ``AccessPolicy``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from constructs import Aws, Construct, Lazy, Resource, Token, ValidationError
from l1.eks import CfnAccessEntry
from l2.eks_v2._enums import AccessEntryType, AccessScopeType
from l2.eks_v2._structs import AccessScope

if TYPE_CHECKING:
    from constructs import RemovalPolicy
    from l2.eks_v2._interfaces import IAccessEntry, IAccessPolicy, ICluster
    from l2.eks_v2._version import AccessPolicyArn


class AccessPolicy:
    """An access policy with its scope, for an ``AccessEntry``.

    Args:
        access_scope: where the policy applies.
        policy: the access policy.
    """

    def __init__(self, *, access_scope: AccessScope, policy: AccessPolicyArn) -> None:
        self._access_scope = access_scope
        self._policy = policy.policy_arn

    @staticmethod
    def from_access_policy_name(policy_name: str, *, access_scope_type: AccessScopeType,
                                namespaces: Sequence[str] | None = None) -> IAccessPolicy:
        """The access policy named ``policy_name`` with a scope.

        Args:
            policy_name: e.g. ``"AmazonEKSClusterAdminPolicy"``.
            access_scope_type: the cluster or namespaces.
            namespaces: the namespaces of a namespace scope.
        """
        return _NamedAccessPolicy(f"arn:{Aws.PARTITION}:eks::aws:cluster-access-policy/{policy_name}",
                                  AccessScope(type=access_scope_type, namespaces=namespaces))

    @property
    def access_scope(self) -> AccessScope:
        """Where the policy applies."""
        return self._access_scope

    @property
    def policy(self) -> str:
        """The ARN of the access policy."""
        return self._policy


class _NamedAccessPolicy:
    def __init__(self, policy: str, access_scope: AccessScope) -> None:
        self.policy = policy
        self.access_scope = access_scope


class AccessEntry(Resource):
    """An EKS access entry: an IAM principal's access to a cluster, with access policies.

    Args:
        scope: the scope.
        id: the construct id.
        access_policies: the access policies of the entry.
        cluster: the cluster.
        principal: the ARN of the IAM principal.
        access_entry_name: the name of the entry (default: generated).
        access_entry_type: the type of the entry (default: ``STANDARD``).
        removal_policy: the removal policy of the entry.
    """

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-eks-v2.AccessEntry"
    """The id property injectors use for this class."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        access_policies: Sequence[IAccessPolicy],
        cluster: ICluster,
        principal: str,
        access_entry_name: str | None = None,
        access_entry_type: AccessEntryType | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._cluster = cluster
        self._principal = principal
        self._access_entry_type = access_entry_type
        self._validate(access_policies)
        self._access_policies: list[IAccessPolicy] = list(access_policies)
        self.resource = CfnAccessEntry(
            self, "Resource", cluster_name=cluster.cluster_name, principal_arn=principal,
            type=access_entry_type.value if access_entry_type is not None else None,
            access_policies=Lazy.any(lambda: [CfnAccessEntry.AccessPolicyProperty(
                access_scope=CfnAccessEntry.AccessScopeProperty(
                    type=p.access_scope.type.value, namespaces=p.access_scope.namespaces),
                policy_arn=p.policy) for p in self._access_policies]),
        )
        if removal_policy is not None:
            self.resource.apply_removal_policy(removal_policy)

    @staticmethod
    def from_access_entry_attributes(scope: Construct, id: str, *, access_entry_arn: str,
                                     access_entry_name: str) -> IAccessEntry:
        """Import an access entry."""
        return _ImportedAccessEntry(scope, id, access_entry_arn, access_entry_name)

    @property
    def access_entry_name(self) -> str:
        """The name of the access entry."""
        return self.get_resource_name_attribute(self.resource.ref)

    @property
    def access_entry_arn(self) -> str:
        """The ARN of the access entry."""
        return self.get_resource_arn_attribute(self.resource.attr_access_entry_arn, {
            "service": "eks", "resource": "accessentry", "resource_name": self.physical_name})

    @property
    def access_entry_ref(self) -> AccessEntryReference:
        """A reference to the access entry."""
        return AccessEntryReference(self.access_entry_arn, self._cluster.cluster_name, self._principal)

    def add_access_policies(self, new_access_policies: Sequence[IAccessPolicy]) -> None:
        """Add access policies to the entry."""
        self._validate(new_access_policies)
        self._access_policies.extend(new_access_policies)

    def _validate(self, policies: Sequence[IAccessPolicy]) -> None:
        kind = self._access_entry_type
        if kind in (AccessEntryType.HYBRID_LINUX, AccessEntryType.HYPERPOD_LINUX) \
                and not Token.is_unresolved(policies) and len(policies) > 0:
            raise ValidationError(f"Access entry type '{kind.value}' cannot have access policies attached. Use "  # type: ignore[union-attr]
                                  "AccessEntryType.STANDARD for access entries that require policies.", self)


class AccessEntryReference:
    """A reference to an access entry: its ARN, cluster name and principal."""

    def __init__(self, access_entry_arn: str, cluster_name: str, principal_arn: str) -> None:
        self.access_entry_arn = access_entry_arn
        self.cluster_name = cluster_name
        self.principal_arn = principal_arn


class _ImportedAccessEntry(Resource):
    def __init__(self, scope: Construct, id: str, arn: str, name: str) -> None:
        super().__init__(scope, id)
        self.access_entry_arn = arn
        self.access_entry_name = name
