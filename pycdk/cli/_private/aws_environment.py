"""The AWS side of deploying: boto3 (the ``pycdk[deploy]`` extra), clients per region, the account in use.

boto3 reads credentials, the region and ``AWS_ENDPOINT_URL`` (an emulator such as moto) the usual way; pycdk adds
nothing to that chain. boto3 is imported on first use, so commands that do not deploy never load it.
"""

from __future__ import annotations

import getpass
import os
import re
import threading
from typing import Any

from .console import CliError

INSTALL_HINT = "pip install 'pycdk[deploy]'"


def boto3_module() -> Any:
    """The ``boto3`` module.

    Raises:
        CliError: when boto3 is not installed.
    """
    try:
        import boto3
    except ImportError as e:
        raise CliError(f"deploying needs boto3, which is not installed: {INSTALL_HINT}") from e
    return boto3


def client_error_types() -> tuple[type[BaseException], ...]:
    """The botocore exceptions a failing AWS call raises."""
    from botocore.exceptions import BotoCoreError, ClientError

    return (ClientError, BotoCoreError)


def error_code(error: BaseException) -> str:
    """The AWS error code of a ``ClientError`` (``""`` for other errors)."""
    response = getattr(error, "response", None)
    if isinstance(response, dict):
        return str(response.get("Error", {}).get("Code", ""))
    return ""


def error_text(error: BaseException) -> str:
    """A one-line description of a failed AWS call."""
    response = getattr(error, "response", None)
    if isinstance(response, dict):
        err = response.get("Error", {})
        return f"{err.get('Code', 'Error')}: {err.get('Message', '')}".rstrip(": ")
    return " ".join(str(error).split())


class AwsEnvironment:
    """Clients for one account and region, made on first use and shared by the threads of a deployment."""

    def __init__(self, account: str, region: str, session: Any = None, role_arn: str | None = None) -> None:
        self.account = account
        self.region = region
        self.role_arn = role_arn
        """The role whose credentials the clients use (``None``: the current credentials)."""
        self._session = session or boto3_module().session.Session(region_name=region)
        self._clients: dict[str, Any] = {}
        self._assumed: dict[tuple[str, str | None], AwsEnvironment] = {}
        self._lock = threading.Lock()

    @property
    def partition(self) -> str:
        """The partition of the region (``aws``, ``aws-cn``, ``aws-us-gov``)."""
        if self.region.startswith("cn-"):
            return "aws-cn"
        if self.region.startswith("us-gov-"):
            return "aws-us-gov"
        return "aws"

    def client(self, service: str) -> Any:
        """The boto3 client of ``service`` in this environment's region."""
        if service not in self._clients:
            self._clients[service] = self._session.client(service)
        return self._clients[service]

    def assuming(self, role_arn: object, external_id: object = None) -> AwsEnvironment:
        """This environment with the credentials of ``role_arn`` (a bootstrap role of the assembly: the deploy,
        file-publishing, image-publishing or lookup role, ``${AWS::Partition}`` etc. filled in), as the CDK CLI
        assumes it; the environment itself when there is no role. A role the current credentials cannot assume
        falls back to them (with a warning) when they are for the environment's account, as the CDK CLI does.

        Raises:
            CliError: when the role cannot be assumed and the current credentials are for another account.
        """
        if not isinstance(role_arn, str) or not role_arn:
            return self
        arn = self.substitute(role_arn)
        external = external_id if isinstance(external_id, str) and external_id else None
        with self._lock:
            if (arn, external) in self._assumed:
                return self._assumed[(arn, external)]
            args: dict[str, Any] = {"RoleArn": arn, "RoleSessionName": _session_name()}
            if external is not None:
                args["ExternalId"] = external
            try:
                credentials = self.client("sts").assume_role(**args)["Credentials"]
            except client_error_types() as e:
                if caller_account() != self.account:
                    raise CliError(f"cannot assume the role {arn} with the current credentials (account "
                                   f"{caller_account()}): {error_text(e)}") from e
                from .console import info

                info(f"could not assume {arn} ({error_text(e)}); the current credentials are for account "
                     f"{self.account}: using them", "yellow")
                assumed = self
            else:
                session = boto3_module().session.Session(
                    aws_access_key_id=credentials["AccessKeyId"], aws_secret_access_key=credentials["SecretAccessKey"],
                    aws_session_token=credentials["SessionToken"], region_name=self.region)
                assumed = AwsEnvironment(self.account, self.region, session=session, role_arn=arn)
            self._assumed[(arn, external)] = assumed
            return assumed

    def substitute(self, text: str) -> str:
        """``text`` with ``${AWS::AccountId}``, ``${AWS::Region}`` and ``${AWS::Partition}`` filled in."""
        values = {"AWS::AccountId": self.account, "AWS::Region": self.region, "AWS::Partition": self.partition}
        return re.sub(r"\$\{(AWS::[A-Za-z]+)\}", lambda m: values.get(m.group(1), m.group(0)), text)


_CALLER: dict[str, str] = {}


def _session_name() -> str:
    """The role session name, ``pycdk-<user>`` (the CDK CLI's is ``aws-cdk-<user>``), at most 64 characters."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    user = re.sub(r"[^\w+=,.@-]", "", user) or "user"
    return f"pycdk-{user}"[:64]


def default_region() -> str | None:
    """The region boto3 would use (``AWS_REGION``, ``AWS_DEFAULT_REGION`` or the profile's)."""
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if region:
        return region
    name = boto3_module().session.Session().region_name
    return str(name) if name else None


def caller_account() -> str:
    """The account of the credentials in use (STS GetCallerIdentity, asked once).

    Raises:
        CliError: when there are no credentials or the call fails.
    """
    if "account" not in _CALLER:
        boto3 = boto3_module()
        try:
            identity = boto3.session.Session(region_name=default_region() or "us-east-1").client(
                "sts").get_caller_identity()
        except client_error_types() as e:
            raise CliError(f"cannot find the AWS account of the current credentials: {error_text(e)}") from e
        _CALLER["account"] = str(identity["Account"])
    return _CALLER["account"]


def resolve_environment(environment: str, what: str) -> AwsEnvironment:
    """The environment of ``aws://ACCOUNT/REGION``, unknown parts taken from the credentials and configuration.

    Raises:
        CliError: when the region is unknown and none is configured.
    """
    parts = environment.removeprefix("aws://").split("/")
    account = parts[0] if parts and parts[0] else "unknown-account"
    region = parts[1] if len(parts) > 1 and parts[1] else "unknown-region"
    if account == "unknown-account":
        account = caller_account()
    if region == "unknown-region":
        configured = default_region()
        if not configured:
            raise CliError(f"{what}: no region: set AWS_REGION (or AWS_DEFAULT_REGION), or give the stack an env")
        region = configured
    return AwsEnvironment(account, region)
