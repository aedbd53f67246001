"""Resource references (aws-cdk-lib's ``aws_cdk.interfaces.*``): generated structs and protocols, ``Cfn*.xxx_ref``,
and the L1 properties that take a reference (``str | IBucketRef``).

The rendered values (Ref / Fn::GetAtt / Fn::Select of a split Ref, for L1 and L2 objects) are pinned by the golden
app ``tests/golden/l1_references/resource_references.py``; the names by aws-cdk-lib's parity snapshot.
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

from constructs import App, Lazy, Stack, Token
from l1._codegen.cdk_refs import snake
from l1._codegen.emit import generate_interfaces
from l1._codegen.refs import namespaces

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "tests" / "parity" / "aws_cdk_lib_2.275.0.json"


def _stack() -> Stack:
    return Stack(App(), "S")


def test_committed_interfaces_modules_equal_a_fresh_regeneration(tmp_path: Path) -> None:
    written = generate_interfaces(tmp_path / "l1", tmp_path / "l2")
    for folder in ("l1/_private/interfaces", "l1/interfaces", "l2/interfaces"):
        fresh = {p.name for p in written if p.parent == tmp_path / folder}
        committed = {p.name for p in (ROOT / folder).glob("*.py")}
        assert sorted(committed ^ fresh) == [], f"{folder}: stale or missing modules (python -m l1._codegen)"
        stale = [n for n in sorted(fresh) if (tmp_path / folder / n).read_bytes() != (ROOT / folder / n).read_bytes()]
        assert stale == [], f"{folder} out of date (python -m l1._codegen): {stale[:10]}"


@pytest.mark.parametrize(
    ("camel", "snake_case"),
    [("bucketArn", "bucket_arn"), ("s3BucketName", "s3_bucket_name"), ("attrArn", "attr_arn"),
     ("mrapName", "mrap_name"), ("vpcId", "vpc_id"), ("dhcpOptionsId", "dhcp_options_id"), ("eipRef", "eip_ref")],
)
def test_snake_case_follows_jsii(camel: str, snake_case: str) -> None:
    assert snake(camel) == snake_case


def test_every_interfaces_module_has_aws_cdk_libs_names_fields_and_members() -> None:
    """Every class, struct field and protocol member of aws-cdk-lib's 317 ``aws_cdk.interfaces`` modules."""
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))["modules"]
    expected = {m: rec["classes"] for m, rec in snapshot.items() if m.startswith("aws_cdk.interfaces")}
    assert len(expected) == 317
    ours = {"aws_cdk.interfaces": "l2.interfaces"} | {
        f"aws_cdk.interfaces.{ns.namespace}": f"l2.interfaces.{ns.module}" for ns in namespaces()
    }
    assert set(ours) == set(expected)
    problems: list[str] = []
    for cdk_module, classes in expected.items():
        module = importlib.import_module(ours[cdk_module])
        assert sorted(module.__all__) == sorted(classes), cdk_module
        for name, record in classes.items():
            cls = getattr(module, name)
            fields = [p for p in record.get("init", []) if p != "*"]
            if record["kind"] == "struct" and sorted(inspect.signature(cls).parameters) != sorted(fields):
                problems.append(f"{cdk_module}.{name} fields")
            missing = [m for m in record.get("members", {}) if not hasattr(cls, m) and m not in fields]
            if missing:
                problems.append(f"{cdk_module}.{name} lacks {missing}")
    assert problems == []


def test_l1_reference_structs_hold_tokens_of_the_resource() -> None:
    from l1 import apigateway, ec2, s3
    from l2.interfaces.s3 import BucketReference, IBucketRef

    stack = _stack()
    bucket = s3.CfnBucket(stack, "B")
    ref = bucket.bucket_ref
    assert isinstance(ref, BucketReference)
    assert isinstance(bucket, IBucketRef)
    assert stack.resolve(ref.bucket_name) == {"Ref": "B"}
    assert stack.resolve(ref.bucket_arn) == {"Fn::GetAtt": ["B", "Arn"]}
    table = ec2.CfnRouteTable(stack, "T", vpc_id="vpc-1")
    route = ec2.CfnRoute(stack, "R", route_table_id=table, destination_cidr_block="0.0.0.0/0")
    assert stack.resolve(route.route_ref.cidr_block) == {"Fn::Select": [1, {"Fn::Split": ["|", {"Ref": "R"}]}]}
    api = apigateway.CfnRestApi(stack, "Api", name="api")
    stage = apigateway.CfnStage(stack, "Stage", rest_api_id=api)
    assert stack.resolve(stage.stage_ref.rest_api_id) == {"Ref": "Api"}  # the property, as resolved
    assert stack.resolve(stage.rest_api_id) == {"Ref": "Api"}  # the getter gives the value, as aws-cdk-lib's


def test_a_wrong_argument_is_a_type_error_naming_the_path_and_the_argument() -> None:
    from l1 import ec2, s3

    stack = _stack()
    with pytest.raises(TypeError, match=r"S/P: CfnBucketPolicy argument 'bucket' must be str \| IBucketRef, got int: 5"):
        s3.CfnBucketPolicy(stack, "P", bucket=5, policy_document={})
    with pytest.raises(TypeError, match=r"S/Q: CfnBucketPolicy argument 'bucket' .* got CfnRouteTable"):
        s3.CfnBucketPolicy(stack, "Q", bucket=ec2.CfnRouteTable(stack, "T", vpc_id="v"), policy_document={})
    with pytest.raises(TypeError, match=r"S/I: CfnInstance argument 'security_group_ids\[1\]' must be str \| ISecurityGroupRef"):
        ec2.CfnInstance(stack, "I", security_group_ids=["sg-1", {"id": "sg-2"}])
    with pytest.raises(TypeError, match=r"S/J: CfnInstance argument 'security_group_ids' must be a list of"):
        ec2.CfnInstance(stack, "J", security_group_ids="sg-1")


def test_tokens_pass_and_a_list_without_references_stays_the_callers() -> None:
    from l1 import ec2, s3

    stack = _stack()
    lazy = Lazy.string({"produce": lambda: "late"})
    assert s3.CfnBucketPolicy(stack, "P", bucket=lazy, policy_document={}).bucket is lazy
    listed = Lazy.list({"produce": lambda: ["sg-1"]})
    assert Token.is_unresolved(ec2.CfnInstance(stack, "L", security_group_ids=listed).security_group_ids)
    groups = ["sg-1"]
    instance = ec2.CfnInstance(stack, "I", security_group_ids=groups)
    assert instance.security_group_ids is groups  # an L2 may still add to it
    sg = ec2.CfnSecurityGroup(stack, "Sg", group_description="d")
    mixed = ["sg-1", sg]
    assert ec2.CfnInstance(stack, "M", security_group_ids=mixed).security_group_ids is mixed  # in place
    assert stack.resolve(mixed) == ["sg-1", {"Ref": "Sg"}]  # CfnSecurityGroup.security_group_ref: Ref


def test_l2_objects_are_references() -> None:
    from l2 import iam, s3
    from l2.interfaces.iam import IRoleRef
    from l2.interfaces.s3 import IBucketRef

    stack = _stack()
    assert isinstance(s3.Bucket(stack, "B"), IBucketRef)
    assert isinstance(iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal()), IRoleRef)


def test_l1_modules_load_no_interfaces_module_and_interfaces_load_alone() -> None:
    code = (
        "import sys, json\nimport l1.s3\nfirst = sorted(m for m in sys.modules if 'interfaces' in m)\n"
        "import l2.interfaces\nbefore = sorted(m for m in sys.modules if 'interfaces' in m)\nimport l2.interfaces.s3\n"
        "after = sorted(m for m in sys.modules if 'interfaces' in m)\nprint(json.dumps([first, before, after]))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    first, before, after = json.loads(result.stdout)
    assert first == []
    assert before == ["l1._private.interfaces", "l2.interfaces"]
    assert after == ["l1._private.interfaces", "l1._private.interfaces.s3", "l2.interfaces", "l2.interfaces.s3"]


@pytest.mark.parametrize(
    ("defined_in", "name", "module"),
    [("l2.s3._props", "BucketReference", "s3"), ("l2.iam._refs", "RoleReference", "iam"),
     ("l2.sqs._queue_base", "QueueReference", "sqs"), ("l2.kms._key", "KeyReference", "kms"),
     ("l2.rds._cluster", "DBClusterReference", "rds"), ("l2.cognito._user_pool", "UserPoolReference", "cognito")],
)
def test_l2_reference_structs_are_the_generated_ones(defined_in: str, name: str, module: str) -> None:
    generated = getattr(importlib.import_module(f"l2.interfaces.{module}"), name)
    assert getattr(importlib.import_module(defined_in), name) is generated
    assert getattr(importlib.import_module(f"l1.interfaces.{module}"), name) is generated


def test_l2_objects_return_the_generated_reference_structs() -> None:
    from l2 import iam, s3, sqs
    from l2.interfaces.iam import RoleReference
    from l2.interfaces.s3 import BucketReference
    from l2.interfaces.sqs import QueueReference

    stack = _stack()
    assert type(s3.Bucket(stack, "B").bucket_ref) is BucketReference
    assert type(iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal()).role_ref) is RoleReference
    assert type(sqs.Queue(stack, "Q").queue_ref) is QueueReference


def test_arn_for_reads_the_reference_or_builds_the_arn_of_its_environment() -> None:
    from l1 import apigateway, s3
    from l2 import s3 as s3_l2

    stack = _stack()
    imported = s3_l2.Bucket.from_bucket_name(stack, "Imported", "my-bucket")
    assert stack.resolve(s3.CfnBucket.arn_for_bucket(imported)) == stack.resolve(imported.bucket_arn)
    api = apigateway.CfnRestApi(stack, "Api", name="api")
    assert stack.resolve(apigateway.CfnRestApi.arn_for_rest_api(api)) == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":apigateway:", {"Ref": "AWS::Region"}, "::/restapis/",
                          {"Ref": "Api"}]]
    }
