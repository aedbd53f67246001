"""``CfnElement``: a construct that renders into a CloudFormation template section."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._construct import Construct, _cached_stack
from ._errors import ValidationError
from ._private.token_map import TOKEN_MAP

if TYPE_CHECKING:
    from ._mixins import IMixin
    from ._stack import Stack


class _LogicalIdToken:
    """Resolves to an element's final logical id (overrides and renames applied)."""

    __slots__ = ("element", "__weakref__")

    def __init__(self, element: CfnElement) -> None:
        self.element = element

    def resolve(self, context: Any) -> str:
        return self.element._resolved_logical_id()

    @property
    def creation_stack(self) -> list[str]:
        return []


def _stack_of(scope: Construct) -> Stack:
    from ._stack import Stack

    global _stack_of
    _stack_of = Stack.of  # bind once: the import cannot run at module load (circular)
    return Stack.of(scope)


class CfnElement(Construct):
    """Base of every construct that renders into the template (resources, parameters, outputs...)."""

    _cfn_refs: dict[str, Any] | None = None  # its Ref and GetAtt references, made on first use (CfnReference)

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self._stack: Stack = _cached_stack(scope) or _stack_of(scope)
        self._logical_id_override: str | None = None
        self._logical_id_cache: str | None = None
        self._logical_id_token: str | None = None

    @property
    def stack(self) -> Stack:
        """The stack this element belongs to."""
        return self._stack

    @property
    def logical_id(self) -> str:
        """The logical id, as a token resolved at synthesis (overrides may still change it)."""
        tok = self._logical_id_token
        if tok is None:
            tok = TOKEN_MAP.register_string(_LogicalIdToken(self), "LogicalID")
            self._logical_id_token = tok
        return tok

    def with_(self, *mixins: IMixin) -> CfnElement:
        """Apply mixins, in order, to this element and the constructs below it (each where it is supported); self.

        The constructs are listed once at the start: constructs a mixin adds are not visited.
        """
        from ._mixins import with_mixins

        return with_mixins(self, *mixins)  # type: ignore[no-any-return]

    def override_logical_id(self, new_logical_id: str) -> None:
        """Use ``new_logical_id`` as the logical id instead of the path-based one.

        Raises:
            ValidationError: ``new_logical_id`` is not a string of 1 to 255 letters and digits, or holds a token (a logical ID must be known at synthesis; aws-cdk-lib
                fails later, rendering the template, with "KeyMustResolveToString").
        """
        if not isinstance(new_logical_id, str) or "${Token[" in new_logical_id:
            raise ValidationError(
                f"override_logical_id() needs a literal logical ID string, got {new_logical_id!r}; "
                "use a fixed string of letters and digits",
                self,
            )
        if not (0 < len(new_logical_id) <= 255 and new_logical_id.isascii() and new_logical_id.isalnum()):
            # CloudFormation refuses such a template; aws-cdk-lib only warns (its template validation)
            raise ValidationError(
                "override_logical_id(): a logical ID must adhere to the regular expression /^[A-Za-z0-9]{1,255}$/, "
                f"got {new_logical_id[:300]!r} ({len(new_logical_id)} characters)",
                self,
            )
        self._logical_id_override = new_logical_id
        self._logical_id_cache = None

    def _resolved_logical_id(self) -> str:
        lid = self._logical_id_cache
        if lid is None:
            override = self._logical_id_override
            if override is not None and "{Token[" in override:
                # a token override (e.g. a hash of the final model) is resolved every time, never cached
                return str(self._stack.resolve(override))
            lid = override or self._stack._allocate_logical_id(self)
            self._logical_id_cache = lid
        return lid

    @property
    def creation_stack(self) -> list[str]:
        """Not recorded in pycdk."""
        return []

    @staticmethod
    def is_cfn_element(x: object) -> bool:
        """True for CfnElements."""
        return isinstance(x, CfnElement)

    def _to_cloudformation(self) -> dict[str, Any]:
        """The template fragment (unresolved) this element contributes."""
        raise NotImplementedError

    def _post_resolve(self, fragment: dict[str, Any], context: Any) -> dict[str, Any]:
        """Hook applied to the resolved fragment."""
        return fragment

    def _should_synthesize(self) -> bool:
        return True


class CfnRefElement(CfnElement):
    """A CfnElement that can be referenced with ``Ref``."""

    @property
    def ref(self) -> str:
        """``{"Ref": <logical id>}`` as a string token."""
        from ._cfn_reference import CfnReference

        return CfnReference.for_ref(self).to_string()
