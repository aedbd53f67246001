"""``Integration``: how a method reaches its backend, with its options and responses."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Duration, Lazy, UnscopedValidationError, ValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.apigateway._interfaces import IVpcLink
    from l2.apigateway._method import Method
    from l2.iam import IRole


class IntegrationType(enum.Enum):
    """The kind of backend an integration calls."""

    AWS = "AWS"
    AWS_PROXY = "AWS_PROXY"
    HTTP = "HTTP"
    HTTP_PROXY = "HTTP_PROXY"
    MOCK = "MOCK"


class ContentHandling(enum.Enum):
    """How payloads are converted between text and binary."""

    CONVERT_TO_BINARY = "CONVERT_TO_BINARY"
    CONVERT_TO_TEXT = "CONVERT_TO_TEXT"


class PassthroughBehavior(enum.Enum):
    """What happens to a request whose content type has no mapping template."""

    WHEN_NO_MATCH = "WHEN_NO_MATCH"
    NEVER = "NEVER"
    WHEN_NO_TEMPLATES = "WHEN_NO_TEMPLATES"


class ConnectionType(enum.Enum):
    """Whether the integration goes over the internet or a VPC link."""

    INTERNET = "INTERNET"
    VPC_LINK = "VPC_LINK"


class ResponseTransferMode(enum.Enum):
    """Whether responses are buffered or streamed."""

    BUFFERED = "BUFFERED"
    STREAM = "STREAM"


@structs.frozen(kw_only=True)
class IntegrationResponse:
    """How a backend response maps to a method response.

    Args:
        status_code: the method response status code this maps to.
        content_handling: payload conversion (default: passthrough).
        response_parameters: ``method.response.header.X`` → value or ``integration.response.*`` expression.
        response_templates: content type → mapping template.
        selection_pattern: regular expression selecting backend responses (default: the default response).
    """

    status_code: str
    content_handling: ContentHandling | None = None
    response_parameters: Mapping[str, str] | None = None
    response_templates: Mapping[str, str] | None = None
    selection_pattern: str | None = None


@structs.frozen(kw_only=True)
class IntegrationOptions:
    """Options shared by every integration.

    Args:
        cache_key_parameters: request parameters that key the cache.
        cache_namespace: groups cached resources.
        connection_type: ``INTERNET`` or ``VPC_LINK`` (default ``VPC_LINK`` with ``vpc_link``, else internet).
        content_handling: request payload conversion.
        credentials_passthrough: call the backend with the caller's credentials.
        credentials_role: the role API Gateway assumes to call the backend.
        integration_responses: backend response mappings.
        passthrough_behavior: what to do with unmapped content types.
        request_parameters: ``integration.request.*`` → ``method.request.*`` or a static value.
        request_templates: content type → mapping template.
        response_transfer_mode: buffered or streamed responses.
        timeout: at least 50 milliseconds (default 29 seconds).
        vpc_link: the VPC link of a private integration (anything with ``vpc_link_id``).
    """

    cache_key_parameters: Sequence[str] | None = None
    cache_namespace: str | None = None
    connection_type: ConnectionType | None = None
    content_handling: ContentHandling | None = None
    credentials_passthrough: bool | None = None
    credentials_role: IRole | None = None
    integration_responses: Sequence[IntegrationResponse] | None = None
    passthrough_behavior: PassthroughBehavior | None = None
    request_parameters: Mapping[str, str] | None = None
    request_templates: Mapping[str, str] | None = None
    response_transfer_mode: ResponseTransferMode | None = None
    timeout: Duration | None = None
    vpc_link: IVpcLink | None = None


@structs.frozen(kw_only=True)
class IntegrationConfig:
    """What an integration contributes to a method (the result of ``Integration.bind``).

    Args:
        type: the integration type.
        deployment_token: extra data hashed into the deployment's logical id.
        integration_http_method: the HTTP method used to call the backend.
        options: the integration options.
        uri: the backend URI.
    """

    type: IntegrationType
    deployment_token: str | None = None
    integration_http_method: str | None = None
    options: IntegrationOptions | None = None
    uri: str | None = None


@structs.frozen(kw_only=True)
class IntegrationProps:
    """Props of ``Integration``.

    See ``Integration`` for each keyword argument.
    """

    type: IntegrationType
    integration_http_method: str | None = None
    options: IntegrationOptions | None = None
    uri: str | None = None


def _validate_options(props: IntegrationProps) -> None:
    options = props.options or IntegrationOptions()
    if options.credentials_passthrough is not None and options.credentials_role is not None:
        raise UnscopedValidationError("'credentialsPassthrough' and 'credentialsRole' are mutually exclusive")
    if options.connection_type is ConnectionType.VPC_LINK and options.vpc_link is None:
        raise UnscopedValidationError("'connectionType' of VPC_LINK requires 'vpcLink' prop to be set")
    if options.connection_type is ConnectionType.INTERNET and options.vpc_link is not None:
        raise UnscopedValidationError("cannot set 'vpcLink' where 'connectionType' is INTERNET")
    if options.timeout is not None and not options.timeout.is_unresolved() and options.timeout.to_milliseconds() < 50:
        raise UnscopedValidationError("Integration timeout must be greater than 50 milliseconds.")
    if props.type is not IntegrationType.MOCK and not props.integration_http_method:
        raise UnscopedValidationError("integrationHttpMethod is required for non-mock integration types.")
    if options.response_transfer_mode is ResponseTransferMode.STREAM and props.type not in (
        IntegrationType.AWS_PROXY,
        IntegrationType.HTTP_PROXY,
    ):
        raise UnscopedValidationError(
            "ResponseTransferMode STREAM is only supported for AWS_PROXY and HTTP_PROXY integration types, "
            f"got: {props.type.value}"
        )


class Integration:
    """A backend integration of a method.

    Args:
        type: the integration type.
        integration_http_method: the HTTP method used to call the backend (required unless ``MOCK``).
        options: integration options.
        uri: the backend URI (an ARN for AWS integrations, a URL for HTTP integrations).

    Raises:
        UnscopedValidationError: conflicting options, or a missing ``integration_http_method``.
    """

    def __init__(
        self,
        *,
        type: IntegrationType,
        integration_http_method: str | None = None,
        options: IntegrationOptions | None = None,
        uri: str | None = None,
    ) -> None:
        self._props = IntegrationProps(
            type=type, integration_http_method=integration_http_method, options=options, uri=uri
        )
        _validate_options(self._props)

    def bind(self, method: Method) -> IntegrationConfig:
        """Called when the integration is attached to ``method``."""
        uri = self._props.uri
        options = self._props.options
        if options is not None and options.connection_type is ConnectionType.VPC_LINK and uri is None:
            vpc_link = options.vpc_link

            def produce() -> str:
                targets = getattr(vpc_link, "_target_dns_names", None)
                if targets is None:
                    raise ValidationError("'uri' is required when the 'connectionType' is VPC_LINK", method)
                if len(targets) > 1:
                    raise ValidationError(
                        "'uri' is required when there are more than one NLBs in the VPC Link", method
                    )
                return f"http://{targets[0]}"

            uri = Lazy.string(produce)
        if options is not None and options.vpc_link is not None:
            options = structs.evolve(options, connection_type=ConnectionType.VPC_LINK)
        return IntegrationConfig(
            type=self._props.type,
            uri=uri,
            integration_http_method=self._props.integration_http_method,
            options=options,
        )
