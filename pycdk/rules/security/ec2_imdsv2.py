"""EC2.IMDSv2: instances require IMDSv2 (session tokens) for the instance metadata service."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import ref_target
from .._rule import Level, Resource, Rule


def _requires_tokens(options: Any) -> bool:
    return isinstance(options, dict) and (options.get("HttpTokens") == "required"
                                          or options.get("HttpEndpoint") == "disabled")


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if resource.type == "AWS::AutoScaling::LaunchConfiguration":
        options = props.get("MetadataOptions")
    elif resource.type == "AWS::EC2::LaunchTemplate":
        data = props.get("LaunchTemplateData")
        options = data.get("MetadataOptions") if isinstance(data, dict) else None
    else:
        options = None
        template = props.get("LaunchTemplate")
        if isinstance(template, dict):
            target = ref_target(template.get("LaunchTemplateId")) or ref_target(template.get("LaunchTemplateName"))
            data = resource.template.properties(target).get("LaunchTemplateData") if target else None
            options = data.get("MetadataOptions") if isinstance(data, dict) else None
    return None if _requires_tokens(options) else "IMDSv1 is allowed (HttpTokens is not required)"


RULE = Rule(
    id="EC2.IMDSv2",
    level=Level.ERROR,
    resource_types=("AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"),
    title="The instance metadata service accepts IMDSv1",
    why="IMDSv1 answers any request from the instance, so a server-side request forgery flaw in the workload "
    "leaks the instance role's credentials; IMDSv2 requires a session token first.",
    fix="Set require_imdsv2=True on the instance or launch template (HttpTokens: required).",
    check=check,
)
