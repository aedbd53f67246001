"""``CloudFormationInit``: ``AWS::CloudFormation::Init`` metadata (config sets of ``InitConfig``s) attached to an
instance or launch configuration, with the ``cfn-init``/``cfn-signal`` user data that applies it."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Aws, CfnResource, Construct, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l2.ec2._cfn_init_elements import _LINUX, _WINDOWS, InitElement, _BindOptions
from l2.ec2._machine_image import OperatingSystemType
from l2.ec2._private.js_json import js_stringify
from l2.ec2._user_data import UserData

if TYPE_CHECKING:
    from l2.iam import IRole

_ORDER = ("PACKAGE", "GROUP", "USER", "SOURCE", "FILE", "COMMAND", "SERVICE")
_SECTIONS = ("packages", "groups", "users", "sources", "files", "commands", "services")


def _deep_merge(target: Any, src: Any) -> Any:
    if target is None:
        return src
    if src is None:
        return target
    for key, value in src.items():
        if isinstance(value, list):
            existing = target.get(key)
            if existing is not None and not isinstance(existing, list):
                raise UnscopedValidationError(
                    f"Trying to merge array [{','.join(map(str, value))}] into a non-array '{existing}'"
                )
            if key == "command":
                target[key] = [*(existing or []), *value]
            else:
                target[key] = list(dict.fromkeys([*(existing or []), *value]))
            continue
        if isinstance(value, dict):
            target[key] = _deep_merge(target.get(key) or {}, value)
            continue
        if value is not None:
            target[key] = value
    return target


def _combine_hashes(hashes: Sequence[str | None]) -> str | None:
    present = [h for h in hashes if h is not None]
    return "".join(present) if present else None


class _ConfigBind:
    __slots__ = ("asset_hash", "authentication", "config")

    def __init__(self, config: dict[str, Any], authentication: Any, asset_hash: str | None) -> None:
        self.config = config
        self.authentication = authentication
        self.asset_hash = asset_hash


class InitConfig:
    """One config of a ``CloudFormationInit``: a list of ``InitElement``s.

    Args:
        elements: the elements (files, packages, commands...) of the config, in order.
    """

    def __init__(self, elements: Sequence[InitElement]) -> None:
        self._elements: list[InitElement] = []
        self.add(*elements)

    def is_empty(self) -> bool:
        """Whether the config has no elements."""
        return not self._elements

    def add(self, *elements: InitElement) -> None:
        """Add elements to the config."""
        self._elements.extend(elements)

    def _bind(self, scope: Construct, instance_role: Any, platform: OperatingSystemType) -> _ConfigBind:
        if platform == OperatingSystemType.LINUX:
            init_platform = _LINUX
        elif platform == OperatingSystemType.WINDOWS:
            init_platform = _WINDOWS
        else:
            raise UnscopedValidationError("Cannot attach CloudFormationInit to an unknown OS type")
        sections: list[_ConfigBind | None] = [
            self._bind_for_type(t, instance_role, init_platform, scope) for t in _ORDER
        ]
        config = {name: (s.config if s else None) for name, s in zip(_SECTIONS, sections, strict=True)}
        auth = None
        for s in sections:
            auth = _deep_merge(auth, s.authentication if s else None)
        return _ConfigBind(config, auth, _combine_hashes([s.asset_hash if s else None for s in sections]))

    def _bind_for_type(self, element_type: str, role: Any, platform: str, scope: Construct) -> _ConfigBind | None:
        elements = [e for e in self._elements if e.element_type == element_type]
        if not elements:
            return None
        results = [e._bind(_BindOptions(i, role, platform, scope)) for i, e in enumerate(elements)]
        config = None
        auth = None
        for r in results:
            config = _deep_merge(config, r.config)
            auth = _deep_merge(auth, r.authentication)
        return _ConfigBind(config or {}, auth, _combine_hashes([r.asset_hash for r in results]))


@structs.frozen(kw_only=True)
class ConfigSetProps:
    """The config sets and configs of ``CloudFormationInit.from_config_sets``.

    Args:
        config_sets: each config set's list of config names.
        configs: the configs by name.
    """

    config_sets: Mapping[str, Sequence[str]]
    configs: Mapping[str, InitConfig]


@structs.frozen(kw_only=True)
class AttachInitOptions:
    """Options of ``CloudFormationInit.attach``.

    Args:
        instance_role: the role of the instances (gets ``cloudformation:DescribeStackResource``/``SignalResource``).
        platform: the OS of the instances.
        user_data: where the ``cfn-init``/``cfn-signal`` commands go.
        config_sets: the config sets to run (default ``["default"]``).
        embed_fingerprint: write a hash of the config into the user data (default true).
        ignore_failures: signal success even when cfn-init fails.
        include_role: pass ``--role`` to cfn-init and cfn-signal.
        include_url: pass ``--url`` (the regional CloudFormation endpoint).
        print_log: print cfn-init's log to the system log (default true).
        signal_resource: the resource to signal (default: the attached resource).
    """

    instance_role: IRole
    platform: OperatingSystemType
    user_data: UserData
    config_sets: Sequence[str] | None = None
    embed_fingerprint: bool | None = None
    ignore_failures: bool | None = None
    include_role: bool | None = None
    include_url: bool | None = None
    print_log: bool | None = None
    signal_resource: CfnResource | None = None


class CloudFormationInit:
    """A CloudFormation Init configuration: ``from_elements``, ``from_config``, ``from_config_sets``.

    Args:
        config_sets: the config sets by name, each the names of the configs it runs, in order (the factories build
            it).
        configs: the configs by name.
    """

    def __init__(self, config_sets: Mapping[str, Sequence[str]], configs: Mapping[str, InitConfig]) -> None:
        self._config_sets: dict[str, list[str]] = {k: list(v) for k, v in config_sets.items()}
        self._configs: dict[str, InitConfig] = dict(configs)

    @staticmethod
    def from_elements(*elements: InitElement) -> CloudFormationInit:
        """A single config (``config``, in the ``default`` config set) of these elements."""
        return CloudFormationInit.from_config(InitConfig(list(elements)))

    @staticmethod
    def from_config(config: InitConfig) -> CloudFormationInit:
        """A single config (``config``, in the ``default`` config set)."""
        return CloudFormationInit.from_config_sets(config_sets={"default": ["config"]}, configs={"config": config})

    @staticmethod
    def from_config_sets(
        *, config_sets: Mapping[str, Sequence[str]], configs: Mapping[str, InitConfig]
    ) -> CloudFormationInit:
        """Config sets (lists of config names) and the named configs."""
        return CloudFormationInit(config_sets, configs)

    def add_config(self, config_name: str, config: InitConfig) -> None:
        """Add a named config."""
        if config_name in self._configs:
            raise UnscopedValidationError(f"CloudFormationInit already contains a config named '{config_name}'")
        self._configs[config_name] = config

    def add_config_set(self, config_set_name: str, config_names: Sequence[str] | None = None) -> None:
        """Add a config set made of the named configs (which must exist)."""
        names = list(config_names or [])
        if config_set_name in self._config_sets:
            raise UnscopedValidationError(
                f"CloudFormationInit already contains a configSet named '{config_set_name}'"
            )
        unknown = [c for c in names if c not in self._configs]
        if unknown:
            raise UnscopedValidationError(
                f"Unknown configs referenced in definition of '{config_set_name}': {','.join(unknown)}"
            )
        self._config_sets[config_set_name] = names

    def attach(
        self,
        attached_resource: CfnResource,
        *,
        instance_role: IRole,
        platform: OperatingSystemType,
        user_data: UserData,
        config_sets: Sequence[str] | None = None,
        embed_fingerprint: bool | None = None,
        ignore_failures: bool | None = None,
        include_role: bool | None = None,
        include_url: bool | None = None,
        print_log: bool | None = None,
        signal_resource: CfnResource | None = None,
    ) -> None:
        """Attach the metadata to ``attached_resource``, grant the role what cfn-init needs, and add the
        ``cfn-init``/``cfn-signal`` commands to ``user_data``."""
        from l2 import iam

        if platform == OperatingSystemType.UNKNOWN:
            raise ValidationError("Cannot attach CloudFormationInit to an unknown OS type", attached_resource)
        key = "AWS::CloudFormation::Init"
        if attached_resource.get_metadata(key) is not None:
            raise ValidationError(
                f"Cannot bind CfnInit: resource '{attached_resource.node.path}' already has '{key}' attached",
                attached_resource,
            )
        stack = attached_resource.stack
        config_data, auth_data, asset_hash = self._bind(stack, instance_role, platform)
        attached_resource.add_metadata(key, config_data)
        fingerprint_input: dict[str, Any] = {"config": stack.resolve(config_data), "assetHash": asset_hash}
        fingerprint = hashlib.sha256(js_stringify(fingerprint_input).encode()).hexdigest()[:16]
        instance_role.add_to_principal_policy(iam.PolicyStatement(
            actions=["cloudformation:DescribeStackResource", "cloudformation:SignalResource"],
            resources=[Aws.STACK_ID],
        ))
        if auth_data is not None:
            attached_resource.add_metadata("AWS::CloudFormation::Authentication", auth_data)
        locator = f"--region {Aws.REGION} --stack {Aws.STACK_NAME} --resource {attached_resource.logical_id}"
        signal_id = signal_resource.logical_id if signal_resource is not None else attached_resource.logical_id
        notify = f"--region {Aws.REGION} --stack {Aws.STACK_NAME} --resource {signal_id}"
        if include_url:
            url = f" --url https://cloudformation.{Aws.REGION}.{Aws.URL_SUFFIX}"
            locator += url
            notify += url
        if include_role:
            role = f" --role {instance_role.role_name}"
            locator += role
            notify += role
        sets = ",".join(config_sets if config_sets is not None else ["default"])
        log = True if print_log is None else print_log
        if embed_fingerprint is None or embed_fingerprint:
            user_data.add_commands(f"# fingerprint: {fingerprint}")
        if platform == OperatingSystemType.WINDOWS:
            code = "0" if ignore_failures else "$LASTEXITCODE"
            user_data.add_commands(
                f"cfn-init.exe -v {locator} -c {sets}",
                f"cfn-signal.exe -e {code} {notify}",
                *(["type C:\\cfn\\log\\cfn-init.log"] if log else []),
            )
        else:
            code = "0" if ignore_failures else "$?"
            user_data.add_commands(
                "(",
                "  set +e",
                f"  /opt/aws/bin/cfn-init -v {locator} -c {sets}",
                f"  /opt/aws/bin/cfn-signal -e {code} {notify}",
                *(["  cat /var/log/cfn-init.log >&2"] if log else []),
                ")",
            )

    def _bind(self, scope: Construct, instance_role: Any,
              platform: OperatingSystemType) -> tuple[dict[str, Any], Any, str | None]:
        non_empty = {name: c for name, c in self._configs.items() if not c.is_empty()}
        results = {name: c._bind(scope, instance_role, platform) for name, c in non_empty.items()}
        config_data: dict[str, Any] = {
            "configSets": {name: [c for c in names if c in non_empty] for name, names in self._config_sets.items()},
        }
        for name, r in results.items():
            config_data[name] = r.config
        auth = None
        for r in results.values():
            auth = _deep_merge(auth, r.authentication)
        return config_data, auth, _combine_hashes([r.asset_hash for r in results.values()])
