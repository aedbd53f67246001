"""Private integrations over VPC links: ALB and NLB listeners and a Cloud Map service, with every option.

pycdk has no Elastic Load Balancing or Cloud Map L2 yet: under pycdk the imported listeners and service (which
make no resources under aws-cdk-lib either) are replaced by objects with the same attributes, which is what the
integrations' interface-typed parameters take.
"""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_servicediscovery as servicediscovery

ALB_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/alb/1234567890abcdef/abcdef"
NLB_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/nlb/1234567890abcdef/abcdef"
SERVICE_ARN = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1234567890"

app = cdk.App()
stack = cdk.Stack(app, "PrivateIntegrations")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
sg = ec2.SecurityGroup.from_security_group_id(stack, "ListenerSg", "sg-12345678")

try:
    alb_listener = elbv2.ApplicationListener.from_application_listener_attributes(
        stack, "AlbListener", listener_arn=ALB_ARN, security_group=sg
    )
    nlb_listener = elbv2.NetworkListener.from_network_listener_arn(stack, "NlbListener", NLB_ARN)
    namespace = servicediscovery.PrivateDnsNamespace.from_private_dns_namespace_attributes(
        stack, "Namespace", namespace_arn="arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-1",
        namespace_id="ns-1", namespace_name="example.local",
    )
    service = servicediscovery.Service.from_service_attributes(
        stack, "Service", namespace=namespace, service_arn=SERVICE_ARN, service_id="srv-1234567890",
        service_name="svc", dns_record_type=servicediscovery.DnsRecordType.A,
        routing_policy=servicediscovery.RoutingPolicy.MULTIVALUE,
    )
except AttributeError:  # pycdk: no elbv2 / servicediscovery L2 yet

    class _Listener:
        def __init__(self, arn):
            self.listener_arn = arn

    class _Service:
        service_arn = SERVICE_ARN

    alb_listener, nlb_listener, service = _Listener(ALB_ARN), _Listener(NLB_ARN), _Service()

link = apigw.VpcLink(stack, "Link", vpc=vpc)
api = apigw.HttpApi(stack, "Api")
api.add_routes(
    path="/alb",
    integration=integrations.HttpAlbIntegration("Alb", alb_listener, vpc_link=link),
)
api.add_routes(
    path="/nlb",
    methods=[apigw.HttpMethod.POST],
    integration=integrations.HttpNlbIntegration(
        "Nlb",
        nlb_listener,
        vpc_link=link,
        method=apigw.HttpMethod.PUT,
        secure_server_name="nlb.example.com",
        timeout=cdk.Duration.seconds(20),
        parameter_mapping=apigw.ParameterMapping().overwrite_path(apigw.MappingValue.request_path_param("id")),
    ),
)
api.add_routes(
    path="/service",
    integration=integrations.HttpServiceDiscoveryIntegration(
        "Service", service, vpc_link=link, method=apigw.HttpMethod.GET, secure_server_name="svc.example.local"
    ),
)

app.synth()
