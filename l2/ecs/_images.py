"""Container images: from a registry, an ECR repository, a local Docker build (asset), a Docker image asset, a
tarball, or a repository with the tag given as a stack parameter."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Annotations, CfnParameter, Construct, Lazy, Token, UnscopedValidationError
from l2.ecs._structs import ContainerImageConfig

if TYPE_CHECKING:
    from constructs import IgnoreMode, SymlinkFollowMode
    from l2.ecr import IRepository
    from l2.ecr_assets import (
        DockerCacheOption,
        DockerImageAsset,
        DockerImageAssetInvalidationOptions,
        NetworkMode,
        Platform,
    )
    from l2.ecs._container import ContainerDefinition
    from l2.secretsmanager import ISecret

_ECR_IMAGE = re.compile(r"(^[a-zA-Z0-9][a-zA-Z0-9-_]*)\.dkr\.ecr\.([a-zA-Z0-9][a-zA-Z0-9-_]*)\.amazonaws.com(\.cn)?\/.*")


class ContainerImage:
    """The image a container runs: ``bind`` returns its name (and grants the execution role what it needs)."""

    @staticmethod
    def from_registry(name: str, *, credentials: ISecret | None = None) -> RepositoryImage:
        """An image from Docker Hub or another registry (``credentials``: a secret with the registry login)."""
        return RepositoryImage(name, credentials=credentials)

    @staticmethod
    def from_ecr_repository(repository: IRepository, tag: str | None = None) -> EcrImage:
        """An image from an ECR repository, by tag or digest (default ``latest``)."""
        return EcrImage(repository, tag if tag is not None else "latest")

    @staticmethod
    def from_asset(
        directory: str,
        *,
        asset_name: str | None = None,
        build_args: Mapping[str, str] | None = None,
        build_contexts: Mapping[str, str] | None = None,
        build_secrets: Mapping[str, str] | None = None,
        build_ssh: str | None = None,
        cache_disabled: bool | None = None,
        cache_from: Sequence[DockerCacheOption] | None = None,
        cache_to: DockerCacheOption | None = None,
        display_name: str | None = None,
        file: str | None = None,
        invalidation: DockerImageAssetInvalidationOptions | None = None,
        network_mode: NetworkMode | None = None,
        outputs: Sequence[str] | None = None,
        platform: Platform | None = None,
        target: str | None = None,
        extra_hash: str | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> AssetImage:
        """An image built from a local directory with a Dockerfile (``aws_ecr_assets.DockerImageAsset``'s
        options)."""
        options = {k: v for k, v in locals().items() if k != "directory" and v is not None}
        return AssetImage(directory, **options)

    @staticmethod
    def from_docker_image_asset(asset: DockerImageAsset) -> ContainerImage:
        """An image from an existing ``DockerImageAsset``."""
        return _DockerImageAssetImage(asset)

    @staticmethod
    def from_tarball(tarball_file: str) -> ContainerImage:
        """An image from a ``docker save`` tarball."""
        return _TarballImage(tarball_file)

    def bind(self, scope: Construct, container_definition: ContainerDefinition) -> ContainerImageConfig:
        """The image's name (and repository credentials)."""
        raise NotImplementedError


class _DockerImageAssetImage(ContainerImage):
    def __init__(self, asset: DockerImageAsset) -> None:
        self._asset = asset

    def bind(self, scope: Construct, container_definition: ContainerDefinition) -> ContainerImageConfig:
        container_definition._default_disable_version_consistency()
        self._asset.repository.grant_pull(container_definition.task_definition.obtain_execution_role())
        return ContainerImageConfig(image_name=self._asset.image_uri)


class _TarballImage(ContainerImage):
    def __init__(self, tarball_file: str) -> None:
        self._tarball_file = tarball_file

    def bind(self, scope: Construct, container_definition: ContainerDefinition) -> ContainerImageConfig:
        from l2.ecr_assets import TarballImageAsset

        asset = TarballImageAsset(scope, "Tarball", tarball_file=self._tarball_file)
        asset.repository.grant_pull(container_definition.task_definition.obtain_execution_role())
        return ContainerImageConfig(image_name=asset.image_uri)


class RepositoryImage(ContainerImage):
    """An image in a public or private registry, by name.

    Args:
        image_name: the image (``registry/repository:tag``).
        credentials: a Secrets Manager secret with the registry's user name and password.
    """

    def __init__(self, image_name: str, *, credentials: ISecret | None = None) -> None:
        self.image_name = image_name
        self._credentials = credentials

    def bind(self, scope: Construct, container_definition: ContainerDefinition) -> ContainerImageConfig:
        """The name; the execution role may read the credentials."""
        from l1.ecs import CfnTaskDefinition

        if not Token.is_unresolved(self.image_name) and _ECR_IMAGE.search(self.image_name):
            Annotations.of(scope).add_warning_v2(
                "@aws-cdk/aws-ecs:ecrImageRequiresPolicy",
                "Proper policies need to be attached before pulling from ECR repository, or use 'fromEcrRepository'.",
            )
        if self._credentials is not None:
            self._credentials.grant_read(container_definition.task_definition.obtain_execution_role())
        return ContainerImageConfig(
            image_name=self.image_name,
            repository_credentials=CfnTaskDefinition.RepositoryCredentialsProperty(
                credentials_parameter=self._credentials.secret_arn
            ) if self._credentials is not None else None,
        )


class EcrImage(ContainerImage):
    """An image in an ECR repository, by tag or digest.

    Args:
        repository: the repository.
        tag_or_digest: a tag, or a ``sha256:`` digest.
    """

    def __init__(self, repository: IRepository, tag_or_digest: str) -> None:
        self.repository = repository
        self.tag_or_digest = tag_or_digest
        self.image_name: str = repository.repository_uri_for_tag_or_digest(tag_or_digest)

    def bind(self, _scope: Construct, container_definition: ContainerDefinition) -> ContainerImageConfig:
        """The image URI; the execution role may pull it."""
        self.repository.grant_pull(container_definition.task_definition.obtain_execution_role())
        return ContainerImageConfig(image_name=self.image_name)


class AssetImage(ContainerImage):
    """An image built from a local directory (a ``DockerImageAsset`` in the container's scope).

    Args:
        directory: the build context with the Dockerfile.
        asset_name, build_args, build_contexts, build_secrets, build_ssh, cache_disabled, cache_from, cache_to,
            display_name, file, invalidation, network_mode, outputs, platform, target, extra_hash, exclude,
            follow_symlinks, ignore_mode: the asset's options (``aws_ecr_assets.DockerImageAssetOptions``).
    """

    def __init__(
        self,
        directory: str,
        *,
        asset_name: str | None = None,
        build_args: Mapping[str, str] | None = None,
        build_contexts: Mapping[str, str] | None = None,
        build_secrets: Mapping[str, str] | None = None,
        build_ssh: str | None = None,
        cache_disabled: bool | None = None,
        cache_from: Sequence[DockerCacheOption] | None = None,
        cache_to: DockerCacheOption | None = None,
        display_name: str | None = None,
        file: str | None = None,
        invalidation: DockerImageAssetInvalidationOptions | None = None,
        network_mode: NetworkMode | None = None,
        outputs: Sequence[str] | None = None,
        platform: Platform | None = None,
        target: str | None = None,
        extra_hash: str | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> None:
        self.directory = directory
        self._options: dict[str, Any] = {k: v for k, v in dict(
            asset_name=asset_name, build_args=build_args, build_contexts=build_contexts,
            build_secrets=build_secrets, build_ssh=build_ssh, cache_disabled=cache_disabled, cache_from=cache_from,
            cache_to=cache_to, display_name=display_name, file=file, invalidation=invalidation,
            network_mode=network_mode, outputs=outputs, platform=platform, target=target, extra_hash=extra_hash,
            exclude=exclude, follow_symlinks=follow_symlinks, ignore_mode=ignore_mode,
        ).items() if v is not None}

    def bind(self, scope: Construct, container_definition: ContainerDefinition) -> ContainerImageConfig:
        """Create the asset; the execution role may pull it."""
        from l2.ecr_assets import DockerImageAsset

        container_definition._default_disable_version_consistency()
        asset = DockerImageAsset(scope, "AssetImage", directory=self.directory, **self._options)
        asset.repository.grant_pull(container_definition.task_definition.obtain_execution_role())
        return ContainerImageConfig(image_name=asset.image_uri)


class TagParameterContainerImage(ContainerImage):
    """An image of an ECR repository whose tag (or digest) is a CloudFormation parameter (for CodePipeline).

    Args:
        repository: the ECR repository.
        is_image_digest: the parameter holds a digest, not a tag (default false).
    """

    def __init__(self, repository: IRepository, *, is_image_digest: bool | None = None) -> None:
        self.repository = repository
        self._is_image_digest = bool(is_image_digest)
        self._parameter: CfnParameter | None = None

    def bind(self, scope: Construct, container_definition: ContainerDefinition) -> ContainerImageConfig:
        """Add the ``ImageTagParam`` parameter; the execution role may pull."""
        self.repository.grant_pull(container_definition.task_definition.obtain_execution_role())
        parameter = CfnParameter(scope, "ImageTagParam")
        self._parameter = parameter
        value = parameter.value_as_string
        return ContainerImageConfig(
            image_name=self.repository.repository_uri_for_digest(value) if self._is_image_digest
            else self.repository.repository_uri_for_tag(value)
        )

    @property
    def tag_parameter_name(self) -> str:
        """The parameter's logical id (once bound)."""
        def produce() -> str:
            if self._parameter is None:
                raise UnscopedValidationError(
                    "TagParameterContainerImage must be used in a container definition when using tagParameterName"
                )
            return self._parameter.logical_id

        return Lazy.string(produce)

    @property
    def tag_parameter_value(self) -> str:
        """The parameter's value (once bound)."""
        def produce() -> str:
            if self._parameter is None:
                raise UnscopedValidationError(
                    "TagParameterContainerImage must be used in a container definition when using tagParameterValue"
                )
            return self._parameter.value_as_string

        return Lazy.string(produce)
