"""``UserData``: instance start-up scripts for Linux (bash), Windows (PowerShell), custom text and MIME multipart."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from constructs import Fn, Stack, UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Resource
    from l2.ec2._machine_image import OperatingSystemType
    from l2.s3 import IBucket


@structs.frozen(kw_only=True)
class S3DownloadOptions:
    """A file to download from S3 at start-up.

    Args:
        bucket: the bucket.
        bucket_key: the object key.
        local_file: where to put it (default ``/tmp/<key>`` or ``C:/temp/<key>``).
        region: the bucket's region.
    """

    bucket: IBucket
    bucket_key: str
    local_file: str | None = None
    region: str | None = None


@structs.frozen(kw_only=True)
class ExecuteFileOptions:
    """A file to run at start-up.

    Args:
        file_path: the file.
        arguments: its arguments.
    """

    file_path: str
    arguments: str | None = None


class UserData:
    """Commands run when an instance starts: ``UserData.for_linux()``, ``for_windows()``, ``custom(...)``."""

    @staticmethod
    def for_linux(*, shebang: str | None = None) -> UserData:
        """A bash script (``#!/bin/bash`` unless ``shebang`` is given)."""
        return _LinuxUserData(shebang)

    @staticmethod
    def for_windows(*, persist: bool | None = None) -> UserData:
        """A PowerShell script (``persist`` runs it at every boot)."""
        return _WindowsUserData(persist)

    @staticmethod
    def custom(content: str) -> UserData:
        """Literal user data."""
        user_data = _CustomUserData()
        user_data.add_commands(content)
        return user_data

    @staticmethod
    def for_operating_system(os: OperatingSystemType) -> UserData:
        """The user data kind of an operating system type."""
        name = getattr(os, "name", os)
        if name == "LINUX":
            return UserData.for_linux()
        if name == "WINDOWS":
            return UserData.for_windows()
        raise UnscopedValidationError("Cannot determine UserData for unknown operating system type")

    def add_commands(self, *commands: str) -> None:
        """Append commands."""
        raise NotImplementedError

    def add_on_exit_commands(self, *commands: str) -> None:
        """Append commands run when the script exits (success or failure)."""
        raise NotImplementedError

    def render(self) -> str:
        """The user data text."""
        raise NotImplementedError

    def add_s3_download_command(
        self, *, bucket: IBucket, bucket_key: str, local_file: str | None = None, region: str | None = None
    ) -> str:
        """Download an S3 object; returns the local path."""
        raise NotImplementedError

    def add_execute_file_command(self, *, file_path: str, arguments: str | None = None) -> None:
        """Run a file."""
        raise NotImplementedError

    def add_signal_on_exit_command(self, resource: Resource) -> None:
        """Signal the resource's CloudFormation creation policy with the script's result."""
        raise NotImplementedError


class _LinuxUserData(UserData):
    def __init__(self, shebang: str | None) -> None:
        self._shebang = shebang
        self._lines: list[str] = []
        self._on_exit: list[str] = []

    def add_commands(self, *commands: str) -> None:
        self._lines.extend(commands)

    def add_on_exit_commands(self, *commands: str) -> None:
        self._on_exit.extend(commands)

    def render(self) -> str:
        exit_lines = ["function exitTrap(){", "exitCode=$?", *self._on_exit, "}", "trap exitTrap EXIT"] if (
            self._on_exit
        ) else []
        return "\n".join([self._shebang if self._shebang is not None else "#!/bin/bash", *exit_lines, *self._lines])

    def add_s3_download_command(
        self, *, bucket: IBucket, bucket_key: str, local_file: str | None = None, region: str | None = None
    ) -> str:
        s3_path = f"s3://{bucket.bucket_name}/{bucket_key}"
        local_path = local_file if local_file else f"/tmp/{bucket_key}"
        self.add_commands(
            f"mkdir -p $(dirname '{local_path}')",
            f"aws s3 cp '{s3_path}' '{local_path}'" + (f" --region {region}" if region is not None else ""),
        )
        return local_path

    def add_execute_file_command(self, *, file_path: str, arguments: str | None = None) -> None:
        self.add_commands("set -e", f"chmod +x '{file_path}'", f"'{file_path}' {arguments or ''}".strip())

    def add_signal_on_exit_command(self, resource: Resource) -> None:
        stack = Stack.of(resource)
        child: Any = resource.node.default_child  # the resource's CfnResource
        resource_id = child.logical_id
        self.add_on_exit_commands(
            f"/opt/aws/bin/cfn-signal --stack {stack.stack_name} --resource {resource_id} --region {stack.region} "
            "-e $exitCode || echo 'Failed to send Cloudformation Signal'"
        )


class _WindowsUserData(UserData):
    def __init__(self, persist: bool | None) -> None:
        self._persist = persist
        self._lines: list[str] = []
        self._on_exit: list[str] = []

    def add_commands(self, *commands: str) -> None:
        self._lines.extend(commands)

    def add_on_exit_commands(self, *commands: str) -> None:
        self._on_exit.extend(commands)

    def render(self) -> str:
        exit_lines = (
            ["trap {", '$success=($PSItem.Exception.Message -eq "Success")', *self._on_exit, "break", "}"]
            if self._on_exit
            else []
        )
        body = "\n".join([*exit_lines, *self._lines, *(['throw "Success"'] if self._on_exit else [])])
        return f"<powershell>{body}</powershell>" + ("<persist>true</persist>" if self._persist else "")

    def add_s3_download_command(
        self, *, bucket: IBucket, bucket_key: str, local_file: str | None = None, region: str | None = None
    ) -> str:
        local_path = local_file if local_file else f"C:/temp/{bucket_key}"
        self.add_commands(
            f"mkdir (Split-Path -Path '{local_path}' ) -ea 0",
            f"Read-S3Object -BucketName '{bucket.bucket_name}' -key '{bucket_key}' -file '{local_path}' "
            "-ErrorAction Stop" + (f" -Region {region}" if region is not None else ""),
        )
        return local_path

    def add_execute_file_command(self, *, file_path: str, arguments: str | None = None) -> None:
        self.add_commands(
            f"&'{file_path}' {arguments or ''}".strip(),
            f"if (!$?) {{ Write-Error 'Failed to execute the file \"{file_path}\"' -ErrorAction Stop }}",
        )

    def add_signal_on_exit_command(self, resource: Resource) -> None:
        stack = Stack.of(resource)
        child: Any = resource.node.default_child  # the resource's CfnResource
        resource_id = child.logical_id
        self.add_on_exit_commands(
            f"cfn-signal --stack {stack.stack_name} --resource {resource_id} --region {stack.region} "
            "--success ($success.ToString().ToLower())"
        )


class _CustomUserData(UserData):
    def __init__(self) -> None:
        self._lines: list[str] = []

    def add_commands(self, *commands: str) -> None:
        self._lines.extend(commands)

    def add_on_exit_commands(self, *commands: str) -> None:
        raise UnscopedValidationError(
            "CustomUserData does not support addOnExitCommands, use UserData.forLinux() or UserData.forWindows() "
            "instead."
        )

    def render(self) -> str:
        return "\n".join(self._lines)

    def add_s3_download_command(self, **_: Any) -> str:  # type: ignore[override]
        raise UnscopedValidationError(
            "CustomUserData does not support addS3DownloadCommand, use UserData.forLinux() or UserData.forWindows() "
            "instead."
        )

    def add_execute_file_command(self, **_: Any) -> None:  # type: ignore[override]
        raise UnscopedValidationError(
            "CustomUserData does not support addExecuteFileCommand, use UserData.forLinux() or UserData.forWindows() "
            "instead."
        )

    def add_signal_on_exit_command(self, resource: Resource) -> None:
        raise UnscopedValidationError(
            "CustomUserData does not support addSignalOnExitCommand, use UserData.forLinux() or "
            "UserData.forWindows() instead."
        )


class MultipartBody:
    """A part of a ``MultipartUserData``."""

    SHELL_SCRIPT = 'text/x-shellscript; charset="utf-8"'
    CLOUD_BOOTHOOK = 'text/cloud-boothook; charset="utf-8"'

    @staticmethod
    def from_user_data(user_data: UserData, content_type: str | None = None) -> MultipartBody:
        """A user data script as a base64 part (default content type: shell script)."""
        return _UserDataPart(user_data, content_type)

    @staticmethod
    def from_raw_body(
        *, content_type: str, body: str | None = None, transfer_encoding: str | None = None
    ) -> MultipartBody:
        """A literal part."""
        return _RawPart(content_type, body, transfer_encoding)

    def render_body_part(self) -> list[str]:
        """The part's lines."""
        raise NotImplementedError


class _RawPart(MultipartBody):
    def __init__(self, content_type: str, body: str | None, transfer_encoding: str | None) -> None:
        self._content_type = content_type
        self._body = body
        self._transfer_encoding = transfer_encoding

    def render_body_part(self) -> list[str]:
        out = [f"Content-Type: {self._content_type}"]
        if self._transfer_encoding is not None:
            out.append(f"Content-Transfer-Encoding: {self._transfer_encoding}")
        out.append("")
        if self._body is not None:
            out.append(self._body)
        return out


class _UserDataPart(MultipartBody):
    def __init__(self, user_data: UserData, content_type: str | None) -> None:
        self._user_data = user_data
        self._content_type = content_type or MultipartBody.SHELL_SCRIPT

    def render_body_part(self) -> list[str]:
        return [
            f"Content-Type: {self._content_type}",
            "Content-Transfer-Encoding: base64",
            "",
            Fn.base64(self._user_data.render()),
        ]


_USE_PART_ERROR = (
    "MultipartUserData only supports this operation if it has a default UserData. Call addUserDataPart with "
    "makeDefault=true."
)
_BOUNDARY_PATTERN = "[^a-zA-Z0-9()+,-./:=?]"


class MultipartUserData(UserData):
    """MIME multipart user data made of several parts.

    Args:
        parts_separator: the MIME boundary (default ``+AWS+CDK+User+Data+Separator==``).
    """

    def __init__(self, *, parts_separator: str | None = None) -> None:
        if parts_separator is not None:
            if re.search(_BOUNDARY_PATTERN, parts_separator):
                raise UnscopedValidationError(
                    f"Invalid characters in separator. Separator has to match pattern {_BOUNDARY_PATTERN}"
                )
            self._separator = parts_separator
        else:
            self._separator = "+AWS+CDK+User+Data+Separator=="
        self._parts: list[MultipartBody] = []
        self._default: UserData | None = None

    def add_part(self, part: MultipartBody) -> None:
        """Append a part."""
        self._parts.append(part)

    def add_user_data_part(
        self, user_data: UserData, content_type: str | None = None, make_default: bool | None = None
    ) -> None:
        """Append a user data part; the first one (or ``make_default``) receives ``add_commands`` and friends."""
        self.add_part(MultipartBody.from_user_data(user_data, content_type))
        if make_default if make_default is not None else self._default is None:
            self._default = user_data

    def render(self) -> str:
        boundary = self._separator
        out = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "MIME-Version: 1.0", ""]
        for part in self._parts:
            out.append(f"--{boundary}")
            out.extend(part.render_body_part())
        out.extend([f"--{boundary}--", ""])
        return "\n".join(out)

    def _target(self) -> UserData:
        if self._default is None:
            raise UnscopedValidationError(_USE_PART_ERROR)
        return self._default

    def add_commands(self, *commands: str) -> None:
        self._target().add_commands(*commands)

    def add_on_exit_commands(self, *commands: str) -> None:
        self._target().add_on_exit_commands(*commands)

    def add_s3_download_command(
        self, *, bucket: IBucket, bucket_key: str, local_file: str | None = None, region: str | None = None
    ) -> str:
        return self._target().add_s3_download_command(
            bucket=bucket, bucket_key=bucket_key, local_file=local_file, region=region
        )

    def add_execute_file_command(self, *, file_path: str, arguments: str | None = None) -> None:
        self._target().add_execute_file_command(file_path=file_path, arguments=arguments)

    def add_signal_on_exit_command(self, resource: Resource) -> None:
        self._target().add_signal_on_exit_command(resource)
