"""Docker image assets (aws-cdk-lib: ``aws_cdk.aws_ecr_assets``).

pycdk hashes and stages the build context and lists the image in the stack's asset manifest exactly as
aws-cdk-lib does; building and pushing the image is the CDK CLI's job at deployment (``cdk deploy``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from typing import Any

from constructs import (
    AssetStaging,
    Construct,
    DockerImageAssetSource,
    IgnoreMode,
    Stack,
    Stage,
    SymlinkFollowMode,
    ValidationError,
)
from constructs.internals import check_public_classes

__all__ = ["DockerImageAsset", "NetworkMode", "Platform"]

# Salt aws-cdk-lib mixes into every image hash (it invalidated all images once, in 1.21.0).
HASH_VERSION_SALT = "1.21.0"


class NetworkMode:
    """The network mode of ``docker build`` (``NetworkMode.HOST``, ``NetworkMode.custom("...")``)."""

    DEFAULT: NetworkMode
    HOST: NetworkMode
    NONE: NetworkMode

    def __init__(self, mode: str) -> None:
        self.mode = mode

    @staticmethod
    def custom(mode: str) -> NetworkMode:
        return NetworkMode(mode)

    @staticmethod
    def from_container(container_id: str) -> NetworkMode:
        return NetworkMode(f"container:{container_id}")

    def _json(self) -> dict[str, str]:
        return {"mode": self.mode}


NetworkMode.DEFAULT = NetworkMode("default")
NetworkMode.HOST = NetworkMode("host")
NetworkMode.NONE = NetworkMode("none")


class Platform:
    """The target platform of ``docker build`` (``Platform.LINUX_ARM64``, ``Platform.custom("...")``)."""

    LINUX_AMD64: Platform
    LINUX_ARM64: Platform

    def __init__(self, platform: str) -> None:
        self.platform = platform

    @staticmethod
    def custom(platform: str) -> Platform:
        return Platform(platform)

    def _json(self) -> dict[str, str]:
        return {"platform": self.platform}


Platform.LINUX_AMD64 = Platform("linux/amd64")
Platform.LINUX_ARM64 = Platform("linux/arm64")


def _dockerignore(directory: str) -> list[str]:
    path = os.path.join(directory, ".dockerignore")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        patterns = [line.strip() for line in f if line.strip() and not line.strip().startswith("#")]
    return patterns


class DockerImageAsset(Construct):
    """A Docker image built from a local directory at deployment and pushed to the bootstrap ECR repository.

    Args:
        directory: the build context (must contain ``Dockerfile``, or ``file``).
        build_args, target, file, network_mode, platform: ``docker build`` options (they are part of the hash).
        extra_hash: extra data mixed into the hash.
        exclude: glob patterns left out of the context (``.dockerignore`` is read too).
        asset_name: the name the CLI shows.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        directory: str,
        asset_name: str | None = None,
        build_args: Mapping[str, str] | None = None,
        build_secrets: Mapping[str, str] | None = None,
        build_ssh: str | None = None,
        cache_disabled: bool | None = None,
        display_name: str | None = None,
        exclude: Sequence[str] | None = None,
        extra_hash: str | None = None,
        file: str | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
        invalidation: Any = None,
        network_mode: NetworkMode | None = None,
        outputs: Sequence[str] | None = None,
        platform: Platform | None = None,
        target: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not os.path.isdir(directory):
            raise ValidationError(f"Cannot find image directory at {directory}", self)
        dockerfile = os.path.join(directory, file or "Dockerfile")
        if not os.path.exists(dockerfile):
            raise ValidationError(f"Cannot find file at {dockerfile}", self)
        extra: dict[str, Any] = {}
        for key, value in (
            ("user", extra_hash),
            ("buildArgs", dict(build_args) if build_args else None),
            ("buildSecrets", dict(build_secrets) if build_secrets else None),
            ("buildSsh", build_ssh),
            ("target", target),
            ("file", file),
            # aws-cdk-lib hashes these as the JSON of their objects
            ("networkMode", network_mode._json() if network_mode else None),
            ("platform", platform._json() if platform else None),
            ("outputs", list(outputs) if outputs else None),
        ):
            if value:
                extra[key] = value
        extra["version"] = HASH_VERSION_SALT
        patterns = list(exclude or []) + _dockerignore(directory)
        stage = Stage.of(self)
        outdir = os.path.abspath(stage.outdir) if stage is not None else None
        abs_dir = os.path.abspath(directory)
        if outdir and outdir.startswith(abs_dir + os.sep):
            patterns.append(os.path.relpath(outdir, abs_dir))
        # the Dockerfile and .dockerignore are always part of the context
        patterns += [f"!{file or 'Dockerfile'}", "!.dockerignore"]
        staging = AssetStaging(
            self,
            "Staging",
            source_path=directory,
            exclude=patterns,
            extra_hash=json.dumps(extra, separators=(",", ":")),
            follow_symlinks=follow_symlinks,
            ignore_mode=ignore_mode or IgnoreMode.DOCKER,
        )
        self.asset_hash: str = staging.asset_hash
        self.source_hash: str = staging.source_hash
        stack = Stack.of(self)
        location = stack.synthesizer.add_docker_image_asset(
            DockerImageAssetSource(
                source_hash=staging.asset_hash,
                directory_name=staging.relative_staged_path(stack),
                docker_build_args=dict(build_args) if build_args else None,
                docker_build_target=target,
                docker_file=file,
                network_mode=network_mode.mode if network_mode else None,
                platform=platform.platform if platform else None,
                asset_name=asset_name,
                display_name=display_name or _relative_path(self, stack),
            )
        )
        self.image_uri: str = location.image_uri
        self.image_tag: str | None = location.image_tag
        self.repository_name: str = location.repository_name


def _relative_path(c: Construct, stack: Stack) -> str:
    from constructs import Names

    return Names.stack_relative_construct_path(c)

check_public_classes(globals())
