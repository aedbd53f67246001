"""iam: Role.customize_roles — precreated roles stand in for the roles of the app and the IAM policy report.

Expected values are aws-cdk-lib 2.275.0's for the same apps (its templates for the integ ports are the golden
fixtures ``l2_iam/integ_customize_role`` and ``l2_lambda/integ_lambda_customize_roles``; the report texts below
were read from the ``iam-policy-report.*`` files it writes for them).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assertions import Annotations, Match, Template
from constructs import App, Fn, Stack, ValidationError
from l2 import iam, lambda_, s3

LAMBDA_REPORT_TXT = """<precreated-role> (integ-lambda-customize-roles/MyLambda/ServiceRole)

AssumeRole Policy:
[
  {
    "Action": "sts:AssumeRole",
    "Effect": "Allow",
    "Principal": {
      "Service": "lambda.amazonaws.com"
    }
  }
]

Managed Policy ARNs:
[
  "arn:(PARTITION):iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
]

Managed Policies Statements:
NONE

Identity Policy Statements:
[
  {
    "Action": [
      "s3:GetObject*",
      "s3:GetBucket*",
      "s3:List*"
    ],
    "Effect": "Allow",
    "Resource": [
      "(integ-lambda-customize-roles/Bucket/Resource.Arn)",
      "(integ-lambda-customize-roles/Bucket/Resource.Arn)/*"
    ]
  }
]"""

ROLE_STATEMENTS = [{
    "Action": "sqs:SendMessage",
    "Effect": "Allow",
    "Resource": [
        "arn:aws:s3:::abc/xyz/123.txt",
        "(NOVALUE)",
        "arn:(PARTITION):iam::(ACCOUNT)/role/FakeRole'",
        "(integ-customize-role/MyGroup/Resource.Arn)/*",
        "(integ-customize-role/MyGroup/Resource.Arn)",
    ],
}]


def test_the_report_of_a_precreated_function_role_is_aws_cdk_libs(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "integ-lambda-customize-roles")
    iam.Role.customize_roles(stack, use_precreated_roles={
        "integ-lambda-customize-roles/MyLambda/ServiceRole": "precreated-role"})
    fn = lambda_.Function(stack, "MyLambda", code=lambda_.InlineCode("foo"), handler="index.handler",
                          runtime=lambda_.Runtime.NODEJS_20_X)
    s3.Bucket(stack, "Bucket").grant_read(fn)
    app.synth()
    assert (tmp_path / "iam-policy-report.txt").read_text() == LAMBDA_REPORT_TXT
    report = json.loads((tmp_path / "iam-policy-report.json").read_text())
    assert report["roles"][0]["roleName"] == "precreated-role"
    assert report["roles"][0]["missing"] is False
    assert report["roles"][0]["managedPolicyStatements"] == []
    Template.from_stack(stack).resource_count_is("AWS::IAM::Role", 0)
    Template.from_stack(stack).has_resource_properties("AWS::Lambda::Function", {
        "Role": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::", {"Ref": "AWS::AccountId"},
                                   ":role/precreated-role"]]}})


def test_references_and_pseudo_parameters_are_named_in_the_report(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "integ-customize-role")
    iam.Role.customize_roles(stack, use_precreated_roles={"integ-customize-role/TestRole": "my-precreated-role"})
    group = iam.Group(stack, "MyGroup")
    role = iam.Role(stack, "TestRole", assumed_by=iam.ServicePrincipal("sqs.amazonaws.com"))
    role.add_to_policy(iam.PolicyStatement(resources=[
        "arn:aws:s3:::abc/xyz/123.txt", Fn.ref("AWS::NoValue"),
        f"arn:{Fn.ref('AWS::Partition')}:iam::{Fn.ref('AWS::AccountId')}/role/FakeRole'",
        f"{group.group_arn}/*", group.group_arn], actions=["sqs:SendMessage"]))
    app.synth()
    report = json.loads((tmp_path / "iam-policy-report.json").read_text())
    assert report["roles"][0]["identityPolicyStatements"] == ROLE_STATEMENTS
    assert report["roles"][0]["roleConstructPath"] == "integ-customize-role/TestRole"


def test_relative_paths_are_made_absolute_under_the_scope() -> None:
    stack = Stack(App(), "S")
    iam.Role.customize_roles(stack, use_precreated_roles={"R": "given"})
    role = iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
    assert stack.resolve(role.role_name) == "given"
    assert stack.resolve(role.role_arn)["Fn::Join"][1][-1] == ":role/given"


def test_a_role_without_a_precreated_name_is_an_error_annotation() -> None:
    stack = Stack(App(), "S2")
    iam.Role.customize_roles(stack)
    role = iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
    Annotations.from_stack(stack).has_error("/S2/R", 'IAM Role is being created at path "S2/R" and '
                                            "customizeRoles.preventSynthesis is enabled. You must provide a "
                                            "precreated role name in customizeRoles.precreatedRoles")
    assert stack.resolve(role.role_name) == "R"
    assert stack.resolve(role.role_arn)["Fn::Join"][1][-1] == ":role"


def test_role_id_is_not_available_on_a_precreated_role() -> None:
    stack = Stack(App(), "S")
    iam.Role.customize_roles(stack, use_precreated_roles={"S/R": "given"})
    role = iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
    with pytest.raises(ValidationError, match='^"roleId" is not available on precreated roles'):
        _ = role.role_id


def test_without_prevent_synthesis_the_role_is_synthesized_and_statements_are_reported() -> None:
    stack = Stack(App(), "S")
    iam.Role.customize_roles(stack, prevent_synthesis=False)
    role = iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
    role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    template = Template.from_stack(stack)
    template.resource_count_is("AWS::IAM::Role", 1)
    template.resource_count_is("AWS::IAM::Policy", 0)
    assert stack.resolve(role.role_arn)["Fn::Join"][1][-1] == ":role"


def test_roles_outside_the_scope_are_not_customized() -> None:
    app = App()
    customized, plain = Stack(app, "A"), Stack(app, "B")
    iam.Role.customize_roles(customized, use_precreated_roles={"R": "given"})
    iam.Role(customized, "R", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
    iam.Role(plain, "R", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
    Template.from_stack(customized).resource_count_is("AWS::IAM::Role", 0)
    Template.from_stack(plain).has_resource("AWS::IAM::Role", Match.any_value())


def test_no_report_is_written_without_customized_roles(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    iam.Role(Stack(app, "S"), "R", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
    app.synth()
    assert not (tmp_path / "iam-policy-report.txt").exists()


def test_fails_on_a_wrong_type_of_precreated_roles() -> None:
    with pytest.raises(TypeError, match="use_precreated_roles"):
        iam.Role.customize_roles(Stack(App(), "S"), use_precreated_roles=["R"])  # type: ignore[arg-type]


def test_customer_managed_policies_of_a_precreated_role_are_reported_not_created(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "S")
    iam.Role.customize_roles(stack, use_precreated_roles={"S/R": "pre-r"})
    role = iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
    attached = iam.ManagedPolicy(stack, "MP", statements=[iam.PolicyStatement(actions=["s3:GetObject"],
                                                                              resources=["*"])], roles=[role])
    added = iam.ManagedPolicy(stack, "MP2", statements=[iam.PolicyStatement(actions=["sqs:*"], resources=["*"])])
    role.add_managed_policy(added)
    assert stack.resolve(attached.managed_policy_arn)["Fn::Join"][1][-1] == ":policy/MP"
    assert attached.managed_policy_name == "MP"
    app.synth()
    assert Template.from_stack(stack).to_json().get("Resources") is None
    report = json.loads((tmp_path / "iam-policy-report.json").read_text())
    assert report["roles"][0]["managedPolicyArns"] == []
    assert report["roles"][0]["managedPolicyStatements"] == [
        {"Action": "s3:GetObject", "Effect": "Allow", "Resource": "*"},
        {"Action": "sqs:*", "Effect": "Allow", "Resource": "*"},
    ]
