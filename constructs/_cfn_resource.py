"""``CfnResource``: a CloudFormation resource of any type, and its resource options."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ._cfn_element import CfnRefElement
from ._cfn_reference import CfnReference
from ._construct import Construct
from ._errors import ValidationError
from ._private import deep_merge, structs
from ._private.collation import locale_key
from ._removal_policy import CfnDeletionPolicy, RemovalPolicy, deletion_policies
from ._token import Token

if TYPE_CHECKING:
    from constructs._cfn_condition import CfnCondition
    from constructs._cfn_policies import CfnCreationPolicy, CfnUpdatePolicy
    from constructs._token import Reference, ResolutionTypeHint

    from ._reference_strength import ReferenceStrength
    from ._resource import ResourceEnvironment

_SNAKE_PART = re.compile(r"_([a-z0-9])")


def _pascal(key: str) -> str:
    if "_" in key:
        key = _SNAKE_PART.sub(lambda m: m.group(1).upper(), key)
    return key[:1].upper() + key[1:] if key else key


def capitalize_property_names(value: Any) -> Any:
    """Capitalise the first letter of every key, recursively (snake_case keys become PascalCase)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {_pascal(str(k)): capitalize_property_names(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [capitalize_property_names(v) for v in value]
    fields = getattr(type(value), "__struct_fields__", None)
    if fields is not None:
        return {
            _pascal(f.name): capitalize_property_names(getattr(value, f.name))
            for f in fields
            if getattr(value, f.name) is not None
        }
    return value


class ICfnResourceOptions(Protocol):
    """The resource attributes of a CloudFormation resource (``resource.cfn_options``)."""

    condition: CfnCondition | None
    creation_policy: CfnCreationPolicy | None
    deletion_policy: CfnDeletionPolicy | None
    description: str | None
    metadata: dict[str, Any] | None
    update_policy: CfnUpdatePolicy | None
    update_replace_policy: CfnDeletionPolicy | None
    version: str | None


class CfnResourceOptions:
    """Resource attributes (``resource.cfn_options``): condition, policies, metadata, version, description."""

    __slots__ = (
        "condition",
        "creation_policy",
        "deletion_policy",
        "update_policy",
        "update_replace_policy",
        "version",
        "description",
        "metadata",
    )

    def __init__(self) -> None:
        self.condition: Any = None
        self.creation_policy: Any = None
        self.deletion_policy: CfnDeletionPolicy | None = None
        self.update_policy: Any = None
        self.update_replace_policy: CfnDeletionPolicy | None = None
        self.version: str | None = None
        self.description: str | None = None
        self.metadata: dict[str, Any] | None = None


class _SharedOptions(CfnResourceOptions):
    """Options that hold a removal policy only, shared by the resources given that policy and no other option
    (most): ``cfn_options`` gives a resource its own copy before anything reads or changes them through it."""

    __slots__ = ()


_SHARED_OPTIONS: dict[tuple[Any, Any], _SharedOptions] = {}


def _shared_options(deletion: Any, update_replace: Any) -> _SharedOptions:
    key = (deletion, update_replace)
    found = _SHARED_OPTIONS.get(key)
    if found is None:
        found = _SHARED_OPTIONS[key] = _SharedOptions()
        found.deletion_policy, found.update_replace_policy = key
    return found


# The resource types whose deletion can take a snapshot (aws-cdk-lib's list).
_SNAPSHOT_TYPES = frozenset({
    "AWS::DocDB::DBCluster", "AWS::EC2::Volume", "AWS::ElastiCache::CacheCluster",
    "AWS::ElastiCache::ReplicationGroup", "AWS::Neptune::DBCluster", "AWS::RDS::DBCluster", "AWS::RDS::DBInstance",
    "AWS::Redshift::Cluster",
})
VALIDATE_SNAPSHOT_REMOVAL_POLICY = "@aws-cdk/core:validateSnapshotRemovalPolicy"


def _check_snapshot_policy(resource: CfnResource) -> None:
    """SNAPSHOT on a type that cannot snapshot: an error with ``@aws-cdk/core:validateSnapshotRemovalPolicy``,
    else a warning that the policy is ignored (it is still written, as aws-cdk-lib does)."""
    from ._annotations import Annotations
    from ._feature_flags import FeatureFlags

    kind = resource.cfn_resource_type
    if FeatureFlags.of(resource).is_enabled(VALIDATE_SNAPSHOT_REMOVAL_POLICY):
        raise ValidationError(f"{kind} does not support snapshot removal policy", resource)
    Annotations.of(resource).add_warning_v2(
        f"@aws-cdk/core:{kind}SnapshotRemovalPolicyIgnored",
        f"{kind} does not support snapshot removal policy. This policy will be ignored.",
    )


class CfnResource(CfnRefElement):
    """A CloudFormation resource.

    Args:
        scope: the parent construct.
        id: the construct id.
        type: the CloudFormation resource type, e.g. ``AWS::S3::Bucket``.
        properties: the resource properties, emitted verbatim (raw resources only).
    """

    _cross_stack_reference_strength: str | None = None  # set by apply_cross_stack_reference_strength; read by refs

    def __init__(self, scope: Construct, id: str, *, type: str, properties: Mapping[str, object] | None = None) -> None:
        super().__init__(scope, id)
        if not type:
            raise ValidationError("The `type` property is required", self)
        self.cfn_resource_type = type
        self._cfn_properties: dict[str, Any] = dict(properties) if properties else {}
        self._raw_overrides: dict[str, Any] | None = None
        self._depends_on: dict[int, CfnResource] | None = None
        self._cfn_options: CfnResourceOptions | None = None
        if self._stack._path_metadata:
            self.add_metadata("aws:cdk:path", self.node.path)

    # -- options ---------------------------------------------------------------------------------------
    @property
    def cfn_options(self) -> CfnResourceOptions:
        """Resource attributes such as DeletionPolicy and Condition."""
        opts = self._cfn_options
        if opts is None:
            opts = self._cfn_options = CfnResourceOptions()
        elif type(opts) is _SharedOptions:  # the resource's own copy, from now on
            own = CfnResourceOptions()
            for name in CfnResourceOptions.__slots__:
                setattr(own, name, getattr(opts, name))
            opts = self._cfn_options = own
        return opts

    @staticmethod
    def is_cfn_resource(x: object) -> bool:
        """True for CfnResources."""
        return isinstance(x, CfnResource)

    @property
    def cfn_properties(self) -> dict[str, Any]:
        """The properties given to the constructor (raw resources)."""
        return self._cfn_properties

    def apply_removal_policy(
        self,
        policy: RemovalPolicy | None = None,
        *,
        apply_to_update_replace_policy: bool | None = None,
        default: RemovalPolicy | None = None,
    ) -> None:
        """Set DeletionPolicy (and UpdateReplacePolicy unless told not to) from a ``RemovalPolicy``."""
        policy = policy or default or RemovalPolicy.RETAIN
        if policy is RemovalPolicy.SNAPSHOT and self.cfn_resource_type not in _SNAPSHOT_TYPES:
            _check_snapshot_policy(self)
        deletion, update_replace = deletion_policies(policy)
        if self._cfn_options is None:
            # no option set yet: the options holding just this policy, shared (what setting them on fresh options
            # of its own gives; ``cfn_options`` copies them before they can be changed)
            self._cfn_options = _shared_options(
                deletion, update_replace if apply_to_update_replace_policy is not False else None
            )
            return
        opts = self.cfn_options
        opts.deletion_policy = deletion
        if apply_to_update_replace_policy is not False:
            opts.update_replace_policy = update_replace

    # -- attributes ------------------------------------------------------------------------------------
    def get_att(self, attribute_name: str, type_hint: ResolutionTypeHint | None = None) -> Reference:
        """A reference to an attribute (``Fn::GetAtt``)."""
        return CfnReference.for_att(self, attribute_name, type_hint)

    def get_metadata(self, key: str) -> Any:
        """A metadata value set with ``add_metadata``."""
        md = self.cfn_options.metadata
        return md.get(key) if md else None

    def add_metadata(self, key: str, value: object) -> None:
        """Add a key to the resource's Metadata attribute."""
        opts = self.cfn_options
        if opts.metadata is None:
            opts.metadata = {}
        opts.metadata[key] = value

    # -- dependencies ----------------------------------------------------------------------------------
    def add_depends_on(self, target: CfnResource) -> None:
        """Deprecated alias of ``add_dependency``."""
        self.add_dependency(target)

    def add_dependency(self, target: CfnResource) -> None:
        """Add ``target`` to DependsOn (same stack) or a stack dependency (other stacks)."""
        if target is self:
            return
        if target._stack is not self._stack:
            from ._private.deps import add_construct_dependency

            add_construct_dependency(self, target)
            return
        self.add_resource_dependency(target)

    def add_resource_dependency(self, target: CfnResource, reason: str | None = None) -> None:
        """Add ``target`` to this resource's DependsOn (``reason`` is for aws-cdk-lib compatibility: unused)."""
        if self._depends_on is None:
            self._depends_on = {}
        self._depends_on[id(target)] = target

    def remove_resource_dependency(self, target: CfnResource) -> None:
        """Remove ``target`` from DependsOn."""
        self.remove_dependency(target)

    # -- cross-stack references and property names -------------------------------------------------------
    def apply_cross_stack_reference_strength(self, strength: ReferenceStrength) -> None:
        """How other stacks reference this resource's attributes, whatever the app's default strength is."""
        from ._reference_strength import ReferenceStrength

        if not isinstance(strength, ReferenceStrength):
            raise TypeError(
                f"apply_cross_stack_reference_strength: expected a ReferenceStrength, got {type(strength).__name__}"
                f" ({self.node.path})"
            )
        self._cross_stack_reference_strength = strength.value

    def cfn_property_name(self, cdk_property_name: str) -> str | None:
        """The CloudFormation name of a property given by its aws-cdk-lib (camelCase) name, e.g. ``bucketName`` →
        ``BucketName``; None for names the resource does not have (raw resources have none)."""
        for entry in getattr(type(self), "_CFN_PROPS", ()):
            head, *rest = entry[1].rstrip("_").split("_")
            if head + "".join(p[:1].upper() + p[1:] for p in rest) == cdk_property_name:
                return str(entry[0])
        return None

    @property
    def env(self) -> ResourceEnvironment:
        """The account and region of the stack the resource is in (tokens when the stack's are)."""
        from ._resource import ResourceEnvironment

        stack = self._stack
        return ResourceEnvironment(account=stack.account, region=stack.region)

    def remove_dependency(self, target: CfnResource) -> None:
        """Remove ``target`` from DependsOn."""
        if self._depends_on:
            self._depends_on.pop(id(target), None)

    def obtain_dependencies(self) -> list[CfnResource]:
        """The resources in DependsOn."""
        return list(self._depends_on.values()) if self._depends_on else []

    def obtain_resource_dependencies(self) -> list[CfnResource]:
        return self.obtain_dependencies()

    def replace_dependency(self, target: CfnResource, new_target: CfnResource) -> None:
        """Replace ``target`` with ``new_target`` in DependsOn."""
        if self._depends_on and id(target) in self._depends_on:
            del self._depends_on[id(target)]
            self.add_dependency(new_target)
        else:
            raise ValidationError(f"\"{self.node.path}\" does not depend on \"{target.node.path}\"", self)

    # -- overrides -------------------------------------------------------------------------------------
    def add_override(self, path: str, value: object) -> None:
        """Set ``value`` at a dotted path of the rendered resource (``Properties.A.0.B``); ``\\.`` escapes."""
        if self._raw_overrides is None:
            self._raw_overrides = {}
        deep_merge.set_override(self._raw_overrides, path, value)

    def add_deletion_override(self, path: str) -> None:
        """Remove the value at a dotted path of the rendered resource."""
        self.add_override(path, deep_merge.DELETE)

    def add_property_override(self, property_path: str, value: object) -> None:
        """``add_override("Properties." + property_path, value)``."""
        self.add_override(f"Properties.{property_path}", value)

    def add_property_deletion_override(self, property_path: str) -> None:
        """``add_deletion_override("Properties." + property_path)``."""
        self.add_override(f"Properties.{property_path}", deep_merge.DELETE)

    # -- rendering -------------------------------------------------------------------------------------
    def _cfn_render_properties(self) -> dict[str, Any]:
        """The Properties with CloudFormation names, unresolved. L1 classes override this."""
        return self._cfn_properties

    def render_properties(self, props: Mapping[str, object]) -> dict[str, Any]:
        """Compatibility hook: identity for raw resources."""
        return dict(props)

    def _should_synthesize(self) -> bool:
        return True

    def _to_cloudformation(self) -> dict[str, Any]:
        return {"Resources": {self._resolved_logical_id(): self._resource_body()}}

    def _resource_body(self) -> dict[str, Any]:
        """The resource's template entry (Type, Properties, DependsOn, options), unresolved."""
        d: dict[str, Any] = {"Type": self.cfn_resource_type}
        props = self._cfn_render_properties()
        if props:
            d["Properties"] = props
        if self._depends_on:
            deps = [r for r in self._depends_on.values() if r._should_synthesize()]
            if deps:
                deps.sort(key=lambda r: locale_key(r._node._path or ""))  # r.node.path, read directly
                d["DependsOn"] = [r._resolved_logical_id() for r in deps]
        opts = self._cfn_options
        if opts is not None:
            if opts.creation_policy is not None:
                d["CreationPolicy"] = capitalize_property_names(opts.creation_policy)
            if opts.update_policy is not None:
                d["UpdatePolicy"] = capitalize_property_names(opts.update_policy)
            if opts.update_replace_policy is not None:
                d["UpdateReplacePolicy"] = _policy_value(opts.update_replace_policy)
            if opts.deletion_policy is not None:
                d["DeletionPolicy"] = _policy_value(opts.deletion_policy)
            if opts.version is not None:
                d["Version"] = opts.version
            if opts.description is not None:
                d["Description"] = opts.description
            if opts.metadata:
                d["Metadata"] = opts.metadata
            if opts.condition is not None:
                d["Condition"] = opts.condition._resolved_logical_id()
        return d

    def _post_resolve(self, fragment: dict[str, Any], context: Any) -> dict[str, Any]:
        (d,) = fragment["Resources"].values()
        self._post_resolve_body(d, context)
        return fragment

    def _post_resolve_body(self, d: dict[str, Any], context: Any) -> None:
        """Drop empty Properties / DependsOn / Metadata and apply the raw overrides, in place."""
        get = d.get
        for key in _DROPPED_WHEN_EMPTY:
            v = get(key)
            if v is not None and not v:
                del d[key]
        if self._raw_overrides:
            props = d.get("Properties")
            rendered = list(props) if isinstance(props, dict) else None
            deep_merge.deep_merge(d, deep_merge.resolve_overrides(self._raw_overrides, context))
            if rendered is not None:
                _schema_order_overridden_properties(self, d, rendered)

    def to_string(self) -> str:
        return f"{self.node.path} [{self.cfn_resource_type}]"


_DROPPED_WHEN_EMPTY = ("Properties", "DependsOn", "Metadata")


def _schema_order_overridden_properties(resource: CfnResource, d: dict[str, Any], rendered: list[str]) -> None:
    """Put properties an override added at their schema position, as aws-cdk-lib does: its L1s render every
    property key (unset ones as ``undefined``), so an override of an unset property lands in that key's place."""
    schema = getattr(type(resource), "_CFN_PROPS", None)
    props = d.get("Properties")
    if not schema or not isinstance(props, dict) or not any(k not in rendered for k in props):
        return
    rank = {entry[0]: i for i, entry in enumerate(schema)}
    known = sorted((k for k in props if k in rank), key=rank.__getitem__)
    if [k for k in known if k in rendered] != [k for k in rendered if k in rank and k in props]:
        return  # the rendered order is not the schema's: leave it as merged
    d["Properties"] = {**{k: props[k] for k in known}, **{k: v for k, v in props.items() if k not in rank}}


def _policy_value(p: Any) -> Any:
    if isinstance(p, enum.Enum):
        return p._value_  # the member's value, read directly (``.value`` is a Python-level descriptor)
    if isinstance(p, str) and not Token.is_unresolved(p):
        return p[:1].upper() + p[1:]
    return p


@structs.frozen(kw_only=True)
class CfnResourceProps:
    """The keyword arguments of ``CfnResource``.

    Args:
        type: the CloudFormation resource type, e.g. ``AWS::S3::Bucket``.
        properties: the resource properties (default none).
    """

    type: str
    properties: Mapping[str, object] | None = None
