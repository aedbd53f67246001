"""EC2.IMDSv2: instances require IMDSv2 (session tokens) for the instance metadata service."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_intrinsic, ref_target
from .._rule import Level, Resource, Rule


def _requires_tokens(options: Any) -> bool:
    return isinstance(options, dict) and (options.get("HttpTokens") == "required" or is_intrinsic(
        options.get("HttpTokens")) or options.get("HttpEndpoint") == "disabled")


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if resource.type == "AWS::AutoScaling::LaunchConfiguration":
        options = props.get("MetadataOptions")
    elif resource.type == "AWS::EC2::LaunchTemplate":
        data = props.get("LaunchTemplateData")
        options = data.get("MetadataOptions") if isinstance(data, dict) else None
    else:
        options = props.get("MetadataOptions")  # the instance's own (CloudFormation added it in 2024)
        template = props.get("LaunchTemplate")
        if not _requires_tokens(options) and isinstance(template, dict):
            target = _launch_template(template, resource)
            data = resource.template.properties(target).get("LaunchTemplateData") if target else None
            options = data.get("MetadataOptions") if isinstance(data, dict) else None
    return None if _requires_tokens(options) else "IMDSv1 is allowed (HttpTokens is not required)"


def _launch_template(spec: Mapping[str, Any], resource: Resource) -> str | None:
    """The logical id of the launch template an instance names (by Ref/GetAtt, or by its literal name, as
    aws-cdk-lib's ``require_imdsv2`` does)."""
    for key in ("LaunchTemplateId", "LaunchTemplateName", "Version"):
        target = ref_target(spec.get(key))
        if target is not None:
            return target
    name = spec.get("LaunchTemplateName")
    view = resource.template
    for candidate in view.of_type("AWS::EC2::LaunchTemplate"):
        if isinstance(name, str) and view.properties(candidate).get("LaunchTemplateName") == name:
            return candidate
    return None


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
