"""Models (``AWS::ApiGateway::Model``) and request validators (``AWS::ApiGateway::RequestValidator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from constructs import Construct, Resource
from l1.apigateway import CfnModel, CfnRequestValidator
from l2.apigateway._json_schema import JsonSchema, to_cfn_json_schema
from l2.apigateway._refs import RequestValidatorReference

if TYPE_CHECKING:
    from l2.apigateway._interfaces import IRequestValidator, IRestApi


class IModel(Protocol):
    """A model: anything with a ``model_id``."""

    @property
    def model_id(self) -> str: ...


class EmptyModel:
    """The ``Empty`` model every REST API has."""

    model_id = "Empty"


class ErrorModel:
    """The ``Error`` model every REST API has."""

    model_id = "Error"


def _hash_into_deployment(rest_api: Any, resource: Any, key: str, payload: dict[str, Any]) -> None:
    from l2.apigateway._restapi import RestApi

    deployment = rest_api.latest_deployment if isinstance(rest_api, RestApi) else None
    if deployment is not None:
        deployment.node.add_dependency(resource)
        deployment.add_to_logical_id({key: payload})


class Model(Resource):
    """A payload model of a REST API.

    Args:
        scope: the parent construct.
        id: the construct id.
        rest_api: the API.
        schema: the JSON schema.
        content_type: the content type (default ``application/json``).
        description: the description.
        model_name: the model name (default: generated).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.Model"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    EMPTY_MODEL: ClassVar[Any] = EmptyModel()
    ERROR_MODEL: ClassVar[Any] = ErrorModel()

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        rest_api: IRestApi,
        schema: JsonSchema,
        content_type: str | None = None,
        description: str | None = None,
        model_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=model_name)
        props: dict[str, Any] = {
            "name": model_name,
            "restApiId": rest_api.rest_api_id,
            "contentType": content_type or "application/json",
            "description": description,
            "schema": to_cfn_json_schema(schema),
        }
        self.resource: CfnModel = CfnModel(
            self,
            "Resource",
            name=props["name"],
            rest_api_id=props["restApiId"],
            content_type=props["contentType"],
            description=description,
            schema=props["schema"],
        )
        _hash_into_deployment(rest_api, self.resource, "model", props)

    @property
    def model_id(self) -> str:
        """The model name (its ``Ref``)."""
        return self.resource.ref

    @staticmethod
    def from_model_name(scope: Construct, id: str, model_name: str) -> IModel:
        """An existing model, by name."""
        imported = Resource(scope, id)
        imported.model_id = model_name  # type: ignore[attr-defined]
        return imported  # type: ignore[return-value]


class RequestValidator(Resource):
    """Validation of request bodies and/or parameters before the integration is called.

    Args:
        scope: the parent construct.
        id: the construct id.
        rest_api: the API.
        request_validator_name: the validator name.
        validate_request_body: validate the body against the method's request model.
        validate_request_parameters: validate required request parameters.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.RequestValidator"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        rest_api: IRestApi,
        request_validator_name: str | None = None,
        validate_request_body: bool | None = None,
        validate_request_parameters: bool | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=request_validator_name)
        props = {
            "name": request_validator_name,
            "restApiId": rest_api.rest_api_id,
            "validateRequestBody": validate_request_body,
            "validateRequestParameters": validate_request_parameters,
        }
        resource = CfnRequestValidator(
            self,
            "Resource",
            name=request_validator_name,
            rest_api_id=rest_api.rest_api_id,
            validate_request_body=validate_request_body,
            validate_request_parameters=validate_request_parameters,
        )
        self.request_validator_id: str = resource.ref
        _hash_into_deployment(rest_api, resource, "validator", props)

    @staticmethod
    def from_request_validator_id(scope: Construct, id: str, request_validator_id: str) -> IRequestValidator:
        """An existing validator."""
        imported = Resource(scope, id)
        imported.request_validator_id = request_validator_id  # type: ignore[attr-defined]
        return imported  # type: ignore[return-value]

    @property
    def request_validator_ref(self) -> RequestValidatorReference:
        """The validator by id."""
        return RequestValidatorReference(request_validator_id=self.request_validator_id)
