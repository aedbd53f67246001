"""The rules over nested-stack and Service Catalog product-stack templates (which have no artifact of their own),
and ``pycdk synth --rules`` honouring suppressions placed on the App or a Stage (which are in no artifact)."""

from __future__ import annotations

import hashlib
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import constructs as cdk
from l2 import s3, servicecatalog, sqs
from pycdk.cli._main import main
from pycdk.rules import Rules, SecurityPack


def _nested_app(out: Path, **kwargs: Any) -> tuple[cdk.App, cdk.NestedStack]:
    """A stack with a bucket, a nested stack (with a bucket of the same id, so the same logical id, and a queue)
    holding another nested stack, and a product stack with a nested stack of its own."""
    app = cdk.App(outdir=str(out), **kwargs)
    parent = cdk.Stack(app, "Parent")
    s3.Bucket(parent, "B", enforce_ssl=True)
    nested = cdk.NestedStack(parent, "Nested")
    s3.Bucket(nested, "B")
    sqs.Queue(nested, "Q", enforce_ssl=True)
    deeper = cdk.NestedStack(nested, "Deeper")
    sqs.Queue(deeper, "Q2")
    assets = s3.Bucket(parent, "ProductAssets", bucket_name="product-assets-bucket", enforce_ssl=True)
    product = servicecatalog.ProductStack(parent, "Product", asset_bucket=assets)
    sqs.Queue(product, "PQ", enforce_ssl=True)
    inner = cdk.NestedStack(product, "Inner")
    s3.Bucket(inner, "IB", enforce_ssl=True)
    servicecatalog.CloudFormationProduct(parent, "Prod", product_name="p", owner="o", product_versions=[
        servicecatalog.CloudFormationProductVersion(
            cloud_formation_template=servicecatalog.CloudFormationTemplate.from_product_stack(product))])
    return app, nested


def _template(path: str, suffix: str = "nested") -> str:
    """The file aws-cdk-lib names a nested (product) stack's template: its unique id (the path's components and
    the first 8 hex digits of its MD5) and ``.nested.template.json`` (``.product.template.json``)."""
    digest = hashlib.md5(path.encode()).hexdigest()[:8].upper()
    return f"{path.replace('/', '')}{digest}.{suffix}.template.json"


def _rows(result: Any, rule_id: str) -> set[tuple[str, str, str | None, str]]:
    return {(f.stack_path, f.logical_id, f.construct_path, Path(f.template_path or "").name)
            for f in result.findings if f.rule.id == rule_id}


def test_nested_and_product_stack_templates_are_checked(tmp_path: Path) -> None:
    app, nested = _nested_app(tmp_path / "out")
    Rules.suppress(nested.node.find_child("B"), "S3.Versioning", reason="scratch data")
    result = Rules.check(app)
    # the parent's and the nested stack's bucket share the logical id; each keeps its own construct path
    assert _rows(result, "S3.EnforceSSL") == {
        ("Parent/Nested", "B08E7C7AF", "Parent/Nested/B/Resource", _template("Parent/Nested")),
    }
    assert _rows(result, "SQS.EnforceSSL") == {
        ("Parent/Nested/Deeper", "Q23A7FF710", "Parent/Nested/Deeper/Q2/Resource",
         _template("Parent/Nested/Deeper")),
    }
    assert {r[2] for r in _rows(result, "S3.AccessLogs")} == {
        "Parent/B/Resource", "Parent/Nested/B/Resource", "Parent/ProductAssets/Resource",
        "Parent/Product/Inner/IB/Resource",
    }
    assert {(r[0], r[3]) for r in _rows(result, "SQS.DeadLetterQueue")} == {
        ("Parent/Nested", _template("Parent/Nested")),
        ("Parent/Nested/Deeper", _template("Parent/Nested/Deeper")),
        ("Parent/Product", _template("Parent/Product", "product")),
    }
    # a suppression on a construct of a nested stack applies there only
    (versioning,) = [f for f in result.findings
                     if f.rule.id == "S3.Versioning" and f.construct_path == "Parent/Nested/B/Resource"]
    assert versioning.suppressed_by is not None and versioning.suppressed_by.reason == "scratch data"
    assert all(f.suppressed_by is None for f in result.findings
               if f.rule.id == "S3.Versioning" and f.construct_path != "Parent/Nested/B/Resource")
    assert result.unused == []
    # the same from the assembly alone, and from the pack run as a policy-validation plugin
    from_assembly = Rules.check_assembly(str(tmp_path / "out"))
    assert _rows(from_assembly, "S3.EnforceSSL") == _rows(result, "S3.EnforceSSL")
    assert _rows(from_assembly, "SQS.DeadLetterQueue") == _rows(result, "SQS.DeadLetterQueue")


def test_nested_findings_fail_the_plugin(tmp_path: Path) -> None:
    app, _ = _nested_app(tmp_path / "out", policy_validation_beta1=[SecurityPack(include=["S3.EnforceSSL"])])
    with pytest.raises(cdk.UnscopedValidationError) as info:
        app.synth()
    # the only bucket without enforce_ssl is the nested stack's
    assert "Parent/Nested/B/Resource (B08E7C7AF)" in str(info.value)
    report = json.loads((tmp_path / "out" / "validation-report.json").read_text())
    (plugin,) = report["pluginReports"]
    assert plugin["conclusion"] == "failure"
    (violation,) = plugin["violations"]
    (construct,) = violation["violatingConstructs"]
    assert construct["constructPath"] == "Parent/Nested/B/Resource"
    assert construct["cloudFormationResource"] == {"templatePath": _template("Parent/Nested"), "logicalId": "B08E7C7AF"}


_APP = textwrap.dedent('''
    import constructs as cdk
    from l2 import s3
    from pycdk.rules import Rules

    app = cdk.App()
    stage = cdk.Stage(app, "Prod")
    s3.Bucket(cdk.Stack(app, "Top"), "B", enforce_ssl=True, versioned=True)
    s3.Bucket(cdk.Stack(stage, "Inner"), "B", enforce_ssl=True, versioned=True)
    if SUPPRESS:
        Rules.suppress(app, "S3.AccessLogs", reason="logs go to the organisation trail")
        Rules.suppress(stage, "S3.Encryption", reason="the stage's buckets hold public data")
    app.synth()
''')


@pytest.mark.parametrize("suppress", [True, False])
def test_synth_rules_honours_app_and_stage_suppressions(
    suppress: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "app.py").write_text(f"SUPPRESS = {suppress}\n" + _APP)
    (tmp_path / "cdk.json").write_text(json.dumps({"app": f"{sys.executable} app.py"}))
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "rules.json"
    code = main(["synth", "--rules", "security", "-q", "--rules-report", str(report)])
    err = capsys.readouterr().err
    findings = json.loads(report.read_text())["findings"]
    by_rule: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        by_rule.setdefault(f["rule"], []).append(f)
    paths = {f["rule"]: sorted(x["constructPath"] for x in v) for f in findings for v in [by_rule[f["rule"]]]}
    assert paths["S3.AccessLogs"] == ["Prod/Inner/B/Resource", "Top/B/Resource"]
    assert paths["S3.Encryption"] == ["Prod/Inner/B/Resource", "Top/B/Resource"]
    suppressed = {(f["rule"], f["constructPath"]) for f in findings if f.get("suppressed")}
    if suppress:
        assert code == 0, err
        assert suppressed == {("S3.AccessLogs", "Top/B/Resource"), ("S3.AccessLogs", "Prod/Inner/B/Resource"),
                              ("S3.Encryption", "Prod/Inner/B/Resource")}
    else:
        assert code == 1 and "error finding(s)" in err
        assert suppressed == set()
    assert "PYCDK_ACKNOWLEDGEMENTS_FILE" not in __import__("os").environ
