"""Environments (``aws://<account>/<region>``) and the placeholders of environment-agnostic values."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from constructs._validation import CloudAssemblyError

from ._structs import Environment

UNKNOWN_ACCOUNT = "unknown-account"
"""The account of an environment-agnostic stack."""
UNKNOWN_REGION = "unknown-region"
"""The region of an environment-agnostic stack."""

_AWS_ENV = re.compile(r"aws://([a-z0-9A-Z\-@._]+)/([a-z\-0-9]+)")


class EnvironmentUtils:
    """Parses and formats environment names (``aws://<account>/<region>``)."""

    @staticmethod
    def format(account: str, region: str) -> str:
        """The name of the environment of ``account`` and ``region``: ``aws://<account>/<region>``.

        Args:
            account: the account.
            region: the region.
        """
        return f"aws://{account}/{region}"

    @staticmethod
    def make(account: str, region: str) -> Environment:
        """The environment of ``account`` and ``region``.

        Args:
            account: the account.
            region: the region.
        """
        return Environment(account=account, region=region, name=EnvironmentUtils.format(account, region))

    @staticmethod
    def parse(environment: str) -> Environment:
        """The environment named ``environment`` (``aws://<account>/<region>``).

        Args:
            environment: the environment's name.

        Raises:
            CloudAssemblyError: when ``environment`` is not of that form.
        """
        m = _AWS_ENV.search(environment)
        if m is None:
            raise CloudAssemblyError(
                f'Unable to parse environment specification "{environment}". Expected format: aws://account/region'
            )
        return Environment(account=m.group(1), region=m.group(2), name=environment)


@runtime_checkable
class IEnvironmentPlaceholderProvider(Protocol):
    """Gives the values of the environment placeholders, when they are needed."""

    def account_id(self) -> str:
        """The value for ``${AWS::AccountId}``."""
        ...

    def partition(self) -> str:
        """The value for ``${AWS::Partition}``."""
        ...

    def region(self) -> str:
        """The value for ``${AWS::Region}``."""
        ...


class EnvironmentPlaceholders:
    """The placeholders (``${AWS::Region}``, ``${AWS::AccountId}``, ``${AWS::Partition}``) that assembly
    files hold where the deploying environment's values go, and their replacement."""

    CURRENT_REGION = "${AWS::Region}"
    """The placeholder of the region."""
    CURRENT_ACCOUNT = "${AWS::AccountId}"
    """The placeholder of the account."""
    CURRENT_PARTITION = "${AWS::Partition}"
    """The placeholder of the partition."""

    @staticmethod
    def replace(object: object, *, account_id: str, partition: str, region: str) -> object:
        """A copy of ``object`` (strings, lists and maps of them) with the placeholders replaced.

        Args:
            object: the value to replace the placeholders in.
            account_id: the value for ``${AWS::AccountId}``.
            partition: the value for ``${AWS::Partition}``.
            region: the value for ``${AWS::Region}``.
        """
        return _recurse(object, lambda s: s.replace(EnvironmentPlaceholders.CURRENT_REGION, region)
                        .replace(EnvironmentPlaceholders.CURRENT_ACCOUNT, account_id)
                        .replace(EnvironmentPlaceholders.CURRENT_PARTITION, partition))

    @staticmethod
    def replace_async(object: object, provider: IEnvironmentPlaceholderProvider) -> object:
        """A copy of ``object`` with the placeholders replaced by the values of ``provider``, asking it only for
        the values that occur.

        As aws-cdk-lib's, a placeholder counts as occurring only from the third character of a string on (its
        test is ``indexOf(...) > 1``); one at the very start is replaced with ``WONTHAPPEN``.

        Args:
            object: the value to replace the placeholders in.
            provider: gives the values.
        """
        need = {"region": False, "account": False, "partition": False}

        def scan(s: str) -> str:
            need["region"] |= s.find(EnvironmentPlaceholders.CURRENT_REGION) > 1
            need["account"] |= s.find(EnvironmentPlaceholders.CURRENT_ACCOUNT) > 1
            need["partition"] |= s.find(EnvironmentPlaceholders.CURRENT_PARTITION) > 1
            return s

        _recurse(object, scan)
        region = provider.region() if need["region"] else None
        account = provider.account_id() if need["account"] else None
        partition = provider.partition() if need["partition"] else None
        return _recurse(object, lambda s: s.replace(EnvironmentPlaceholders.CURRENT_REGION, region or "WONTHAPPEN")
                        .replace(EnvironmentPlaceholders.CURRENT_ACCOUNT, account or "WONTHAPPEN")
                        .replace(EnvironmentPlaceholders.CURRENT_PARTITION, partition or "WONTHAPPEN"))


def _recurse(value: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, (list, tuple)):
        return [_recurse(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: _recurse(v, fn) for k, v in value.items()}
    return value
