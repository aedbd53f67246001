"""``CfnJson``: a JSON value whose keys may hold tokens, parsed by a custom resource at deployment."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from ._construct import Construct
from ._private import structs
from ._token import Token

if TYPE_CHECKING:
    from constructs._token import IResolveContext

HANDLER_DIR = os.path.join(os.path.dirname(__file__), "_handlers", "cfn_utils")


class CfnJson(Construct):
    """A JSON object with token keys; ``value`` is a token that resolves to ``Fn::GetAtt [..., Value]``.

    The object is sent to pycdk's CfnUtils provider as a JSON string and comes back parsed, so token keys work
    where CloudFormation only accepts literal keys (IAM conditions, tag maps).

    Args:
        value: the JSON object (keys may contain tokens).
    """

    def __init__(self, scope: Construct, id: str, *, value: object) -> None:
        super().__init__(scope, id)
        from ._custom_resource import CustomResource
        from ._private.json_tokens import JsonToken
        from .internals import analytics_enabled

        self._json = JsonToken(value).to_string()
        service_token = cfn_utils_service_token(scope)
        analytics_enabled(self)  # core's CustomResource records once the analytics flag is seen on
        self._resource = CustomResource(
            self, "Resource", service_token=service_token, resource_type="Custom::AWSCDKCfnJson",
            properties={"Value": self._json},
        )
        self.value: Any = self._resource.get_att("Value")

    def resolve(self, _context: IResolveContext) -> object:
        """The parsed value (``Fn::GetAtt`` of the resource's ``Value``)."""
        return self.value.resolve(_context)

    def to_string(self) -> str:
        return Token.as_string(self.value)

    def to_json(self) -> str:
        return self.to_string()

    @property
    def creation_stack(self) -> list[str]:
        return []


def cfn_utils_service_token(scope: Construct) -> str:
    """The service token of the stack's ``AWSCDKCfnUtilsProvider``."""
    from ._custom_resource import CustomResourceProvider, CustomResourceProviderRuntime

    return CustomResourceProvider.get_or_create(
        scope, "AWSCDKCfnUtilsProvider", code_directory=HANDLER_DIR,
        runtime=CustomResourceProviderRuntime.PYTHON_3_13, handler="index.handler",
    )


@structs.frozen(kw_only=True)
class CfnJsonProps:
    """The keyword arguments of ``CfnJson``.

    Args:
        value: the value to render as JSON; it may hold tokens, also in keys.
    """

    value: object
