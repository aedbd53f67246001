"""Custom domains: RestApi(domain_name=...), add_domain_name, edge/regional, base path and multi-level mappings."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_certificatemanager as acm

app = cdk.App()
stack = cdk.Stack(app, "Domains")
cert = acm.CfnCertificate(stack, "Cert", domain_name="*.example.com")
api = apigateway.RestApi(stack, "Api", domain_name=apigateway.DomainNameOptions(
    domain_name="api.example.com", certificate=cert, security_policy=apigateway.SecurityPolicy.TLS_1_2))
api.root.add_method("GET")
edge = api.add_domain_name("Edge", domain_name="edge.example.com", certificate=cert,
                           endpoint_type=apigateway.EndpointType.EDGE, base_path="v1")
other = apigateway.RestApi(stack, "Other")
other.root.add_method("GET")
domain = apigateway.DomainName(stack, "Shared", domain_name="shared.example.com", certificate=cert)
domain.add_base_path_mapping(api, base_path="api")
domain.add_base_path_mapping(other)
domain.add_api_mapping(other.deployment_stage, base_path="v2/other")
multi = apigateway.DomainName(stack, "Multi", domain_name="multi.example.com", certificate=cert,
                              mapping=other, base_path="a/b",
                              security_policy=apigateway.SecurityPolicy.TLS13_1_3_2025_09,
                              endpoint_access_mode=apigateway.EndpointAccessMode.STRICT)
cdk.CfnOutput(stack, "Alias", value=edge.domain_name_alias_domain_name)
cdk.CfnOutput(stack, "Zone", value=domain.domain_name_alias_hosted_zone_id)
cdk.CfnOutput(stack, "First", value=api.domain_name.domain_name)
app.synth()
