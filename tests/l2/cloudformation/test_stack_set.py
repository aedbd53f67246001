"""StackSet: pycdk's L2 beyond aws-cdk-lib. Expected values come from CloudFormation's documentation of
``AWS::CloudFormation::StackSet`` (property names, the permission models and which properties each takes,
``AutoDeployment``, ``DeploymentTargets.AccountFilterType``, ``OperationPreferences`` ranges and exclusions) and
of the StackSets administration role (trusted by ``cloudformation.amazonaws.com``, allowed ``sts:AssumeRole`` on
the execution role, by default ``AWSCloudFormationStackSetExecutionRole``)."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

from assertions import Match, Template
from constructs import App, CfnCapabilities, DefaultStackSynthesizer, Stack, SynthesisError, ValidationError
from l1 import iam as l1iam
from l1 import sqs
from l2 import cloudformation as cfn
from l2 import iam

ACCOUNTS = ["111111111111", "222222222222"]
OU = "ou-abcd-12345678"


def _partition_arn(account: str, name: str = "AWSCloudFormationStackSetExecutionRole") -> dict[str, Any]:
    return {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, f":iam::{account}:role/{name}"]]}


def _self_managed(stack: Stack, inner: Stack, **kwargs: Any) -> cfn.StackSet:
    sqs.CfnQueue(inner, "Queue")
    return cfn.StackSet(stack, "StackSet", template=cfn.StackSetTemplate.from_stack(inner),
                        targets=[cfn.StackSetTarget.from_accounts(accounts=ACCOUNTS, regions=["us-east-1"])],
                        **kwargs)


def test_the_inner_stack_template_becomes_a_file_asset_named_by_template_url(stack: Stack, inner: Stack) -> None:
    _self_managed(stack, inner)
    assembly = stack.node.root.synth(force=True)
    props = Template.from_stack(stack).find_resources("AWS::CloudFormation::StackSet")
    (resource,) = props.values()
    url = json.dumps(resource["Properties"]["TemplateURL"])
    with open(os.path.join(assembly.directory, "S.assets.json")) as f:
        files = json.load(f)["files"]
    (entry,) = [e for e in files.values() if e["source"]["path"] != "S.template.json"]
    assert entry["destinations"]
    (dest,) = entry["destinations"].values()
    assert dest["objectKey"] in url and url.startswith('{"Fn::Sub": "https://s3.${AWS::Region}.${AWS::URLSuffix}/')
    with open(os.path.join(assembly.directory, entry["source"]["path"])) as f:
        assert json.load(f) == {"Resources": {"Queue": {"Type": "AWS::SQS::Queue"}}}


def test_self_managed_creates_a_least_privilege_administration_role(stack: Stack, inner: Stack, cfn_lint_errors) -> None:
    _self_managed(stack, inner)
    template = Template.from_stack(stack)
    template.has_resource_properties("AWS::IAM::Role", {"AssumeRolePolicyDocument": {"Statement": [
        {"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"Service": "cloudformation.amazonaws.com"}}]}})
    template.has_resource_properties("AWS::IAM::Policy", {"PolicyDocument": {"Statement": [
        {"Action": "sts:AssumeRole", "Effect": "Allow", "Resource": [_partition_arn(a) for a in ACCOUNTS]}]}})
    role_id = next(iter(template.find_resources("AWS::IAM::Role")))
    template.has_resource("AWS::CloudFormation::StackSet", {
        "Properties": {
            "PermissionModel": "SELF_MANAGED",
            "AdministrationRoleARN": {"Fn::GetAtt": [role_id, "Arn"]},
            "StackInstancesGroup": [{"DeploymentTargets": {"Accounts": ACCOUNTS}, "Regions": ["us-east-1"]}],
            "StackSetName": Match.string_like_regexp(r"^[a-zA-Z][a-zA-Z0-9-]{0,127}$"),
            "AutoDeployment": Match.absent(),
            "ExecutionRoleName": Match.absent(),
            "CallAs": Match.absent(),
            "Capabilities": Match.absent(),
        },
        "DependsOn": Match.array_with([role_id]),
    })
    assert cfn_lint_errors(template.to_json()) == []


def test_a_given_administration_role_and_execution_role_name(stack: Stack, inner: Stack) -> None:
    admin = iam.Role.from_role_arn(stack, "Admin", "arn:aws:iam::123456789012:role/Admin")
    _self_managed(stack, inner, deployment_type=cfn.DeploymentType.self_managed(
        administration_role=admin, execution_role_name="Exec"))
    template = Template.from_stack(stack)
    template.resource_count_is("AWS::IAM::Role", 0)
    template.has_resource_properties("AWS::CloudFormation::StackSet", {
        "AdministrationRoleARN": "arn:aws:iam::123456789012:role/Admin", "ExecutionRoleName": "Exec"})


def test_the_execution_role_name_scopes_the_created_role_policy(stack: Stack, inner: Stack) -> None:
    _self_managed(stack, inner, deployment_type=cfn.DeploymentType.self_managed(execution_role_name="Exec"))
    Template.from_stack(stack).has_resource_properties("AWS::IAM::Policy", {"PolicyDocument": {"Statement": [
        {"Action": "sts:AssumeRole", "Effect": "Allow", "Resource": [_partition_arn(a, "Exec") for a in ACCOUNTS]}]}})


def test_service_managed_with_auto_deployment_ou_filters_call_as_and_managed_execution(
    stack: Stack, inner: Stack, cfn_lint_errors
) -> None:
    sqs.CfnQueue(inner, "Queue")
    ss = cfn.StackSet(
        stack, "StackSet", template=cfn.StackSetTemplate.from_stack(inner),
        deployment_type=cfn.DeploymentType.service_managed(),
        call_as=cfn.CallAs.DELEGATED_ADMIN, managed_execution=True, description="org baseline",
        parameters={"Env": "prod"},
    )
    ss.add_target(cfn.StackSetTarget.from_organizational_units(organizational_units=[OU], regions=["eu-west-1"]))
    ss.add_target(cfn.StackSetTarget.from_organizational_units(
        organizational_units=[OU], regions=["us-east-1"], excluded_accounts=["333333333333"],
        parameter_overrides={"Env": "dev"}))
    ss.add_target(cfn.StackSetTarget.from_organizational_units(
        organizational_units=["r-abcd"], regions=["us-east-1"], additional_accounts=["444444444444"]))
    ss.add_target(cfn.StackSetTarget.from_organizational_units(
        organizational_units=[OU], regions=["us-east-1"], only_accounts=["555555555555"]))
    template = Template.from_stack(stack)
    template.resource_count_is("AWS::IAM::Role", 0)
    template.has_resource_properties("AWS::CloudFormation::StackSet", {
        "PermissionModel": "SERVICE_MANAGED",
        "AutoDeployment": {"Enabled": True, "RetainStacksOnAccountRemoval": True},
        "CallAs": "DELEGATED_ADMIN",
        "ManagedExecution": {"Active": True},
        "Description": "org baseline",
        "Parameters": [{"ParameterKey": "Env", "ParameterValue": "prod"}],
        "AdministrationRoleARN": Match.absent(),
        "StackInstancesGroup": [
            {"DeploymentTargets": {"OrganizationalUnitIds": [OU]}, "Regions": ["eu-west-1"]},
            {"DeploymentTargets": {"AccountFilterType": "DIFFERENCE", "Accounts": ["333333333333"],
                                   "OrganizationalUnitIds": [OU]},
             "ParameterOverrides": [{"ParameterKey": "Env", "ParameterValue": "dev"}], "Regions": ["us-east-1"]},
            {"DeploymentTargets": {"AccountFilterType": "UNION", "Accounts": ["444444444444"],
                                   "OrganizationalUnitIds": ["r-abcd"]}, "Regions": ["us-east-1"]},
            {"DeploymentTargets": {"AccountFilterType": "INTERSECTION", "Accounts": ["555555555555"],
                                   "OrganizationalUnitIds": [OU]}, "Regions": ["us-east-1"]},
        ],
    })
    assert cfn_lint_errors(template.to_json()) == []


def test_auto_deployment_disabled_renders_enabled_false_only(stack: Stack) -> None:
    cfn.StackSet(stack, "SS", template=cfn.StackSetTemplate.from_url("https://s3.amazonaws.com/b/t.json"),
                 deployment_type=cfn.DeploymentType.service_managed(auto_deploy_enabled=False),
                 targets=[cfn.StackSetTarget.from_organizational_units(organizational_units=[OU], regions=["us-east-1"])])
    Template.from_stack(stack).has_resource_properties("AWS::CloudFormation::StackSet", {
        "AutoDeployment": {"Enabled": False, "RetainStacksOnAccountRemoval": Match.absent()},
        "TemplateURL": "https://s3.amazonaws.com/b/t.json"})


def test_operation_preferences_render_as_cloudformation_names(stack: Stack, inner: Stack) -> None:
    _self_managed(stack, inner, operation_preferences=cfn.OperationPreferences(
        max_concurrent_percentage=50, failure_tolerance_count=2,
        region_concurrency_type=cfn.RegionConcurrencyType.PARALLEL, region_order=["us-east-1", "eu-west-1"],
        concurrency_mode=cfn.ConcurrencyMode.SOFT_FAILURE_TOLERANCE))
    Template.from_stack(stack).has_resource_properties("AWS::CloudFormation::StackSet", {"OperationPreferences": {
        "ConcurrencyMode": "SOFT_FAILURE_TOLERANCE", "FailureToleranceCount": 2, "MaxConcurrentPercentage": 50,
        "RegionConcurrencyType": "PARALLEL", "RegionOrder": ["us-east-1", "eu-west-1"]}})


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ({"R": ("role", None)}, ["CAPABILITY_IAM"]),
        ({"R": ("role", "named")}, ["CAPABILITY_NAMED_IAM"]),
    ],
    ids=["iam", "named-iam"],
)
def test_capabilities_default_to_what_the_inner_template_needs(stack: Stack, inner: Stack, template, expected) -> None:
    for logical_id, (_, name) in template.items():
        l1iam.CfnRole(inner, logical_id, assume_role_policy_document={"Statement": []}, role_name=name)
    cfn.StackSet(stack, "SS", template=cfn.StackSetTemplate.from_stack(inner),
                 targets=[cfn.StackSetTarget.from_accounts(accounts=ACCOUNTS, regions=["us-east-1"])])
    Template.from_stack(stack).has_resource_properties("AWS::CloudFormation::StackSet", {"Capabilities": expected})


def test_inner_template_transform_needs_auto_expand(stack: Stack, inner: Stack) -> None:
    inner.add_transform("AWS::Serverless-2016-10-31")
    sqs.CfnQueue(inner, "Queue")
    cfn.StackSet(stack, "SS", template=cfn.StackSetTemplate.from_stack(inner),
                 targets=[cfn.StackSetTarget.from_accounts(accounts=ACCOUNTS, regions=["us-east-1"])])
    Template.from_stack(stack).has_resource_properties("AWS::CloudFormation::StackSet", {
        "Capabilities": ["CAPABILITY_AUTO_EXPAND"]})


def test_fails_when_given_capabilities_lack_what_the_template_needs(stack: Stack, inner: Stack) -> None:
    l1iam.CfnRole(inner, "R", assume_role_policy_document={"Statement": []}, role_name="n")
    with pytest.raises(ValidationError, match="capabilities lack CAPABILITY_NAMED_IAM"):
        cfn.StackSet(stack, "SS", template=cfn.StackSetTemplate.from_stack(inner),
                     capabilities=[CfnCapabilities.ANONYMOUS_IAM])


def _url() -> cfn.StackSetTemplate:
    return cfn.StackSetTemplate.from_url("https://s3.amazonaws.com/b/t.json")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"operation_preferences": cfn.OperationPreferences(failure_tolerance_count=1, failure_tolerance_percentage=5)},
         "failure_tolerance_count or failure_tolerance_percentage, not both"),
        ({"operation_preferences": cfn.OperationPreferences(max_concurrent_count=1, max_concurrent_percentage=5)},
         "max_concurrent_count or max_concurrent_percentage, not both"),
        ({"operation_preferences": cfn.OperationPreferences(max_concurrent_count=0)},
         "max_concurrent_count must be 1 or more, got 0"),
        ({"operation_preferences": cfn.OperationPreferences(failure_tolerance_count=-1)},
         "failure_tolerance_count must be 0 or more, got -1"),
        ({"operation_preferences": cfn.OperationPreferences(max_concurrent_percentage=101)},
         "max_concurrent_percentage must be 1 to 100, got 101"),
        ({"operation_preferences": cfn.OperationPreferences(failure_tolerance_percentage=101)},
         "failure_tolerance_percentage must be 0 to 100, got 101"),
        ({"operation_preferences": cfn.OperationPreferences(region_order=["us-east-1", "us-east-1"])},
         "region_order lists a region twice"),
        ({"call_as": cfn.CallAs.DELEGATED_ADMIN}, "DELEGATED_ADMIN needs a service-managed stack set"),
        ({"deployment_type": cfn.DeploymentType.service_managed(auto_deploy_enabled=False,
                                                                auto_deploy_retain_stacks=True)},
         "auto_deploy_retain_stacks applies only with auto-deployment enabled"),
        ({"targets": [cfn.StackSetTarget.from_organizational_units(organizational_units=[OU], regions=["us-east-1"])]},
         "A self-managed StackSet deploys to accounts"),
        ({"deployment_type": cfn.DeploymentType.service_managed(),
          "targets": [cfn.StackSetTarget.from_accounts(accounts=ACCOUNTS, regions=["us-east-1"])]},
         "A service-managed StackSet deploys to organizational units"),
        ({"targets": [cfn.StackSetTarget.from_accounts(accounts=ACCOUNTS, regions=[])]},
         "target needs at least one region"),
        ({"targets": [cfn.StackSetTarget.from_accounts(accounts=[], regions=["us-east-1"])]},
         "target needs at least one account"),
    ],
    ids=["failure-both", "concurrency-both", "max-count-0", "failure-count-negative", "max-pct-101",
         "failure-pct-101", "region-twice", "delegated-admin-self-managed", "retain-without-auto-deploy",
         "ou-with-self-managed", "accounts-with-service-managed", "no-regions", "no-accounts"],
)
def test_fails_on_combinations_cloudformation_rejects(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message) as err:
        cfn.StackSet(stack, "SS", template=_url(), **kwargs)
    assert "[S/SS]" in str(err.value)


def test_fails_with_more_than_one_account_filter() -> None:
    with pytest.raises(ValueError, match="at most one of additional_accounts, excluded_accounts and only_accounts"):
        cfn.StackSetTarget.from_organizational_units(organizational_units=[OU], regions=["us-east-1"],
                                                     additional_accounts=ACCOUNTS, excluded_accounts=ACCOUNTS)


def test_fails_at_synthesis_without_a_target_for_the_created_administration_role(stack: Stack) -> None:
    cfn.StackSet(stack, "SS", template=_url())
    with pytest.raises(SynthesisError, match=r"\[S/SS\] A self-managed StackSet needs at least one target"):
        stack.node.root.synth(force=True)


def test_fails_for_a_template_stack_of_the_same_app(stack: Stack) -> None:
    same = Stack(stack.node.root, "Same")
    with pytest.raises(ValidationError, match="is in the StackSet's app"):
        cfn.StackSet(stack, "SS", template=cfn.StackSetTemplate.from_stack(same))


def test_fails_for_a_template_stack_with_the_bootstrap_version_check(stack: Stack) -> None:
    other = Stack(App(), "Other")
    sqs.CfnQueue(other, "Q")
    with pytest.raises(ValidationError, match="checks the CDK bootstrap version"):
        cfn.StackSet(stack, "SS", template=cfn.StackSetTemplate.from_stack(other))


def test_fails_for_a_template_stack_with_assets(stack: Stack, tmp_path) -> None:
    from l2 import s3_assets

    inner = Stack(App(), "Inner", synthesizer=DefaultStackSynthesizer(generate_bootstrap_version_rule=False))
    (tmp_path / "f.txt").write_text("x")
    s3_assets.Asset(inner, "File", path=str(tmp_path / "f.txt"))
    with pytest.raises(ValidationError, match="uses assets"):
        cfn.StackSet(stack, "SS", template=cfn.StackSetTemplate.from_stack(inner))


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError):
        cfn.StackSet(stack, "SS", template="https://x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cfn.OperationPreferences(max_concurrent_count="1")  # type: ignore[arg-type]


def test_snapshot(template_snapshot: Any, stack: Stack, inner: Stack) -> None:
    _self_managed(stack, inner, operation_preferences=cfn.OperationPreferences(
        max_concurrent_count=2, failure_tolerance_count=1), stack_set_name="baseline")
    assert template_snapshot == stack


# --- StackSetStack: the template defined inside the stack set's own stack ----------------------------------------


def _in_app_stack_set(stack: Stack) -> tuple[cfn.StackSetStack, cfn.StackSet]:
    inner = cfn.StackSetStack(stack, "Baseline", description="baseline")
    sqs.CfnQueue(inner, "Queue")
    ss = cfn.StackSet(stack, "SS", template=cfn.StackSetTemplate.from_stack(inner),
                      targets=[cfn.StackSetTarget.from_accounts(accounts=ACCOUNTS, regions=["us-east-1"])])
    return inner, ss


def test_a_stack_set_stack_renders_at_synthesis_into_a_published_template(tmp_path, cfn_lint_errors) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    inner, _ = _in_app_stack_set(stack)
    l1iam.CfnRole(inner, "Late", assume_role_policy_document={"Statement": []}, role_name="late")  # after the set
    assembly = app.synth()
    assert [a.artifact_id for a in assembly.stacks] == ["S"]
    body = json.loads((tmp_path / "out" / inner.template_file).read_text())
    assert body["Description"] == "baseline"
    assert {r["Type"] for r in body["Resources"].values()} == {"AWS::SQS::Queue", "AWS::IAM::Role"}
    files = json.loads((tmp_path / "out" / "S.assets.json").read_text())["files"]
    (entry,) = [e for e in files.values() if e["source"]["path"] == inner.template_file]
    (dest,) = entry["destinations"].values()
    template = assembly.get_stack_artifact("S").template
    (props,) = [r["Properties"] for r in template["Resources"].values() if r["Type"] == "AWS::CloudFormation::StackSet"]
    assert dest["objectKey"] in json.dumps(props["TemplateURL"])
    assert props["Capabilities"] == ["CAPABILITY_NAMED_IAM"]
    assert "AWS::CloudFormation::Stack" not in {r["Type"] for r in template["Resources"].values()}
    assert cfn_lint_errors(template) == []


def test_a_stack_set_stack_refuses_assets(stack: Stack, tmp_path) -> None:
    from l2 import s3_assets

    inner, _ = _in_app_stack_set(stack)
    (tmp_path / "f.txt").write_text("x")
    with pytest.raises(ValidationError, match="cannot use assets"):
        s3_assets.Asset(inner, "File", path=str(tmp_path / "f.txt"))


def test_a_stack_set_stack_of_another_stack_is_refused(stack: Stack) -> None:
    other = Stack(stack.node.root, "Other")
    inner = cfn.StackSetStack(other, "Baseline")
    with pytest.raises(ValidationError, match="must be defined in the stack that holds the StackSet"):
        cfn.StackSet(stack, "SS", template=cfn.StackSetTemplate.from_stack(inner))


def test_given_capabilities_are_checked_against_the_rendered_template(stack: Stack) -> None:
    inner = cfn.StackSetStack(stack, "Baseline")
    l1iam.CfnRole(inner, "R", assume_role_policy_document={"Statement": []}, role_name="n")
    cfn.StackSet(stack, "SS", template=cfn.StackSetTemplate.from_stack(inner),
                 capabilities=[CfnCapabilities.ANONYMOUS_IAM],
                 targets=[cfn.StackSetTarget.from_accounts(accounts=ACCOUNTS, regions=["us-east-1"])])
    with pytest.raises(ValidationError, match="capabilities lack CAPABILITY_NAMED_IAM"):
        stack.node.root.synth(force=True)
