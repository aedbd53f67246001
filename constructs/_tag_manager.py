"""``TagManager``: the tags of one taggable L1 resource (or stack), rendered in the type's tagging style."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from constructs._private import structs

from ._private.collation import locale_key
from ._token import Token

if TYPE_CHECKING:
    from constructs._token import IResolvable


class TagType(enum.Enum):
    """How a resource type takes its tags."""

    STANDARD = "StandardTag"
    AUTOSCALING_GROUP = "AutoScalingGroupTag"
    MAP = "StringToStringMap"
    KEY_VALUE = "KeyValue"
    NOT_TAGGABLE = "NotTaggable"


@structs.frozen(kw_only=True)
class CfnTag:
    """A ``{Key, Value}`` tag.

    Args:
        key: the tag's key.
        value: the tag's value.
    """

    key: str
    value: str

    def _cfn_render(self) -> dict[str, Any]:
        return {"Key": self.key, "Value": self.value}


class _Tag:
    __slots__ = ("key", "value", "apply_to_launched_instances")

    def __init__(self, key: str, value: Any, apply_to_launched_instances: bool = True) -> None:
        self.key = key
        self.value = value
        self.apply_to_launched_instances = apply_to_launched_instances


def _field(tag: Any, *names: str) -> Any:
    if isinstance(tag, Mapping):
        for n in names:
            if n in tag:
                return tag[n]
        return None
    for n in names:
        v = getattr(tag, n, None)
        if v is not None:
            return v
    return None


class TagManager:
    """Tags of a resource, with priorities; renders them in the resource type's style.

    Args:
        tag_type: the tagging style of the resource type.
        resource_type_name: the CloudFormation type (for include/exclude filters).
        initial_tags: tags given to the L1 constructor (priority 50).
        tag_property_name: the name of the tags property (``tags`` by default).
    """

    INITIAL_PRIORITY = 50
    # read-only stand-ins until the first tag operation gives the instance its own dicts
    _tags: Mapping[str, _Tag] = MappingProxyType({})
    _priorities: Mapping[str, int] = MappingProxyType({})
    _dynamic: Any = None

    def __init__(
        self,
        tag_type: TagType,
        resource_type_name: str,
        initial_tags: object = None,
        *,
        tag_property_name: str | None = None,
    ) -> None:
        self.tag_type = tag_type
        self.resource_type_name = resource_type_name
        self.tag_property_name: str = tag_property_name or "tags"
        # _tags, _priorities and _dynamic are made on the first tag (most resources never get one)
        if initial_tags is not None:
            self._parse_initial(initial_tags)

    # -- parsing ---------------------------------------------------------------------------------------
    def _parse_initial(self, initial: Any) -> None:
        if Token.is_unresolved(initial):
            self._dynamic = initial
            return
        p = self.INITIAL_PRIORITY
        if self.tag_type is TagType.MAP or (self.tag_type is TagType.KEY_VALUE and isinstance(initial, Mapping)):
            dyn: dict[str, Any] = {}
            for k, v in initial.items():
                if Token.is_unresolved(k):
                    dyn[k] = v
                else:
                    self.set_tag(k, v, p)
            if dyn:
                self._dynamic = dyn
            return
        dyn_list: list[Any] = []
        for tag in initial:
            key = _field(tag, "key", "Key")
            value = _field(tag, "value", "Value")
            if Token.is_unresolved(tag) or key is None or Token.is_unresolved(key):
                dyn_list.append(tag)
                continue
            propagate = _field(tag, "propagate_at_launch", "PropagateAtLaunch")
            self.set_tag(key, value, p, propagate is not False)
        if dyn_list:
            self._dynamic = dyn_list

    # -- mutation --------------------------------------------------------------------------------------
    def set_tag(self, key: str, value: str, priority: int = 0, apply_to_launched_instances: bool = True) -> None:
        """Set a tag unless a higher-priority operation already decided this key."""
        if priority < self._priorities.get(key, 0):
            return
        tags, priorities = self._own_dicts()
        tags[key] = _Tag(key, value, apply_to_launched_instances)
        priorities[key] = priority

    def remove_tag(self, key: str, priority: int) -> None:
        """Remove a tag unless a higher-priority operation already decided this key."""
        if priority < self._priorities.get(key, 0):
            return
        tags, priorities = self._own_dicts()
        tags.pop(key, None)
        priorities[key] = priority

    def _own_dicts(self) -> tuple[dict[str, _Tag], dict[str, int]]:
        d = self.__dict__
        tags = d.get("_tags")
        if tags is None:
            tags = d["_tags"] = {}
            d["_priorities"] = {}
        return tags, d["_priorities"]

    def apply_tag_aspect_here(self, include: list[str] | None = None, exclude: list[str] | None = None) -> bool:
        """True if a tag aspect with these filters applies to this resource type."""
        if exclude and self.resource_type_name in exclude:
            return False
        if include and self.resource_type_name not in include:
            return False
        return True

    # -- reading ---------------------------------------------------------------------------------------
    def has_tags(self) -> bool:
        """True if any tag is set."""
        return bool(self._tags)

    def tag_values(self) -> dict[str, Any]:
        """The tags as a ``{key: value}`` map."""
        return {t.key: t.value for t in self._sorted()}

    def _sorted(self) -> list[_Tag]:
        return sorted(self._tags.values(), key=lambda t: locale_key(t.key))

    @property
    def rendered_tags(self) -> IResolvable:
        """The rendered tags, as a token resolved at synthesis (``render_tags()`` then)."""
        from ._token import Lazy

        return Lazy.any(lambda: self.render_tags())

    def render_tags(self, combine_with_tags: object = None) -> Any:
        """The tags in the type's style, or None when there are none."""
        dyn = self._dynamic
        if dyn is None and not self._tags:
            return None  # no tag given or applied (most resources): nothing to sort or render
        tags = self._sorted()
        tt = self.tag_type
        if tt is TagType.NOT_TAGGABLE:
            return None
        if tt is TagType.MAP:
            m: dict[str, Any] = {t.key: t.value for t in tags}
            if isinstance(dyn, Mapping):
                m.update(dyn)
            elif dyn is not None:
                return dyn if not m else m
            return m or None
        if tt is TagType.AUTOSCALING_GROUP:
            out: list[Any] = [
                {"Key": t.key, "PropagateAtLaunch": t.apply_to_launched_instances, "Value": t.value} for t in tags
            ]
        else:
            out = [{"Key": t.key, "Value": t.value} for t in tags]
        if dyn is not None:
            if isinstance(dyn, list) and not Token.is_unresolved(dyn):
                out.extend(dyn)
            else:
                if not out:
                    return dyn
                out.append(dyn)
        return out or None

    @staticmethod
    def is_taggable(construct: object) -> bool:
        """True if the construct has a ``tags`` TagManager."""
        return isinstance(getattr(construct, "tags", None), TagManager)

    @staticmethod
    def is_taggable_v2(construct: object) -> bool:
        """True if the construct has a ``cdk_tag_manager``."""
        return isinstance(getattr(construct, "cdk_tag_manager", None), TagManager)

    @staticmethod
    def of(construct: object) -> TagManager | None:
        """The TagManager of a construct, or None."""
        tm = getattr(construct, "cdk_tag_manager", None)
        if isinstance(tm, TagManager):
            return tm
        tm = getattr(construct, "tags", None)
        return tm if isinstance(tm, TagManager) else None


class ITaggable:
    """Marker for constructs with a ``tags`` TagManager."""

    tags: TagManager
    """The construct's tags."""


class ITaggableV2:
    """Marker for constructs with a ``cdk_tag_manager``."""

    cdk_tag_manager: TagManager
    """The construct's tags."""


@structs.frozen(kw_only=True)
class TagManagerOptions:
    """The options of ``TagManager``.

    Args:
        tag_property_name: the name of the resource's tags property (default ``tags``).
    """

    tag_property_name: str | None = None
