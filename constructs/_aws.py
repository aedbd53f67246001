"""Pseudo parameters (``Aws.ACCOUNT_ID`` ...) and their stack-scoped variant ``ScopedAws``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._token import Intrinsic, Token

if TYPE_CHECKING:
    from constructs._construct import Construct


def _pseudo(name: str) -> Intrinsic:
    i = Intrinsic({"Ref": name})
    i._display_hint = name.replace("::", ".")
    return i


class Aws:
    """The CloudFormation pseudo parameters, as tokens that render ``{"Ref": "AWS::..."}``."""

    ACCOUNT_ID: str = Token.as_string(_pseudo("AWS::AccountId"))
    URL_SUFFIX: str = Token.as_string(_pseudo("AWS::URLSuffix"))
    NOTIFICATION_ARNS: list[str] = Token.as_list(_pseudo("AWS::NotificationARNs"))
    PARTITION: str = Token.as_string(_pseudo("AWS::Partition"))
    REGION: str = Token.as_string(_pseudo("AWS::Region"))
    STACK_ID: str = Token.as_string(_pseudo("AWS::StackId"))
    STACK_NAME: str = Token.as_string(_pseudo("AWS::StackName"))
    NO_VALUE: str = Token.as_string(_pseudo("AWS::NoValue"))


class ScopedAws:
    """Pseudo parameters as seen from a scope (identical tokens in pycdk)."""

    def __init__(self, scope: Construct) -> None:
        self.scope = scope

    @property
    def account_id(self) -> str:
        """``Aws.ACCOUNT_ID``: the same token."""
        return Aws.ACCOUNT_ID

    @property
    def url_suffix(self) -> str:
        """``Aws.URL_SUFFIX``: the same token."""
        return Aws.URL_SUFFIX

    @property
    def notification_arns(self) -> list[str]:
        """``Aws.NOTIFICATION_ARNS``: the same token."""
        return Aws.NOTIFICATION_ARNS

    @property
    def partition(self) -> str:
        """``Aws.PARTITION``: the same token."""
        return Aws.PARTITION

    @property
    def region(self) -> str:
        """``Aws.REGION``: the same token."""
        return Aws.REGION

    @property
    def stack_id(self) -> str:
        """``Aws.STACK_ID``: the same token."""
        return Aws.STACK_ID

    @property
    def stack_name(self) -> str:
        """``Aws.STACK_NAME``: the same token."""
        return Aws.STACK_NAME
