"""Descriptors for the ``attr_*`` properties of L1 classes.

aws-cdk-lib builds every ``attr*`` token in the constructor; here a token is built on first access and cached
on the instance (the descriptor defines ``__get__`` only, so the cached value in ``__dict__`` wins afterwards).
"""

from __future__ import annotations

from typing import Any, Self, overload

from constructs import IResolvable, ResolutionTypeHint, TagManager, TagType, Token

_set = object.__setattr__


class _Attribute:
    """A GetAtt attribute of an L1 resource, exposed as a cached instance property."""

    __slots__ = ("attribute", "name")

    def __init__(self, attribute: str) -> None:
        self.attribute: str = attribute
        self.name: str = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def _make(self, reference: IResolvable) -> Any:
        return reference

    def _get(self, obj: Any) -> Any:
        value = self._make(obj.get_att(self.attribute))
        _set(obj, self.name, value)  # like writing __dict__ (this descriptor has no __set__), without making it
        return value


class AttrString(_Attribute):
    """A string attribute: ``Token.as_string(resource.get_att(name))``."""

    __slots__ = ()

    def _make(self, reference: IResolvable) -> Any:
        return Token.as_string(reference)

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> str: ...
    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        return self if obj is None else self._get(obj)


class AttrList(_Attribute):
    """A list-of-strings attribute: ``Token.as_list(resource.get_att(name, ResolutionTypeHint.STRING_LIST))``.

    The type hint makes a reference from another stack travel as a ``||``-joined string, as in aws-cdk-lib.
    """

    __slots__ = ()

    def _make(self, reference: IResolvable) -> Any:
        if getattr(reference, "type_hint", ResolutionTypeHint.STRING_LIST) is None:
            intrinsic: Any = reference  # a CfnReference: its type hint is settable
            intrinsic.type_hint = ResolutionTypeHint.STRING_LIST
        return Token.as_list(reference)

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> list[str]: ...
    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        return self if obj is None else self._get(obj)


class AttrNumber(_Attribute):
    """A numeric attribute: ``Token.as_number(resource.get_att(name))``."""

    __slots__ = ()

    def _make(self, reference: IResolvable) -> Any:
        return Token.as_number(reference)

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> float: ...
    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        return self if obj is None else self._get(obj)


class AttrReference(_Attribute):
    """An attribute of another type (object, boolean, list of objects): the GetAtt reference itself."""

    __slots__ = ()

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> IResolvable: ...
    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        return self if obj is None else self._get(obj)


class LazyTags:
    """The ``tags`` of a taggable L1 class: an instance given no tags makes its ``TagManager`` on first access.

    Most resources never get a tag; until one is read, the instance holds no ``TagManager``. The constructor stores
    the one it makes from tags given to it on the instance, which then wins over this descriptor (it has no
    ``__set__``), as does the one made here on first access. Either way ``resource.tags`` is one ``TagManager``,
    the same one every time, built with the same arguments as the constructor would have.
    """

    __slots__ = ("tag_type", "resource_type_name", "tag_property_name")

    def __init__(self, tag_type: TagType, resource_type_name: str, tag_property_name: str) -> None:
        self.tag_type = tag_type
        self.resource_type_name = resource_type_name
        self.tag_property_name = tag_property_name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> TagManager: ...
    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        tags = TagManager(self.tag_type, self.resource_type_name, None, tag_property_name=self.tag_property_name)
        _set(obj, "tags", tags)
        return tags


def unmade_tags(resource: Any) -> LazyTags | None:
    """The class's ``LazyTags`` when ``resource`` has not made its ``TagManager`` yet, else ``None``.

    Until then no tag was given to the resource or added to it (``Tags.of(...).add`` goes through ``resource.tags``),
    so it renders no tags, as an empty manager would; the descriptor carries the manager's ``tag_property_name``.
    Synthesis reads this instead of ``resource.tags`` so it does not make a manager only to find it empty.
    """
    if "tags" in resource.__dict__:
        return None
    lazy = getattr(type(resource), "tags", None)
    return lazy if type(lazy) is LazyTags else None


def _register_tree_renderer() -> None:
    """Let the tree.json writer show L1 properties (it loads only when an L1 class exists: this hook)."""
    from constructs._private import tree

    if not tree.L1_PROPS_RENDERER:
        from constructs._private.l1runtime.tree import tree_props

        tree.L1_PROPS_RENDERER.append(tree_props)


_register_tree_renderer()
