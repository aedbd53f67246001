"""Image assets: errors as aws-cdk-lib words them (checked with the oracle), hash inputs, repository, metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from constructs import App, Aws, CfnResource, Stack, UnscopedValidationError, ValidationError
from l2 import ecr_assets


def test_fails_on_a_missing_directory(stack: Stack, tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(ValidationError) as err:
        ecr_assets.DockerImageAsset(stack, "I", directory=str(missing))
    assert err.value.bare_message == f"Cannot find image directory at {missing}"
    assert err.value.construct_path == "S/I"


def test_fails_on_a_missing_dockerfile(stack: Stack, context: Path) -> None:
    with pytest.raises(ValidationError) as err:
        ecr_assets.DockerImageAsset(stack, "I", directory=str(context), file="Other")
    assert err.value.bare_message == f"Cannot find file at {context / 'Other'}"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"build_args": {"A": Aws.REGION}}, 'Cannot use tokens in keys or values of "buildArgs" since they are needed '
                                            "before deployment"),
        ({"build_secrets": {Aws.REGION: "x"}}, 'Cannot use tokens in keys or values of "buildSecrets" since they are '
                                               "needed before deployment"),
        ({"target": Aws.REGION}, "Cannot use Token as value of 'target': this value is used before deployment starts"),
    ],
)
def test_fails_on_tokens_in_build_options(stack: Stack, context: Path, options: dict, message: str) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        ecr_assets.DockerImageAsset(stack, "I", directory=str(context), **options)
    assert str(err.value).startswith(message)


def test_fails_on_a_missing_tarball(stack: Stack, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Cannot find file at .*nope.tar"):
        ecr_assets.TarballImageAsset(stack, "T", tarball_file=str(tmp_path / "nope.tar"))


def test_options_left_out_of_the_hash_by_invalidation_do_not_change_it(stack: Stack, context: Path) -> None:
    plain = ecr_assets.DockerImageAsset(stack, "Plain", directory=str(context))
    ignored = ecr_assets.DockerImageAsset(
        stack, "Ignored", directory=str(context), build_args={"A": "1"}, target="t",
        invalidation=ecr_assets.DockerImageAssetInvalidationOptions(build_args=False, target=False),
    )
    counted = ecr_assets.DockerImageAsset(stack, "Counted", directory=str(context), build_args={"A": "1"})
    assert ignored.asset_hash == plain.asset_hash
    assert counted.asset_hash != plain.asset_hash


def test_an_empty_build_args_mapping_counts_in_the_hash_as_in_javascript(stack: Stack, context: Path) -> None:
    plain = ecr_assets.DockerImageAsset(stack, "Plain", directory=str(context))
    empty = ecr_assets.DockerImageAsset(stack, "Empty", directory=str(context), build_args={})
    blank = ecr_assets.DockerImageAsset(stack, "Blank", directory=str(context), extra_hash="")
    assert empty.asset_hash != plain.asset_hash
    assert blank.asset_hash == plain.asset_hash


def test_the_repository_is_an_imported_child_named_repository(stack: Stack, context: Path) -> None:
    asset = ecr_assets.DockerImageAsset(stack, "I", directory=str(context))
    from l2 import ecr

    assert isinstance(asset.repository, ecr.IRepository)
    assert type(asset.repository).__module__ == "l2.ecr._repository"  # ecr.Repository.from_repository_name
    assert asset.repository.node.path == "S/I/Repository"
    assert asset.image_tag == asset.asset_hash


def test_resource_metadata_is_written_only_with_the_asset_metadata_context(context: Path) -> None:
    for enabled in (False, True):
        stack = Stack(App(context={"aws:cdk:enable-asset-metadata": enabled}), "S")
        asset = ecr_assets.DockerImageAsset(stack, "I", directory=str(context), target="t")
        resource = CfnResource(stack, "R", type="AWS::ECS::TaskDefinition")
        asset.add_resource_metadata(resource, "Image")
        metadata = resource.cfn_options.metadata or {}
        assert ("aws:asset:docker-build-target" in metadata) is enabled
        if enabled:
            assert metadata["aws:asset:property"] == "Image"
            assert metadata["aws:asset:dockerfile-path"] == "Dockerfile"
