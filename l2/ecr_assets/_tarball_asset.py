"""``TarballImageAsset``: an image saved with ``docker save``, staged and loaded by the CLI at deployment."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from constructs import AssetStaging, Construct, Names, Stack, Stage, ValidationError

if TYPE_CHECKING:
    from l2.ecr import IRepository

# aws-cdk-lib's sed expression that keeps the image name of ``docker load``'s last line
DOCKER_LOAD_OUTPUT_REGEX = "s/Loaded image[^:]*: //g"


class TarballImageAsset(Construct):
    """A Docker image tarball pushed to the bootstrap ECR repository at deployment.

    The CLI loads it with ``docker load`` (``$CDK_DOCKER`` when set at synthesis, as in aws-cdk-lib) and pushes
    the loaded image; pycdk only stages the file and lists it in the asset manifest.

    Args:
        tarball_file: the image tarball.
        display_name: the name the CLI shows (default the construct path relative to the stack).

    Raises:
        ValidationError: the file does not exist.
    """

    def __init__(self, scope: Construct, id: str, *, tarball_file: str, display_name: str | None = None) -> None:
        super().__init__(scope, id)
        if not os.path.exists(tarball_file):
            raise ValidationError(f"Cannot find file at {tarball_file}", self)
        staging = AssetStaging(self, "Staging", source_path=tarball_file)
        self.source_hash: str = staging.asset_hash
        self.asset_hash: str = staging.asset_hash
        stage = Stage.of(self)
        staged = staging.absolute_staged_path
        relative = os.path.relpath(staged, stage.asset_outdir) if stage is not None else staged
        docker = os.environ.get("CDK_DOCKER", "docker")
        location = Stack.of(self).synthesizer.add_docker_image_asset(
            source_hash=staging.asset_hash,
            executable=[
                "sh",
                "-c",
                f'{docker} load -i "$1" | tail -n 1 | sed "{DOCKER_LOAD_OUTPUT_REGEX}"',
                "cdk-tarball-image-asset",
                relative,
            ],
            display_name=display_name or Names.stack_relative_construct_path(self),
        )
        from l2 import ecr  # lazily: creating an asset loads the ECR module, importing ecr_assets does not

        self.repository: IRepository = ecr.Repository.from_repository_name(self, "Repository", location.repository_name)
        self.image_uri: str = location.image_uri
        self.image_tag: str = location.image_tag if location.image_tag is not None else self.asset_hash
