"""The ``*_ref`` structs of API Gateway resources (aws-cdk-lib's ``aws_cdk.interfaces.aws_apigateway.*Reference``).

Each names a resource by the identifiers other resources use to point at it.
"""

from __future__ import annotations

from constructs.internals import structs


@structs.frozen(kw_only=True)
class ApiKeyReference:
    """An API key by id (``api_key.api_key_ref``)."""

    api_key_id: str


@structs.frozen(kw_only=True)
class DomainNameReference:
    """A custom domain by name and ARN (``domain.domain_name_ref``)."""

    domain_name: str
    domain_name_arn: str


@structs.frozen(kw_only=True)
class GatewayResponseReference:
    """A gateway response by id (``response.gateway_response_ref``)."""

    gateway_response_id: str


@structs.frozen(kw_only=True)
class RequestValidatorReference:
    """A request validator by id (``validator.request_validator_ref``)."""

    request_validator_id: str


@structs.frozen(kw_only=True)
class ResourceReference:
    """An API resource by id, with its API's id (``resource.resource_ref``)."""

    resource_id: str
    rest_api_id: str


@structs.frozen(kw_only=True)
class RestApiReference:
    """A REST API by id (``api.rest_api_ref``)."""

    rest_api_id: str


@structs.frozen(kw_only=True)
class StageReference:
    """A stage by name, with its API's id (``stage.stage_ref``)."""

    rest_api_id: str
    stage_name: str


@structs.frozen(kw_only=True)
class UsagePlanReference:
    """A usage plan by id (``plan.usage_plan_ref``)."""

    usage_plan_id: str


@structs.frozen(kw_only=True)
class VpcLinkReference:
    """A VPC link by id (``link.vpc_link_ref``)."""

    vpc_link_id: str
