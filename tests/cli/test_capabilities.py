"""Required capabilities: computed from the synthesized template, shown by ``pycdk ls -l`` and ``pycdk diff``.

Expected values follow CloudFormation's CreateStack documentation (``Capabilities``): IAM resources need
CAPABILITY_IAM, IAM resources with custom names CAPABILITY_NAMED_IAM, templates with macros/transforms (including
``AWS::Serverless`` and nested stacks holding them) CAPABILITY_AUTO_EXPAND.
"""

from __future__ import annotations

import json

import pytest
import yaml
from _cli_support import write_app

from constructs.internals import capabilities

ROLE = {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {}}}


def _template(**resources: dict) -> dict:
    return {"Resources": resources}


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (_template(Q={"Type": "AWS::SQS::Queue"}), []),
        (_template(R=ROLE), ["CAPABILITY_IAM"]),
        (_template(P={"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p"}}), ["CAPABILITY_IAM"]),
        (_template(K={"Type": "AWS::IAM::AccessKey", "Properties": {"UserName": "u"}}), ["CAPABILITY_IAM"]),
        (_template(R={"Type": "AWS::IAM::Role", "Properties": {"RoleName": "admin"}}), ["CAPABILITY_NAMED_IAM"]),
        (_template(U={"Type": "AWS::IAM::User", "Properties": {"UserName": "bob"}}), ["CAPABILITY_NAMED_IAM"]),
        (_template(G={"Type": "AWS::IAM::Group", "Properties": {"GroupName": "ops"}}), ["CAPABILITY_NAMED_IAM"]),
        (_template(M={"Type": "AWS::IAM::ManagedPolicy", "Properties": {"ManagedPolicyName": "m"}}),
         ["CAPABILITY_NAMED_IAM"]),
        (_template(I={"Type": "AWS::IAM::InstanceProfile", "Properties": {"InstanceProfileName": "i"}}),
         ["CAPABILITY_NAMED_IAM"]),
        (_template(R=ROLE, N={"Type": "AWS::IAM::Role", "Properties": {"RoleName": "n"}}), ["CAPABILITY_NAMED_IAM"]),
        ({"Transform": "AWS::Serverless-2016-10-31", "Resources": {}}, ["CAPABILITY_AUTO_EXPAND"]),
        ({"Transform": ["MyMacro"], "Resources": {"R": ROLE}}, ["CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND"]),
        (_template(B={"Type": "AWS::S3::Bucket", "Properties": {
            "Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://b/k"}}}}),
         ["CAPABILITY_AUTO_EXPAND"]),
        (_template(S={"Type": "AWS::SSM::Parameter", "Properties": {"Name": "RoleName"}}), []),
    ],
    ids=["none", "role", "policy", "access-key", "named-role", "named-user", "named-group", "named-managed-policy",
         "named-instance-profile", "named-covers-unnamed", "sam", "macro-and-iam", "fn-transform", "not-iam"],
)
def test_required_capabilities_of_a_template(template, expected):
    assert capabilities.required_capabilities(template) == expected


def test_nested_stacks_count_with_their_transforms_and_iam():
    nested = {"Transform": "AWS::Serverless-2016-10-31", "Resources": {"R": {"Type": "AWS::IAM::Role",
                                                                            "Properties": {"RoleName": "x"}}}}
    parent = _template(N={"Type": "AWS::CloudFormation::Stack", "Properties": {"TemplateURL": "https://x"}})
    assert capabilities.required_capabilities(parent) == []
    assert capabilities.required_capabilities(parent, lambda r: nested) == [
        "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"]


APP = """
from constructs import App, NestedStack, Stack
from l1 import iam, sqs

app = App()
plain = Stack(app, "Plain")
sqs.CfnQueue(plain, "Q")
roles = Stack(app, "Roles")
iam.CfnRole(roles, "R", role_name="deployer", assume_role_policy_document={"Statement": [
    {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}}]})
parent = Stack(app, "Parent")
child = NestedStack(parent, "Child")
child.add_transform("AWS::Serverless-2016-10-31")
iam.CfnRole(child, "R", assume_role_policy_document={"Statement": [
    {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}}]})
app.synth()
"""


def test_ls_long_shows_the_capabilities_each_stack_needs(tmp_path, pycdk):
    app = write_app(tmp_path / "app", APP)
    result = pycdk("ls", "-l", cwd=app)
    assert result.returncode == 0, result
    described = {d["id"]: d for d in yaml.safe_load(result.stdout)}
    assert "capabilities" not in described["Plain"]
    assert described["Roles"]["capabilities"] == ["CAPABILITY_NAMED_IAM"]
    assert described["Parent"]["capabilities"] == ["CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND"]


def test_diff_prints_a_requires_capabilities_line(tmp_path, pycdk):
    app = write_app(tmp_path / "app", APP)
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"Resources": {}}))
    roles = pycdk("diff", "Roles", "--template", str(empty), cwd=app)
    assert roles.returncode == 0, roles
    assert "requires capabilities: CAPABILITY_NAMED_IAM" in roles.stdout.splitlines()
    plain = pycdk("diff", "Plain", "--template", str(empty), cwd=app)
    assert "requires capabilities" not in plain.stdout
