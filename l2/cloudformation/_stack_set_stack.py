"""``StackSetStack``: a stack set's template defined in the app, inside the stack that holds the ``StackSet``.

Like aws-cdk-lib's ``ProductStack`` (and cdklabs' ``cdk-stacksets``), it is a stack that is not deployed itself: its
template renders at synthesis before its parent's, is written to the cloud assembly as
``<unique id>.stackset.template.json`` and published as a file asset of the parent stack, whose URL the stack set
names (``TemplateURL``). pycdk builds it on the core's nested-stack rendering, without the nested stack's
``AWS::CloudFormation::Stack`` resource. Assets are refused: they would be published to the parent's bootstrap
bucket, which the stack set's target accounts and regions cannot read.
"""

from __future__ import annotations

from typing import Any

from constructs import (
    Construct,
    FileAssetPackaging,
    FileAssetSource,
    Lazy,
    Names,
    NestedStack,
    Stack,
    UnscopedValidationError,
    ValidationError,
)


def _parent_stack(scope: Construct) -> Stack:
    cur: Construct | None = scope
    while cur is not None:
        if isinstance(cur, Stack):
            return cur
        cur = cur.node.scope
    raise ValidationError("A StackSetStack must be defined within the scope of a stack (the StackSet's)", scope)


class StackSetStack(NestedStack):
    """The template of a ``StackSet``, written as a stack inside the stack that holds the stack set.

    Args:
        description: the template's description.
    """

    def __init__(self, scope: Construct, id: str, *, description: str | None = None) -> None:
        parent = _parent_stack(scope)
        super().__init__(scope, id, description=description)
        # a stack set's template is no AWS::CloudFormation::Stack of its parent: drop the nested-stack resource
        scope.node.try_remove_child(f"{id}.NestedStack")
        self.synthesizer = _NoAssetsSynthesizer(parent)
        self.synthesizer.bind(self)
        self.template_file: str = f"{Names.unique_id(self)}.stackset.template.json"
        self._stack_set_parent = parent
        self._rendered: dict[str, Any] | None = None
        self._stack_set_template_url = Lazy.uncached_string(lambda ctx=None: self._publish_template())

    @property
    def stack_set_parent(self) -> Stack:
        """The stack that publishes this template (and holds the stack set)."""
        return self._stack_set_parent

    def _set_template(self, template: dict[str, Any]) -> bool:
        self._rendered = template
        return super()._set_template(template)

    def _rendered_template(self) -> dict[str, Any]:
        if self._rendered is None:
            raise UnscopedValidationError(f"StackSetStack {self.node.path} has not been rendered (internal error)")
        return self._rendered

    def _publish_template(self) -> str:
        location = self._stack_set_parent.synthesizer.add_file_asset(FileAssetSource(
            packaging=FileAssetPackaging.FILE,
            source_hash=self.template_hash,
            file_name=self.template_file,
            display_name=f"{self.node.path} StackSet Template",
        ))
        return location.http_url


class _NoAssetsSynthesizer:
    """A stack set's template cannot use assets; everything else as the parent's synthesizer."""

    def __init__(self, parent: Stack) -> None:
        self._parent_synthesizer = parent.synthesizer
        self.bound_stack: Stack | None = None

    def bind(self, stack: Stack) -> None:
        self.bound_stack = stack

    @property
    def bootstrap_qualifier(self) -> str | None:
        return self._parent_synthesizer.bootstrap_qualifier

    @property
    def lookup_role(self) -> str | None:
        return self._parent_synthesizer.lookup_role

    def _refuse(self) -> Any:
        path = self.bound_stack.node.path if self.bound_stack is not None else "StackSetStack"
        raise UnscopedValidationError(
            f"StackSetStack {path} cannot use assets: they would be published to the parent stack's bootstrap "
            "bucket, which the stack set's target accounts and regions cannot read")

    def add_file_asset(self, asset: Any = None, **kwargs: Any) -> Any:
        return self._refuse()

    def add_docker_image_asset(self, asset: Any = None, **kwargs: Any) -> Any:
        return self._refuse()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._parent_synthesizer, name)
