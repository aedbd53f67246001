"""IAM.NoManagedPolicies: roles, users and groups do not attach AWS managed policies."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import managed_policy_arns
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> list[str] | None:
    found = [f"Policy::{arn}" for arn in managed_policy_arns(props) if ":iam::aws:policy/" in arn]
    return found or None


RULE = Rule(
    id="IAM.NoManagedPolicies",
    level=Level.WARNING,
    resource_types=("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"),
    title="AWS managed policies are attached",
    why="AWS managed policies are written for many uses, usually grant more than one workload needs, and "
    "change when AWS updates them.",
    fix="Replace the managed policy with statements naming the actions and resources used, or suppress with "
    "applies_to naming the policy (e.g. Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
    "AWSLambdaBasicExecutionRole) and why.",
    check=check,
    nag_ids=("AwsSolutions-IAM4",),
    location="Properties/ManagedPolicyArns",
)
