"""``Resource``: the base of L2 constructs (physical names, environment, removal policy)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from constructs._private import structs

from ._construct import Construct
from ._errors import ValidationError
from ._private.token_map import TOKEN_MAP
from ._removal_policy import RemovalPolicy
from ._token import Intrinsic, IResolvable, Token

if TYPE_CHECKING:
    from ._stack import Stack


def _stack_of(scope: Construct) -> Stack:
    from ._stack import Stack

    global _stack_of
    _stack_of = Stack.of  # bind once: the import cannot run at module load (circular)
    return Stack.of(scope)


class _GenerateIfNeeded(Intrinsic):
    __slots__ = ()


class _EnvAware:
    """A resource attribute that is replaced by a computed value when another account or region consumes it."""

    __slots__ = ("resource", "value", "cross_env", "arn_components", "__weakref__")

    def __init__(self, resource: Resource, value: Any, cross_env: Any, arn_components: Any = None) -> None:
        self.resource = resource
        self.value = value
        self.cross_env = cross_env  # a callable, or None to format ``arn_components`` as an ARN
        self.arn_components = arn_components

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
            self.resource._enable_cross_environment()
            if self.cross_env is not None:
                return self.cross_env()
            c = self.arn_components
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
    """The account and region a resource lives in."""

    account: str
    region: str


@structs.frozen(kw_only=True)
class ResourceProps:
    """Props every ``Resource`` accepts."""

    account: str | None = None
    environment_from_arn: str | None = None
    physical_name: str | None = None
    region: str | None = None


def generate_physical_name(resource: Resource) -> str:
    """A deterministic name: stack name + path parts + a hash (lower case, at most 63 characters)."""
    from ._names import Names

    stack = resource.stack
    uid = Names.unique_id(resource)
    digest = hashlib.sha256(f"{stack.stack_name}/{uid}".encode()).hexdigest()[:20]
    prefix = "".join(ch for ch in f"{stack.stack_name}{uid}".lower() if ch.isalnum())[:42]
    return f"{prefix}{digest}"


class Resource(Construct):
    """A construct that stands for one AWS resource (its L1 child is the default child).

    Args:
        account: the account the resource is in (default: the stack's).
        region: the region the resource is in (default: the stack's).
        physical_name: the resource's name, or ``PhysicalName.GENERATE_IF_NEEDED``.
        environment_from_arn: derive account and region from this ARN.
    """

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
        self.stack: Stack = _stack_of(self)
        if environment_from_arn is not None and not Token.is_unresolved(environment_from_arn):
            from ._arn import ArnFormat, split_arn

            parts = split_arn(environment_from_arn, ArnFormat.SLASH_RESOURCE_NAME)
            account = account or parts.account
            region = region or parts.region
        if account is None and region is None:
            # the stack's environment: one (immutable) ResourceEnvironment per stack, shared
            stack_env = self.stack.__dict__.get("_resource_env")
            if stack_env is None:
                stack_env = ResourceEnvironment(account=self.stack.account, region=self.stack.region)
                self.stack.__dict__["_resource_env"] = stack_env
            self.env = stack_env
        else:
            self.env = ResourceEnvironment(account=account or self.stack.account, region=region or self.stack.region)
        self._generate_if_needed = physical_name == PhysicalName.GENERATE_IF_NEEDED
        if self._generate_if_needed:
            physical_name = None
        self._physical_name_value = physical_name
        self._allow_cross_environment = False

    @property
    def physical_name(self) -> str:
        """The physical name (a token when CloudFormation generates it)."""
        if self._physical_name_value is not None:
            return self._physical_name_value
        if self._generate_if_needed and self._allow_cross_environment:
            self._physical_name_value = generate_physical_name(self)
            return self._physical_name_value
        token = self.__dict__.get("_generate_if_needed_token")
        if token is None:
            token = self.__dict__["_generate_if_needed_token"] = TOKEN_MAP.register_string(_GenerateIfNeeded(None))
        return token

    def _enable_cross_environment(self) -> None:
        if not self._allow_cross_environment:
            self._allow_cross_environment = True
            if self._generate_if_needed and self._physical_name_value is None:
                self._physical_name_value = generate_physical_name(self)

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

    def get_resource_arn_attribute(self, arn_attr: str | IResolvable, arn_components: Any) -> str:
        """``arn_attr`` in this resource's environment; a formatted ARN when consumed from another one.

        ``arn_attr`` is the attribute's string token, as in aws-cdk-lib, or the attribute's reference itself
        (``cfn_resource.get_att("Arn")``), which spares encoding it as a string.
        """
        return Token.as_string(_EnvAware(self, arn_attr, None, arn_components))

    @staticmethod
    def is_resource(x: Any) -> bool:
        return isinstance(x, Resource)

    @staticmethod
    def is_owned_resource(x: Any) -> bool:
        return isinstance(x, Resource)
