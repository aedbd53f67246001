"""``ApiEventSource``: a method of an API Gateway REST API that invokes the function."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Names, Stack

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from l2.apigateway import (
        AuthorizationType,
        IAuthorizer,
        IModel,
        IRequestValidator,
        MethodResponse,
        RequestValidatorOptions,
    )
    from l2.lambda_ import IFunction


class ApiEventSource:
    """Invoke the function through ``method`` on ``path`` of a REST API created for it in its stack (construct id
    ``<function unique id>:ApiEventSourceA7A86A4F``; sources of the same function share it).

    Args:
        method: the HTTP method (``GET``, ``ANY`` ...).
        path: the resource path (``/books/{id}``).

    The other keyword arguments are those of ``apigateway.MethodOptions`` (see that class for each).
    """

    def __init__(self, method: str, path: str, *, api_key_required: bool | None = None,
                 authorization_scopes: Sequence[str] | None = None, authorization_type: AuthorizationType | None = None, authorizer: IAuthorizer | None = None,
                 method_responses: Sequence[MethodResponse] | None = None, operation_name: str | None = None, request_models: Mapping[str, IModel] | None = None,
                 request_parameters: Mapping[str, bool] | None = None, request_validator: IRequestValidator | None = None,
                 request_validator_options: RequestValidatorOptions | None = None) -> None:
        self.method = method
        self.path = path
        options = {"api_key_required": api_key_required, "authorization_scopes": authorization_scopes,
                   "authorization_type": authorization_type, "authorizer": authorizer,
                   "method_responses": method_responses, "operation_name": operation_name,
                   "request_models": request_models, "request_parameters": request_parameters,
                   "request_validator": request_validator, "request_validator_options": request_validator_options}
        self._options = {k: v for k, v in options.items() if v is not None}

    def bind(self, target: IFunction) -> None:
        """Add the method (and the API on first use) for ``target``."""
        from l2 import apigateway

        id = f"{Names.node_unique_id(target.node)}:ApiEventSourceA7A86A4F"
        stack = Stack.of(target)
        api = stack.node.try_find_child(id)
        if api is None:
            api = apigateway.RestApi(stack, id, default_integration=apigateway.LambdaIntegration(target))
        api.root.resource_for_path(self.path).add_method(self.method, None, **self._options)
