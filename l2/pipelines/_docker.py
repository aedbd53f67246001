"""Docker registry credentials for the pipeline's CodeBuild projects."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs.internals import structs

if TYPE_CHECKING:
    from l2.ecr import IRepository
    from l2.iam import IGrantable, IRole
    from l2.secretsmanager import ISecret


class DockerCredentialUsage(enum.Enum):
    """Which part of the pipeline logs in with a credential."""

    SYNTH = "SYNTH"
    SELF_UPDATE = "SELF_UPDATE"
    ASSET_PUBLISHING = "ASSET_PUBLISHING"


@structs.frozen(kw_only=True)
class ExternalDockerCredentialOptions:
    """Options of a credential stored in a Secrets Manager secret (Docker Hub or another registry).

    Args:
        assume_role: a role assumed to read the secret (default the project's own role).
        secret_password_field: the secret's JSON field holding the password (default ``secret``).
        secret_username_field: the secret's JSON field holding the user name (default ``username``).
        usages: where the credential is used (default everywhere).
    """

    assume_role: IRole | None = None
    secret_password_field: str | None = None
    secret_username_field: str | None = None
    usages: Sequence[DockerCredentialUsage] | None = None


@structs.frozen(kw_only=True)
class EcrDockerCredentialOptions:
    """Options of a credential for ECR repositories.

    Args:
        assume_role: a role assumed to pull from the repositories (default the project's own role).
        usages: where the credential is used (default everywhere).
    """

    assume_role: IRole | None = None
    usages: Sequence[DockerCredentialUsage] | None = None


class DockerCredential:
    """A login to a container registry, used by the synth, self-mutation or asset-publishing projects.

    Args:
        usages: where the credential is used (default everywhere).
    """

    def __init__(self, usages: Sequence[DockerCredentialUsage] | None = None) -> None:
        self.usages = list(usages) if usages is not None else None

    def applies_to(self, usage: DockerCredentialUsage) -> bool:
        """Whether the credential is used for ``usage``."""
        return self.usages is None or usage in self.usages

    @staticmethod
    def docker_hub(secret: ISecret, *, assume_role: IRole | None = None, secret_password_field: str | None = None,
                   secret_username_field: str | None = None,
                   usages: Sequence[DockerCredentialUsage] | None = None) -> DockerCredential:
        """A Docker Hub login read from ``secret``.

        Args:
            secret: the secret holding user name and password.
            assume_role: a role assumed to read the secret.
            secret_password_field: the JSON field of the password (default ``secret``).
            secret_username_field: the JSON field of the user name (default ``username``).
            usages: where the credential is used (default everywhere).
        """
        return _ExternalDockerCredential("https://index.docker.io/v1/", secret, assume_role, secret_password_field,
                                         secret_username_field, usages)

    @staticmethod
    def custom_registry(registry_domain: str, secret: ISecret, *, assume_role: IRole | None = None,
                        secret_password_field: str | None = None, secret_username_field: str | None = None,
                        usages: Sequence[DockerCredentialUsage] | None = None) -> DockerCredential:
        """A login to the registry at ``registry_domain`` read from ``secret``.

        Args:
            registry_domain: the registry's domain name.
            secret: the secret holding user name and password.
            assume_role: a role assumed to read the secret.
            secret_password_field: the JSON field of the password (default ``secret``).
            secret_username_field: the JSON field of the user name (default ``username``).
            usages: where the credential is used (default everywhere).
        """
        return _ExternalDockerCredential(registry_domain, secret, assume_role, secret_password_field,
                                         secret_username_field, usages)

    @staticmethod
    def ecr(repositories: Sequence[IRepository], *, assume_role: IRole | None = None,
            usages: Sequence[DockerCredentialUsage] | None = None) -> DockerCredential:
        """Pull access to ECR ``repositories``.

        Args:
            repositories: the repositories pulled from.
            assume_role: a role assumed to pull.
            usages: where the credential is used (default everywhere).
        """
        return _EcrDockerCredential(list(repositories), assume_role, usages)

    def grant_read(self, grantee: IGrantable, usage: DockerCredentialUsage) -> None:
        """Let ``grantee`` use this credential when it is meant for ``usage``."""
        raise NotImplementedError(f"{type(self).__name__} must implement grant_read")


class _ExternalDockerCredential(DockerCredential):
    def __init__(self, registry_domain: str, secret: ISecret, assume_role: IRole | None,
                 password_field: str | None, username_field: str | None,
                 usages: Sequence[DockerCredentialUsage] | None) -> None:
        super().__init__(usages)
        self.registry_domain = registry_domain
        self.secret = secret
        self.assume_role = assume_role
        self.secret_password_field = password_field or "secret"
        self.secret_username_field = username_field or "username"
        self.raw_password_field = password_field
        self.raw_username_field = username_field

    def grant_read(self, grantee: IGrantable, usage: DockerCredentialUsage) -> None:
        if not self.applies_to(usage):
            return
        if self.assume_role is not None:
            from l2.iam import PolicyStatement

            grantee.grant_principal.add_to_principal_policy(PolicyStatement(
                actions=["sts:AssumeRole"], resources=[self.assume_role.role_arn]))
            self.secret.grant_read(self.assume_role)
        else:
            self.secret.grant_read(grantee)


class _EcrDockerCredential(DockerCredential):
    def __init__(self, repositories: list[IRepository], assume_role: IRole | None,
                 usages: Sequence[DockerCredentialUsage] | None) -> None:
        super().__init__(usages)
        self.repositories = repositories
        self.assume_role = assume_role

    def grant_read(self, grantee: IGrantable, usage: DockerCredentialUsage) -> None:
        if not self.applies_to(usage):
            return
        target: IGrantable = grantee
        if self.assume_role is not None:
            from l2.iam import PolicyStatement

            grantee.grant_principal.add_to_principal_policy(PolicyStatement(
                actions=["sts:AssumeRole"], resources=[self.assume_role.role_arn]))
            target = self.assume_role
        for repository in self.repositories:
            repository.grant_pull(target)


def _render_cdk_assets_config(credential: DockerCredential) -> dict[str, Any]:
    if isinstance(credential, _ExternalDockerCredential):
        return {credential.registry_domain: {
            "secretsManagerSecretId": credential.secret.secret_arn,
            "secretsUsernameField": credential.raw_username_field,
            "secretsPasswordField": credential.raw_password_field,
            "assumeRoleArn": credential.assume_role.role_arn if credential.assume_role is not None else None,
        }}
    if isinstance(credential, _EcrDockerCredential):
        from constructs import Fn

        domain = Fn.select(0, Fn.split("/", credential.repositories[0].repository_uri))
        return {domain: {
            "ecrRepository": True,
            "assumeRoleArn": credential.assume_role.role_arn if credential.assume_role is not None else None,
        }}
    return {}


def docker_credentials_install_commands(usage: DockerCredentialUsage, registries: Sequence[DockerCredential] | None,
                                        os_type: str = "linux") -> list[str]:
    """The commands writing the cdk-assets Docker credential file for the registries used for ``usage``
    (``os_type``: ``"both"``, ``"windows"`` or ``"linux"``; ``"both"`` tags each command ``!WINDOWS!``/``!LINUX!``)."""
    from l2.pipelines._private.identifiers import js_json

    relevant = [r for r in registries or [] if r.applies_to(usage)]
    if not relevant:
        return []
    domains: dict[str, Any] = {}
    for registry in relevant:
        domains.update(_render_cdk_assets_config(registry))
    config = js_json({"version": "1.0", "domainCredentials": domains})
    windows = ["mkdir %USERPROFILE%\\.cdk", f"echo '{config}' > %USERPROFILE%\\.cdk\\cdk-docker-creds.json"]
    linux = ["mkdir $HOME/.cdk", f"echo '{config}' > $HOME/.cdk/cdk-docker-creds.json"]
    if os_type == "both":
        return [*(f"!WINDOWS!{c}" for c in windows), *(f"!LINUX!{c}" for c in linux)]
    return windows if os_type == "windows" else linux
