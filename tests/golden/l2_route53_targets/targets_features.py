"""Alias targets: an API Gateway custom domain (and a REST API's default domain), API Gateway v2 domain
properties, a Global Accelerator DNS name, an Elastic Beanstalk endpoint (zone from the region and given),
AAAA aliases, and a Cognito domain under the flag that reads the domain through a custom resource."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets


@jsii.implements(targets.IAliasRecordTargetProps)
class AliasProps:
    """An ``IAliasRecordTargetProps`` (a jsii interface: implemented by a class)."""

    def __init__(self, evaluate_target_health=None, hosted_zone_id=None):
        self._evaluate_target_health = evaluate_target_health
        self._hosted_zone_id = hosted_zone_id

    @property
    def evaluate_target_health(self):
        return self._evaluate_target_health

    @property
    def hosted_zone_id(self):
        return self._hosted_zone_id


app = cdk.App()
stack = cdk.Stack(app, "TargetsFeatures", env=cdk.Environment(account="123456789012", region="eu-west-1"))
zone = route53.PublicHostedZone(stack, "Zone", zone_name="example.com")
cert = acm.Certificate(stack, "Cert", domain_name="api.example.com",
                       validation=acm.CertificateValidation.from_dns(zone))
api = apigateway.RestApi(stack, "Api", domain_name=apigateway.DomainNameOptions(
    domain_name="api.example.com", certificate=cert))
api.root.add_method("GET")
route53.ARecord(stack, "ApiAlias", zone=zone, record_name="api",
                target=route53.RecordTarget.from_alias(targets.ApiGateway(api)))
other = apigateway.DomainName(stack, "Other", domain_name="other.example.com", certificate=cert,
                              endpoint_type=apigateway.EndpointType.EDGE)
route53.AaaaRecord(stack, "OtherAlias", zone=zone, record_name="other",
                   target=route53.RecordTarget.from_alias(targets.ApiGatewayDomain(other)))
route53.ARecord(stack, "V2Alias", zone=zone, record_name="v2",
                target=route53.RecordTarget.from_alias(
                    targets.ApiGatewayv2DomainProperties("d-abc.execute-api.eu-west-1.amazonaws.com", "ZLY8HYME6SFDD")))
route53.ARecord(stack, "AcceleratorAlias", zone=zone, record_name="ga",
                target=route53.RecordTarget.from_alias(targets.GlobalAcceleratorDomainTarget(
                    "a1234.awsglobalaccelerator.com", AliasProps(evaluate_target_health=True))))
route53.ARecord(stack, "BeanstalkAlias", zone=zone, record_name="eb",
                target=route53.RecordTarget.from_alias(targets.ElasticBeanstalkEnvironmentEndpointTarget(
                    "my-env.us-east-2.elasticbeanstalk.com")))
route53.ARecord(stack, "BeanstalkZoneAlias", zone=zone, record_name="eb2",
                target=route53.RecordTarget.from_alias(targets.ElasticBeanstalkEnvironmentEndpointTarget(
                    "my-env.elasticbeanstalk.com", AliasProps(hosted_zone_id="Z2PCDNR3VC2G1N"))))
cdk.CfnOutput(stack, "CloudFrontZone", value=targets.CloudFrontTarget.get_hosted_zone_id(stack))
app.synth()
