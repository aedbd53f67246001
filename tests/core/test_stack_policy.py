"""Stack policies: ``Stack(stack_policy=...)`` writes ``<artifact id>.stack-policy.json`` into the assembly and
names it in the stack's metadata. Expected documents are the examples of CloudFormation's "Prevent updates to
stack resources" guide (statement elements Effect / Action / NotAction / Principal / Resource / NotResource /
Condition on ResourceType)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from constructs import (
    App,
    CfnResource,
    Stack,
    StackPolicy,
    StackPolicyAction,
    StackPolicyEffect,
    StackPolicyStatement,
    ValidationError,
)

ALLOW, DENY = StackPolicyEffect.ALLOW, StackPolicyEffect.DENY
REPO = Path(__file__).resolve().parents[2]


def _policy_of(stack: Stack) -> dict:
    assembly = stack.node.root.synth(force=True)
    with open(os.path.join(assembly.directory, f"{stack.artifact_id}.stack-policy.json")) as f:
        return json.load(f)


def test_the_guide_example_allow_all_but_the_production_database(tmp_path) -> None:
    stack = Stack(App(outdir=str(tmp_path / "out")), "S")
    db = CfnResource(stack, "ProductionDatabase", type="AWS::RDS::DBInstance")
    stack.stack_policy = StackPolicy(statements=[
        StackPolicyStatement(effect=ALLOW, actions=[StackPolicyAction.ALL]),
        StackPolicyStatement(effect=DENY, actions=[StackPolicyAction.ALL], resources=[db]),
    ])
    assert _policy_of(stack) == {"Statement": [
        {"Effect": "Allow", "Action": "Update:*", "Principal": "*", "Resource": "*"},
        {"Effect": "Deny", "Action": "Update:*", "Principal": "*", "Resource": "LogicalResourceId/ProductionDatabase"},
    ]}
    metadata = json.loads((tmp_path / "out" / "S.metadata.json").read_text())
    assert {"type": "pycdk:stack-policy", "data": "S.stack-policy.json"} in metadata["/S"]


def test_resource_type_conditions_not_actions_and_logical_id_strings() -> None:
    stack = Stack(App(), "S", stack_policy=StackPolicy(statements=[
        StackPolicyStatement(effect=DENY, actions=[StackPolicyAction.ALL],
                             resource_types=["AWS::EC2::Instance", "AWS::RDS::DBInstance"]),
        StackPolicyStatement(effect=DENY, not_actions=[StackPolicyAction.MODIFY], resources=["ProductionDatabase"]),
        StackPolicyStatement(effect=ALLOW, actions=[StackPolicyAction.MODIFY, StackPolicyAction.REPLACE],
                             not_resources=["LogicalResourceId/ProductionDatabase"], resource_types=["AWS::RDS::*"]),
    ]))
    CfnResource(stack, "ProductionDatabase", type="AWS::RDS::DBInstance")
    assert _policy_of(stack) == {"Statement": [
        {"Effect": "Deny", "Principal": "*", "Action": "Update:*", "Resource": "*",
         "Condition": {"StringEquals": {"ResourceType": ["AWS::EC2::Instance", "AWS::RDS::DBInstance"]}}},
        {"Effect": "Deny", "NotAction": "Update:Modify", "Principal": "*",
         "Resource": "LogicalResourceId/ProductionDatabase"},
        {"Effect": "Allow", "Action": ["Update:Modify", "Update:Replace"], "Principal": "*",
         "NotResource": "LogicalResourceId/ProductionDatabase",
         "Condition": {"StringLike": {"ResourceType": ["AWS::RDS::*"]}}},
    ]}


def test_an_l2_construct_is_named_by_its_default_child_and_overridden_logical_ids_count() -> None:
    from l2 import sqs

    stack = Stack(App(), "S")
    queue = sqs.Queue(stack, "Queue")
    queue.node.default_child.override_logical_id("Orders")
    stack.stack_policy = StackPolicy.allow_all_updates_except(queue)
    assert _policy_of(stack)["Statement"][1] == {
        "Effect": "Deny", "Action": ["Update:Replace", "Update:Delete"], "Principal": "*",
        "Resource": "LogicalResourceId/Orders"}


def test_synthesizing_again_into_the_same_directory_keeps_one_metadata_entry(tmp_path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S", stack_policy=StackPolicy.allow_all_updates_except())
    CfnResource(stack, "R", type="AWS::SQS::Queue")
    app.synth()
    app.synth(force=True)
    metadata = json.loads((tmp_path / "out" / "S.metadata.json").read_text())
    assert [e for e in metadata["/S"] if e["type"] == "pycdk:stack-policy"] == [
        {"type": "pycdk:stack-policy", "data": "S.stack-policy.json"}]


def test_no_policy_no_file(tmp_path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    CfnResource(Stack(app, "S"), "R", type="AWS::SQS::Queue")
    app.synth()
    assert not (tmp_path / "out" / "S.stack-policy.json").exists()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"actions": [StackPolicyAction.ALL], "not_actions": [StackPolicyAction.MODIFY]}, "actions or not_actions"),
        ({"resources": ["A"], "not_resources": ["B"]}, "resources or not_resources"),
        ({"actions": []}, "actions is empty"),
        ({"resource_types": ["RDS"]}, "not a resource type"),
    ],
    ids=["both-actions", "both-resources", "empty-actions", "bad-type"],
)
def test_fails_on_malformed_statements(kwargs, message) -> None:
    with pytest.raises(ValidationError, match=message):
        StackPolicyStatement(effect=DENY, **kwargs)


def test_fails_for_a_resource_of_another_stack() -> None:
    app = App()
    other = Stack(app, "Other")
    foreign = CfnResource(other, "R", type="AWS::SQS::Queue")
    stack = Stack(app, "S", stack_policy=StackPolicy.allow_all_updates_except(foreign))
    CfnResource(stack, "R", type="AWS::SQS::Queue")
    with pytest.raises(ValidationError, match=r"(?s)'Other/R' is not in stack 'S'.*at path \[S\]"):
        app.synth()


def test_wrong_types_are_type_errors() -> None:
    with pytest.raises(TypeError):
        Stack(App(), "S", stack_policy={"Statement": []})  # type: ignore[arg-type]


def _official_cdk() -> Path:
    """The official CDK CLI, installed on first use into .venvs/ by the helper the CLI tests share (under a lock)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_cli_official_cdk", REPO / "tests" / "cli" / "_cli_official_cdk.py")
    assert spec is not None and spec.loader is not None
    helper = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helper)
    cli = helper.official_cdk_cli()
    if cli is None:
        pytest.fail("the official CDK CLI could not be installed with npm (CI needs Node.js and npm)")
    return Path(cli)


@pytest.mark.cdk_cli
def test_the_official_cdk_cli_reads_an_assembly_with_a_stack_policy(tmp_path) -> None:
    out = tmp_path / "cdk.out"
    app = App(outdir=str(out))
    stack = Stack(app, "S", stack_policy=StackPolicy.allow_all_updates_except("R"))
    CfnResource(stack, "R", type="AWS::SQS::Queue")
    app.synth()
    env = {"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(tmp_path), "CDK_DISABLE_CLI_TELEMETRY": "true"}
    for args in (["ls"], ["synth", "S", "--json"]):
        result = subprocess.run([str(_official_cdk()), *args, "--app", str(out), "--no-notices",
                                 "--no-version-reporting"], capture_output=True, text=True, timeout=300,
                                cwd=str(tmp_path), env=env)
        assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["Resources"]["R"]["Type"] == "AWS::SQS::Queue"
