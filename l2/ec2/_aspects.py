"""Aspects that require IMDSv2 (session tokens for instance metadata) on instances and launch templates."""

from __future__ import annotations

from typing import Any

from constructs import Annotations, FeatureFlags, IConstruct, Names, Token
from constructs.internals import structs

_UNIQUE_NAME_FLAG = "@aws-cdk/aws-ec2:uniqueImdsv2TemplateName"


@structs.frozen(kw_only=True)
class InstanceRequireImdsv2AspectProps:
    """Options of ``InstanceRequireImdsv2Aspect``.

    Args:
        suppress_launch_template_warning: no warning for instances that already have a launch template.
        suppress_warnings: no warnings at all.
    """

    suppress_launch_template_warning: bool | None = None
    suppress_warnings: bool | None = None


@structs.frozen(kw_only=True)
class LaunchTemplateRequireImdsv2AspectProps:
    """Options of ``LaunchTemplateRequireImdsv2Aspect``.

    Args:
        suppress_warnings: no warnings when a launch template cannot be changed.
    """

    suppress_warnings: bool | None = None


class _RequireImdsv2Aspect:
    def __init__(self, suppress_warnings: bool | None) -> None:
        self._suppress_warnings = bool(suppress_warnings)

    def _warn(self, node: Any, message: str) -> None:
        if not self._suppress_warnings:
            Annotations.of(node).add_warning_v2(
                "@aws-cdk/aws-ec2:imdsv2RequireImdsv2Aspect",
                f"RequireImdsv2Aspect failed on node {node.node.id}: {message}",
            )


class InstanceRequireImdsv2Aspect(_RequireImdsv2Aspect):
    """Requires IMDSv2 on every ``Instance`` it visits, by giving it a launch template with ``HttpTokens:
    required``.

    Takes the keyword arguments of ``InstanceRequireImdsv2AspectProps`` (see that class for each keyword).
    """

    def __init__(
        self, *, suppress_launch_template_warning: bool | None = None, suppress_warnings: bool | None = None
    ) -> None:
        super().__init__(suppress_warnings)
        self._suppress_launch_template_warning = bool(suppress_launch_template_warning)

    def visit(self, node: IConstruct) -> None:
        """Add the launch template to an ``Instance``."""
        from l1.ec2 import CfnLaunchTemplate
        from l2.ec2._instance import Instance

        if not isinstance(node, Instance):
            return
        if node.instance.launch_template is not None:
            self._warn(node, "Cannot toggle IMDSv1 because this Instance is associated with an existing Launch "
                             "Template.")
            return
        template = CfnLaunchTemplate(node, "LaunchTemplate", launch_template_data=CfnLaunchTemplate.LaunchTemplateDataProperty(
            metadata_options=CfnLaunchTemplate.MetadataOptionsProperty(http_tokens="required"),
        ))
        if FeatureFlags.of(node).is_enabled(_UNIQUE_NAME_FLAG):
            template.launch_template_name = Names.unique_id(template)
        else:
            template.launch_template_name = f"{node.node.id}LaunchTemplate"
        from l1.ec2 import CfnInstance

        node.instance.launch_template = CfnInstance.LaunchTemplateSpecificationProperty(
            launch_template_name=template.launch_template_name,
            version=Token.as_string(template.get_att("LatestVersionNumber")),
        )

    def _warn(self, node: Any, message: str) -> None:
        if not self._suppress_launch_template_warning:
            super()._warn(node, message)


class LaunchTemplateRequireImdsv2Aspect(_RequireImdsv2Aspect):
    """Requires IMDSv2 on every ``LaunchTemplate`` it visits (``MetadataOptions.HttpTokens: required``).

    Takes the keyword arguments of ``LaunchTemplateRequireImdsv2AspectProps`` (see that class for each keyword).
    """

    def __init__(self, *, suppress_warnings: bool | None = None) -> None:
        super().__init__(suppress_warnings)

    def visit(self, node: IConstruct) -> None:
        """Set ``HttpTokens: required`` on a ``LaunchTemplate``'s data."""
        from l1.ec2 import CfnLaunchTemplate
        from l2.ec2._launch_template import LaunchTemplate

        if not isinstance(node, LaunchTemplate):
            return
        resource: Any = node.node.try_find_child("Resource")
        data = resource.launch_template_data
        if Token.is_unresolved(data) and not isinstance(data, (dict, CfnLaunchTemplate.LaunchTemplateDataProperty)):
            self._warn(node, "LaunchTemplateData is a CDK token.")
            return
        metadata = _get(data, "metadata_options")
        if metadata is not None and Token.is_unresolved(metadata) and not isinstance(
            metadata, (dict, CfnLaunchTemplate.MetadataOptionsProperty)
        ):
            self._warn(node, "LaunchTemplateData.MetadataOptions is a CDK token.")
            return
        new_metadata = _evolve(metadata, CfnLaunchTemplate.MetadataOptionsProperty, http_tokens="required")
        resource.launch_template_data = _evolve(data, CfnLaunchTemplate.LaunchTemplateDataProperty,
                                                metadata_options=new_metadata)


def _get(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def _evolve(obj: Any, cls: Any, **changes: Any) -> Any:
    if obj is None:
        return cls(**changes)
    if isinstance(obj, dict):
        return {**obj, **changes}
    values = {row[1]: getattr(obj, row[1]) for row in obj._CFN_PROPS}
    values.update(changes)
    return type(obj)(**{k: v for k, v in values.items() if v is not None})
