"""``AwsAuth``: the ``aws-auth`` ConfigMap of a cluster (IAM roles, users and accounts mapped to Kubernetes)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Lazy, Stack, ValidationError
from l2.eks._enums import AuthenticationMode
from l2.eks._k8s import KubernetesManifest
from l2.eks._structs import AwsAuthMapping

if TYPE_CHECKING:
    from l2.eks._cluster import Cluster
    from l2.iam import IRole, IUser


class AwsAuth(Construct):
    """The ``aws-auth`` ConfigMap of a cluster (``cluster.aws_auth``), applied with ``overwrite``.

    Args:
        scope: the scope.
        id: the construct id.
        cluster: the cluster.
    """

    def __init__(self, scope: Construct, id: str, *, cluster: Cluster) -> None:
        super().__init__(scope, id)
        if cluster.authentication_mode == AuthenticationMode.API:
            raise ValidationError("ConfigMap not supported in the AuthenticationMode", self)
        self._stack = Stack.of(self)
        self._role_mappings: list[tuple[IRole, AwsAuthMapping]] = []
        self._user_mappings: list[tuple[IUser, AwsAuthMapping]] = []
        self._accounts: list[str] = []
        KubernetesManifest(self, "manifest", cluster=cluster, overwrite=True, manifest=[{
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "aws-auth", "namespace": "kube-system"},
            "data": {
                "mapRoles": Lazy.string(lambda: self._stack.to_json_string([
                    {"rolearn": role.role_arn, "username": m.username or role.role_arn, "groups": m.groups}
                    for role, m in self._role_mappings])),
                "mapUsers": Lazy.string(lambda: self._stack.to_json_string([
                    {"userarn": user.user_arn, "username": m.username or user.user_arn, "groups": m.groups}
                    for user, m in self._user_mappings])),
                "mapAccounts": Lazy.string(lambda: self._stack.to_json_string(list(self._accounts))),
            },
        }])

    def add_masters_role(self, role: IRole, username: str | None = None) -> None:
        """Map ``role`` to the ``system:masters`` group (full administrator).

        Args:
            role: the IAM role.
            username: the Kubernetes user name (default: the role ARN).
        """
        self.add_role_mapping(role, groups=["system:masters"], username=username)

    def add_role_mapping(self, role: IRole, *, groups: Sequence[str], username: str | None = None) -> None:
        """Map an IAM role to Kubernetes groups.

        Args:
            role: the IAM role (defined in this stack).
            groups: the Kubernetes groups.
            username: the Kubernetes user name (default: the role ARN).
        """
        self._assert_same_stack(role)
        self._role_mappings.append((role, AwsAuthMapping(groups=groups, username=username)))

    def add_user_mapping(self, user: IUser, *, groups: Sequence[str], username: str | None = None) -> None:
        """Map an IAM user to Kubernetes groups.

        Args:
            user: the IAM user (defined in this stack).
            groups: the Kubernetes groups.
            username: the Kubernetes user name (default: the user ARN).
        """
        self._assert_same_stack(user)
        self._user_mappings.append((user, AwsAuthMapping(groups=groups, username=username)))

    def add_account(self, account_id: str) -> None:
        """Map every IAM identity of an account to a Kubernetes user of the same name.

        Args:
            account_id: the account id.
        """
        self._accounts.append(account_id)

    def _assert_same_stack(self, construct: Any) -> None:
        if Stack.of(construct) is not self._stack:
            raise ValidationError(f"{construct.node.path} should be defined in the scope of the "
                                  f"{self._stack.stack_name} stack to prevent circular dependencies", self)
