"""s3_assets: validation messages word for word (aws-cdk-lib 2.275.0's) and the props structs."""

from __future__ import annotations

import pytest

from constructs import App, Stack, ValidationError
from l2 import iam, s3_assets


def test_empty_path_is_rejected() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError) as err:
        s3_assets.Asset(stack, "A", path="")
    assert str(err.value).splitlines()[0] == "Asset path cannot be empty"
    assert err.value.construct_path == "S/A"


def test_props_structs() -> None:
    props = s3_assets.AssetProps(path="x", readers=[iam.AnyPrincipal()], deploy_time=True)
    assert props.path == "x" and props.deploy_time is True and props.exclude is None
    assert s3_assets.AssetOptions().display_name is None
    with pytest.raises(TypeError):
        s3_assets.AssetProps()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        s3_assets.AssetProps(path=3)  # type: ignore[arg-type]
