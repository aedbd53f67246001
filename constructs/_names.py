"""``Names``: unique ids and resource names derived from construct paths."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs._private import structs

from ._private.uniqueid import make_unique_id, make_unique_resource_name

if TYPE_CHECKING:
    from ._construct import IConstruct, Node


def _ids_from_root(node: Any) -> list[str]:
    return [c.node.id for c in node.scopes[1:]]


class Names:
    """Helpers that derive names from construct paths."""

    @staticmethod
    def unique_id(construct: IConstruct) -> str:
        """An alphanumeric id unique in the app (path from the root, hashed)."""
        return make_unique_id(_ids_from_root(construct.node))

    @staticmethod
    def node_unique_id(node: Node) -> str:
        """``unique_id`` for a node."""
        return make_unique_id(_ids_from_root(node))

    @staticmethod
    def unique_resource_name(
        construct: IConstruct,
        *,
        allowed_special_characters: str | None = None,
        max_length: int | None = None,
        separator: str | None = None,
    ) -> str:
        """A name unique in the app, usable as a physical resource name."""
        return make_unique_resource_name(
            _ids_from_root(construct.node),
            max_length=max_length or 256,
            separator=separator or "",
            allowed_special_characters=allowed_special_characters or "",
        )

    @staticmethod
    def stack_relative_construct_path(construct: IConstruct) -> str:
        """The construct path relative to its top-level stack (a nested stack's id is part of the path)."""
        from ._stack import Stack
        from ._token import Token

        ids: list[str] = []
        cur: IConstruct | None = construct
        while cur is not None and not (isinstance(cur, Stack) and not Token.is_unresolved(cur.stack_name)):
            ids.append(cur.node.id)
            cur = cur.node.scope
        return "/".join(reversed(ids))


@structs.frozen(kw_only=True)
class UniqueResourceNameOptions:
    """The options of ``Names.unique_resource_name``.

    Args:
        allowed_special_characters: the non-alphanumeric characters kept in the name (default none).
        max_length: the longest the name may be (default 256).
        separator: what goes between the path's parts (default none).
    """

    allowed_special_characters: str | None = None
    max_length: int | None = None
    separator: str | None = None
