"""Dependencies (cdk-facts §4, §5): DependsOn rendering and order, construct dependencies, stack dependencies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _core_support import resources_of

from constructs import App, CfnResource, Construct, DependencyGroup, Stack, Stage


def _manifest(outdir: Path) -> dict:
    return json.loads((outdir / "manifest.json").read_text())


# -- DependsOn ----------------------------------------------------------------------------------------------


def test_depends_on_is_sorted_by_construct_path_with_locale_compare(stack: Stack) -> None:
    sec = Construct(stack, "Sec")
    targets = {}
    for cid, lid in [("Zeta", "Zeta"), ("alpha", "alpha"), ("_under", "under")]:
        targets[cid] = CfnResource(sec, cid, type="AWS::SNS::Topic")
        targets[cid].override_logical_id(lid)
    dependent = CfnResource(stack, "Dependent", type="AWS::SQS::Queue")
    for cid in ["Zeta", "alpha", "_under"]:
        dependent.add_dependency(targets[cid])
    assert resources_of(stack)["Dependent"]["DependsOn"] == ["under", "alpha", "Zeta"]


def test_depends_on_follows_paths_not_logical_ids(stack: Stack) -> None:
    fn = Construct(stack, "Fn")
    role = Construct(fn, "ServiceRole")
    role_resource = CfnResource(role, "Resource", type="AWS::IAM::Role")
    policy = CfnResource(Construct(role, "DefaultPolicy"), "Resource", type="AWS::IAM::Policy")
    function = CfnResource(fn, "Resource", type="AWS::Lambda::Function")
    function.add_dependency(role_resource)
    function.add_dependency(policy)
    assert resources_of(stack)["Fn9270CBC0"]["DependsOn"] == [
        "FnServiceRoleDefaultPolicyC6A839BF", "FnServiceRoleB9001A96"
    ]


def test_depends_on_is_deduplicated_and_ignores_self(stack: Stack) -> None:
    a = CfnResource(stack, "A", type="AWS::SNS::Topic")
    b = CfnResource(stack, "B", type="AWS::SNS::Topic")
    b.add_dependency(a)
    b.add_dependency(a)
    b.node.add_dependency(a)
    b.add_dependency(b)
    assert resources_of(stack)["B"]["DependsOn"] == ["A"]


def test_node_dependency_between_groups_links_every_resource(stack: Stack) -> None:
    bucket = Construct(stack, "Bucket")
    CfnResource(bucket, "Resource", type="AWS::S3::Bucket")
    group = Construct(stack, "Group")
    CfnResource(group, "R1", type="AWS::SNS::Topic")
    CfnResource(group, "R2", type="AWS::SNS::Topic")
    topic = CfnResource(stack, "Topic", type="AWS::SNS::Topic")
    topic.node.add_dependency(group)
    group.node.add_dependency(bucket)
    resources = resources_of(stack)
    assert resources["Topic"]["DependsOn"] == ["GroupR1BC9AB068", "GroupR2E645629F"]
    assert resources["GroupR1BC9AB068"]["DependsOn"] == ["Bucket83908E77"]
    assert resources["GroupR2E645629F"]["DependsOn"] == ["Bucket83908E77"]
    assert "DependsOn" not in resources["Bucket83908E77"]


def test_node_dependency_on_a_dependency_group(stack: Stack) -> None:
    a = CfnResource(stack, "A", type="AWS::SNS::Topic")
    b = CfnResource(stack, "B", type="AWS::SNS::Topic")
    c = CfnResource(stack, "C", type="AWS::SQS::Queue")
    c.node.add_dependency(DependencyGroup(b, a))
    assert c.node.dependencies == [b, a]
    assert resources_of(stack)["C"]["DependsOn"] == ["A", "B"]


def test_fails_construct_depending_on_its_stack(app: App, stack: Stack) -> None:
    group = Construct(stack, "G")
    child = CfnResource(group, "R", type="AWS::SNS::Topic")
    with pytest.raises(RuntimeError, match="^'MyStack/G/R' cannot depend on parent stack 'MyStack'\n"):
        child.node.add_dependency(stack)
        app.synth()


def test_construct_depending_on_its_parent_construct_depends_on_its_siblings(app: App, stack: Stack) -> None:
    # aws-cdk-lib 2.275 allows it: the child's resources depend on the parent's other resources
    group = Construct(stack, "G")
    child = CfnResource(group, "R", type="AWS::SNS::Topic")
    CfnResource(group, "R2", type="AWS::SNS::Topic")
    child.node.add_dependency(group)
    assert resources_of(stack)["GR3865D1CA"]["DependsOn"] == ["GR22C27F33B"]
    assert "DependsOn" not in resources_of(stack)["GR22C27F33B"]


# -- stack dependencies --------------------------------------------------------------------------------------


def test_stack_dependencies_go_to_the_manifest_in_order(app: App, outdir: Path) -> None:
    a = Stack(app, "StackA")
    b = Stack(app, "StackB")
    c = Stack(app, "StackC")
    for s in (a, b, c):
        CfnResource(s, "R", type="AWS::SNS::Topic")
    c.add_dependency(b)
    c.add_dependency(a)
    app.synth()
    assert _manifest(outdir)["artifacts"]["StackC"]["dependencies"] == ["StackB", "StackA", "StackC.assets"]
    assert _manifest(outdir)["artifacts"]["StackA"]["dependencies"] == ["StackA.assets"]
    assert c.dependencies == [b, a]


def test_construct_dependency_across_stacks_is_a_stack_dependency(app: App, outdir: Path) -> None:
    a = Stack(app, "A")
    c = Stack(app, "C")
    target = CfnResource(a, "Target", type="AWS::SNS::Topic")
    source = CfnResource(c, "Source", type="AWS::SQS::Queue")
    source.node.add_dependency(target)
    assembly = app.synth()
    assert "DependsOn" not in assembly.get_stack_artifact("C").template["Resources"]["Source"]
    assert _manifest(outdir)["artifacts"]["C"]["dependencies"] == ["A", "C.assets"]


def test_fails_explicit_stack_dependency_cycle(app: App) -> None:
    a = Stack(app, "A")
    b = Stack(app, "B")
    a.add_dependency(b, "first")
    with pytest.raises(RuntimeError) as exc:
        b.add_dependency(a, "second")
    assert str(exc.value).split("\n")[0] == (
        "DependencyCycle: 'A' depends on 'B' (first). Adding this dependency (second) would create a cyclic reference."
    )


def test_fails_stack_dependency_cycle_from_construct_dependencies(app: App) -> None:
    c = Stack(app, "C")
    d = Stack(app, "D")
    rc = CfnResource(c, "RC", type="AWS::SNS::Topic")
    rd = CfnResource(d, "RD", type="AWS::SNS::Topic")
    rc.node.add_dependency(rd)
    rd.node.add_dependency(rc)
    with pytest.raises(RuntimeError) as exc:
        app.synth()
    assert str(exc.value).split("\n")[0] == (
        "DependencyCycle: 'C' depends on 'D' (<C/RC>.node.addDependency(<D/RD>)). "
        "Adding this dependency (<D/RD>.node.addDependency(<C/RC>)) would create a cyclic reference."
    )


def test_dependency_cycle_errors_are_runtime_errors_and_value_errors(app: App) -> None:
    a = Stack(app, "A")
    b = Stack(app, "B")
    a.add_dependency(b)
    with pytest.raises(ValueError):
        b.add_dependency(a)


def test_fails_stack_dependency_across_stages(app: App) -> None:
    a = Stack(app, "A")
    prod = Stage(app, "Prod")
    b = Stack(prod, "B")
    with pytest.raises(RuntimeError) as exc:
        b.add_dependency(a)
    # aws-cdk-lib may prefix an error code ("<Code>: "), so the message is matched as a suffix of the first line
    assert str(exc.value).split("\n")[0].endswith(
        "You cannot have a dependency from 'Prod/B' (in Stage 'Prod') to 'A' (in the App): "
        "dependency cannot cross stage boundaries"
    )


def test_fails_construct_dependency_across_stages(app: App) -> None:
    a = Stack(app, "A")
    target = CfnResource(a, "R", type="AWS::SNS::Topic")
    b = Stack(Stage(app, "Prod"), "B")
    source = CfnResource(b, "R", type="AWS::SNS::Topic")
    source.node.add_dependency(target)
    with pytest.raises(RuntimeError, match="dependency cannot cross stage boundaries"):
        app.synth()
