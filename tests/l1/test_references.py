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
    core = [p for p in written if p.parent == tmp_path / "constructs"]  # the core's (AWS::CloudFormation) references
    assert [p.name for p in core] == ["_cfn_references.py"]
    assert core[0].read_bytes() == (ROOT / "constructs" / "_cfn_references.py").read_bytes(), "out of date"


@pytest.mark.parametrize(
    ("camel", "snake_case"),
    [("bucketArn", "bucket_arn"), ("s3BucketName", "s3_bucket_name"), ("attrArn", "attr_arn"),
     ("mrapName", "mrap_name"), ("vpcId", "vpc_id"), ("dhcpOptionsId", "dhcp_options_id"), ("eipRef", "eip_ref")],
)
def test_snake_case_follows_jsii(camel: str, snake_case: str) -> None:
    assert snake(camel) == snake_case


def test_every_interfaces_module_has_aws_cdk_libs_names_fields_and_members() -> None:
    """Every class, struct field and protocol member of aws-cdk-lib's 317 ``aws_cdk.interfaces`` modules, in the
    model the modules are generated from (the regeneration test ties the files to it); a few modules imported."""
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))["modules"]
    expected = {m: rec["classes"] for m, rec in snapshot.items() if m.startswith("aws_cdk.interfaces.")}
    assert len(expected) == 316
    model = {f"aws_cdk.interfaces.{ns.namespace}": ns for ns in namespaces()}
    assert set(model) == set(expected)
    problems: list[str] = []
    for cdk_module, classes in expected.items():
        ns = model[cdk_module]
        structs = {s.name: sorted(f.name for f in s.fields) for s in ns.structs}
        protocols = {i.name: [i.property] for i in ns.interfaces}
        if sorted(ns.names) != sorted(classes):
            problems.append(f"{cdk_module}: names differ")
            continue
        for name, record in classes.items():
            fields = sorted(p for p in record.get("init", []) if p != "*")
            members = sorted(record.get("members", {}))
            if record["kind"] == "struct" and (structs.get(name) != fields or members != fields):
                problems.append(f"{cdk_module}.{name} fields")
            if record["kind"] == "interface" and protocols.get(name) != members:
                problems.append(f"{cdk_module}.{name} members")
    assert problems == []
    root = importlib.import_module("l2.interfaces")
    assert sorted(root.__all__) == sorted(snapshot["aws_cdk.interfaces"]["classes"])
    for module in ("s3", "iam", "lambda_", "sqs"):
        runtime = importlib.import_module(f"l2.interfaces.{module}")
        ns = next(n for n in namespaces() if n.module == module)
        assert sorted(runtime.__all__) == sorted(ns.names)
        for struct in ns.structs:
            assert sorted(inspect.signature(getattr(runtime, struct.name)).parameters) == sorted(f.name for f in struct.fields)
        for interface in ns.interfaces:
            assert isinstance(getattr(getattr(runtime, interface.name), interface.property), property)


def test_l1_reference_structs_hold_tokens_of_the_resource() -> None:
    from l1 import apigateway, s3
    from l2.interfaces.s3 import BucketReference, IBucketRef

    stack = _stack()
    bucket = s3.CfnBucket(stack, "B")
    ref = bucket.bucket_ref
    assert isinstance(ref, BucketReference)
    assert isinstance(bucket, IBucketRef)
    assert stack.resolve(ref.bucket_name) == {"Ref": "B"}
    assert stack.resolve(ref.bucket_arn) == {"Fn::GetAtt": ["B", "Arn"]}
    api = apigateway.CfnRestApi(stack, "Api", name="api")
    method = apigateway.CfnMethod(stack, "M", http_method="GET", resource_id="r", rest_api_id=api)
    assert stack.resolve(method.method_ref.resource_id) == {"Fn::Select": [1, {"Fn::Split": ["|", {"Ref": "M"}]}]}
    stage = apigateway.CfnStage(stack, "Stage", rest_api_id=api)
    assert stack.resolve(stage.stage_ref.rest_api_id) == {"Ref": "Api"}  # the property, as resolved
    assert stack.resolve(stage.rest_api_id) == {"Ref": "Api"}  # the getter gives the value, as aws-cdk-lib's


def test_a_wrong_argument_is_a_type_error_naming_the_path_and_the_argument() -> None:
    from l1 import iam, s3

    stack = _stack()
    with pytest.raises(TypeError, match=r"S/P: CfnBucketPolicy argument 'bucket' must be str \| IBucketRef, got int: 5"):
        s3.CfnBucketPolicy(stack, "P", bucket=5, policy_document={})
    with pytest.raises(TypeError, match=r"S/Q: CfnBucketPolicy argument 'bucket' .* got CfnGroup"):
        s3.CfnBucketPolicy(stack, "Q", bucket=iam.CfnGroup(stack, "G"), policy_document={})
    with pytest.raises(TypeError, match=r"S/R: CfnRole argument 'managed_policy_arns\[1\]' must be str \| IManagedPolicyRef"):
        iam.CfnRole(stack, "R", assume_role_policy_document={}, managed_policy_arns=["arn", {"arn": "x"}])
    with pytest.raises(TypeError, match=r"S/T: CfnRole argument 'managed_policy_arns' must be a list of"):
        iam.CfnRole(stack, "T", assume_role_policy_document={}, managed_policy_arns="arn")


def test_tokens_pass_and_a_list_without_references_stays_the_callers() -> None:
    from l1 import iam, s3

    stack = _stack()
    lazy = Lazy.string({"produce": lambda: "late"})
    assert s3.CfnBucketPolicy(stack, "P", bucket=lazy, policy_document={}).bucket is lazy
    listed = Lazy.list({"produce": lambda: ["arn"]})
    role = iam.CfnRole(stack, "L", assume_role_policy_document={}, managed_policy_arns=listed)
    assert Token.is_unresolved(role.managed_policy_arns)
    arns = ["arn"]
    role = iam.CfnRole(stack, "I", assume_role_policy_document={}, managed_policy_arns=arns)
    assert role.managed_policy_arns is arns  # an L2 may still add to it
    managed = iam.CfnManagedPolicy(stack, "Managed", policy_document={})
    mixed = ["arn", managed]
    role = iam.CfnRole(stack, "M", assume_role_policy_document={}, managed_policy_arns=mixed)
    assert role.managed_policy_arns is mixed  # in place, as aws-cdk-lib's mapArrayInPlace
    assert stack.resolve(mixed) == ["arn", {"Ref": "Managed"}]  # CfnManagedPolicy.managed_policy_ref.policy_arn


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


def test_factories_import_a_resource_by_arn_name_or_id() -> None:
    from constructs import ValidationError
    from l1 import kms, s3
    from l2.interfaces.kms import IKeyRef
    from l2.interfaces.s3 import IBucketRef

    stack = _stack()
    by_arn = s3.CfnBucket.from_bucket_arn(stack, "A", "arn:aws:s3:::given")
    assert isinstance(by_arn, IBucketRef)
    assert (by_arn.bucket_ref.bucket_name, by_arn.bucket_ref.bucket_arn) == ("given", "arn:aws:s3:::given")
    assert stack.resolve(s3.CfnBucket.from_bucket_name(stack, "N", "named").bucket_ref.bucket_arn) == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::named"]]
    }
    key = kms.CfnKey.from_key_arn(stack, "K", "arn:aws:kms:eu-west-1:111111111111:key/abc")
    assert isinstance(key, IKeyRef) and key.key_ref.key_id == "abc" and key.env.region == "eu-west-1"
    with pytest.raises(ValidationError, match="does not match template arn:\\$\\{Partition\\}:s3:::\\$\\{BucketName\\}"):
        s3.CfnBucket.from_bucket_arn(stack, "Bad", "arn:aws:sqs:::x")
