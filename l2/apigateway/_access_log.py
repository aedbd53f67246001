"""Access logging of stages: destinations, ``AccessLogField`` variables and ``AccessLogFormat``."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Protocol

from constructs import ArnFormat, FeatureFlags, Stack
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.apigateway._interfaces import IStage
    from l2.kinesisfirehose import CfnDeliveryStream
    from l2.logs import ILogGroup


LOG_GROUP_DESTINATION_ARN_WITHOUT_WILDCARD = "@aws-cdk/aws-apigateway:logGroupDestinationArnWithoutWildcard"


@structs.frozen(kw_only=True)
class AccessLogDestinationConfig:
    """Where a stage writes access logs.

    Args:
        destination_arn: the ARN of the destination (a log group or a Firehose stream).
    """

    destination_arn: str


class IAccessLogDestination(Protocol):
    """An access log destination."""

    def bind(self, stage: IStage) -> AccessLogDestinationConfig: ...


class LogGroupLogDestination:
    """Write access logs to a CloudWatch Logs log group.

    Args:
        log_group: the log group.
    """

    def __init__(self, log_group: ILogGroup) -> None:
        self.log_group = log_group

    def bind(self, stage: IStage) -> AccessLogDestinationConfig:
        """The log group's ARN (without the trailing ``:*`` with
        ``@aws-cdk/aws-apigateway:logGroupDestinationArnWithoutWildcard``)."""
        if not FeatureFlags.of(stage).is_enabled(LOG_GROUP_DESTINATION_ARN_WITHOUT_WILDCARD):
            return AccessLogDestinationConfig(destination_arn=self.log_group.log_group_arn)
        group = self.log_group
        arn = Stack.of(group).format_arn(
            service="logs",
            account=group.env.account,
            region=group.env.region,
            resource="log-group",
            resource_name=group.log_group_name,
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )
        return AccessLogDestinationConfig(destination_arn=arn)


class FirehoseLogDestination:
    """Write access logs to a Kinesis Data Firehose delivery stream (its name must start with
    ``amazon-apigateway-``).

    Args:
        stream: the ``CfnDeliveryStream``.
    """

    def __init__(self, stream: CfnDeliveryStream) -> None:
        self.stream = stream

    def bind(self, stage: IStage) -> AccessLogDestinationConfig:
        """The stream's ARN.

        Raises:
            ValidationError: the stream name does not start with ``amazon-apigateway-``.
        """
        from constructs import ValidationError

        name = self.stream.delivery_stream_name
        if not (name or "").startswith("amazon-apigateway-"):
            raise ValidationError(
                "Firehose delivery stream name for access log destination must begin with 'amazon-apigateway-', "
                f"got '{name if name is not None else 'undefined'}'",
                stage,
            )
        return AccessLogDestinationConfig(destination_arn=self.stream.attr_arn)


class AccessLogField:
    """``$context`` variables for access log formats."""

    @staticmethod
    def context_account_id() -> str:
        return "$context.identity.accountId"

    @staticmethod
    def context_caller_account_id() -> str:
        return "$context.identity.accountId"

    @staticmethod
    def context_owner_account_id() -> str:
        return "$context.accountId"

    @staticmethod
    def context_api_id() -> str:
        return "$context.apiId"

    @staticmethod
    def context_authorizer_claims(property: str) -> str:
        return f"$context.authorizer.claims.{property}"

    @staticmethod
    def context_authorizer_principal_id() -> str:
        return "$context.authorizer.principalId"

    @staticmethod
    def context_authorizer(property: str) -> str:
        return f"$context.authorizer.{property}"

    @staticmethod
    def context_aws_endpoint_request_id() -> str:
        return "$context.awsEndpointRequestId"

    @staticmethod
    def context_domain_name() -> str:
        return "$context.domainName"

    @staticmethod
    def context_domain_prefix() -> str:
        return "$context.domainPrefix"

    @staticmethod
    def context_error_message() -> str:
        return "$context.error.message"

    @staticmethod
    def context_error_message_string() -> str:
        return "$context.error.messageString"

    @staticmethod
    def context_error_response_type() -> str:
        return "$context.error.responseType"

    @staticmethod
    def context_error_validation_error_string() -> str:
        return "$context.error.validationErrorString"

    @staticmethod
    def context_extended_request_id() -> str:
        return "$context.extendedRequestId"

    @staticmethod
    def context_http_method() -> str:
        return "$context.httpMethod"

    @staticmethod
    def context_identity_account_id() -> str:
        return "$context.identity.accountId"

    @staticmethod
    def context_identity_api_key() -> str:
        return "$context.identity.apiKey"

    @staticmethod
    def context_identity_api_key_id() -> str:
        return "$context.identity.apiKeyId"

    @staticmethod
    def context_identity_caller() -> str:
        return "$context.identity.caller"

    @staticmethod
    def context_identity_cognito_authentication_provider() -> str:
        return "$context.identity.cognitoAuthenticationProvider"

    @staticmethod
    def context_identity_cognito_authentication_type() -> str:
        return "$context.identity.cognitoAuthenticationType"

    @staticmethod
    def context_identity_cognito_identity_id() -> str:
        return "$context.identity.cognitoIdentityId"

    @staticmethod
    def context_identity_cognito_identity_pool_id() -> str:
        return "$context.identity.cognitoIdentityPoolId"

    @staticmethod
    def context_identity_principal_org_id() -> str:
        return "$context.identity.principalOrgId"

    @staticmethod
    def context_identity_source_ip() -> str:
        return "$context.identity.sourceIp"

    @staticmethod
    def context_identity_client_cert_pem() -> str:
        return "$context.identity.clientCert.clientCertPem"

    @staticmethod
    def context_identity_client_cert_subject_dn() -> str:
        return "$context.identity.clientCert.subjectDN"

    @staticmethod
    def context_identity_client_cert_issuner_dn() -> str:
        return "$context.identity.clientCert.issuerDN"

    @staticmethod
    def context_identity_client_cert_serial_number() -> str:
        return "$context.identity.clientCert.serialNumber"

    @staticmethod
    def context_identity_client_cert_validity_not_before() -> str:
        return "$context.identity.clientCert.validity.notBefore"

    @staticmethod
    def context_identity_client_cert_validity_not_after() -> str:
        return "$context.identity.clientCert.validity.notAfter"

    @staticmethod
    def context_identity_user() -> str:
        return "$context.identity.user"

    @staticmethod
    def context_identity_user_agent() -> str:
        return "$context.identity.userAgent"

    @staticmethod
    def context_identity_user_arn() -> str:
        return "$context.identity.userArn"

    @staticmethod
    def context_path() -> str:
        return "$context.path"

    @staticmethod
    def context_protocol() -> str:
        return "$context.protocol"

    @staticmethod
    def context_request_id() -> str:
        return "$context.requestId"

    @staticmethod
    def context_request_override_header(header_name: str) -> str:
        return f"$context.requestOverride.header.{header_name}"

    @staticmethod
    def context_request_override_path(path_name: str) -> str:
        return f"$context.requestOverride.path.{path_name}"

    @staticmethod
    def context_request_override_querystring(querystring_name: str) -> str:
        return f"$context.requestOverride.querystring.{querystring_name}"

    @staticmethod
    def context_response_override_header(header_name: str) -> str:
        return f"$context.responseOverride.header.{header_name}"

    @staticmethod
    def context_response_override_status() -> str:
        return "$context.responseOverride.status"

    @staticmethod
    def context_request_time() -> str:
        return "$context.requestTime"

    @staticmethod
    def context_request_time_epoch() -> str:
        return "$context.requestTimeEpoch"

    @staticmethod
    def context_resource_id() -> str:
        return "$context.resourceId"

    @staticmethod
    def context_resource_path() -> str:
        return "$context.resourcePath"

    @staticmethod
    def context_stage() -> str:
        return "$context.stage"

    @staticmethod
    def context_waf_response_code() -> str:
        return "$context.wafResponseCode"

    @staticmethod
    def context_webacl_arn() -> str:
        return "$context.webaclArn"

    @staticmethod
    def context_xray_trace_id() -> str:
        return "$context.xrayTraceId"

    @staticmethod
    def context_authorizer_integration_latency() -> str:
        return "$context.authorizer.integrationLatency"

    @staticmethod
    def context_integration_latency() -> str:
        return "$context.integrationLatency"

    @staticmethod
    def context_integration_status() -> str:
        return "$context.integrationStatus"

    @staticmethod
    def context_response_latency() -> str:
        return "$context.responseLatency"

    @staticmethod
    def context_response_length() -> str:
        return "$context.responseLength"

    @staticmethod
    def context_status() -> str:
        return "$context.status"

    @staticmethod
    def context_authorize_error() -> str:
        return "$context.authorize.error"

    @staticmethod
    def context_authorize_latency() -> str:
        return "$context.authorize.latency"

    @staticmethod
    def context_authorize_status() -> str:
        return "$context.authorize.status"

    @staticmethod
    def context_authorizer_error() -> str:
        return "$context.authorizer.error"

    @staticmethod
    def context_authorizer_integration_status() -> str:
        return "$context.authorizer.integrationStatus"

    @staticmethod
    def context_authorizer_latency() -> str:
        return "$context.authorizer.latency"

    @staticmethod
    def context_authorizer_request_id() -> str:
        return "$context.authorizer.requestId"

    @staticmethod
    def context_authorizer_status() -> str:
        return "$context.authorizer.status"

    @staticmethod
    def context_authenticate_error() -> str:
        return "$context.authenticate.error"

    @staticmethod
    def context_authenticate_latency() -> str:
        return "$context.authenticate.latency"

    @staticmethod
    def context_authenticate_status() -> str:
        return "$context.authenticate.status"

    @staticmethod
    def context_custom_domain_base_path_matched() -> str:
        return "$context.customDomain.basePathMatched"

    @staticmethod
    def context_integration_error_message() -> str:
        return "$context.integrationErrorMessage"

    @staticmethod
    def context_waf_error() -> str:
        return "$context.waf.error"

    @staticmethod
    def context_waf_latency() -> str:
        return "$context.waf.latency"

    @staticmethod
    def context_waf_status() -> str:
        return "$context.waf.status"

    @staticmethod
    def context_event_type() -> str:
        return "$context.eventType"

    @staticmethod
    def context_route_key() -> str:
        return "$context.routeKey"

    @staticmethod
    def context_connection_id() -> str:
        return "$context.connectionId"


class AccessLogFormat:
    """The format of access log lines.

    Args:
        format: the format of a log line, with ``$context`` variables.
    """

    def __init__(self, format: str) -> None:
        self._format = format

    @staticmethod
    def custom(format: str) -> AccessLogFormat:
        """Any format; it must contain ``$context.requestId`` or ``$context.extendedRequestId``."""
        return AccessLogFormat(format)

    @staticmethod
    def clf() -> AccessLogFormat:
        """The Common Log Format."""
        f = AccessLogField
        requester = " ".join([f.context_identity_source_ip(), f.context_identity_caller(), f.context_identity_user()])
        request = " ".join([f.context_http_method(), f.context_resource_path(), f.context_protocol()])
        status = " ".join([f.context_status(), f.context_response_length(), f.context_request_id()])
        return AccessLogFormat(f'{requester} [{f.context_request_time()}] "{request}" {status}')

    @staticmethod
    def json_with_standard_fields(
        *,
        caller: bool = True,
        http_method: bool = True,
        ip: bool = True,
        protocol: bool = True,
        request_time: bool = True,
        resource_path: bool = True,
        response_length: bool = True,
        status: bool = True,
        user: bool = True,
    ) -> AccessLogFormat:
        """A JSON line with the request id and the chosen standard fields (all by default)."""
        f = AccessLogField
        fields = {
            "requestId": f.context_request_id(),
            "ip": f.context_identity_source_ip() if ip else None,
            "user": f.context_identity_user() if user else None,
            "caller": f.context_identity_caller() if caller else None,
            "requestTime": f.context_request_time() if request_time else None,
            "httpMethod": f.context_http_method() if http_method else None,
            "resourcePath": f.context_resource_path() if resource_path else None,
            "status": f.context_status() if status else None,
            "protocol": f.context_protocol() if protocol else None,
            "responseLength": f.context_response_length() if response_length else None,
        }
        text = json.dumps({k: v for k, v in fields.items() if v is not None}, separators=(",", ":"), ensure_ascii=False)
        return AccessLogFormat.custom(text)

    def to_string(self) -> str:
        """The format string."""
        return self._format

    def __str__(self) -> str:
        return self._format
