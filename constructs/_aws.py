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

    account_id = property(lambda self: Aws.ACCOUNT_ID)
    url_suffix = property(lambda self: Aws.URL_SUFFIX)
    notification_arns = property(lambda self: Aws.NOTIFICATION_ARNS)
    partition = property(lambda self: Aws.PARTITION)
    region = property(lambda self: Aws.REGION)
    stack_id = property(lambda self: Aws.STACK_ID)
    stack_name = property(lambda self: Aws.STACK_NAME)
