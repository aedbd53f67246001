"""Port of aws-cdk's aws-route53-targets integ.api-gateway-domain-name.ts: a record aliased to a Lambda REST API's
regional custom domain (the test's ``STANDARD_NODEJS_RUNTIME`` is Node.js 22)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apig
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-apigw-alias-integ")
domain_name = "example.com"
handler = lambda_.Function(stack, "Handler", code=lambda_.Code.from_inline(
    "exports.handler = async () => {\n        return {\n          statusCode: '200',\n"
    "          body: 'hello, world!'\n        };\n      };"),
    runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler")
certificate = acm.Certificate.from_certificate_arn(stack, "cert", "arn:aws:acm:us-east-1:111111111111:certificate")
api = apig.LambdaRestApi(stack, "api", cloud_watch_role=True, handler=handler, domain_name=apig.DomainNameOptions(
    certificate=certificate, domain_name=domain_name, endpoint_type=apig.EndpointType.REGIONAL))
zone = route53.HostedZone.from_hosted_zone_attributes(stack, "hosted-zone", zone_name=domain_name,
                                                      hosted_zone_id="AAAAAAAAAAAAA")
route53.ARecord(stack, "Alias", zone=zone, target=route53.RecordTarget.from_alias(targets.ApiGateway(api)))
app.synth()
