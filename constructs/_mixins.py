"""Mixins: reusable changes applied to constructs right away (``Mixins.of(scope).apply(mixin)``), the construct
selectors that pick their targets, and ``Shims`` between mixins and aspects."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs._private import structs

from ._errors import ValidationError

if TYPE_CHECKING:
    from ._aspects import IAspect
    from ._construct import IConstruct

MIXIN_METADATA_KEY = "aws:cdk:analytics:mixin"


@runtime_checkable
class IMixin(Protocol):
    """A change applied to constructs: ``supports`` filters, ``apply_to`` changes one construct."""

    def supports(self, construct: IConstruct) -> bool: ...

    def apply_to(self, construct: IConstruct) -> None: ...


@runtime_checkable
class IConstructSelector(Protocol):
    """Picks constructs from a scope."""

    def select(self, scope: IConstruct) -> list[IConstruct]: ...


def _mixin_name(mixin: IMixin) -> str:
    # a library mixin (``l2.<svc>.mixins.X``, or a subclass of one) is reported by its aws-cdk-lib fqn
    for klass in type(mixin).__mro__:
        parts = klass.__module__.split(".")
        if len(parts) == 3 and parts[0] == "l2" and parts[2] == "mixins":
            return f"aws-cdk-lib.aws_{parts[1]}.mixins.{klass.__name__}"
    return "aws-cdk-lib.Mixin" if isinstance(mixin, Mixin) else "*"


def apply_mixin(construct: Any, mixin: IMixin) -> None:
    """Record the mixin in the construct's metadata and apply it. As aws-cdk-lib's Python API reports them: a
    library mixin by its fqn (``aws-cdk-lib.aws_s3.mixins.BucketVersioning``), another subclass of ``Mixin`` as
    ``aws-cdk-lib.Mixin``, any other mixin as ``*``."""
    construct.node.add_metadata(MIXIN_METADATA_KEY, {"mixin": _mixin_name(mixin)})
    mixin.apply_to(construct)


def with_mixins(target: Any, *mixins: IMixin) -> Any:
    """Apply each mixin to every construct below ``target`` (itself included) that it supports; ``target``."""
    constructs = target.node.find_all()
    for mixin in mixins:
        for c in constructs:
            if mixin.supports(c):
                apply_mixin(c, mixin)
    return target


class Mixin:
    """Base class of mixins: supports every construct unless ``supports`` is overridden; subclasses implement
    ``apply_to``."""

    _is_pycdk_mixin = True

    @staticmethod
    def is_mixin(x: object) -> bool:
        """True if ``x`` is an instance of a ``Mixin`` subclass."""
        return getattr(x, "_is_pycdk_mixin", False) is True and not isinstance(x, type)

    def supports(self, _construct: IConstruct) -> bool:
        """Whether this mixin can be applied to the construct (default: every construct)."""
        return True

    def apply_to(self, construct: IConstruct) -> None:
        """Apply the change to one construct."""
        raise NotImplementedError(f"{type(self).__name__} must implement apply_to()")


@structs.frozen(kw_only=True)
class MixinApplication:
    """One mixin applied to one construct (an entry of ``MixinApplicator.report``).

    Args:
        construct: the construct.
        mixin: the mixin applied to it.
    """

    construct: IConstruct
    mixin: IMixin


class _All:
    def select(self, scope: Any) -> list[Any]:
        return list(scope.node.find_all())


class _CfnResourceSelector:
    def select(self, scope: Any) -> list[Any]:
        from ._cfn_resource import CfnResource

        if isinstance(scope, CfnResource):
            return [scope]
        child = scope.node.default_child
        return [child] if isinstance(child, CfnResource) else []


class _OnlyItself:
    def select(self, scope: Any) -> list[Any]:
        return [scope]


def _pre_order(scope: Any) -> list[Any]:
    out: list[Any] = []
    todo = [scope]
    while todo:
        c = todo.pop()
        out.append(c)
        todo.extend(reversed(c.node.children))
    return out


class _ResourceTypes:
    def __init__(self, types: Sequence[str]) -> None:
        self.types = list(types)

    def select(self, scope: Any) -> list[Any]:
        from ._cfn_resource import CfnResource

        return [c for c in _pre_order(scope) if isinstance(c, CfnResource) and c.cfn_resource_type in self.types]


class _Pattern:
    def __init__(self, pattern: str, field: str) -> None:
        from wcmatch import glob

        self.pattern = pattern
        self.field = field
        self._flags = glob.GLOBSTAR | glob.BRACE | glob.EXTGLOB

    def select(self, scope: Any) -> list[Any]:
        from wcmatch import glob

        return [
            c for c in _pre_order(scope)
            if glob.globmatch(getattr(c.node, self.field), self.pattern, flags=self._flags)
        ]


class ConstructSelector:
    """Ready-made construct selectors."""

    @staticmethod
    def all() -> IConstructSelector:
        """The scope and every construct below it."""
        return _All()

    @staticmethod
    def cfn_resource() -> IConstructSelector:
        """The scope if it is a CfnResource, else its default child if that is one."""
        return _CfnResourceSelector()

    @staticmethod
    def only_itself() -> IConstructSelector:
        """The scope alone."""
        return _OnlyItself()

    @staticmethod
    def resources_of_type(*types: str) -> IConstructSelector:
        """The CfnResources below the scope whose CloudFormation type is one of ``types``."""
        return _ResourceTypes(types)

    @staticmethod
    def by_id(pattern: str) -> IConstructSelector:
        """The constructs whose id matches the glob ``pattern``."""
        return _Pattern(pattern, "id")

    @staticmethod
    def by_path(pattern: str) -> IConstructSelector:
        """The constructs whose path matches the glob ``pattern``."""
        return _Pattern(pattern, "path")


class MixinApplicator:
    """Applies mixins to the constructs a selector picks in a scope (``Mixins.of(scope, selector)``).

    Args:
        scope: where to select.
        selector: which constructs (default: all of them).
    """

    def __init__(self, scope: IConstruct, selector: IConstructSelector | None = None) -> None:
        self._scope = scope
        self._selector = selector if selector is not None else ConstructSelector.all()
        self._applications: list[MixinApplication] = []
        self._selected: list[IConstruct] | None = None
        self._expect_all = False
        self._expect_any = False

    @property
    def selected_constructs(self) -> list[IConstruct]:
        """The constructs the selector picked (selected once)."""
        if self._selected is None:
            self._selected = list(self._selector.select(self._scope))
        return self._selected

    @property
    def report(self) -> list[MixinApplication]:
        """The applications made so far."""
        return self._applications

    def apply(self, *mixins: IMixin) -> MixinApplicator:
        """Apply each mixin to each selected construct it supports."""
        applications: list[MixinApplication] = []
        selected = list(self.selected_constructs)
        for mixin in mixins:
            for c in selected:
                if mixin.supports(c):
                    apply_mixin(c, mixin)
                    applications.append(MixinApplication(construct=c, mixin=mixin))
                elif self._expect_all:
                    raise ValidationError(
                        f"Mixin {type(mixin).__name__} could not be applied to {type(c).__name__} but was required "
                        "to.",
                        self._scope,
                    )
        if self._expect_any and not applications:
            raise ValidationError(
                "At least one mixin application was required, but none of the provided mixins could be applied to "
                "any selected construct.",
                self._scope,
            )
        self._applications.extend(applications)
        return self

    def require_all(self) -> MixinApplicator:
        """Fail in later ``apply`` calls if a selected construct does not support a mixin."""
        self._expect_all = True
        return self

    def require_any(self) -> MixinApplicator:
        """Fail in later ``apply`` calls if no mixin is applied to any construct."""
        self._expect_any = True
        return self


class Mixins:
    """The entry point of mixins: ``Mixins.of(scope).apply(mixin)``."""

    @staticmethod
    def of(scope: IConstruct, selector: IConstructSelector | None = None) -> MixinApplicator:
        """An applicator for the constructs ``selector`` picks in ``scope`` (all of them by default)."""
        return MixinApplicator(scope, selector)


class _MixinFromAspect:
    def __init__(self, aspect: IAspect) -> None:
        self._aspect = aspect

    def supports(self, _construct: Any) -> bool:
        return True

    def apply_to(self, construct: Any) -> None:
        self._aspect.visit(construct)


class _AspectFromMixin:
    def __init__(self, mixin: IMixin) -> None:
        self._mixin = mixin

    def visit(self, node: Any) -> None:
        if self._mixin.supports(node):
            self._mixin.apply_to(node)


class Shims:
    """Conversions between mixins (applied at once) and aspects (applied at synthesis)."""

    @staticmethod
    def as_mixin(aspect: IAspect) -> IMixin:
        """A mixin that calls ``aspect.visit`` on each construct it is applied to."""
        return _MixinFromAspect(aspect)

    @staticmethod
    def as_aspect(mixin: IMixin) -> IAspect:
        """An aspect that applies ``mixin`` to each construct it visits that the mixin supports."""
        return _AspectFromMixin(mixin)
