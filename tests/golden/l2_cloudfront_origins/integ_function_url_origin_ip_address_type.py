"""Port of aws-cdk's integ.function-url-origin-ip-address-type: one function URL behind four distributions, with
and without each ``OriginIpAddressType``."""

from aws_cdk import App, Stack
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_cloudfront import OriginIpAddressType
from aws_cdk.aws_cloudfront_origins import FunctionUrlOrigin

app = App()
stack = Stack(app, "FunctionUrlOriginIpAddressTypeStack")

fn = lambda_.Function(
    stack, "TestFunction",
    code=lambda_.Code.from_inline('exports.handler = async () => ({ statusCode: 200, body: "Hello" });'),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
fn_url = fn.add_function_url(auth_type=lambda_.FunctionUrlAuthType.AWS_IAM)

cloudfront.Distribution(
    stack, "DistributionWithoutIpAddressTypeProp(IPv4)",
    default_behavior=cloudfront.BehaviorOptions(origin=FunctionUrlOrigin.with_origin_access_control(fn_url)),
)
for name, kind in (("IPv4", OriginIpAddressType.IPV4), ("IPv6", OriginIpAddressType.IPV6),
                   ("Dualstack", OriginIpAddressType.DUALSTACK)):
    cloudfront.Distribution(
        stack, f"DistributionWith{name}",
        default_behavior=cloudfront.BehaviorOptions(
            origin=FunctionUrlOrigin.with_origin_access_control(fn_url, ip_address_type=kind)
        ),
    )

app.synth()
