"""``apply_removal_policy`` (cdk-facts §7)."""

from __future__ import annotations

import pytest
from _core_support import resources_of

from constructs import CfnResource, RemovalPolicy, Stack


@pytest.mark.parametrize(
    ("policy", "deletion", "update_replace"),
    [
        (RemovalPolicy.DESTROY, "Delete", "Delete"),
        (RemovalPolicy.RETAIN, "Retain", "Retain"),
        (RemovalPolicy.SNAPSHOT, "Snapshot", "Snapshot"),
        (RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE, "RetainExceptOnCreate", "Retain"),
    ],
)
def test_removal_policy_sets_both_attributes(
    stack: Stack, policy: RemovalPolicy, deletion: str, update_replace: str
) -> None:
    res = CfnResource(stack, "R", type="AWS::SQS::Queue")
    res.apply_removal_policy(policy)
    rendered = resources_of(stack)["R"]
    assert rendered == {"Type": "AWS::SQS::Queue", "UpdateReplacePolicy": update_replace, "DeletionPolicy": deletion}
    assert list(rendered) == ["Type", "UpdateReplacePolicy", "DeletionPolicy"]


def test_removal_policy_without_update_replace(stack: Stack) -> None:
    res = CfnResource(stack, "R", type="AWS::SQS::Queue")
    res.apply_removal_policy(RemovalPolicy.DESTROY, apply_to_update_replace_policy=False)
    assert resources_of(stack)["R"] == {"Type": "AWS::SQS::Queue", "DeletionPolicy": "Delete"}


def test_removal_policy_none_uses_the_default(stack: Stack) -> None:
    res = CfnResource(stack, "R", type="AWS::SQS::Queue")
    res.apply_removal_policy(None, default=RemovalPolicy.DESTROY)
    assert resources_of(stack)["R"]["DeletionPolicy"] == "Delete"


def test_removal_policy_none_without_default_retains(stack: Stack) -> None:
    res = CfnResource(stack, "R", type="AWS::SQS::Queue")
    res.apply_removal_policy(None)
    assert resources_of(stack)["R"]["DeletionPolicy"] == "Retain"


def test_explicit_policy_wins_over_the_default(stack: Stack) -> None:
    res = CfnResource(stack, "R", type="AWS::SQS::Queue")
    res.apply_removal_policy(RemovalPolicy.SNAPSHOT, default=RemovalPolicy.DESTROY)
    assert resources_of(stack)["R"]["DeletionPolicy"] == "Snapshot"
