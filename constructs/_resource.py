"""``Resource``: the base of L2 constructs (physical names, environment, removal policy)."""

from __future__ import annotations

import functools
import hashlib
from types import MethodType
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs._private import structs

from ._construct import Construct, _cached_stack
from ._errors import ValidationError
from ._injectors import _ACTIVE
from ._private.token_map import TOKEN_MAP
from ._removal_policy import RemovalPolicy
from ._token import Intrinsic, IResolvable, Token

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from constructs._construct import IConstruct
    from constructs._reference_strength import ReferenceStrength

    from ._arn import ArnComponents, ArnFormat
    from ._mixins import IMixin
    from ._stack import Stack


@runtime_checkable
class IResource(Protocol):
    """A resource: a construct in a stack whose removal policy can be set."""

    @property
    def stack(self) -> Stack: ...

    def apply_removal_policy(self, policy: RemovalPolicy) -> None: ...


def _with_injection(cls: type, init: Any) -> Any:
    """``init`` applying the property injector of ``cls.PROPERTY_INJECTION_ID`` to its keyword arguments.

    ``init`` may be the type-check stub that replaces ``cls.__init__`` on its first call: the wrapper then takes
    the checked ``__init__`` as its inner function and puts itself back.
    """
    unique_id = cls.__dict__["PROPERTY_INJECTION_ID"]
    names: list[str] = []
    inner = [init]
    settled: list[bool] = []  # the first call has run (a type-check stub has replaced itself by then)

    @functools.wraps(init)
    def __init__(self: Any, scope: Any, id: str, *args: Any, **kwargs: Any) -> None:
        if _ACTIVE[0]:
            from ._injectors import apply_injectors

            if not names:
                import inspect

                names.extend(inspect.signature(init).parameters)
            kwargs = apply_injectors(unique_id, kwargs, scope, id, names)
        inner[0](self, scope, id, *args, **kwargs)
        if not settled:
            settled.append(True)
            now = cls.__dict__.get("__init__")
            if now is not __init__:
                inner[0] = now
                cls.__init__ = __init__  # type: ignore[misc]

    return __init__


# Classes whose constructor applies property injectors, wrapped (``_with_injection``) only once a scope has
# injectors: until then no injector can apply, and a constructor call goes through no wrapper.
_INJECTABLE: list[type] = []
_INJECTION_WRAPPED = [False]


def _injectable(cls: type) -> None:
    """Give ``cls.__init__`` the property injection of ``cls.PROPERTY_INJECTION_ID``: now if a scope has injectors,
    else when the first one gets them (``wrap_injectable``)."""
    if _INJECTION_WRAPPED[0]:
        cls.__init__ = _with_injection(cls, cls.__dict__["__init__"])  # type: ignore[misc]
    else:
        _INJECTABLE.append(cls)


def wrap_injectable() -> None:
    """Wrap the constructors of the classes ``_injectable`` kept (called when a scope first gets injectors)."""
    if not _INJECTION_WRAPPED[0]:
        _INJECTION_WRAPPED[0] = True
        for cls in _INJECTABLE:
            cls.__init__ = _with_injection(cls, cls.__dict__["__init__"])  # type: ignore[misc]
        _INJECTABLE.clear()


def _stack_of(scope: Construct) -> Stack:
    from ._stack import Stack

    global _stack_of
    _stack_of = Stack.of  # bind once: the import cannot run at module load (circular)
    return Stack.of(scope)


class _GenerateIfNeeded(Intrinsic):
    """The ``PhysicalName.GENERATE_IF_NEEDED`` marker: only meaningful as a ``physical_name`` argument."""

    __slots__ = ()

    def resolve(self, context: Any) -> Any:
        from ._errors import UnscopedValidationError

        raise UnscopedValidationError(
            'Invalid physical name passed to CloudFormation. Use "this.physicalName" instead'
        )


class _GeneratedName:
    """A ``GENERATE_IF_NEEDED`` physical name: the generated name once another environment uses the resource."""

    __slots__ = ("resource", "__weakref__")

    def __init__(self, resource: Resource) -> None:
        self.resource = resource

    @property
    def creation_stack(self) -> list[str]:
        return []

    def resolve(self, context: Any) -> Any:
        return self.resource._physical_name_value


class _EnvAware:
    """A resource attribute that is replaced by a computed value when another account or region consumes it."""

    __slots__ = ("resource", "value", "cross_env", "arn_components", "_of_resource", "__weakref__")

    def __init__(self, resource: Resource, value: Any, cross_env: Any, arn_components: Any = None) -> None:
        self.resource = resource
        self.value = value
        # a method of the resource (the usual callable) is kept as its function and called with the resource:
        # the same call, without a bound-method object kept for every attribute
        of_resource = False
        if type(cross_env) is MethodType and cross_env.__self__ is resource:
            cross_env, of_resource = cross_env.__func__, True
        elif cross_env is None and type(arn_components) is MethodType and arn_components.__self__ is resource:
            arn_components, of_resource = arn_components.__func__, True
        self.cross_env = cross_env  # a callable, or None to format ``arn_components`` as an ARN
        self.arn_components = arn_components
        self._of_resource = of_resource

    @property
    def creation_stack(self) -> list[str]:
        return []

    def resolve(self, context: Any) -> Any:
        consumer = context.consuming_stack
        own = self.resource.stack
        if consumer is not own and (
            own._explicit_account != consumer._explicit_account
            or (own._explicit_region != consumer._explicit_region and not consumer.cross_region_references)
        ):
            self.resource._enable_cross_environment(consumer)
            if self.cross_env is not None:
                return self.cross_env(self.resource) if self._of_resource else self.cross_env()
            c = self.arn_components
            if callable(c):  # components made when needed (``Resource._lazy_arn_attribute``)
                c = c(self.resource) if self._of_resource else c()
            if isinstance(c, dict):
                return own.format_arn(**c)
            from ._arn import format_arn

            return format_arn(c, own)
        return self.value


class PhysicalName:
    """Markers for physical names."""

    GENERATE_IF_NEEDED: str = TOKEN_MAP.register_string(_GenerateIfNeeded("<generate-if-needed>"), "GENERATE_IF_NEEDED")


@structs.frozen(kw_only=True)
class ResourceEnvironment:
    """The account and region a resource lives in.

    Args:
        account: the resource's account id.
        region: the resource's region.
    """

    account: str
    region: str


@structs.frozen(kw_only=True)
class ResourceProps:
    """Props every ``Resource`` accepts.

    See ``Resource`` for each keyword argument.
    """

    account: str | None = None
    environment_from_arn: str | None = None
    physical_name: str | None = None
    region: str | None = None


def generate_physical_name(resource: Resource, consumer: Stack | None = None) -> str:
    """The name aws-cdk-lib generates for ``PhysicalName.GENERATE_IF_NEEDED`` (``generatePhysicalName``).

    The first 25 characters of the stack name, the last 24 of the resource's unique id and 12 hex digits of a
    SHA-256 over stack name, unique id, region and account; lower case. The stack needs a concrete account and
    region.
    """
    from ._names import Names

    stack = resource.stack
    path = resource.node.path
    where = f" (referenced from stack '{consumer.node.path}')" if consumer is not None else ""
    region = stack.region
    if not region or Token.is_unresolved(region):
        raise ValidationError(
            f"Cannot generate a physical name for {path}, because the region is un-resolved or missing{where}",
            resource,
        )
    account = stack.account
    if not account or Token.is_unresolved(account):
        raise ValidationError(
            f"Cannot generate a physical name for {path}, because the account is un-resolved or missing{where}",
            resource,
        )
    stack_name = stack.stack_name
    uid = Names.node_unique_id(resource.node)
    digest = hashlib.sha256(f"{stack_name}{uid}{region}{account}".encode()).hexdigest()[:12]
    return f"{stack_name[:25]}{uid[max(len(uid) - 24, 0):]}{digest}".lower()


class Resource(Construct):
    """A construct that stands for one AWS resource (its L1 child is the default child).

    Args:
        account: the account the resource is in (default: the stack's).
        region: the region the resource is in (default: the stack's).
        physical_name: the resource's name, or ``PhysicalName.GENERATE_IF_NEEDED``.
        environment_from_arn: derive account and region from this ARN.
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # a class with its own PROPERTY_INJECTION_ID gets its props through the injectors of its scopes
        if "PROPERTY_INJECTION_ID" in cls.__dict__ and "__init__" in cls.__dict__:
            _injectable(cls)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        environment_from_arn: str | None = None,
        physical_name: str | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        # the scope's stack, as ``Stack.of`` caches it; kept where ``Stack.of`` keeps it
        stack = _cached_stack(scope) or _stack_of(self)
        self._pycdk_stack = stack
        self.stack: Stack = stack
        # an ARN that is one token says nothing; one written out ("arn:${Partition}:...") gives its literal parts,
        # as aws-cdk-lib splits it on ":"
        if environment_from_arn is not None and (not Token.is_unresolved(environment_from_arn)
                                                 or environment_from_arn.startswith("arn:")):
            from ._arn import ArnFormat, split_arn

            parts = split_arn(environment_from_arn, ArnFormat.SLASH_RESOURCE_NAME)
            account = account or parts.account
            region = region or parts.region
        if account is None and region is None:
            # the stack's environment: one (immutable) ResourceEnvironment per stack, shared
            stack_env = stack.__dict__.get("_resource_env")
            if stack_env is None:
                stack_env = ResourceEnvironment(account=stack.account, region=stack.region)
                stack.__dict__["_resource_env"] = stack_env
            self.env = stack_env
        else:
            self.env = ResourceEnvironment(account=account or stack.account, region=region or stack.region)
        if physical_name is None:  # the common case: CloudFormation names the resource
            self._generate_if_needed = False
            self._physical_name_value = None
            self._allow_cross_environment = False
            return
        self._generate_if_needed = physical_name == PhysicalName.GENERATE_IF_NEEDED
        if self._generate_if_needed:
            physical_name = None
        self._physical_name_value = physical_name
        # as in aws-cdk-lib: only a concrete or generated-if-needed name can be used from another environment
        self._allow_cross_environment = self._generate_if_needed or (
            physical_name is not None and not Token.is_unresolved(physical_name)
        )

    @property
    def physical_name(self) -> str:
        """The physical name (a token when CloudFormation generates it)."""
        if self._physical_name_value is not None and not self._generate_if_needed:
            return self._physical_name_value
        token = self.__dict__.get("_generate_if_needed_token")
        if token is None:
            # no name: CloudFormation generates one; GENERATE_IF_NEEDED: the name once another environment uses it
            producer = _GeneratedName(self) if self._generate_if_needed else Intrinsic(None)
            token = self.__dict__["_generate_if_needed_token"] = TOKEN_MAP.register_string(producer)
        return token

    def _enable_cross_environment(self, consumer: Stack | None = None) -> None:
        """Called when another environment uses this resource: refuse a deploy-time name, generate one if asked."""
        if not self._allow_cross_environment:
            where = f" (referenced from stack '{consumer.node.path}')" if consumer is not None else ""
            raise ValidationError(
                f"Cannot use resource '{self.node.path}' in a cross-environment fashion, the resource's physical "
                f"name must be explicit set or use `PhysicalName.GENERATE_IF_NEEDED`{where}",
                self,
            )
        if self._physical_name_value is None:
            if type(self)._generate_physical_name is not Resource._generate_physical_name:
                # a subclass's own name (aws-cdk-lib's overridable ``generatePhysicalName``: a KMS alias adds
                # ``alias/``)
                self._physical_name_value = self._generate_physical_name()
            else:
                self._physical_name_value = generate_physical_name(self, consumer)
            # the producing stack rendered its template without the name: render it again
            self.stack._template_dirty = True

    def apply_removal_policy(self, policy: RemovalPolicy) -> None:
        """Apply a removal policy to the default child (the L1)."""
        child = self.node.default_child
        if child is None or not hasattr(child, "apply_removal_policy"):
            raise ValidationError("Cannot apply RemovalPolicy: no child or not a CfnResource. Apply the removal policy on the CfnResource directly.", self)
        child.apply_removal_policy(policy)

    def get_resource_name_attribute(self, name_attr: str) -> str:
        """``name_attr`` in this resource's environment; the physical name when consumed from another one."""
        return Token.as_string(self._resource_name_value(name_attr))

    def _resource_name_value(self, name_attr: Any) -> Any:
        """What ``get_resource_name_attribute`` encodes, unencoded: for values that are resolved anyway."""
        return _EnvAware(self, name_attr, self._physical_name_of)

    def _physical_name_of(self) -> str:
        return self.physical_name

    def get_resource_arn_attribute(self, arn_attr: str | IResolvable, arn_components: ArnComponents | Mapping[str, object]) -> str:
        """``arn_attr`` in this resource's environment; a formatted ARN when consumed from another one.

        ``arn_attr`` is the attribute's string token, as in aws-cdk-lib, or the attribute's reference itself
        (``cfn_resource.get_att("Arn")``), which spares encoding it as a string.
        """
        return Token.as_string(_EnvAware(self, arn_attr, None, arn_components))

    def _lazy_arn_attribute(self, arn_attr: Any, arn_components: Callable[[], Mapping[str, object]]) -> str:
        """``get_resource_arn_attribute`` with the ARN components made only when another environment consumes
        the attribute (most never are: the components' physical name then costs no token)."""
        return Token.as_string(_EnvAware(self, arn_attr, None, arn_components))

    # -- aws-cdk-lib's protected members, as jsii's Python names them (for apps that subclass Resource) ---------
    @property
    def _physical_name(self) -> str:
        """``physical_name`` under aws-cdk-lib's protected name ``physicalName``."""
        return self.physical_name

    def _generate_physical_name(self) -> str:
        """A generated physical name for this resource (aws-cdk-lib's protected ``generatePhysicalName``)."""
        return generate_physical_name(self)

    def _get_resource_arn_attribute(
        self,
        arn_attr: str,
        *,
        resource: str,
        service: str,
        account: str | None = None,
        arn_format: ArnFormat | None = None,
        partition: str | None = None,
        region: str | None = None,
        resource_name: str | None = None,
    ) -> str:
        """``get_resource_arn_attribute`` under aws-cdk-lib's protected name, the ARN components spelled out.

        Args:
            arn_attr: the ARN attribute's string token (used in this resource's environment).
            resource: the resource type of the ARN formatted for another environment.
            service: the service namespace.
            account: the account (default: this resource's).
            arn_format: how the resource name is joined (default ``SLASH_RESOURCE_NAME``).
            partition: the partition (default: this resource's stack's).
            region: the region (default: this resource's).
            resource_name: the resource name.
        """
        from ._arn import ArnComponents

        components = ArnComponents(resource=resource, service=service, account=account, arn_format=arn_format,
                                   partition=partition, region=region, resource_name=resource_name)
        return self.get_resource_arn_attribute(arn_attr, components)

    def _get_resource_name_attribute(self, name_attr: str) -> str:
        """``get_resource_name_attribute`` under aws-cdk-lib's protected name."""
        return self.get_resource_name_attribute(name_attr)

    def apply_cross_stack_reference_strength(self, strength: ReferenceStrength) -> None:
        """Set how references to this resource from other stacks are made (on its L1, the default child)."""
        child = self.node.default_child
        apply = getattr(child, "apply_cross_stack_reference_strength", None)
        if apply is None:
            raise ValidationError(
                "Cannot apply cross-stack reference strength: no child or not a CfnResource. Apply it on the "
                "CfnResource directly.",
                self,
            )
        apply(strength)

    def with_(self, *mixins: IMixin) -> Resource:
        """Apply mixins to this resource and the constructs below it (each where it is supported); self."""
        from ._mixins import with_mixins

        return with_mixins(self, *mixins)  # type: ignore[no-any-return]

    @staticmethod
    def is_resource(construct: IConstruct) -> bool:
        """True for resources."""
        return isinstance(construct, Resource)

    @staticmethod
    def is_owned_resource(construct: IConstruct) -> bool:
        """True if the construct's default child is a CfnResource (it owns its L1)."""
        from ._cfn_resource import CfnResource

        node = getattr(construct, "node", None)
        return node is not None and isinstance(node.default_child, CfnResource)
