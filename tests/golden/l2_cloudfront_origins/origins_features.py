"""The origins' options: FunctionUrlOrigin (timeouts, path, headers, shield, a shared custom OAC), RestApiOrigin
(timeouts, custom headers), LoadBalancerV2Origin (ports, protocol, SSL protocols, IP type), the legacy S3Origin on a
website bucket and on a bucket of another stack (OAI created there), and VpcOrigin on an existing and an imported
cloudfront.VpcOrigin (with domain name and timeouts)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()
bucket_stack = cdk.Stack(app, "OriginsBuckets")
other_bucket = s3.Bucket(bucket_stack, "Shared")
stack = cdk.Stack(app, "OriginsFeatures")

fn = lambda_.Function(
    stack, "Fn", code=lambda_.Code.from_inline("exports.handler = async () => ({});"), handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
url = fn.add_function_url(auth_type=lambda_.FunctionUrlAuthType.AWS_IAM)
oac = cloudfront.FunctionUrlOriginAccessControl(stack, "Oac", signing=cloudfront.Signing.SIGV4_NO_OVERRIDE)
fn_origin = origins.FunctionUrlOrigin.with_origin_access_control(
    url, origin_access_control=oac, read_timeout=cdk.Duration.seconds(20), keepalive_timeout=cdk.Duration.seconds(10),
    origin_path="api/", custom_headers={"X-Origin": "lambda"}, origin_shield_region="us-east-1",
    connection_attempts=2, connection_timeout=cdk.Duration.seconds(4), origin_id="lambda-origin",
)
plain_fn_origin = origins.FunctionUrlOrigin(
    url, keepalive_timeout=cdk.Duration.seconds(30), ip_address_type=cloudfront.OriginIpAddressType.IPV6,
    origin_shield_enabled=False,
)

api = apigateway.RestApi(stack, "Api", deploy_options=apigateway.StageOptions(stage_name="v1"))
api.root.add_method("GET")
api_origin = origins.RestApiOrigin(
    api, read_timeout=cdk.Duration.seconds(45), keepalive_timeout=cdk.Duration.seconds(20),
    custom_headers={"X-Api": "rest"}, response_completion_timeout=cdk.Duration.seconds(60),
)

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc, internet_facing=True)
lb_origin = origins.LoadBalancerV2Origin(
    alb, http_port=8080, https_port=8443, protocol_policy=cloudfront.OriginProtocolPolicy.MATCH_VIEWER,
    origin_ssl_protocols=[cloudfront.OriginSslPolicy.TLS_V1_2], ip_address_type=cloudfront.OriginIpAddressType.DUALSTACK,
    read_timeout=cdk.Duration.seconds(60), keepalive_timeout=cdk.Duration.seconds(5),
)

website = s3.Bucket(stack, "Website", website_index_document="index.html")
website_origin = origins.S3Origin(website, origin_path="/site")
cross_stack_origin = origins.S3Origin(other_bucket, custom_headers={"X-Bucket": "shared"})

vpc_origin = cloudfront.VpcOrigin(
    stack, "VpcOrigin", endpoint=cloudfront.VpcOriginEndpoint.application_load_balancer(alb),
    vpc_origin_name="my-vpc-origin", http_port=80, https_port=443,
    protocol_policy=cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
    origin_ssl_protocols=[cloudfront.OriginSslPolicy.TLS_V1_2, cloudfront.OriginSslPolicy.TLS_V1_1],
)
existing_vpc_origin = origins.VpcOrigin.with_vpc_origin(
    vpc_origin, read_timeout=cdk.Duration.seconds(30), keepalive_timeout=cdk.Duration.seconds(15), origin_path="/app",
)
imported = cloudfront.VpcOrigin.from_vpc_origin_attributes(
    stack, "ImportedVpcOrigin", vpc_origin_id="vo_1234567890", domain_name="internal.example.com"
)
imported_vpc_origin = origins.VpcOrigin.with_vpc_origin(imported)

cloudfront.Distribution(
    stack, "Dist",
    default_behavior=cloudfront.BehaviorOptions(origin=fn_origin),
    additional_behaviors={
        "/plain/*": cloudfront.BehaviorOptions(origin=plain_fn_origin),
        "/rest/*": cloudfront.BehaviorOptions(origin=api_origin),
        "/lb/*": cloudfront.BehaviorOptions(origin=lb_origin),
        "/site/*": cloudfront.BehaviorOptions(origin=website_origin),
        "/shared/*": cloudfront.BehaviorOptions(origin=cross_stack_origin),
        "/vpc/*": cloudfront.BehaviorOptions(origin=existing_vpc_origin),
        "/imported/*": cloudfront.BehaviorOptions(origin=imported_vpc_origin),
    },
)
cdk.CfnOutput(stack, "VpcOriginArn", value=vpc_origin.vpc_origin_arn)
cdk.CfnOutput(stack, "VpcOriginRef", value=vpc_origin.vpc_origin_ref.vpc_origin_id)
cdk.CfnOutput(stack, "ImportedArn", value=imported.vpc_origin_arn)
app.synth()
