"""pycdk against the committed snapshot of aws-cdk-lib's public Python API (see tests/parity/README.md).

Fails when a module declared complete is below 100%, when a module's coverage drops below the ratchet, when an
allowlist line is stale, or when docs/coverage.md is out of date. Coverage that rose is only reported:
``python -m tools.parity update`` raises the ratchet and regenerates the page.
"""

from __future__ import annotations

import json
import warnings

import pytest

from tools.parity import gauge, snapshot


@pytest.fixture(scope="module")
def snap() -> dict:
    return gauge.load_snapshot()


@pytest.fixture(scope="module")
def results(snap: dict) -> list[gauge.ModuleResult]:
    return gauge.measure_all(snap)


def test_snapshot_is_aws_cdk_lib_2_275_0_in_its_canonical_layout(snap: dict) -> None:
    assert snap["version"] == gauge.CDK_VERSION == "2.275.0"
    # the committed file is exactly what snapshot.py renders: sorted, one class a line
    assert gauge.SNAPSHOT.read_text(encoding="utf-8") == snapshot.render(snap)
    assert gauge.SNAPSHOT.stat().st_size < 5_000_000


def test_snapshot_covers_every_aws_cdk_lib_module(snap: dict) -> None:
    modules = set(snap["modules"])
    for name in (
        "aws_cdk", "constructs", "aws_cdk.assertions", "aws_cdk.custom_resources", "aws_cdk.cloudformation_include",
        "aws_cdk.pipelines", "aws_cdk.cx_api", "aws_cdk.region_info", "aws_cdk.triggers", "aws_cdk.aws_s3",
        "aws_cdk.aws_s3.mixins", "aws_cdk.aws_cloudfront.experimental", "aws_cdk.aws_ecs_patterns",
        "aws_cdk.aws_stepfunctions_tasks", "aws_cdk.interfaces", "aws_cdk.interfaces.aws_s3",
    ):
        assert name in modules, name
    assert len([m for m in modules if m.startswith("aws_cdk.aws_") and m.count(".") == 1]) == 340
    s3 = snap["modules"]["aws_cdk.aws_s3"]
    # L1 classes are kept out of the L2 measure and listed with their resource type only
    assert s3["l1"]["CfnBucket"] == "AWS::S3::Bucket"
    assert "CfnBucket" not in s3["classes"] and "CfnBucketProps" not in s3["classes"]
    bucket = s3["classes"]["Bucket"]
    assert bucket["kind"] == "construct"
    assert bucket["init"][:3] == ["scope", "id", "*"] and "versioned=None" in bucket["init"]
    assert bucket["defaults"]["access_control"] == "BucketAccessControl.PRIVATE"
    assert bucket["members"]["from_bucket_arn"] == ["static", ["scope", "id", "bucket_arn"]]
    assert bucket["members"]["bucket_arn"] == ["property"]
    assert s3["classes"]["BucketEncryption"]["members"]["KMS"] == ["enum"]
    assert s3["classes"]["IBucket"]["kind"] == "interface"
    assert s3["classes"]["BucketProps"]["kind"] == "struct"
    # core keeps its non-resource Cfn* classes (CfnResource, CfnOutput, ...) in the L2 measure
    core = snap["modules"]["aws_cdk"]
    assert {"CfnResource", "CfnOutput", "CfnParameter"} <= set(core["classes"])
    assert core["l1"]["CfnStack"] == "AWS::CloudFormation::Stack"


def test_every_shipped_pycdk_module_imports(results: list[gauge.ModuleResult]) -> None:
    assert gauge.import_problems(results) == []
    shipped = {r.module for r in results if r.status == "l2"}
    assert {"aws_cdk", "aws_cdk.aws_s3", "aws_cdk.aws_lambda", "aws_cdk.assertions"} <= shipped


def test_allowlist_lines_are_well_formed_and_current(results: list[gauge.ModuleResult]) -> None:
    allow = gauge.read_allowlist()
    assert gauge.allowlist_problems(results, allow) == []


def test_modules_declared_complete_are_at_100_percent(results: list[gauge.ModuleResult]) -> None:
    complete = gauge.read_complete()
    assert complete, "complete.txt lists no module"
    assert gauge.complete_problems(results, complete) == []


def test_coverage_never_drops_below_the_ratchet(results: list[gauge.ModuleResult]) -> None:
    ratchet = gauge.read_ratchet()
    assert ratchet, "ratchet.json is empty"
    assert gauge.ratchet_problems(results, ratchet) == []
    up = gauge.raisable(results, ratchet)
    if up:  # reported, not failed: `python -m tools.parity update` raises it
        warnings.warn(f"parity ratchet can be raised for {', '.join(up)}: run `python -m tools.parity update`",
                      stacklevel=1)


def test_ratchet_file_is_in_its_canonical_layout() -> None:
    text = gauge.RATCHET.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=1, sort_keys=True) + "\n"


def test_coverage_doc_is_current(results: list[gauge.ModuleResult]) -> None:
    expected = gauge.render_coverage(results, gauge.read_complete())
    actual = gauge.COVERAGE_DOC.read_text(encoding="utf-8")
    assert actual == expected, "docs/coverage.md is out of date: run `python -m tools.parity update`"


def test_readme_links_the_coverage_page() -> None:
    readme = (gauge.ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/coverage.md)" in readme
