"""``GatewayResponse``: customised responses API Gateway returns itself (``AWS::ApiGateway::GatewayResponse``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from constructs import Construct, Resource
from l1.apigateway import CfnGatewayResponse
from l2.apigateway._refs import GatewayResponseReference

if TYPE_CHECKING:
    from l2.apigateway._interfaces import IGatewayResponse, IRestApi


class ResponseType:
    """The kinds of gateway responses.

    Args:
        response_type: the type's name as API Gateway spells it (e.g. ``DEFAULT_4XX``; use the constants or ``of``).
    """

    ACCESS_DENIED: ClassVar[ResponseType]
    API_CONFIGURATION_ERROR: ClassVar[ResponseType]
    AUTHORIZER_FAILURE: ClassVar[ResponseType]
    AUTHORIZER_CONFIGURATION_ERROR: ClassVar[ResponseType]
    BAD_REQUEST_PARAMETERS: ClassVar[ResponseType]
    BAD_REQUEST_BODY: ClassVar[ResponseType]
    DEFAULT_4_XX: ClassVar[ResponseType]
    DEFAULT_5_XX: ClassVar[ResponseType]
    EXPIRED_TOKEN: ClassVar[ResponseType]
    INVALID_SIGNATURE: ClassVar[ResponseType]
    INTEGRATION_FAILURE: ClassVar[ResponseType]
    INTEGRATION_TIMEOUT: ClassVar[ResponseType]
    INVALID_API_KEY: ClassVar[ResponseType]
    MISSING_AUTHENTICATION_TOKEN: ClassVar[ResponseType]
    QUOTA_EXCEEDED: ClassVar[ResponseType]
    REQUEST_TOO_LARGE: ClassVar[ResponseType]
    RESOURCE_NOT_FOUND: ClassVar[ResponseType]
    THROTTLED: ClassVar[ResponseType]
    UNAUTHORIZED: ClassVar[ResponseType]
    UNSUPPORTED_MEDIA_TYPE: ClassVar[ResponseType]
    WAF_FILTERED: ClassVar[ResponseType]

    def __init__(self, response_type: str) -> None:
        self.response_type = response_type

    @staticmethod
    def of(type: str) -> ResponseType:
        """A response type by name (upper-cased)."""
        return ResponseType(type.upper())


for _name in (
    "ACCESS_DENIED", "API_CONFIGURATION_ERROR", "AUTHORIZER_FAILURE", "AUTHORIZER_CONFIGURATION_ERROR",
    "BAD_REQUEST_PARAMETERS", "BAD_REQUEST_BODY", "DEFAULT_4XX", "DEFAULT_5XX", "EXPIRED_TOKEN",
    "INVALID_SIGNATURE", "INTEGRATION_FAILURE", "INTEGRATION_TIMEOUT", "INVALID_API_KEY",
    "MISSING_AUTHENTICATION_TOKEN", "QUOTA_EXCEEDED", "REQUEST_TOO_LARGE", "RESOURCE_NOT_FOUND", "THROTTLED",
    "UNAUTHORIZED", "UNSUPPORTED_MEDIA_TYPE", "WAF_FILTERED",
):
    # jsii spells DEFAULT_4XX as DEFAULT_4_XX in Python
    setattr(ResponseType, _name.replace("_4XX", "_4_XX").replace("_5XX", "_5_XX"), ResponseType(_name))


class GatewayResponse(Resource):
    """A customised gateway response of a REST API.

    Args:
        scope: the parent construct.
        id: the construct id.
        rest_api: the API.
        type: the response type.
        response_headers: header name → value (rendered as ``gatewayresponse.header.<name>``).
        status_code: the HTTP status code.
        templates: content type → response template.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.GatewayResponse"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        rest_api: IRestApi,
        type: ResponseType,
        response_headers: Mapping[str, str] | None = None,
        status_code: str | None = None,
        templates: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        parameters = (
            {f"gatewayresponse.header.{k}": v for k, v in response_headers.items()} if response_headers else None
        )
        props = {
            "restApiId": rest_api.rest_api_id,
            "responseType": type.response_type,
            "responseParameters": parameters,
            "responseTemplates": templates,
            "statusCode": status_code,
        }
        self._cfn = resource = CfnGatewayResponse(
            self,
            "Resource",
            rest_api_id=rest_api.rest_api_id,
            response_type=type.response_type,
            response_parameters=parameters,
            response_templates=templates,
            status_code=status_code,
        )
        deployment = rest_api.latest_deployment
        if deployment is not None:
            deployment.node.add_dependency(resource)
            deployment.add_to_logical_id({"gatewayResponse": dict(props)})

    @property
    def gateway_response_ref(self) -> GatewayResponseReference:
        """The response by id."""
        return GatewayResponseReference(gateway_response_id=self._cfn.ref)

    @staticmethod
    def from_gateway_response_id(scope: Construct, id: str, gateway_response_id: str) -> IGatewayResponse:
        """An existing gateway response, by id."""
        return _ImportedGatewayResponse(scope, id, gateway_response_id)


class _ImportedGatewayResponse(Resource):
    """A gateway response defined elsewhere."""

    def __init__(self, scope: Construct, id: str, gateway_response_id: str) -> None:
        super().__init__(scope, id)
        self._id = gateway_response_id

    @property
    def gateway_response_ref(self) -> GatewayResponseReference:
        """The response by id."""
        return GatewayResponseReference(gateway_response_id=self._id)
