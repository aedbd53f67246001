"""IAM interfaces that no single construct owns: identities, comparable principals, resource-policy factories."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ._principals import IPrincipal

if TYPE_CHECKING:
    from constructs import IConstruct, ResourceEnvironment

    from ._grant import AddToResourcePolicyResult
    from ._managed_policy import IManagedPolicy
    from ._policy import Policy
    from ._policy_statement import PolicyStatement
    from ._principals import IGrantable
    from ._props import GrantOnKeyResult


@runtime_checkable
class IIdentity(IPrincipal, Protocol):
    """A user, group or role: a principal that has policies attached."""

    def add_managed_policy(self, policy: IManagedPolicy) -> None: ...

    def attach_inline_policy(self, policy: Policy) -> None: ...


@runtime_checkable
class IComparablePrincipal(IPrincipal, Protocol):
    """A principal that can say whether it equals another (``dedupe_string``)."""

    def dedupe_string(self) -> str | None: ...


class ComparablePrincipal:
    """Helpers for principals that implement ``dedupe_string``."""

    @staticmethod
    def is_comparable_principal(x: IPrincipal) -> bool:
        """Whether ``x`` has a ``dedupe_string`` method."""
        return callable(getattr(x, "dedupe_string", None))

    @staticmethod
    def dedupe_string_for(x: IPrincipal) -> str | None:
        """``x.dedupe_string()`` when ``x`` is comparable, else ``None``."""
        return x.dedupe_string() if ComparablePrincipal.is_comparable_principal(x) else None  # type: ignore[attr-defined]


@runtime_checkable
class IResourceWithPolicyV2(Protocol):
    """A resource with a resource policy, seen through its environment (aws-cdk-lib's v2 interface)."""

    @property
    def env(self) -> ResourceEnvironment: ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult: ...


@runtime_checkable
class IEncryptedResource(Protocol):
    """A resource encrypted with a KMS key that can grant use of that key."""

    @property
    def env(self) -> ResourceEnvironment: ...

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult: ...


@runtime_checkable
class IResourcePolicyFactory(Protocol):
    """Makes an ``IResourceWithPolicyV2`` out of an L1 resource of one CloudFormation type."""

    def for_resource(self, resource: IConstruct) -> IResourceWithPolicyV2: ...


@runtime_checkable
class IEncryptedResourceFactory(Protocol):
    """Makes an ``IEncryptedResource`` out of an L1 resource of one CloudFormation type."""

    def for_resource(self, resource: IConstruct) -> IEncryptedResource: ...


class _FactoryRegistry:
    """A registry of factories by CloudFormation type, shared by one kind of trait."""

    def __init__(self) -> None:
        self._factories: dict[str, Any] = {}

    def set(self, type: str, factory: Any) -> None:
        self._factories[type] = factory

    def get(self, type: str) -> Any:
        return self._factories.get(type)

    def has(self, type: str) -> bool:
        return type in self._factories


_POLICY_FACTORIES = _FactoryRegistry()
_KEY_FACTORIES = _FactoryRegistry()


def _cfn_type(resource: Any) -> str | None:
    default = getattr(getattr(resource, "node", None), "default_child", None)
    target = default if default is not None else resource
    return getattr(target, "cfn_resource_type", None)


class DefaultPolicyFactories:
    """The registry of resource-policy factories every app starts with (by CloudFormation type)."""

    @staticmethod
    def set(type: str, factory: IResourcePolicyFactory) -> None:
        """Register ``factory`` for resources of CloudFormation ``type``."""
        _POLICY_FACTORIES.set(type, factory)

    @staticmethod
    def get(type: str) -> IResourcePolicyFactory | None:
        """The factory registered for ``type``, if any."""
        return _POLICY_FACTORIES.get(type)  # type: ignore[no-any-return]

    @staticmethod
    def has(type: str) -> bool:
        """Whether a factory is registered for ``type``."""
        return _POLICY_FACTORIES.has(type)


class DefaultEncryptedResourceFactories:
    """The registry of encrypted-resource factories every app starts with (by CloudFormation type)."""

    @staticmethod
    def set(type: str, factory: IEncryptedResourceFactory) -> None:
        """Register ``factory`` for resources of CloudFormation ``type``."""
        _KEY_FACTORIES.set(type, factory)

    @staticmethod
    def get(type: str) -> IEncryptedResourceFactory | None:
        """The factory registered for ``type``, if any."""
        return _KEY_FACTORIES.get(type)  # type: ignore[no-any-return]

    @staticmethod
    def has(type: str) -> bool:
        """Whether a factory is registered for ``type``."""
        return _KEY_FACTORIES.has(type)


def _scoped(scope: IConstruct, registry: _FactoryRegistry, attr: str) -> _FactoryRegistry:
    # kept on the construct (its node has slots)
    own = scope.__dict__.get(attr)
    if own is None:
        own = scope.__dict__[attr] = _FactoryRegistry()
    return own  # type: ignore[no-any-return]


def _lookup(resource: Any, registry: _FactoryRegistry, attr: str) -> Any:
    cfn_type = _cfn_type(resource)
    if cfn_type is None:
        return None
    node = getattr(resource, "node", None)
    for scope in reversed(node.scopes) if node is not None else ():
        own = getattr(scope, "__dict__", {}).get(attr)
        if own is not None and own.has(cfn_type):
            return own.get(cfn_type)
    if getattr(resource, "cfn_resource_type", None) is not None:
        # an L1 without a factory registered above it: the default one only under @aws-cdk/core:automaticL1Traits
        from constructs import FeatureFlags, ValidationError

        if not FeatureFlags.of(resource).is_enabled(_AUTOMATIC_L1_TRAITS):
            raise ValidationError(
                f"Couldn't find trait for {resource.node.path} [{cfn_type}], install one explicitly or enable the "
                f"feature flag '{_AUTOMATIC_L1_TRAITS}'",
                resource,
            )
    return registry.get(cfn_type)


_AUTOMATIC_L1_TRAITS = "@aws-cdk/core:automaticL1Traits"


class ResourceWithPolicies:
    """Turns a construct into an ``IResourceWithPolicyV2`` with the factory registered for its type."""

    @staticmethod
    def register(scope: IConstruct, cfn_type: str, factory: IResourcePolicyFactory) -> None:
        """Register ``factory`` for ``cfn_type`` resources under ``scope``."""
        _scoped(scope, _POLICY_FACTORIES, "_iam_policy_factories").set(cfn_type, factory)

    @staticmethod
    def of(resource: IConstruct) -> IResourceWithPolicyV2 | None:
        """``resource`` itself when it has a resource policy, else what its type's factory makes (or ``None``)."""
        if isinstance(resource, IResourceWithPolicyV2):
            return resource
        factory = _lookup(resource, _POLICY_FACTORIES, "_iam_policy_factories")
        return factory.for_resource(resource) if factory is not None else None


class EncryptedResources:
    """Turns a construct into an ``IEncryptedResource`` with the factory registered for its type."""

    @staticmethod
    def register(scope: IConstruct, cfn_type: str, factory: IEncryptedResourceFactory) -> None:
        """Register ``factory`` for ``cfn_type`` resources under ``scope``."""
        _scoped(scope, _KEY_FACTORIES, "_iam_key_factories").set(cfn_type, factory)

    @staticmethod
    def of(resource: IConstruct) -> IEncryptedResource | None:
        """``resource`` itself when it can grant on its key, else what its type's factory makes (or ``None``)."""
        if isinstance(resource, IEncryptedResource):
            return resource
        factory = _lookup(resource, _KEY_FACTORIES, "_iam_key_factories")
        return factory.for_resource(resource) if factory is not None else None


class GrantableResources:
    """Type tests for the resources grants work with."""

    @staticmethod
    def is_resource_with_policy(resource: IConstruct) -> bool:
        """Whether ``resource`` has ``add_to_resource_policy``."""
        return callable(getattr(resource, "add_to_resource_policy", None))

    @staticmethod
    def is_encrypted_resource(resource: IConstruct) -> bool:
        """Whether ``resource`` has ``grant_on_key``."""
        return callable(getattr(resource, "grant_on_key", None))
