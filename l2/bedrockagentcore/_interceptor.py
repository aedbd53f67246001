"""Gateway interceptors: Lambda functions a gateway calls on each request or response."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Construct
    from l2.bedrockagentcore._gateway_interfaces import IGateway
    from l2.lambda_ import IFunction


class InterceptionPoint(enum.Enum):
    """Where an interceptor runs."""

    REQUEST = "REQUEST"
    """Before the gateway calls the target."""
    RESPONSE = "RESPONSE"
    """After the target responds."""


@structs.frozen(kw_only=True)
class InterceptorOptions:
    """The options of a Lambda interceptor."""

    pass_request_headers: bool | None = None
    """Pass the request headers to the interceptor (default false)."""


@structs.frozen(kw_only=True)
class InterceptorBindConfig:
    """What an interceptor's ``bind`` returns: its entry in the gateway's ``InterceptorConfigurations``."""

    configuration: Mapping[str, Any]
    """The interceptor configuration."""


class LambdaInterceptor:
    """A Lambda function that intercepts a gateway's requests or responses (``IInterceptor``).

    Args:
        interception_point: where the interceptor runs.
        lambda_function: the function.
        options: the interceptor options.
    """

    def __init__(self, interception_point: InterceptionPoint, lambda_function: IFunction,
                 options: InterceptorOptions | None = None) -> None:
        self.interception_point = interception_point
        """Where the interceptor runs."""
        self._lambda_function = lambda_function
        self._pass_request_headers = bool(options.pass_request_headers) if options is not None else False

    @staticmethod
    def for_request(lambda_function: IFunction, *, pass_request_headers: bool | None = None) -> LambdaInterceptor:
        """An interceptor that runs before the gateway calls the target."""
        return LambdaInterceptor(InterceptionPoint.REQUEST, lambda_function,
                                 InterceptorOptions(pass_request_headers=pass_request_headers))

    @staticmethod
    def for_response(lambda_function: IFunction, *, pass_request_headers: bool | None = None) -> LambdaInterceptor:
        """An interceptor that runs after the target responds."""
        return LambdaInterceptor(InterceptionPoint.RESPONSE, lambda_function,
                                 InterceptorOptions(pass_request_headers=pass_request_headers))

    def bind(self, _scope: Construct, gateway: IGateway) -> InterceptorBindConfig:
        """Let the gateway's role invoke the function; returns the interceptor configuration."""
        self._lambda_function.grant_invoke(gateway.role)
        return InterceptorBindConfig(configuration={
            "interception_points": [self.interception_point.value],
            "interceptor": {"lambda_": {"arn": self._lambda_function.function_arn}},
            "input_configuration": {"pass_request_headers": self._pass_request_headers}})
