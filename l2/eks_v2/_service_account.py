"""``ServiceAccount``: a Kubernetes service account with an IAM role (IRSA through the cluster's OIDC provider, or
EKS Pod Identity)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import CfnJson, Construct, Names, RemovalPolicies, ValidationError
from l2.eks_v2._enums import IdentityType
from l2.eks_v2._k8s import KubernetesManifest

if TYPE_CHECKING:
    from constructs import RemovalPolicy
    from l2.eks_v2._interfaces import ICluster
    from l2.iam import AddToPrincipalPolicyResult, IPrincipal, IRole, PolicyStatement, PrincipalPolicyFragment

_SUBDOMAIN = re.compile(r"^[a-z0-9]+[a-z0-9-.]*[a-z0-9]+$")
_LABEL = re.compile(r"^[a-z0-9]+[a-z0-9-]*[a-z0-9]+$")


class ServiceAccount(Construct):
    """A Kubernetes service account bound to an IAM role (``cluster.add_service_account``).

    Args:
        scope: the scope.
        id: the construct id.
        cluster: the cluster.
        annotations: extra annotations of the service account.
        identity_type: IRSA (default) or EKS Pod Identity.
        labels: extra labels of the service account.
        name: the name of the service account (default: derived from the construct path).
        namespace: its namespace (default: ``"default"``).
        overwrite_service_account: whether an existing service account may be overwritten (default: false).
        removal_policy: the removal policy of its resources.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        annotations: Mapping[str, str] | None = None,
        identity_type: IdentityType | None = None,
        labels: Mapping[str, str] | None = None,
        name: str | None = None,
        namespace: str | None = None,
        overwrite_service_account: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        from l1.eks import CfnPodIdentityAssociation
        from l2 import iam

        super().__init__(scope, id)
        self._name = name if name is not None else Names.unique_id(self).lower()
        self._namespace = namespace if namespace is not None else "default"
        if len(self._name) > 253 or not _SUBDOMAIN.match(self._name):
            raise ValidationError("The name of a ServiceAccount object must be a valid DNS subdomain name.", self)
        if len(self._namespace) > 63 or not _LABEL.match(self._namespace):
            raise ValidationError("All namespace names must be valid RFC 1123 DNS labels.", self)
        principal: Any
        if identity_type != IdentityType.POD_IDENTITY:
            issuer = cluster.open_id_connect_provider.open_id_connect_provider_issuer  # type: ignore[attr-defined]
            conditions = CfnJson(self, "ConditionJson", value={
                f"{issuer}:aud": "sts.amazonaws.com",
                f"{issuer}:sub": f"system:serviceaccount:{self._namespace}:{self._name}",
            })
            principal = iam.OpenIdConnectPrincipal(cluster.open_id_connect_provider).with_conditions(
                {"StringEquals": conditions})
        else:
            from l2.eks_v2._fargate import FargateCluster

            if isinstance(cluster, FargateCluster):
                raise ValidationError("Pod Identity is not supported in Fargate. Use IRSA identity type instead.", self)
            principal = iam.ServicePrincipal("pods.eks.amazonaws.com")
        role = iam.Role(self, "Role", assumed_by=principal)
        if identity_type == IdentityType.POD_IDENTITY:
            if role.assume_role_policy is not None:
                role.assume_role_policy.add_statements(iam.PolicyStatement(
                    actions=["sts:AssumeRole", "sts:TagSession"],
                    principals=[iam.ServicePrincipal("pods.eks.amazonaws.com")]))
            _ = cluster.eks_pod_identity_agent
            CfnPodIdentityAssociation(self, "Association", cluster_name=cluster.cluster_name,
                                      namespace=namespace if namespace is not None else "default",
                                      role_arn=role.role_arn, service_account=self._name)
        self._role: IRole = role
        KubernetesManifest(self, f"manifest-{id}ServiceAccountResource", cluster=cluster,
                           overwrite=overwrite_service_account, manifest=[{
                               "apiVersion": "v1",
                               "kind": "ServiceAccount",
                               "metadata": {
                                   "name": self._name,
                                   "namespace": self._namespace,
                                   "labels": {"app.kubernetes.io/name": self._name, **(labels or {})},
                                   "annotations": {"eks.amazonaws.com/role-arn": role.role_arn,
                                                   **(annotations or {})},
                               },
                           }])
        if removal_policy is not None:
            RemovalPolicies.of(self).apply(removal_policy)

    @property
    def role(self) -> IRole:
        """The IAM role of the service account."""
        return self._role

    @property
    def service_account_name(self) -> str:
        """The name of the service account."""
        return self._name

    @property
    def service_account_namespace(self) -> str:
        """The namespace of the service account."""
        return self._namespace

    @property
    def assume_role_action(self) -> str:
        """The action that assumes the role."""
        return self._role.assume_role_action  # type: ignore[attr-defined,no-any-return]

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal to grant permissions to (the role)."""
        return self._role.grant_principal

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        """The role's policy fragment."""
        return self._role.policy_fragment  # type: ignore[attr-defined,no-any-return]

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add a statement to the role's policy."""
        return self._role.add_to_principal_policy(statement)

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Add a statement to the role's policy (deprecated in aws-cdk-lib: use ``add_to_principal_policy``)."""
        return self.add_to_principal_policy(statement).statement_added
