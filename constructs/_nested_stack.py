"""``NestedStack``: a stack deployed as an ``AWS::CloudFormation::Stack`` resource of its parent."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from ._cfn_resource import CfnResource
from ._construct import Construct
from ._duration import Duration
from ._errors import ValidationError
from ._removal_policy import RemovalPolicy
from ._stack import Environment, Stack
from ._synthesizers import NestedStackSynthesizer
from ._token import Lazy, Token


def _find_parent_stack(scope: Construct) -> Stack:
    cur: Construct | None = scope
    while cur is not None:
        if isinstance(cur, Stack):
            return cur
        cur = cur.node.scope
    raise ValidationError("Nested stacks must be defined within scope of another non-nested stack", scope)


class _ContextualStackName:
    """``AWS::StackName`` inside the nested stack; the name from the resource's Ref outside it."""

    __slots__ = ("nested", "__weakref__")

    def __init__(self, nested: NestedStack) -> None:
        self.nested = nested

    def resolve(self, context: Any) -> Any:
        if Stack.of(context.scope) is self.nested:
            return {"Ref": "AWS::StackName"}
        from ._fn import Fn

        return Fn.select(1, Fn.split("/", self.nested.nested_stack_resource.ref))


class NestedStack(Stack):
    """A nested stack.

    Args:
        parameters: values for the nested template's parameters.
        timeout: how long CloudFormation waits for the nested stack.
        notification_arns: SNS topics for stack events.
        removal_policy: for the ``AWS::CloudFormation::Stack`` resource (default DESTROY).
        description: the nested template's description.
        suppress_template_indentation: write the nested template as compact JSON.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        description: str | None = None,
        notification_arns: Sequence[str] | None = None,
        parameters: Mapping[str, str] | None = None,
        removal_policy: RemovalPolicy | None = None,
        suppress_template_indentation: bool | None = None,
        timeout: Duration | None = None,
    ) -> None:
        parent = _find_parent_stack(scope)
        self._parent_stack = parent
        account, region = parent._synthesis_known_env()
        super().__init__(
            scope,
            id,
            env=Environment(account=account, region=region),
            synthesizer=NestedStackSynthesizer(parent.synthesizer),
            description=description,
            cross_region_references=parent.cross_region_references,
            suppress_template_indentation=suppress_template_indentation,
        )
        from ._names import Names

        self.template_file: str = f"{Names.unique_id(self)}.nested.template.json"
        self._parameters: dict[str, Any] = dict(parameters or {})
        self._template_hash: str | None = None
        parent_scope = Construct(scope, f"{id}.NestedStack")
        props: dict[str, Any] = {
            "NotificationARNs": list(notification_arns) if notification_arns else None,
            "Parameters": Lazy.uncached_any(lambda ctx=None: self._parameters or None),
            "TemplateURL": Lazy.uncached_string(lambda ctx=None: self._template_url()),
            "TimeoutInMinutes": timeout.to_minutes() if timeout is not None else None,
        }
        self.resource: CfnResource = CfnResource(parent_scope, f"{id}.NestedStackResource", type="AWS::CloudFormation::Stack",
                                    properties=props)
        self.resource.apply_removal_policy(removal_policy or RemovalPolicy.DESTROY)
        # tree.json shows this resource as aws-cdk-lib's L1 CfnStack
        self.resource._tree_fqn = ("aws-cdk-lib.CfnStack", "2.275.0")  # type: ignore[attr-defined]
        self.resource._tree_attributes = self._resource_tree_attributes  # type: ignore[attr-defined]
        self.nested_stack_resource = self.resource
        self._stack_name_token = Token.as_string(_ContextualStackName(self))

    def _resource_tree_attributes(self) -> dict[str, Any]:
        from ._token import ResolveContext

        props = self.resource._cfn_properties
        camel = {
            "notificationArns": props.get("NotificationARNs"),
            "parameters": props.get("Parameters"),
            "templateUrl": props.get("TemplateURL"),
            "timeoutInMinutes": props.get("TimeoutInMinutes"),
        }
        return {
            "aws:cdk:cloudformation:type": "AWS::CloudFormation::Stack",
            "aws:cdk:cloudformation:logicalId": self.resource._resolved_logical_id(),
            "aws:cdk:cloudformation:props": ResolveContext(self._parent_stack, synthesizing=True).resolve(camel),
        }

    @property
    def nested_stack_parent(self) -> Stack | None:
        return self._parent_stack

    @property
    def stack_name(self) -> str:
        return self._stack_name_token

    @property
    def stack_id(self) -> str:
        return self.resource.ref

    def set_parameter(self, name: str, value: str) -> None:
        """Set a parameter of the nested template."""
        self._parameters[name] = value
        self._parent_stack._synthesis_invalidate()

    def _set_parameter(self, name: str, value: str) -> None:
        self.set_parameter(name, value)

    def _synthesis_render(self) -> dict[str, Any] | None:
        """As a stack's; a changed template (a new hash) makes the parent stack render again."""
        template = super()._synthesis_render()
        if template is not None and self._set_template(template):
            self._parent_stack._synthesis_invalidate()
        return template

    def _set_template(self, template: dict[str, Any]) -> bool:
        """Record the rendered template; True if its hash changed (sha256 of the compact JSON, as CDK)."""
        from ._private.json_writer import template_json

        h = hashlib.sha256(template_json(template, compact=True).encode("utf-8")).hexdigest()
        changed = h != self._template_hash
        self._template_hash = h
        return changed

    @property
    def template_hash(self) -> str:
        return self._template_hash or ""

    def _template_url(self) -> str:
        parent = self._parent_stack
        publish = getattr(parent.synthesizer, "_publish_nested_template", None)
        if publish is not None:  # a synthesizer with its own asset bucket (a Service Catalog product stack)
            location = publish(self)
            return f"https://s3.{parent.region}.{parent.url_suffix}/{location.bucket_name}/{location.object_key}"
        top = parent
        while top.nested_stack_parent is not None:
            top = top.nested_stack_parent
        synth = top.synthesizer
        bucket = synth._synthesis_file_assets_bucket()
        if bucket is None:
            raise ValidationError("Nested stacks need a parent stack with an asset-capable synthesizer", self)
        from ._fn import Fn

        # the bucket with the parent's known account/region substituted (aws-cdk-lib's specialized name)
        specialized: str = getattr(synth, "bucket_name", bucket)
        bucket_value = Fn.sub(specialized) if "${" in specialized else specialized
        key = f"{getattr(synth, 'bucket_prefix', '')}{self.template_hash}.json"
        return f"https://s3.{parent.region}.{parent.url_suffix}/{bucket_value}/{key}"

    @staticmethod
    def is_nested_stack(x: object) -> bool:
        """True for nested stacks."""
        return isinstance(x, NestedStack)
