"""JSON documents <-> schema structs: manifests are read into the structs of ``_structs`` and written back.

A struct's JSON keys are its field names in camelCase, in the struct's field order (aws-cdk-lib's jsii order, so
that a saved manifest has aws-cdk-lib's bytes). Reading follows each field's type hint: structs, enums, lists and
maps of them are converted, everything else stays as the JSON holds it; keys a struct does not know are dropped,
as jsii drops them. The fields whose type is a union of structs are read by what the document says they are:
an artifact's ``properties`` by the artifact's type, a missing context's ``props`` by its provider, a metadata
entry's ``data`` by the entry's type.
"""

from __future__ import annotations

import enum
import functools
import typing
from collections.abc import Mapping
from typing import Any

from constructs._validation import CloudAssemblyError

from .. import _structs as s
from .._enums import ArtifactMetadataEntryType, ArtifactType, ContextProvider

PROPERTIES_BY_TYPE: dict[str, type] = {
    ArtifactType.AWS_CLOUDFORMATION_STACK.value: s.AwsCloudFormationStackProperties,
    ArtifactType.ASSET_MANIFEST.value: s.AssetManifestProperties,
    ArtifactType.CDK_TREE.value: s.TreeArtifactProperties,
    ArtifactType.NESTED_CLOUD_ASSEMBLY.value: s.NestedCloudAssemblyProperties,
    ArtifactType.FEATURE_FLAG_REPORT.value: s.FeatureFlagReportProperties,
}

_QUERY_BY_PROVIDER: dict[str, type] = {
    ContextProvider.AMI_PROVIDER.value: s.AmiContextQuery,
    ContextProvider.AVAILABILITY_ZONE_PROVIDER.value: s.AvailabilityZonesContextQuery,
    ContextProvider.HOSTED_ZONE_PROVIDER.value: s.HostedZoneContextQuery,
    ContextProvider.SSM_PARAMETER_PROVIDER.value: s.SSMParameterContextQuery,
    ContextProvider.VPC_PROVIDER.value: s.VpcContextQuery,
    ContextProvider.ENDPOINT_SERVICE_AVAILABILITY_ZONE_PROVIDER.value: s.EndpointServiceAvailabilityZonesContextQuery,
    ContextProvider.LOAD_BALANCER_PROVIDER.value: s.LoadBalancerContextQuery,
    ContextProvider.LOAD_BALANCER_LISTENER_PROVIDER.value: s.LoadBalancerListenerContextQuery,
    ContextProvider.SECURITY_GROUP_PROVIDER.value: s.SecurityGroupContextQuery,
    ContextProvider.KEY_PROVIDER.value: s.KeyContextQuery,
    ContextProvider.CC_API_PROVIDER.value: s.CcApiContextQuery,
    ContextProvider.PLUGIN.value: s.PluginContextQuery,
}


def camel(name: str) -> str:
    """``lookup_role_arn`` -> ``lookupRoleArn``."""
    first, *rest = name.split("_")
    return first + "".join(p[:1].upper() + p[1:] for p in rest)


def is_struct(value: object) -> bool:
    return hasattr(type(value), "__struct_fields__")


@functools.cache
def _fields(cls: Any) -> tuple[tuple[str, str], ...]:
    """``(field name, JSON key)`` of each field of the struct class ``cls``, in field order."""
    return tuple((f.name, camel(f.name)) for f in cls.__struct_fields__)  # type: ignore[attr-defined]


@functools.cache
def _hints(cls: Any) -> dict[str, Any]:
    import sys

    return typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))


# --- writing -------------------------------------------------------------------------------------------------------


def to_json(value: Any) -> Any:
    """The JSON value of ``value``: structs as camelCase objects without their unset fields, enums as values."""
    if is_struct(value):
        out: dict[str, Any] = {}
        cls: Any = type(value)
        for name, key in _fields(cls):
            v = getattr(value, name)
            if v is not None:
                out[key] = to_json(v)
        return out
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {k: to_json(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return value


# --- reading -------------------------------------------------------------------------------------------------------


def from_json(cls: type, data: Any, where: str = "") -> Any:
    """The struct ``cls`` read from the JSON object ``data`` (``where``: its JSON path, for errors)."""
    if not isinstance(data, Mapping):
        raise CloudAssemblyError(f"Invalid manifest: {where or 'the document'} must be an object, got {data!r}")
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for name, key in _fields(cls):
        if key not in data or data[key] is None:
            continue
        value = data[key]
        special = _SPECIAL.get((cls.__name__, name))
        path = f"{where}.{key}" if where else key
        kwargs[name] = special(data, value, path) if special else _convert(hints[name], value, path)
    try:
        return cls(**kwargs)
    except TypeError as e:
        raise CloudAssemblyError(f"Invalid manifest: {where or 'the document'} is not a valid {cls.__name__}: {e}") from e


def _convert(hint: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if origin is typing.Union or type(hint).__name__ == "UnionType":
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(options) != 1:
            return value
        return _convert(options[0], value, where)
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            try:
                return hint(value)
            except ValueError:
                allowed = ", ".join(repr(m.value) for m in hint)
                raise CloudAssemblyError(
                    f"Invalid manifest: {where} is {value!r}, not one of the {hint.__name__} values ({allowed})"
                ) from None
        if hasattr(hint, "__struct_fields__"):
            return from_json(hint, value, where)
        return value
    args = typing.get_args(hint)
    if origin is not None and args:
        import collections.abc as abc

        if origin in (abc.Sequence, list) and isinstance(value, list):
            return [_convert(args[0], v, f"{where}[{i}]") for i, v in enumerate(value)]
        if origin in (abc.Mapping, dict) and isinstance(value, Mapping):
            return {k: _convert(args[1], v, f"{where}.{k}") for k, v in value.items()}
    return value


def _artifact_properties(doc: Mapping[str, Any], value: Any, where: str) -> Any:
    cls = PROPERTIES_BY_TYPE.get(doc.get("type", ""))
    return from_json(cls, value, where) if cls is not None and isinstance(value, Mapping) else value


def _missing_props(doc: Mapping[str, Any], value: Any, where: str) -> Any:
    cls = _QUERY_BY_PROVIDER.get(doc.get("provider", ""))
    if cls is None or not isinstance(value, Mapping):
        return value
    try:
        return from_json(cls, value, where)
    except CloudAssemblyError:  # a query the struct does not describe (e.g. an older shape): kept as written
        return dict(value)


def metadata_data(entry_type: str, value: Any, where: str) -> Any:
    """A metadata entry's ``data`` by the entry's type: asset entries, stack tags and property mutations as
    structs, anything else as written."""
    if entry_type == ArtifactMetadataEntryType.ASSET.value and isinstance(value, Mapping):
        cls = s.FileAssetMetadataEntry if value.get("packaging") in ("file", "zip") else s.ContainerImageAssetMetadataEntry
        return from_json(cls, value, where)
    if entry_type == ArtifactMetadataEntryType.STACK_TAGS.value and isinstance(value, list):
        return [from_json(s.Tag, t, f"{where}[{i}]") for i, t in enumerate(value)]
    if entry_type == ArtifactMetadataEntryType.PROPERTY_ASSIGNMENT.value and isinstance(value, Mapping):
        try:
            return from_json(s.PropertyMutationMetadataEntry, value, where)
        except CloudAssemblyError:
            return dict(value)
    return value


def _entry_data(doc: Mapping[str, Any], value: Any, where: str) -> Any:
    return metadata_data(doc.get("type", ""), value, where)


_SPECIAL = {
    ("ArtifactManifest", "properties"): _artifact_properties,
    ("MissingContext", "props"): _missing_props,
    ("MetadataEntry", "data"): _entry_data,
}


def metadata_from_json(data: Any, where: str) -> dict[str, list[Any]]:
    """A metadata map (construct path -> entries) read from JSON."""
    if not isinstance(data, Mapping):
        raise CloudAssemblyError(f"Invalid manifest: {where} must be an object, got {data!r}")
    return {p: [from_json(s.MetadataEntry, e, f"{where}.{p}[{i}]") for i, e in enumerate(entries)]
            for p, entries in data.items()}
