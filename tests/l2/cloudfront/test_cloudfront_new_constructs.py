"""Validation of the VPC origins, key value stores, legacy web distributions, function URL origins and edge
functions (messages as aws-cdk-lib 2.275's, naming the construct path where aws-cdk-lib scopes the error)."""

from __future__ import annotations

import pytest

from constructs import App, Duration, Environment, Stack, UnscopedValidationError, ValidationError
from l2 import cloudfront, lambda_
from l2 import cloudfront_origins as origins


def _endpoint() -> cloudfront.VpcOriginEndpoint:
    return cloudfront.VpcOriginEndpoint(endpoint_arn="arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/a/b")


@pytest.mark.parametrize("port", [22, 1023, 65536])
def test_vpc_origin_port_out_of_range(stack: Stack, port: int) -> None:
    with pytest.raises(ValidationError, match=rf"'httpsPort' must be 80, 443, or a value between 1024 and 65535, got {port}") as e:
        cloudfront.VpcOrigin(stack, "Origin", endpoint=_endpoint(), https_port=port)
    assert "S/Origin" in str(e.value)


def test_vpc_origin_import_needs_an_id_or_arn(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Either vpcOriginId or vpcOriginArn must be provided"):
        cloudfront.VpcOrigin.from_vpc_origin_attributes(stack, "Imported")


def test_vpc_origin_import_by_arn_reads_the_id(stack: Stack) -> None:
    imported = cloudfront.VpcOrigin.from_vpc_origin_arn(
        stack, "Imported", "arn:aws:cloudfront::123456789012:vpcorigin/vo_abc"
    )
    assert imported.vpc_origin_id == "vo_abc"
    assert imported.domain_name is None


def test_vpc_origin_endpoint_must_be_an_endpoint(stack: Stack) -> None:
    with pytest.raises(TypeError, match="endpoint"):
        cloudfront.VpcOrigin(stack, "Origin", endpoint="arn:aws:ec2:us-east-1:1:instance/i-1")  # type: ignore[arg-type]


def test_origins_vpc_origin_needs_a_domain_name(stack: Stack) -> None:
    imported = cloudfront.VpcOrigin.from_vpc_origin_id(stack, "Imported", "vo_abc")
    with pytest.raises(UnscopedValidationError, match="'domainName' must be specified when no default domain name"):
        origins.VpcOrigin.with_vpc_origin(imported)
    origin = origins.VpcOrigin.with_vpc_origin(imported, domain_name="internal.example.com")
    assert origin.domain_name == "internal.example.com"


def test_key_value_store_import_needs_a_resource_name(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Invalid Key Value Store Arn: 'arn:aws:cloudfront::1:key-value-store'"):
        cloudfront.KeyValueStore.from_key_value_store_arn(stack, "Kvs", "arn:aws:cloudfront::1:key-value-store")


def test_imported_key_value_store_has_no_status(stack: Stack) -> None:
    store = cloudfront.KeyValueStore.from_key_value_store_arn(
        stack, "Kvs", "arn:aws:cloudfront::123456789012:key-value-store/abc"
    )
    assert store.key_value_store_id == "abc"
    with pytest.raises(ValidationError, match="Status is not available for imported Key Value Store"):
        _ = store.key_value_store_status


def test_an_inline_source_serves_one_stack() -> None:
    app = App()
    source = cloudfront.ImportSource.from_inline('{"data":[]}')
    cloudfront.KeyValueStore(Stack(app, "One"), "Kvs", source=source)
    with pytest.raises(ValidationError, match="Asset is already associated with another stack 'One. Create a new"):
        cloudfront.KeyValueStore(Stack(app, "Two"), "Kvs", source=source)


def _source(**kwargs: object) -> cloudfront.SourceConfiguration:
    defaults: dict[str, object] = {
        "custom_origin_source": cloudfront.CustomOriginConfig(domain_name="example.com"),
        "behaviors": [cloudfront.Behavior(is_default_behavior=True)],
    }
    return cloudfront.SourceConfiguration(**{**defaults, **kwargs})  # type: ignore[arg-type]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"behaviors": [cloudfront.Behavior(is_default_behavior=True)] * 2},
     r"There can only be one default behavior across all sources. \[ One default behavior per distribution \]."),
    ({"behaviors": [cloudfront.Behavior(is_default_behavior=True), cloudfront.Behavior()]},
     "pathPattern is required for all non-default behaviors"),
    ({"custom_origin_source": None},
     "There must be at least one origin source - either an s3OriginSource, a customOriginSource"),
    ({"connection_attempts": 4}, "connectionAttempts: You can specify 1, 2, or 3 as the number of attempts."),
    ({"connection_timeout": Duration.seconds(11)},
     r"connectionTimeout: You can specify a number of seconds between 1 and 10 \(inclusive\)."),
    ({"origin_shield_region": "us-east-1",
      "custom_origin_source": cloudfront.CustomOriginConfig(domain_name="e.com", origin_shield_region="us-west-2")},
     "Only one originShieldRegion field allowed across origin and failover origins"),
])
def test_web_distribution_validation(stack: Stack, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message) as e:
        cloudfront.CloudFrontWebDistribution(stack, "Web", origin_configs=[_source(**kwargs)])
    assert "S/Web" in str(e.value)


def test_web_distribution_ssl_method_and_policy_must_agree(stack: Stack) -> None:
    cert = cloudfront.ViewerCertificate.from_iam_certificate(
        "ID", ssl_method=cloudfront.SSLMethod.VIP, security_policy=cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021
    )
    with pytest.raises(ValidationError, match="TLSv1.2_2021 is not compabtible with sslMethod vip.\n\tValid Protocols are: SSLv3, TLSv1"):
        cloudfront.CloudFrontWebDistribution(stack, "Web", origin_configs=[_source()], viewer_certificate=cert)


def test_web_distribution_include_body_only_on_request_events(stack: Stack) -> None:
    fn = lambda_.Function(stack, "Fn", code=lambda_.Code.from_inline("x"), handler="index.handler",
                          runtime=lambda_.Runtime.NODEJS_20_X)
    association = cloudfront.LambdaFunctionAssociation(
        event_type=cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE, lambda_function=fn.current_version,
        include_body=True,
    )
    behaviors = [cloudfront.Behavior(is_default_behavior=True, lambda_function_associations=[association])]
    with pytest.raises(ValidationError, match="'includeBody' can only be true for ORIGIN_REQUEST or VIEWER_REQUEST"):
        cloudfront.CloudFrontWebDistribution(stack, "Web", origin_configs=[_source(behaviors=behaviors)])


def _function_url(stack: Stack, auth: lambda_.FunctionUrlAuthType) -> lambda_.FunctionUrl:
    fn = lambda_.Function(stack, "Fn", code=lambda_.Code.from_inline("x"), handler="index.handler",
                          runtime=lambda_.Runtime.NODEJS_20_X)
    return fn.add_function_url(auth_type=auth)


def test_function_url_oac_needs_iam_auth(stack: Stack) -> None:
    url = _function_url(stack, lambda_.FunctionUrlAuthType.NONE)
    origin = origins.FunctionUrlOrigin.with_origin_access_control(url)
    with pytest.raises(ValidationError, match="The authType of the Function URL must be set to AWS_IAM") as e:
        cloudfront.Distribution(stack, "Dist", default_behavior=cloudfront.BehaviorOptions(origin=origin))
    assert "S/Dist/Origin1" in str(e.value)


def test_function_url_origin_timeouts(stack: Stack) -> None:
    url = _function_url(stack, lambda_.FunctionUrlAuthType.NONE)
    with pytest.raises(UnscopedValidationError, match=r"readTimeout: Must be an int 1 seconds or greater; received 0."):
        origins.FunctionUrlOrigin(url, read_timeout=Duration.seconds(0))
    with pytest.raises(UnscopedValidationError, match=r"responseCompletionTimeout must be equal to or greater than"):
        origins.FunctionUrlOrigin(url, read_timeout=Duration.seconds(30), response_completion_timeout=Duration.seconds(10))


def test_edge_function_needs_a_region() -> None:
    from l2.cloudfront import experimental

    stack = Stack(App(), "Agnostic")
    with pytest.raises(ValidationError, match="stacks which use EdgeFunctions must have an explicitly set region") as e:
        experimental.EdgeFunction(stack, "Edge", code=lambda_.Code.from_inline("x"), handler="index.handler",
                                  runtime=lambda_.Runtime.NODEJS_20_X)
    assert "Agnostic/Edge" in str(e.value)


def test_edge_function_has_no_connections_nor_latest_version() -> None:
    from l2.cloudfront import experimental

    stack = Stack(App(), "East", env=Environment(region="us-east-1"))
    edge = experimental.EdgeFunction(stack, "Edge", code=lambda_.Code.from_inline("x"), handler="index.handler",
                                     runtime=lambda_.Runtime.NODEJS_20_X)
    # the house's type checks take it where an IVersion is expected
    edge_lambda = cloudfront.EdgeLambda(function_version=edge, event_type=cloudfront.LambdaEdgeEventType.VIEWER_REQUEST)
    assert edge_lambda.function_version is edge
    with pytest.raises(ValidationError, match="Lambda@Edge does not support connections"):
        _ = edge.connections
    with pytest.raises(ValidationError, match=r"\$LATEST function version cannot be used for Lambda@Edge"):
        _ = edge.latest_version
    with pytest.raises(TypeError, match="stack_id"):
        experimental.EdgeFunction(stack, "Bad", code=lambda_.Code.from_inline("x"), handler="index.handler",
                                  runtime=lambda_.Runtime.NODEJS_20_X, stack_id=3)  # type: ignore[arg-type]
