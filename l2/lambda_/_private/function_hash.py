"""The hash in ``Function.current_version``'s logical id (aws-cdk-lib ``aws-lambda/lib/function-hash.ts``).

With ``@aws-cdk/aws-lambda:recognizeVersionProps`` (on when unconfigured) the hash is the lower-case md5 of
``JSON.stringify`` of the function's resolved Properties, restricted to the version-locked ones and ordered
with the known keys first, plus any ``invalidate_version_based_on`` strings. With the flag false, it is the md5 of the
function's whole one-resource template (all properties, sorted the same way).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from constructs import ValidationError

# Property name → whether a change creates a new version.
VERSION_LOCKED: dict[str, bool] = {
    "Architectures": True, "Code": True, "DeadLetterConfig": True, "Description": True, "Environment": True,
    "EphemeralStorage": True, "FileSystemConfigs": True, "FunctionName": True, "Handler": True,
    "ImageConfig": True, "KmsKeyArn": True, "Layers": True, "MemorySize": True, "PackageType": True,
    "RecursiveLoop": True, "Role": True, "Runtime": True, "RuntimeManagementConfig": True, "SnapStart": True,
    "Timeout": True, "TracingConfig": True, "VpcConfig": True, "LoggingConfig": True,
    "CapacityProviderConfig": True, "FunctionScalingConfig": True, "PublishToLatestPublished": True,
    "DurableConfig": True, "CodeSigningConfigArn": False, "ReservedConcurrentExecutions": False, "Tags": False,
    "TenancyConfig": False,
}
# Properties classified by ``Function.classify_version_property`` (process-wide, as in aws-cdk-lib).
EXTRA_VERSION_PROPS: dict[str, bool] = {}
_KNOWN_ORDER = (
    "Code", "Handler", "Role", "Runtime", "Architectures", "CodeSigningConfigArn", "DeadLetterConfig",
    "Description", "Environment", "EphemeralStorage", "FileSystemConfigs", "FunctionName", "ImageConfig",
    "KmsKeyArn", "Layers", "MemorySize", "PackageType", "ReservedConcurrentExecutions", "RuntimeManagementConfig",
    "SnapStart", "Tags", "Timeout", "TracingConfig", "VpcConfig",
)


def _sort_properties(props: dict[str, Any]) -> dict[str, Any]:
    out = {k: props[k] for k in _KNOWN_ORDER if k in props}
    for k in sorted(k for k in props if k not in out):
        out[k] = props[k]
    return out


def calculate_function_hash(fn: Any, additional: str = "", extra_props: dict[str, bool] | None = None) -> str:
    """The md5 (hex) of the function's version-relevant configuration.

    Raises:
        ValidationError: a property that is not classified as version-locked or not.
    """
    resource = fn.node.default_child
    rendered = fn.stack.resolve(resource._to_cloudformation())
    (entry,) = rendered["Resources"].values()
    resource._post_resolve_body(entry, fn.stack)  # the raw overrides count, as in aws-cdk-lib
    props: dict[str, Any] = dict(entry.get("Properties") or {})
    from constructs import FeatureFlags

    flags = FeatureFlags.of(fn)
    if not flags.is_enabled(RECOGNIZE_VERSION_PROPS):
        # the flag off: the whole one-resource template, its properties sorted, unfiltered
        entry["Properties"] = _sort_properties(props)
        text = json.dumps(rendered, separators=(",", ":"), ensure_ascii=False)
        if flags.is_enabled(RECOGNIZE_LAYER_VERSION):
            text += _layers_hash(sorted(fn._layers, key=lambda layer: layer.node.path))
        return hashlib.md5((text + additional).encode()).hexdigest()
    classified = {**VERSION_LOCKED, **EXTRA_VERSION_PROPS, **(extra_props or {})}
    unclassified = [k for k, v in props.items() if v is not None and k not in classified]
    if unclassified:
        raise ValidationError(
            f"The following properties are not recognized as version properties: [{','.join(unclassified)}]. See "
            "the README of the aws-lambda module to learn more about this and to fix it.",
            fn,
        )
    kept = {k: v for k, v in props.items() if classified.get(k)}
    text = json.dumps(_sort_properties(kept), separators=(",", ":"), ensure_ascii=False)
    if flags.is_enabled(RECOGNIZE_LAYER_VERSION):
        text += _layers_hash(sorted(fn._layers, key=lambda layer: layer.node.path))
    return hashlib.md5((text + additional).encode()).hexdigest()


RECOGNIZE_LAYER_VERSION = "@aws-cdk/aws-lambda:recognizeLayerVersion"
RECOGNIZE_VERSION_PROPS = "@aws-cdk/aws-lambda:recognizeVersionProps"
_LAYER_ORDER = ("Content", "CompatibleArchitectures", "CompatibleRuntimes", "Description", "LayerName", "LicenseInfo")


def _layers_hash(layers: list[Any]) -> str:
    """The md5 of the layers' configuration, keyed by construct id (aws-cdk-lib's ``calculateLayersHash``)."""
    from constructs import Token

    config: dict[str, Any] = {}
    for layer in layers:
        resource = layer.node.default_child
        if resource is None:
            if not Token.is_unresolved(layer.layer_version_arn):
                runtimes = layer.compatible_runtimes
                config[layer.layer_version_arn] = ([_runtime_json(r) for r in runtimes]
                                                   if runtimes is not None else None)
                continue
            runtimes = layer.compatible_runtimes
            config[layer.node.id] = {"arn": layer.stack.resolve(layer.layer_version_arn),
                                     "runtimes": [r.name for r in runtimes] if runtimes is not None else None}
            continue
        rendered = layer.stack.resolve(resource._to_cloudformation())
        (entry,) = rendered["Resources"].values()
        props = dict(entry.get("Properties") or {})
        ordered = {k: props[k] for k in _LAYER_ORDER if k in props}
        for k in sorted(k for k in props if k not in ordered):
            ordered[k] = props[k]
        config[layer.node.id] = ordered
    text = json.dumps({k: v for k, v in config.items() if v is not None}, separators=(",", ":"),
                      ensure_ascii=False)
    return hashlib.md5(text.encode()).hexdigest()


def _runtime_json(runtime: Any) -> dict[str, Any]:
    """A ``Runtime`` as aws-cdk-lib's ``JSON.stringify`` writes it: its fields in declaration order, the bundling
    images by name, an undefined family left out."""
    image = runtime._bundling_image_name
    out: dict[str, Any] = {"name": runtime.name, "supportsInlineCode": runtime.supports_inline_code,
                           "supportsCodeGuruProfiling": runtime.supports_code_guru_profiling,
                           "supportsSnapStart": runtime.supports_snap_start}
    if runtime.family is not None:
        out["family"] = runtime.family.value
    out.update({"bundlingDockerImage": image, "bundlingImage": image, "isVariable": runtime.is_variable})
    return out


def trim_from_start(s: str, max_length: int) -> str:
    """The last ``max_length`` characters of ``s``."""
    return s[len(s) - min(max_length, len(s)):]
