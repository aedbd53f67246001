"""The elements of a CloudFormation Init config (``AWS::CloudFormation::Init``): commands, files, groups, users,
packages, services and sources, and the ``InitServiceRestartHandle`` that restarts services when they change."""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from constructs import (
    AssetHashType,
    Duration,
    IgnoreMode,
    SymlinkFollowMode,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import BundlingOptions
    from l2.iam import IGrantable
    from l2.kms import IKey
    from l2.s3 import IBucket
    from l2.s3_assets import Asset

_LINUX = "LINUX"
_WINDOWS = "WINDOWS"


class InitServiceRestartHandle:
    """Restarts a service (``InitService.enable(..., service_restart_handle=handle)``) when any of the files,
    commands, sources or packages registered with the handle change."""

    def __init__(self) -> None:
        self._commands: list[str] = []
        self._files: list[str] = []
        self._sources: list[str] = []
        self._packages: dict[str, list[str]] = {}

    def _add_command(self, key: str) -> None:
        self._commands.append(key)

    def _add_file(self, key: str) -> None:
        self._files.append(key)

    def _add_source(self, key: str) -> None:
        self._sources.append(key)

    def _add_package(self, package_type: str, key: str) -> None:
        self._packages.setdefault(package_type, []).append(key)

    def _render_restart_handles(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self._commands:
            out["commands"] = self._commands
        if self._files:
            out["files"] = self._files
        if self._packages:
            out["packages"] = self._packages
        if self._sources:
            out["sources"] = self._sources
        return out


class _BindOptions:
    __slots__ = ("index", "instance_role", "platform", "scope")

    def __init__(self, index: int, instance_role: Any, platform: str, scope: Any) -> None:
        self.index = index
        self.instance_role = instance_role
        self.platform = platform
        self.scope = scope


class _BindResult:
    __slots__ = ("asset_hash", "authentication", "config")

    def __init__(self, config: dict[str, Any], authentication: dict[str, Any] | None = None,
                 asset_hash: str | None = None) -> None:
        self.config = config
        self.authentication = authentication
        self.asset_hash = asset_hash


class InitElement:
    """Base class of the CloudFormation Init elements."""

    _ELEMENT_TYPE = ""

    @property
    def element_type(self) -> str:
        """The kind of element (``PACKAGE``, ``GROUP``, ``USER``, ``SOURCE``, ``FILE``, ``COMMAND``, ``SERVICE``)."""
        return self._ELEMENT_TYPE

    def _bind(self, options: _BindOptions) -> _BindResult:
        raise NotImplementedError


def _padded(index: int) -> str:
    return str(index).rjust(3, "0")


class InitCommandWaitDuration:
    """How long to wait after a command completes (Windows only): ``of(duration)``, ``none()``, ``forever()``."""

    def __init__(self) -> None:
        self._value: int | float | str = 0

    @staticmethod
    def of(duration: Duration) -> InitCommandWaitDuration:
        """Wait for the given duration."""
        out = InitCommandWaitDuration()
        out._value = duration.to_seconds()
        return out

    @staticmethod
    def none() -> InitCommandWaitDuration:
        """Do not wait."""
        return InitCommandWaitDuration.of(Duration.seconds(0))

    @staticmethod
    def forever() -> InitCommandWaitDuration:
        """Wait forever (for a reboot)."""
        out = InitCommandWaitDuration()
        out._value = "forever"
        return out

    def _render(self) -> int | float | str:
        return self._value


@structs.frozen(kw_only=True)
class InitCommandOptions:
    """Options of ``InitCommand.shell_command``/``argv_command``.

    Args:
        cwd: the working directory.
        env: environment variables of the command.
        ignore_errors: continue when the command fails.
        key: the command's key in the config (default: its index, zero-padded to 3 digits).
        service_restart_handles: restart these services after the command runs.
        test_cmd: run the command only if this test command succeeds.
        wait_after_completion: Windows only: how long to wait after the command.
    """

    cwd: str | None = None
    env: Mapping[str, str] | None = None
    ignore_errors: bool | None = None
    key: str | None = None
    service_restart_handles: Sequence[InitServiceRestartHandle] | None = None
    test_cmd: str | None = None
    wait_after_completion: InitCommandWaitDuration | None = None


class InitCommand(InitElement):
    """A command to run (``commands`` section).

    Args:
        command: a shell string, or an argv list run without a shell (the factories build it).
        options: the key, working directory, environment, test command and wait of the command
            (``InitCommandOptions``).
    """

    _ELEMENT_TYPE = "COMMAND"

    def __init__(self, command: str | Sequence[str], options: InitCommandOptions) -> None:
        self._command = command
        self._options = options

    @staticmethod
    def shell_command(
        shell_command: str,
        *,
        cwd: str | None = None,
        env: Mapping[str, str] | None = None,
        ignore_errors: bool | None = None,
        key: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
        test_cmd: str | None = None,
        wait_after_completion: InitCommandWaitDuration | None = None,
    ) -> InitCommand:
        """Run a shell command (a string, run by the shell)."""
        return InitCommand(shell_command, InitCommandOptions(
            cwd=cwd, env=env, ignore_errors=ignore_errors, key=key, service_restart_handles=service_restart_handles,
            test_cmd=test_cmd, wait_after_completion=wait_after_completion,
        ))

    @staticmethod
    def argv_command(
        argv: Sequence[str],
        *,
        cwd: str | None = None,
        env: Mapping[str, str] | None = None,
        ignore_errors: bool | None = None,
        key: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
        test_cmd: str | None = None,
        wait_after_completion: InitCommandWaitDuration | None = None,
    ) -> InitCommand:
        """Run a program with the given arguments (no shell)."""
        if len(argv) == 0:
            raise UnscopedValidationError("Cannot define argvCommand with an empty arguments")
        return InitCommand(list(argv), InitCommandOptions(
            cwd=cwd, env=env, ignore_errors=ignore_errors, key=key, service_restart_handles=service_restart_handles,
            test_cmd=test_cmd, wait_after_completion=wait_after_completion,
        ))

    def _bind(self, options: _BindOptions) -> _BindResult:
        o = self._options
        key = o.key or _padded(options.index)
        if options.platform != _WINDOWS and o.wait_after_completion is not None:
            command = self._command if isinstance(self._command, str) else ",".join(self._command)
            raise ValidationError(
                f"Command '{command}': 'waitAfterCompletion' is only valid for Windows systems.", options.scope
            )
        for handle in o.service_restart_handles or ():
            handle._add_command(key)
        return _BindResult({key: {
            "command": self._command,
            "env": dict(o.env) if o.env is not None else None,
            "cwd": o.cwd,
            "test": o.test_cmd,
            "ignoreErrors": o.ignore_errors,
            "waitAfterCompletion": o.wait_after_completion._render() if o.wait_after_completion else None,
        }})


@structs.frozen(kw_only=True)
class InitFileOptions:
    """Options of the ``InitFile`` factories.

    Args:
        base64_encoded: the content is base64 (``encoding: base64``).
        group: the owning group (default ``root``; Linux only).
        mode: the file mode, 6 octal digits (default ``000644``; Linux only).
        owner: the owning user (default ``root``; Linux only).
        service_restart_handles: restart these services when the file changes.
    """

    base64_encoded: bool | None = None
    group: str | None = None
    mode: str | None = None
    owner: str | None = None
    service_restart_handles: Sequence[InitServiceRestartHandle] | None = None


@structs.frozen(kw_only=True)
class InitFileAssetOptions(InitFileOptions):
    """``InitFileOptions`` plus the options of the ``s3_assets.Asset`` made by ``InitFile.from_asset``.

    The asset keyword arguments are those of ``s3_assets.AssetOptions`` (see that class for each keyword).
    """

    deploy_time: bool | None = None
    display_name: str | None = None
    readers: Sequence[IGrantable] | None = None
    source_kms_key: IKey | None = None
    asset_hash: str | None = None
    asset_hash_type: AssetHashType | None = None
    bundling: BundlingOptions | None = None
    exclude: Sequence[str] | None = None
    follow_symlinks: SymlinkFollowMode | None = None
    ignore_mode: IgnoreMode | None = None


def _s3_auth(role: Any, bucket_name: str) -> dict[str, Any]:
    return {"S3AccessCreds": {"type": "S3", "roleName": role.role_name, "buckets": [bucket_name]}}


def _asset_id(scope: Any, target: str) -> str:
    children = ",".join(c.node.path or "<root>" for c in scope.node.children)
    return f"{hashlib.md5(children.encode()).hexdigest()}{target}Asset"


class InitFile(InitElement):
    """A file to write (``files`` section): ``from_string``, ``from_object``, ``from_url``, ``from_asset``, ...

    Takes the keyword arguments of ``InitFileOptions`` (see that class for each keyword).

    Args:
        file_name: the path of the file on the instance.
    """

    _ELEMENT_TYPE = "FILE"

    def __init__(
        self,
        file_name: str,
        *,
        base64_encoded: bool | None = None,
        group: str | None = None,
        mode: str | None = None,
        owner: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> None:
        self._file_name = file_name
        self._options = InitFileOptions(base64_encoded=base64_encoded, group=group, mode=mode, owner=owner,
                                        service_restart_handles=service_restart_handles)
        self._content: Any = None

    @staticmethod
    def _make(file_name: str, options: InitFileOptions, content: Any) -> InitFile:
        out = InitFile(file_name, **structs.asdict(options, recurse=False))
        out._content = content
        return out

    @staticmethod
    def from_string(
        file_name: str,
        content: str,
        *,
        base64_encoded: bool | None = None,
        group: str | None = None,
        mode: str | None = None,
        owner: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitFile:
        """A file with the given text content."""
        if not content:
            raise UnscopedValidationError(
                f"InitFile {file_name}: cannot create empty file. Please supply at least one character of content."
            )
        options = InitFileOptions(base64_encoded=base64_encoded, group=group, mode=mode, owner=owner,
                                  service_restart_handles=service_restart_handles)
        return InitFile._make(file_name, options, lambda _b: {
            "content": content, "encoding": "base64" if base64_encoded else "plain",
        })

    @staticmethod
    def symlink(
        file_name: str,
        target: str,
        *,
        base64_encoded: bool | None = None,
        group: str | None = None,
        mode: str | None = None,
        owner: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitFile:
        """A symbolic link to ``target`` (mode ``120xxx``)."""
        if mode and mode[:3] != "120":
            raise UnscopedValidationError("File mode for symlinks must begin with 120XXX")
        return InitFile.from_string(file_name, target, base64_encoded=base64_encoded, group=group,
                                    mode=mode or "120644", owner=owner,
                                    service_restart_handles=service_restart_handles)

    @staticmethod
    def from_object(
        file_name: str,
        obj: Mapping[str, object],
        *,
        base64_encoded: bool | None = None,
        group: str | None = None,
        mode: str | None = None,
        owner: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitFile:
        """A JSON file with the given object as its content (tokens are resolved)."""
        options = InitFileOptions(base64_encoded=base64_encoded, group=group, mode=mode, owner=owner,
                                  service_restart_handles=service_restart_handles)
        return InitFile._make(file_name, options, lambda _b: {"content": obj})

    @staticmethod
    def from_file_inline(
        target_file_name: str,
        source_file_name: str,
        *,
        base64_encoded: bool | None = None,
        group: str | None = None,
        mode: str | None = None,
        owner: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitFile:
        """A file whose content is read now from a local file (base64 when ``base64_encoded``)."""
        import base64

        data = Path(source_file_name).read_bytes()
        contents = base64.b64encode(data).decode() if base64_encoded else data.decode("utf-8", errors="replace")
        return InitFile.from_string(target_file_name, contents, base64_encoded=base64_encoded, group=group,
                                    mode=mode, owner=owner, service_restart_handles=service_restart_handles)

    @staticmethod
    def from_url(
        file_name: str,
        url: str,
        *,
        base64_encoded: bool | None = None,
        group: str | None = None,
        mode: str | None = None,
        owner: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitFile:
        """A file downloaded from a URL."""
        options = InitFileOptions(base64_encoded=base64_encoded, group=group, mode=mode, owner=owner,
                                  service_restart_handles=service_restart_handles)
        return InitFile._make(file_name, options, lambda _b: {"source": url})

    @staticmethod
    def from_s3_object(
        file_name: str,
        bucket: IBucket,
        key: str,
        *,
        base64_encoded: bool | None = None,
        group: str | None = None,
        mode: str | None = None,
        owner: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitFile:
        """A file downloaded from an S3 object (the instance role gets read access)."""
        options = InitFileOptions(base64_encoded=base64_encoded, group=group, mode=mode, owner=owner,
                                  service_restart_handles=service_restart_handles)

        def content(b: _BindOptions) -> tuple[dict[str, Any], Any, None]:
            bucket.grant_read(b.instance_role, key)
            return {"source": bucket.url_for_object(key)}, _s3_auth(b.instance_role, bucket.bucket_name), None

        return InitFile._make(file_name, options, content)

    @staticmethod
    def from_asset(
        target_file_name: str,
        path: str,
        *,
        base64_encoded: bool | None = None,
        group: str | None = None,
        mode: str | None = None,
        owner: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> InitFile:
        """A file from a local path, uploaded as an S3 asset (the instance role gets read access)."""
        options = InitFileOptions(base64_encoded=base64_encoded, group=group, mode=mode, owner=owner,
                                  service_restart_handles=service_restart_handles)
        asset_options: dict[str, Any] = {
            "deploy_time": deploy_time, "display_name": display_name, "readers": readers,
            "source_kms_key": source_kms_key, "asset_hash": asset_hash, "asset_hash_type": asset_hash_type,
            "bundling": bundling, "exclude": exclude, "follow_symlinks": follow_symlinks, "ignore_mode": ignore_mode,
        }

        def content(b: _BindOptions) -> tuple[dict[str, Any], Any, str]:
            from l2.s3_assets import Asset

            asset = Asset(b.scope, _asset_id(b.scope, target_file_name), path=path,
                          **{k: v for k, v in asset_options.items() if v is not None})
            asset.grant_read(b.instance_role)
            return ({"source": asset.http_url}, _s3_auth(b.instance_role, asset.s3_bucket_name),
                    asset.asset_hash)

        return InitFile._make(target_file_name, options, content)

    @staticmethod
    def from_existing_asset(
        target_file_name: str,
        asset: Asset,
        *,
        base64_encoded: bool | None = None,
        group: str | None = None,
        mode: str | None = None,
        owner: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitFile:
        """A file from an existing S3 asset (the instance role gets read access)."""
        options = InitFileOptions(base64_encoded=base64_encoded, group=group, mode=mode, owner=owner,
                                  service_restart_handles=service_restart_handles)

        def content(b: _BindOptions) -> tuple[dict[str, Any], Any, str]:
            asset.grant_read(b.instance_role)
            return ({"source": asset.http_url}, _s3_auth(b.instance_role, asset.s3_bucket_name),
                    asset.asset_hash)

        return InitFile._make(target_file_name, options, content)

    def _bind(self, options: _BindOptions) -> _BindResult:
        for handle in self._options.service_restart_handles or ():
            handle._add_file(self._file_name)
        if self._content is None:
            raise UnscopedValidationError(
                f"InitFile {self._file_name}: use one of the InitFile factories (from_string, from_url, ...)"
            )
        produced = self._content(options)
        if isinstance(produced, tuple):
            content_vars, auth, asset_hash = produced
        else:
            content_vars, auth, asset_hash = produced, None, None
        return _BindResult(self._standard_config(options.platform, content_vars), auth, asset_hash)

    def _standard_config(self, platform: str, content_vars: dict[str, Any]) -> dict[str, Any]:
        o = self._options
        if platform == _WINDOWS:
            if o.group or o.owner or o.mode:
                raise UnscopedValidationError("Owner, group, and mode options not supported for Windows.")
            return {self._file_name: dict(content_vars)}
        return {self._file_name: {**content_vars, "mode": o.mode or "000644", "owner": o.owner or "root",
                                  "group": o.group or "root"}}


class InitGroup(InitElement):
    """A Linux group to create (``groups`` section).

    Args:
        group_name: the name of the Linux group.
        group_id: its gid (default: the system picks one).
    """

    _ELEMENT_TYPE = "GROUP"

    def __init__(self, group_name: str, group_id: int | float | None = None) -> None:
        self._group_name = group_name
        self._group_id = group_id

    @staticmethod
    def from_name(group_name: str, group_id: int | float | None = None) -> InitGroup:
        """A group with the given name and, optionally, id."""
        return InitGroup(group_name, group_id)

    def _bind(self, options: _BindOptions) -> _BindResult:
        if options.platform == _WINDOWS:
            raise UnscopedValidationError("Init groups are not supported on Windows")
        return _BindResult({self._group_name: {"gid": self._group_id} if self._group_id is not None else {}})


@structs.frozen(kw_only=True)
class InitUserOptions:
    """Options of ``InitUser.from_name``.

    Args:
        groups: the groups the user belongs to.
        home_dir: the home directory.
        user_id: the uid.
    """

    groups: Sequence[str] | None = None
    home_dir: str | None = None
    user_id: int | float | None = None


class InitUser(InitElement):
    """A Linux user to create (``users`` section).

    Args:
        user_name: the name of the Linux user.
        groups: the groups the user belongs to (default: none).
        home_dir: the home directory (default: the system's).
        user_id: the uid (default: the system picks one).
    """

    _ELEMENT_TYPE = "USER"

    def __init__(
        self,
        user_name: str,
        *,
        groups: Sequence[str] | None = None,
        home_dir: str | None = None,
        user_id: int | float | None = None,
    ) -> None:
        self._user_name = user_name
        self._options = InitUserOptions(groups=groups, home_dir=home_dir, user_id=user_id)

    @staticmethod
    def from_name(
        user_name: str,
        *,
        groups: Sequence[str] | None = None,
        home_dir: str | None = None,
        user_id: int | float | None = None,
    ) -> InitUser:
        """A user with the given name."""
        return InitUser(user_name, groups=groups, home_dir=home_dir, user_id=user_id)

    def _bind(self, options: _BindOptions) -> _BindResult:
        if options.platform == _WINDOWS:
            raise UnscopedValidationError("Init users are not supported on Windows")
        o = self._options
        return _BindResult({self._user_name: {
            "uid": o.user_id, "groups": list(o.groups) if o.groups is not None else None, "homeDir": o.home_dir,
        }})


@structs.frozen(kw_only=True)
class LocationPackageOptions:
    """Options of ``InitPackage.rpm``/``msi``.

    Args:
        key: the package's key in the config (default: its index, zero-padded to 3 digits).
        service_restart_handles: restart these services after the package is installed.
    """

    key: str | None = None
    service_restart_handles: Sequence[InitServiceRestartHandle] | None = None


@structs.frozen(kw_only=True)
class NamedPackageOptions:
    """Options of ``InitPackage.yum``/``apt``/``python``/``ruby_gem``.

    Args:
        service_restart_handles: restart these services after the package is installed.
        version: the versions to install (default: the latest).
    """

    service_restart_handles: Sequence[InitServiceRestartHandle] | None = None
    version: Sequence[str] | None = None


class InitPackage(InitElement):
    """A package to install (``packages`` section).

    Args:
        type: the package manager (``rpm``, ``yum``, ``apt``, ``python``, ``rubygems``, ``msi``).
        versions: the versions to install (empty: the latest).
        package_name: the package's name, or the key of an ``rpm``/``msi`` location (default: derived from the URL).
        service_handles: services to restart after the package is installed (default: none).
    """

    _ELEMENT_TYPE = "PACKAGE"

    def __init__(
        self,
        type: str,
        versions: Sequence[str],
        package_name: str | None = None,
        service_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> None:
        self._type = type
        self._versions = list(versions)
        self._package_name = package_name
        self._service_handles = service_handles
        self._msi_location: str | None = None

    @staticmethod
    def rpm(
        location: str,
        *,
        key: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitPackage:
        """An RPM from a URL or path."""
        return InitPackage("rpm", [location], key, service_restart_handles)

    @staticmethod
    def yum(
        package_name: str,
        *,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
        version: Sequence[str] | None = None,
    ) -> InitPackage:
        """A yum package."""
        return InitPackage("yum", version or [], package_name, service_restart_handles)

    @staticmethod
    def ruby_gem(
        gem_name: str,
        *,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
        version: Sequence[str] | None = None,
    ) -> InitPackage:
        """A Ruby gem."""
        return InitPackage("rubygems", version or [], gem_name, service_restart_handles)

    @staticmethod
    def python(
        package_name: str,
        *,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
        version: Sequence[str] | None = None,
    ) -> InitPackage:
        """A Python package (easy_install)."""
        return InitPackage("python", version or [], package_name, service_restart_handles)

    @staticmethod
    def apt(
        package_name: str,
        *,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
        version: Sequence[str] | None = None,
    ) -> InitPackage:
        """An apt package."""
        return InitPackage("apt", version or [], package_name, service_restart_handles)

    @staticmethod
    def msi(
        location: str,
        *,
        key: str | None = None,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitPackage:
        """An MSI installer (Windows)."""
        out = InitPackage("msi", [location], key, service_restart_handles)
        out._msi_location = location
        return out

    def _bind(self, options: _BindOptions) -> _BindResult:
        if (self._type == "msi") != (options.platform == _WINDOWS):
            if self._type == "msi":
                raise UnscopedValidationError("MSI installers are only supported on Windows systems.")
            raise UnscopedValidationError("Windows only supports the MSI package type")
        if not self._package_name and self._type not in ("rpm", "msi"):
            raise UnscopedValidationError("Package name must be specified for all package types besides RPM and MSI.")
        name = self._package_name or _padded(options.index)
        for handle in self._service_handles or ():
            handle._add_package(self._type, name)
        versions: Any = self._msi_location if self._msi_location is not None else list(self._versions)
        return _BindResult({self._type: {name: versions}})


class ServiceManager(enum.Enum):
    """The service manager that runs a service."""

    SYSVINIT = "SYSVINIT"
    WINDOWS = "WINDOWS"
    SYSTEMD = "SYSTEMD"


@structs.frozen(kw_only=True)
class InitServiceOptions:
    """Options of ``InitService.enable``.

    Args:
        enabled: start the service at boot (default true).
        ensure_running: keep the service running (default: ``enabled``).
        service_manager: default sysvinit on Linux, windows on Windows.
        service_restart_handle: restart the service when what this handle tracks changes.
    """

    enabled: bool | None = None
    ensure_running: bool | None = None
    service_manager: ServiceManager | None = None
    service_restart_handle: InitServiceRestartHandle | None = None


@structs.frozen(kw_only=True)
class SystemdConfigFileOptions:
    """Options of ``InitService.systemd_config_file``.

    Args:
        command: the command to run (an absolute path).
        after_network: start after the network (default true).
        cwd: the working directory.
        description: the unit's description.
        environment_files: environment files (absolute paths).
        environment_variables: environment variables.
        group: the group to run as.
        keep_running: restart the service when it stops (default true).
        user: the user to run as.
    """

    command: str
    after_network: bool | None = None
    cwd: str | None = None
    description: str | None = None
    environment_files: Sequence[str] | None = None
    environment_variables: Mapping[str, str] | None = None
    group: str | None = None
    keep_running: bool | None = None
    user: str | None = None


class InitService(InitElement):
    """A service to enable or disable (``services`` section).

    Args:
        service_name: the name of the service on the instance.
        options: whether it is enabled and running, what restarts it, and its service manager
            (``InitServiceOptions``).
    """

    _ELEMENT_TYPE = "SERVICE"

    def __init__(self, service_name: str, options: InitServiceOptions) -> None:
        self._service_name = service_name
        self._options = options

    @staticmethod
    def enable(
        service_name: str,
        *,
        enabled: bool | None = None,
        ensure_running: bool | None = None,
        service_manager: ServiceManager | None = None,
        service_restart_handle: InitServiceRestartHandle | None = None,
    ) -> InitService:
        """Enable and start the service."""
        return InitService(service_name, InitServiceOptions(
            enabled=True if enabled is None else enabled,
            ensure_running=ensure_running if ensure_running is not None else (True if enabled is None else enabled),
            service_manager=service_manager,
            service_restart_handle=service_restart_handle,
        ))

    @staticmethod
    def disable(service_name: str) -> InitService:
        """Disable and stop the service."""
        return InitService(service_name, InitServiceOptions(enabled=False, ensure_running=False))

    @staticmethod
    def systemd_config_file(
        service_name: str,
        *,
        command: str,
        after_network: bool | None = None,
        cwd: str | None = None,
        description: str | None = None,
        environment_files: Sequence[str] | None = None,
        environment_variables: Mapping[str, str] | None = None,
        group: str | None = None,
        keep_running: bool | None = None,
        user: str | None = None,
    ) -> InitFile:
        """A systemd unit file (``/etc/systemd/system/<name>.service``) running ``command``."""
        if not command.startswith("/"):
            raise UnscopedValidationError(f"SystemD executables must use an absolute path, got '{command}'")
        if environment_files and any(not f.startswith("/") for f in environment_files):
            raise UnscopedValidationError("SystemD environment files must use absolute paths")
        lines = ["[Unit]"]
        if description:
            lines.append(f"Description={description}")
        if after_network is None or after_network:
            lines.append("After=network.target")
        lines += ["[Service]", f"ExecStart={command}"]
        if cwd:
            lines.append(f"WorkingDirectory={cwd}")
        if user:
            lines.append(f"User={user}")
        if group:
            # aws-cdk-lib writes the user here (its behaviour, kept for identical output)
            lines.append(f"Group={user}")
        if keep_running is None or keep_running:
            lines.append("Restart=always")
        lines += [f"EnvironmentFile={f}" for f in environment_files or ()]
        lines += [f'Environment="{k}={v}"' for k, v in (environment_variables or {}).items()]
        lines += ["[Install]", "WantedBy=multi-user.target"]
        return InitFile.from_string(f"/etc/systemd/system/{service_name}.service", "\n".join(lines))

    def _bind(self, options: _BindOptions) -> _BindResult:
        o = self._options
        manager = o.service_manager or (ServiceManager.SYSVINIT if options.platform == _LINUX
                                        else ServiceManager.WINDOWS)
        body: dict[str, Any] = {"enabled": o.enabled, "ensureRunning": o.ensure_running}
        if o.service_restart_handle is not None:
            body.update(o.service_restart_handle._render_restart_handles())
        return _BindResult({manager.value.lower(): {self._service_name: body}})


@structs.frozen(kw_only=True)
class InitSourceOptions:
    """Options of the ``InitSource`` factories.

    Args:
        service_restart_handles: restart these services when the source changes.
    """

    service_restart_handles: Sequence[InitServiceRestartHandle] | None = None


@structs.frozen(kw_only=True)
class InitSourceAssetOptions(InitSourceOptions):
    """``InitSourceOptions`` plus asset options (aws-cdk-lib accepts them but does not pass them to the asset).

    The asset keyword arguments are those of ``s3_assets.AssetOptions`` (see that class for each keyword).
    """

    deploy_time: bool | None = None
    display_name: str | None = None
    readers: Sequence[IGrantable] | None = None
    source_kms_key: IKey | None = None
    asset_hash: str | None = None
    asset_hash_type: AssetHashType | None = None
    bundling: BundlingOptions | None = None
    exclude: Sequence[str] | None = None
    follow_symlinks: SymlinkFollowMode | None = None
    ignore_mode: IgnoreMode | None = None


class InitSource(InitElement):
    """An archive to extract into a directory (``sources`` section).

    Args:
        target_directory: the directory the archive is extracted into.
        service_handles: services to restart after extraction (default: none).
    """

    _ELEMENT_TYPE = "SOURCE"

    def __init__(
        self, target_directory: str, service_handles: Sequence[InitServiceRestartHandle] | None = None
    ) -> None:
        self._target_directory = target_directory
        self._service_handles = service_handles
        self._producer: Any = None

    @staticmethod
    def _make(target_directory: str, handles: Sequence[InitServiceRestartHandle] | None, producer: Any) -> InitSource:
        out = InitSource(target_directory, handles)
        out._producer = producer
        return out

    @staticmethod
    def from_url(
        target_directory: str,
        url: str,
        *,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitSource:
        """An archive downloaded from a URL."""
        return InitSource._make(target_directory, service_restart_handles, lambda _b: (url, None, None))

    @staticmethod
    def from_git_hub(
        target_directory: str,
        owner: str,
        repo: str,
        ref_spec: str | None = None,
        *,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitSource:
        """The tarball of a GitHub repository at ``ref_spec`` (default ``master``)."""
        return InitSource.from_url(target_directory,
                                   f"https://github.com/{owner}/{repo}/tarball/{ref_spec or 'master'}",
                                   service_restart_handles=service_restart_handles)

    @staticmethod
    def from_s3_object(
        target_directory: str,
        bucket: IBucket,
        key: str,
        *,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitSource:
        """An archive in S3 (the instance role gets read access)."""

        def produce(b: _BindOptions) -> tuple[str, Any, None]:
            bucket.grant_read(b.instance_role, key)
            return bucket.url_for_object(key), _s3_auth(b.instance_role, bucket.bucket_name), None

        return InitSource._make(target_directory, service_restart_handles, produce)

    @staticmethod
    def from_asset(
        target_directory: str,
        path: str,
        *,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> InitSource:
        """A local directory or archive, uploaded as an S3 asset (the instance role gets read access).

        As in aws-cdk-lib, the asset options are accepted but the asset is made from ``path`` alone.
        """

        def produce(b: _BindOptions) -> tuple[str, Any, str]:
            from l2.s3_assets import Asset

            asset = Asset(b.scope, _asset_id(b.scope, target_directory), path=path)
            asset.grant_read(b.instance_role)
            return asset.http_url, _s3_auth(b.instance_role, asset.s3_bucket_name), asset.asset_hash

        return InitSource._make(target_directory, service_restart_handles, produce)

    @staticmethod
    def from_existing_asset(
        target_directory: str,
        asset: Asset,
        *,
        service_restart_handles: Sequence[InitServiceRestartHandle] | None = None,
    ) -> InitSource:
        """An existing S3 asset (the instance role gets read access)."""

        def produce(b: _BindOptions) -> tuple[str, Any, str]:
            asset.grant_read(b.instance_role)
            return asset.http_url, _s3_auth(b.instance_role, asset.s3_bucket_name), asset.asset_hash

        return InitSource._make(target_directory, service_restart_handles, produce)

    def _bind(self, options: _BindOptions) -> _BindResult:
        for handle in self._service_handles or ():
            handle._add_source(self._target_directory)
        if self._producer is None:
            raise UnscopedValidationError(
                f"InitSource {self._target_directory}: use one of the InitSource factories (from_url, ...)"
            )
        url, auth, asset_hash = self._producer(options)
        return _BindResult({self._target_directory: url}, auth, asset_hash)
