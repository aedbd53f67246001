"""IAM.NoAdministratorPolicy: nothing attaches the AdministratorAccess managed policy."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import managed_policy_arns
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    for arn in managed_policy_arns(props):
        if arn.endswith(":iam::aws:policy/AdministratorAccess"):
            return "The AdministratorAccess managed policy is attached"
    return None


RULE = Rule(
    id="IAM.NoAdministratorPolicy",
    level=Level.ERROR,
    resource_types=("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"),
    title="The AdministratorAccess managed policy is attached",
    why="AdministratorAccess allows every action on every resource of the account.",
    fix="Attach a policy with the permissions the workload uses.",
    check=check,
    location="Properties/ManagedPolicyArns",
)
