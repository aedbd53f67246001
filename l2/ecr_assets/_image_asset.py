"""``DockerImageAsset``: a Docker build context, hashed and staged, listed in the stack's asset manifest."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    AssetStaging,
    CfnResource,
    Construct,
    IgnoreMode,
    Names,
    Stack,
    Stage,
    SymlinkFollowMode,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from l2.ecr_assets._types import DockerCacheOption, DockerImageAssetInvalidationOptions, NetworkMode, Platform

if TYPE_CHECKING:
    from l2.ecr import IRepository

# Salt aws-cdk-lib mixes into every image hash (it invalidated all images once, in 1.21.0).
HASH_VERSION_SALT = "1.21.0"
ASSET_METADATA_CONTEXT = "aws:cdk:enable-asset-metadata"


def _check_no_tokens(props: Mapping[str, Any]) -> None:
    """Every option is needed before deployment: tokens are refused (aws-cdk-lib's ``validateProps``)."""
    for key, value in props.items():
        if value is not None and Token.is_unresolved(value):
            raise UnscopedValidationError(
                f"Cannot use Token as value of '{_camel(key)}': this value is used before deployment starts"
            )
    for name in ("build_args", "build_contexts", "build_secrets"):
        for key, value in (props.get(name) or {}).items():
            if Token.is_unresolved(key) or Token.is_unresolved(value):
                raise UnscopedValidationError(
                    f'Cannot use tokens in keys or values of "{_camel(name)}" since they are needed before deployment'
                )


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _dockerignore_lines(path: str) -> list[str]:
    """The non-empty lines of ``.dockerignore``, as aws-cdk-lib reads them (split on ``\\n``, nothing trimmed)."""
    with open(path, encoding="utf-8", newline="") as f:  # newline="": a "\r" stays in its pattern, as in Node
        return [line for line in f.read().split("\n") if line]


def _cache_json(option: DockerCacheOption | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(option, Mapping):
        return dict(option)
    return option._json()


class DockerImageAsset(Construct):
    """A Docker image built from a local directory at deployment and pushed to the bootstrap ECR repository.

    pycdk hashes and stages the build context and lists the image in the stack's asset manifest exactly as
    aws-cdk-lib does; ``cdk deploy`` builds and pushes it. No Docker is needed to synthesize.

    Args:
        directory: the build context (must contain ``Dockerfile``, or ``file``).
        asset_name: a unique name for the asset (used by the CLI to select assets).
        build_args: ``--build-arg`` values.
        build_contexts: ``--build-context`` values (name to path or URL).
        build_secrets: ``--secret`` values (id to ``src=...``/``env=...``).
        build_ssh: the ``--ssh`` value.
        cache_disabled: build with ``--no-cache``.
        cache_from: ``--cache-from`` caches.
        cache_to: the ``--cache-to`` cache.
        display_name: the name the CLI shows (default ``asset_name``, else the path relative to the stack).
        file: the Dockerfile, relative to ``directory`` (default ``Dockerfile``).
        invalidation: which options count in the asset hash (default all).
        network_mode: ``--network``.
        outputs: ``--output`` values.
        platform: ``--platform``.
        target: ``--target``.
        extra_hash: extra data mixed into the hash.
        exclude: patterns left out of the context (after those of ``.dockerignore``).
        follow_symlinks: how symlinks are copied (default ``EXTERNAL``).
        ignore_mode: how ``exclude`` is read (default ``DOCKER``).

    Raises:
        ValidationError: the directory or the Dockerfile does not exist.
        UnscopedValidationError: a token among the options.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecr-assets.DockerImageAsset"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        directory: str,
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
        super().__init__(scope, id)
        _check_no_tokens({
            "directory": directory, "asset_name": asset_name, "build_args": build_args,
            "build_contexts": build_contexts, "build_secrets": build_secrets, "build_ssh": build_ssh,
            "display_name": display_name, "file": file, "target": target, "extra_hash": extra_hash,
        })
        abs_dir = os.path.abspath(directory)
        if not os.path.exists(abs_dir):
            raise ValidationError(f"Cannot find image directory at {abs_dir}", self)
        self.dockerfile_path: str = file or "Dockerfile"
        dockerfile = os.path.join(abs_dir, self.dockerfile_path)
        if not os.path.exists(dockerfile):
            raise ValidationError(f"Cannot find file at {dockerfile}", self)

        patterns = list(exclude or [])
        ignore_file = os.path.join(abs_dir, ".dockerignore")
        if os.path.exists(ignore_file):
            patterns = [*_dockerignore_lines(ignore_file), *patterns, "!.dockerignore"]
        patterns.append("!" + os.path.basename(dockerfile))
        stage = Stage.of(self)
        outdir = os.path.abspath(stage.outdir) if stage is not None else None
        if outdir and outdir.startswith(abs_dir + os.sep):
            patterns.append(os.path.relpath(outdir, abs_dir))

        staging = AssetStaging(
            self,
            "Staging",
            source_path=abs_dir,
            exclude=patterns,
            extra_hash=json.dumps(
                _hash_inputs(
                    invalidation, extra_hash, build_args, build_contexts, build_secrets, build_ssh, target, file,
                    network_mode, platform, outputs,
                ),
                separators=(",", ":"),
                ensure_ascii=False,
            ),
            follow_symlinks=follow_symlinks,
            ignore_mode=ignore_mode or IgnoreMode.DOCKER,
        )
        self.asset_hash: str = staging.asset_hash
        self.source_hash: str = staging.asset_hash
        stack = Stack.of(self)
        self.asset_path: str = staging.relative_staged_path(stack)
        self.asset_name = asset_name
        self._docker = {
            "build_args": dict(build_args) if build_args is not None else None,
            "build_contexts": dict(build_contexts) if build_contexts is not None else None,
            "build_secrets": dict(build_secrets) if build_secrets is not None else None,
            "build_ssh": build_ssh,
            "build_target": target,
            "outputs": list(outputs) if outputs is not None else None,
            "cache_from": [_cache_json(c) for c in cache_from] if cache_from is not None else None,
            "cache_to": _cache_json(cache_to) if cache_to is not None else None,
            "cache_disabled": cache_disabled,
        }
        source: dict[str, Any] = {
            "source_hash": staging.asset_hash,
            "directory_name": self.asset_path,
            "asset_name": asset_name,
            "docker_build_args": self._docker["build_args"],
            "docker_build_contexts": self._docker["build_contexts"],
            "docker_build_secrets": self._docker["build_secrets"],
            "docker_build_ssh": build_ssh,
            "docker_build_target": target,
            "docker_file": file,
            "network_mode": network_mode.mode if network_mode is not None else None,
            "platform": platform.platform if platform is not None else None,
            "docker_outputs": self._docker["outputs"],
            "docker_cache_from": self._docker["cache_from"],
            "docker_cache_to": self._docker["cache_to"],
            "docker_cache_disabled": cache_disabled,
            "display_name": display_name or asset_name or Names.stack_relative_construct_path(self),
        }
        location = stack.synthesizer.add_docker_image_asset(**{k: v for k, v in source.items() if v is not None})
        from l2 import ecr  # lazily: creating an asset loads the ECR module, importing ecr_assets does not

        self.repository: IRepository = ecr.Repository.from_repository_name(self, "Repository", location.repository_name)
        self.repository_name: str = location.repository_name
        self.image_uri: str = location.image_uri
        self.image_tag: str = location.image_tag if location.image_tag is not None else self.asset_hash

    def add_resource_metadata(self, resource: CfnResource, resource_property: str) -> None:
        """Tell the CLI (when asset metadata is on) which property of ``resource`` holds this image.

        Args:
            resource: the resource that uses the image.
            resource_property: the property of ``resource`` that holds the image URI.
        """
        if not self.node.try_get_context(ASSET_METADATA_CONTEXT):
            return
        docker = self._docker
        entries = {
            "aws:asset:path": self.asset_path,
            "aws:asset:dockerfile-path": self.dockerfile_path,
            "aws:asset:docker-build-args": docker["build_args"],
            "aws:asset:docker-build-contexts": docker["build_contexts"],
            "aws:asset:docker-build-secrets": docker["build_secrets"],
            "aws:asset:docker-build-ssh": docker["build_ssh"],
            "aws:asset:docker-build-target": docker["build_target"],
            "aws:asset:property": resource_property,
            "aws:asset:docker-outputs": docker["outputs"],
            "aws:asset:docker-cache-from": docker["cache_from"],
            "aws:asset:docker-cache-to": docker["cache_to"],
            "aws:asset:docker-cache-disabled": docker["cache_disabled"],
        }
        metadata = dict(resource.cfn_options.metadata or {})
        for key, value in entries.items():  # every key is set: an unset option clears an earlier asset's value
            if value is None:
                metadata.pop(key, None)
            else:
                metadata[key] = value
        resource.cfn_options.metadata = metadata


def _hash_inputs(
    invalidation: DockerImageAssetInvalidationOptions | None,
    extra_hash: str | None,
    build_args: Mapping[str, str] | None,
    build_contexts: Mapping[str, str] | None,
    build_secrets: Mapping[str, str] | None,
    build_ssh: str | None,
    target: str | None,
    file: str | None,
    network_mode: NetworkMode | None,
    platform: Platform | None,
    outputs: Sequence[str] | None,
) -> dict[str, Any]:
    """What aws-cdk-lib mixes into the image hash, in its order; an option counts unless ``invalidation`` turns it
    off. Strings count when non-empty, objects and lists whenever given (JavaScript truthiness)."""

    def counts(name: str) -> bool:
        return invalidation is None or getattr(invalidation, name) is not False

    inputs: dict[str, Any] = {}
    if counts("extra_hash") and extra_hash:
        inputs["user"] = extra_hash
    if counts("build_args") and build_args is not None:
        inputs["buildArgs"] = dict(build_args)
    if counts("build_contexts") and build_contexts is not None:
        inputs["buildContexts"] = dict(build_contexts)
    if counts("build_secrets") and build_secrets is not None:
        inputs["buildSecrets"] = dict(build_secrets)
    if counts("build_ssh") and build_ssh:
        inputs["buildSsh"] = build_ssh
    if counts("target") and target:
        inputs["target"] = target
    if counts("file") and file:
        inputs["file"] = file
    if counts("network_mode") and network_mode is not None:
        inputs["networkMode"] = network_mode._json()
    if counts("platform") and platform is not None:
        inputs["platform"] = platform._json()
    if counts("outputs") and outputs is not None:
        inputs["outputs"] = list(outputs)
    inputs["version"] = HASH_VERSION_SALT
    return inputs
