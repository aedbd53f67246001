"""ProductStack and ProductStackHistory: what the golden apps do not pin (pycdk's refusal of assets, snapshots on
disk, the locked-version check, the assembly files)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from constructs import App, Stack, SynthesisError, UnscopedValidationError, ValidationError
from l2 import s3, s3_assets, servicecatalog, sqs


class QueueProduct(servicecatalog.ProductStack):
    def __init__(self, scope: Stack, id: str, *, timeout: int = 30, **kwargs: object) -> None:
        super().__init__(scope, id, **kwargs)  # type: ignore[arg-type]
        from constructs import Duration

        sqs.Queue(self, "Queue", visibility_timeout=Duration.seconds(timeout))


def _product(stack: Stack, version: servicecatalog.CloudFormationProductVersion) -> None:
    servicecatalog.CloudFormationProduct(stack, "Product", product_name="p", owner="o", product_versions=[version])


def test_the_product_template_is_in_the_assembly_and_no_stack_artifact(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    ps = QueueProduct(stack, "PS")
    _product(stack, servicecatalog.CloudFormationProductVersion(
        cloud_formation_template=servicecatalog.CloudFormationTemplate.from_product_stack(ps)))
    assembly = app.synth()
    assert [a.artifact_id for a in assembly.stacks] == ["S"]
    text = (tmp_path / "out" / ps.template_file).read_text()
    assert ps.template_file == "SPSBA52A9BB.product.template.json"
    assert json.loads(text)["Resources"]["Queue4A7E3555"]["Type"] == "AWS::SQS::Queue"
    assets = json.loads((tmp_path / "out" / "S.assets.json").read_text())["files"]
    entry = next(e for e in assets.values() if e["source"]["path"] == ps.template_file)
    assert entry["displayName"] == "S/PS Template"
    template = assembly.get_stack_artifact("S").template
    assert "AWS::CloudFormation::Stack" not in {r["Type"] for r in template["Resources"].values()}


def test_assets_in_a_product_stack_need_an_asset_bucket(tmp_path: Path) -> None:
    stack = Stack(App(), "S")
    ps = servicecatalog.ProductStack(stack, "PS")
    (tmp_path / "f.txt").write_text("x")
    with pytest.raises(UnscopedValidationError, match="An Asset Bucket must be provided to use Assets"):
        s3_assets.Asset(ps, "A", path=str(tmp_path / "f.txt"))


def test_sse_kms_assets_need_a_key(tmp_path: Path) -> None:
    from l2 import s3_deployment

    stack = Stack(App(), "S")
    ps = servicecatalog.ProductStack(stack, "PS", asset_bucket=s3.Bucket(stack, "B", bucket_name="bucket"),
                                     server_side_encryption=s3_deployment.ServerSideEncryption.AWS_KMS)
    (tmp_path / "f.txt").write_text("x")
    with pytest.raises(UnscopedValidationError, match="A KMS Key must be provided to use SSE_KMS"):
        s3_assets.Asset(ps, "A", path=str(tmp_path / "f.txt"))


def test_an_imported_asset_bucket_warns_that_its_policy_cannot_be_changed() -> None:
    from assertions import Annotations, Match

    stack = Stack(App(), "S")
    servicecatalog.ProductStack(stack, "PS", asset_bucket=s3.Bucket.from_bucket_name(stack, "B", "bucket"))
    Annotations.from_stack(stack).has_warning(
        "/S", Match.string_like_regexp("Bucket Policy Permissions cannot be added to referenced Bucket"))


def test_history_writes_the_current_version_snapshot_and_a_locked_change_fails(tmp_path: Path) -> None:
    def synth(timeout: int, locked: bool) -> tuple[str, str]:
        stack = Stack(App(), "S")
        ps = QueueProduct(stack, "PS", timeout=timeout)
        history = servicecatalog.ProductStackHistory(stack, "H", product_stack=ps, current_version_name="v1",
                                                     current_version_locked=locked, directory=str(tmp_path))
        _product(stack, history.current_version())
        stack.node.root.synth(force=True)
        return f"{history._snapshot_key('v1')}", ps.template_file

    key, template_file = synth(30, locked=True)
    assert key == "SH454A99AD.SPSBA52A9BB.v1.product.template.json"
    first = (tmp_path / key).read_text()
    assert json.loads(first)["Resources"]["Queue4A7E3555"]["Properties"]["VisibilityTimeout"] == 30
    synth(30, locked=True)  # the same template: fine
    with pytest.raises((ValidationError, SynthesisError), match="Template has changed for ProductStack Version v1"):
        synth(60, locked=True)
    assert (tmp_path / key).read_text() == first
    synth(60, locked=False)  # unlocked: the snapshot follows the template
    assert json.loads((tmp_path / key).read_text())["Resources"]["Queue4A7E3555"]["Properties"][
        "VisibilityTimeout"] == 60
    assert os.listdir(tmp_path) == [key]


def test_wrong_types_are_type_errors() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(TypeError):
        servicecatalog.Portfolio(stack, "P", display_name=1, provider_name="p")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        servicecatalog.CloudFormationProductVersion(cloud_formation_template="https://x")  # type: ignore[arg-type]
