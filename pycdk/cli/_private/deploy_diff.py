"""``pycdk diff --deployed``: the deployed templates of the selected stacks, read with CloudFormation GetTemplate."""

from __future__ import annotations

from typing import Any

from .assembly import StackInfo
from .aws_environment import resolve_environment
from .deployments import artifact_properties, deployed_template


def deployed_templates(stacks: list[StackInfo]) -> dict[str, dict[str, Any]]:
    """The deployed template of each stack that is deployed, by artifact id (stacks not deployed are left out)."""
    found: dict[str, dict[str, Any]] = {}
    for stack in stacks:
        env = resolve_environment(stack.environment, stack.display_name)
        lookup = artifact_properties(stack).get("lookupRole")  # the CDK CLI reads deployed templates with it
        if isinstance(lookup, dict):
            env = env.assuming(lookup.get("arn"), lookup.get("assumeRoleExternalId"))
        template = deployed_template(env.client("cloudformation"), stack.stack_name)
        if template is not None:
            found[stack.artifact_id] = template
    return found
