"""``Tags``: add or remove tags on every taggable resource below a scope (through aspects)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._aspects import AspectPriority, Aspects
from ._errors import ValidationError
from ._feature_flags import FeatureFlags, _truthy
from ._private import structs
from ._tag_manager import TagManager

if TYPE_CHECKING:
    from constructs._construct import IConstruct


class _TagBase:
    default_priority = 100

    def __init__(
        self,
        key: str,
        *,
        apply_to_launched_instances: bool | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        include_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        self.key = key
        self.apply_to_launched_instances = apply_to_launched_instances
        self.exclude_resource_types: list[str] = list(exclude_resource_types or [])
        self.include_resource_types: list[str] = list(include_resource_types or [])
        self.priority: int = self.default_priority if priority is None else priority

    def visit(self, construct: IConstruct) -> None:
        tm = TagManager.of(construct)
        if tm is None:
            return
        if tm.apply_tag_aspect_here(self.include_resource_types, self.exclude_resource_types):
            self._apply(tm)

    def _apply(self, tm: TagManager) -> None:
        raise NotImplementedError


class Tag(_TagBase):
    """The aspect that sets a tag.

    Args:
        key / value: the tag.
        apply_to_launched_instances: also tag the instances an Auto Scaling group launches (default True).
        include_resource_types / exclude_resource_types: CloudFormation types to tag only / never (default:
            every taggable resource).
        priority: which of two tag aspects on the same key wins (higher wins; default 100, removals 200).
    """

    default_priority = 100

    def __init__(
        self,
        key: str,
        value: str,
        *,
        apply_to_launched_instances: bool | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        include_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        if value is None:
            raise ValidationError("Tag must have a value")
        super().__init__(
            key,
            apply_to_launched_instances=apply_to_launched_instances,
            exclude_resource_types=exclude_resource_types,
            include_resource_types=include_resource_types,
            priority=priority,
        )
        self.value = value

    def _apply(self, tm: TagManager) -> None:
        tm.set_tag(self.key, self.value, self.priority, self.apply_to_launched_instances is not False)


class RemoveTag(_TagBase):
    """The aspect that removes a tag.

    Args:
        key: the tag to remove.
        apply_to_launched_instances / include_resource_types / exclude_resource_types: as for ``Tag``.
        priority: which of two tag aspects on the same key wins (higher wins; default 200).
    """

    default_priority = 200

    def _apply(self, tm: TagManager) -> None:
        tm.remove_tag(self.key, self.priority)


EXPLICIT_STACK_TAGS = "@aws-cdk/core:explicitStackTags"


class Tags:
    """Tags of a scope: ``Tags.of(scope).add(key, value)``."""

    def __init__(self, scope: IConstruct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: IConstruct) -> Tags:
        """The tags of ``scope`` (and everything below it)."""
        return Tags(scope)

    def _priority(self) -> int:
        flag = self._scope.node.try_get_context("@aws-cdk/core:aspectPrioritiesMutating")
        return AspectPriority.MUTATING if flag is not None and _truthy(flag) else AspectPriority.DEFAULT

    def add(
        self,
        key: str,
        value: str,
        *,
        apply_to_launched_instances: bool | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        include_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Add a tag to every taggable resource below the scope (with ``@aws-cdk/core:explicitStackTags``, not
        to stacks unless ``include_resource_types`` names ``aws:cdk:stack``)."""
        if FeatureFlags.of(self._scope).is_enabled(EXPLICIT_STACK_TAGS) and "aws:cdk:stack" not in (
            include_resource_types or ()
        ):
            exclude_resource_types = [*(exclude_resource_types or ()), "aws:cdk:stack"]
        Aspects.of(self._scope).add(
            Tag(
                key,
                value,
                apply_to_launched_instances=apply_to_launched_instances,
                exclude_resource_types=exclude_resource_types,
                include_resource_types=include_resource_types,
                priority=priority,
            ),
            priority=self._priority(),
        )

    def remove(
        self,
        key: str,
        *,
        apply_to_launched_instances: bool | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        include_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Remove a tag from every taggable resource below the scope."""
        Aspects.of(self._scope).add(
            RemoveTag(
                key,
                apply_to_launched_instances=apply_to_launched_instances,
                exclude_resource_types=exclude_resource_types,
                include_resource_types=include_resource_types,
                priority=priority,
            ),
            priority=self._priority(),
        )


@structs.frozen(kw_only=True)
class TagProps:
    """The options of ``Tags.add``/``Tags.remove`` and the ``Tag``/``RemoveTag`` aspects.

    Args:
        apply_to_launched_instances: for Auto Scaling groups, also tag the instances they launch (default true).
        exclude_resource_types: resource types not to tag (default none).
        include_resource_types: the only resource types to tag (default all).
        priority: the priority; a higher one wins (default 100 for a tag, 200 for a removal, 50 for tags given
            to an L1 directly).
    """

    apply_to_launched_instances: bool | None = None
    exclude_resource_types: Sequence[str] | None = None
    include_resource_types: Sequence[str] | None = None
    priority: int | float | None = None
