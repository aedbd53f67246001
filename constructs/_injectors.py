"""Property injectors: defaults for the props of a construct class, set on a scope and applied to the constructs
created below it (``PropertyInjectors.of(scope).add(injector)`` or ``property_injectors=`` of App/Stage/Stack)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs._private import structs

if TYPE_CHECKING:
    from ._construct import Construct, IConstruct

# how many scopes have injectors: constructs skip the lookup while there are none
_ACTIVE = [0]


@runtime_checkable
class IPropertyInjector(Protocol):
    """Changes the props of one construct class (``construct_unique_id``, the class's ``PROPERTY_INJECTION_ID``).

    ``inject`` receives the props the caller passed, keyed by their camelCase names as aws-cdk-lib's injectors see
    them, and returns the props to use.
    """

    @property
    def construct_unique_id(self) -> str: ...

    def inject(self, original_props: Any, *, id: str, scope: Construct) -> Any: ...


@structs.frozen(kw_only=True)
class InjectionContext:
    """Where a construct whose props are injected is created: its scope and id."""

    id: str
    scope: Construct


class PropertyInjectors:
    """The injectors of one scope, by construct class id."""

    def __init__(self, scope: IConstruct) -> None:
        self.scope = scope
        self._injectors: dict[str, IPropertyInjector] = {}

    @staticmethod
    def has_property_injectors(x: object) -> bool:
        """Whether injectors were ever asked for on ``x``."""
        return isinstance(getattr(x, "__dict__", None), dict) and "_property_injectors" in x.__dict__

    @staticmethod
    def of(scope: IConstruct) -> PropertyInjectors:
        """The injectors of ``scope`` (created on first use)."""
        found = scope.__dict__.get("_property_injectors")
        if found is None:
            found = scope.__dict__["_property_injectors"] = PropertyInjectors(scope)
            if not _ACTIVE[0]:  # the first scope with injectors: the constructors start looking for them
                from ._resource import wrap_injectable

                wrap_injectable()
            _ACTIVE[0] += 1
        return found  # type: ignore[no-any-return]

    def add(self, *props_injectors: IPropertyInjector) -> None:
        """Add injectors (one per construct class: a later one replaces an earlier one)."""
        for injector in props_injectors:
            self._injectors[injector.construct_unique_id] = injector

    def for_(self, unique_id: str) -> IPropertyInjector | None:
        """The injector of the construct class ``unique_id``, if any."""
        return self._injectors.get(unique_id)

    def supported_classes(self) -> list[str]:
        """The construct class ids that have an injector here."""
        return list(self._injectors)


def find_injector(scope: Any, unique_id: str) -> IPropertyInjector | None:
    """The nearest injector for ``unique_id`` on ``scope`` or above it."""
    cur = scope
    while cur is not None:
        injectors = cur.__dict__.get("_property_injectors")
        if injectors is not None:
            found = injectors.for_(unique_id)
            if found is not None:
                return found  # type: ignore[no-any-return]
        cur = cur.node.scope
    return None


# the props of aws-cdk-lib whose TypeScript name is not the plain camelCase of the Python one (acronyms)
_TS_NAMES = {
    "accelerator_total_memory_mib": "acceleratorTotalMemoryMiB",
    "allowed_origin_ssl_versions": "allowedOriginSSLVersions",
    "bundle_aws_sdk": "bundleAwsSDK",
    "container_memory_limit_mib": "containerMemoryLimitMiB",
    "enable_ecs_log_metadata": "enableECSLogMetadata",
    "enable_ecs_managed_tags": "enableECSManagedTags",
    "enable_sni": "enableSNI",
    "enforce_ssl": "enforceSSL",
    "ephemeral_storage_gib": "ephemeralStorageGiB",
    "execution_environment_memory_gib_per_v_cpu": "executionEnvironmentMemoryGiBPerVCpu",
    "free_space_gib": "freeSpaceGiB",
    "graph_ql_endpoint_arn": "graphQLEndpointArn",
    "graph_ql_operation": "graphQLOperation",
    "ignored_gid": "ignoredGID",
    "ignored_uid": "ignoredUID",
    "imported_file_chunk_size_mib": "importedFileChunkSizeMiB",
    "managed_ebs_volume": "managedEBSVolume",
    "max_record_size_in_kib": "maxRecordSizeInKiB",
    "memory_gib_per_v_cpu": "memoryGiBPerVCpu",
    "memory_limit_mib": "memoryLimitMiB",
    "memory_mib": "memoryMiB",
    "memory_reservation_mib": "memoryReservationMiB",
    "minimum_memory_in_mib": "minimumMemoryInMiB",
    "minimum_tls_version": "minimumTLSVersion",
    "parse_to_ocsf_options": "parseToOCSFOptions",
    "persistent_app_ui": "persistentAppUI",
    "record_size_kib": "recordSizeKiB",
    "redirect_http": "redirectHTTP",
    "require_tls": "requireTLS",
    "root_ca_certificate": "rootCACertificate",
    "size_gib": "sizeGiB",
    "size_in_gib": "sizeInGiB",
    "source_kms_key": "sourceKMSKey",
    "source_kms_key_arn": "sourceKMSKeyArn",
    "spark_ui": "sparkUI",
    "storage_capacity_gib": "storageCapacityGiB",
    "storage_capacity_quota_gib": "storageCapacityQuotaGiB",
    "storage_capacity_reservation_gib": "storageCapacityReservationGiB",
    "storage_size_gib": "storageSizeGiB",
    "storage_size_in_gib": "storageSizeInGiB",
    "target_dns": "targetDNS",
    "throughput_mib": "throughputMiB",
    "total_local_storage_gb_max": "totalLocalStorageGBMax",
    "total_local_storage_gb_min": "totalLocalStorageGBMin",
    "web_acl_id": "webACLId",
}


def _camel(name: str) -> str:
    known = _TS_NAMES.get(name)
    if known is not None:
        return known
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


_UPPER = re.compile(r"(?<!^)(?=[A-Z])")


def _snake(name: str) -> str:
    return _UPPER.sub("_", name).lower()


def apply_injectors(
    unique_id: str, props: dict[str, Any], scope: Any, id: str, param_names: Sequence[str] = ()
) -> dict[str, Any]:
    """``props`` (keyword arguments) after the injector of ``unique_id`` found from ``scope`` up, if any.

    The injector sees the props keyed by camelCase names, sorted as aws-cdk-lib hands them over; the keys it
    returns are mapped back to the constructor's keyword names (``param_names``; ``enforceSSL`` finds
    ``enforce_ssl``), others are snake_cased.
    """
    if not _ACTIVE[0] or scope is None:
        return props
    injector = find_injector(scope, unique_id)
    if injector is None:
        return props
    # the props an aws-cdk-lib constructor receives hold only the given keys: a subclass's ``super().__init__``
    # passes every keyword, the unset ones as None, which must not hide the injector's defaults
    camel = {_camel(k): v for k, v in props.items() if v is not None}
    result = injector.inject(dict(sorted(camel.items())), id=id, scope=scope)
    if not isinstance(result, Mapping):
        raise TypeError(f"the property injector of {unique_id} must return a dict of props, got {result!r}")
    by_letters = {name.replace("_", "").lower(): name for name in param_names}
    out: dict[str, Any] = {}
    for key, value in result.items():
        if value is None:
            continue
        out[by_letters.get(key.replace("_", "").lower()) or _snake(key)] = value
    return out
