"""``AwsCliLayer`` / ``NodeProxyAgentLayer``: the layer zip comes from aws-cdk's asset distribution (a fake
distribution tarball here), and a clear error names the construct and the distribution when it is missing."""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from constructs import Stack, ValidationError
from l2._private import bundled_layer
from l2.lambda_layer_awscli import AwsCliLayer
from l2.lambda_layer_node_proxy_agent import NodeProxyAgentLayer

# aws-cdk-lib 2.275's layer descriptions (where the content lands in /opt)
DESCRIPTIONS = {AwsCliLayer: "/opt/awscli/aws", NodeProxyAgentLayer: "/opt/nodejs/node_modules/proxy-agent"}


def _fake_tarball(tmp_path: Path, marker: str) -> tuple[Path, bytes]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("marker.txt", marker)
    layer = buffer.getvalue()
    tgz = tmp_path / f"{marker}.jsii.tgz"
    with tarfile.open(tgz, "w:gz") as out:
        info = tarfile.TarInfo("package/lib/layer.zip")
        info.size = len(layer)
        out.addfile(info, io.BytesIO(layer))
    return tgz, layer


@pytest.mark.parametrize("cls", [AwsCliLayer, NodeProxyAgentLayer])
def test_missing_distribution_is_a_clear_error(
        stack: Stack, monkeypatch: pytest.MonkeyPatch, cls: type[AwsCliLayer] | type[NodeProxyAgentLayer]) -> None:
    monkeypatch.setattr(bundled_layer, "_tarball", lambda distribution: None)
    with pytest.raises(ValidationError, match=r"S/Layer: .*aws-cdk\.asset-"):
        cls(stack, "Layer")


@pytest.mark.parametrize("cls", [AwsCliLayer, NodeProxyAgentLayer])
def test_layer_ships_the_distribution_zip(
        stack: Stack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        synth: Callable[[Stack], dict[str, Any]], cls: type[AwsCliLayer] | type[NodeProxyAgentLayer]) -> None:
    tgz, layer = _fake_tarball(tmp_path, cls.__name__)
    seen: list[str] = []
    monkeypatch.setattr(bundled_layer, "_tarball", lambda distribution: seen.append(distribution) or tgz)
    cls(stack, "Layer")
    assembly = stack.node.root.synth(force=True)
    resources = assembly.get_stack_artifact(stack.artifact_id).template["Resources"]
    (props,) = [r["Properties"] for r in resources.values() if r["Type"] == "AWS::Lambda::LayerVersion"]
    assert props["Description"] == DESCRIPTIONS[cls]
    asset = Path(assembly.directory) / ("asset." + props["Content"]["S3Key"])
    assert asset.read_bytes() == layer
    assert seen == [{AwsCliLayer: "aws-cdk.asset-awscli-v1",
                     NodeProxyAgentLayer: "aws-cdk.asset-node-proxy-agent-v6"}[cls]]
