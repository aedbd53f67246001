"""Custom domain names: endpoints, mutual TLS, default and stage domain mappings, explicit API mappings, imports."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "DomainNames")

cert = acm.CfnCertificate(stack, "Cert", domain_name="*.example.com")
other_cert = acm.CfnCertificate(stack, "OtherCert", domain_name="*.example.org")

domain = apigw.DomainName(
    stack,
    "Domain",
    domain_name="api.example.com",
    certificate=cert,
    certificate_name="main",
    security_policy=apigw.SecurityPolicy.TLS_1_2,
    ip_address_type=apigw.IpAddressType.DUAL_STACK,
)
multi = apigw.DomainName(stack, "Multi", domain_name="multi.example.com", certificate=cert)
multi.add_endpoint(certificate=other_cert, endpoint_type=apigw.EndpointType.EDGE)
bare = apigw.DomainName(stack, "Bare", domain_name="bare.example.com", certificate=other_cert)

truststore = s3.Bucket(stack, "Truststore")
mtls = apigw.DomainName(
    stack,
    "Mtls",
    domain_name="mtls.example.com",
    certificate=cert,
    ownership_certificate=other_cert,
    mtls=apigw.MTLSConfig(bucket=truststore, key="truststore.pem", version="v1"),
)

api = apigw.HttpApi(stack, "Api", default_domain_mapping=apigw.DomainMappingOptions(domain_name=domain))
beta = api.add_stage(
    "Beta", stage_name="beta", domain_mapping=apigw.DomainMappingOptions(domain_name=multi, mapping_key="beta")
)
apigw.ApiMapping(stack, "Mapping", api=api, domain_name=mtls, api_mapping_key="v1")
apigw.ApiMapping(stack, "StageMapping", api=api, domain_name=bare, stage=beta)

ws = apigw.WebSocketApi(stack, "Ws")
apigw.WebSocketStage(
    stack,
    "WsStage",
    web_socket_api=ws,
    stage_name="live",
    domain_mapping=apigw.DomainMappingOptions(domain_name=bare, mapping_key="ws"),
)

imported = apigw.DomainName.from_domain_name_attributes(
    stack, "Imported", name="imported.example.com", regional_domain_name="d-1.execute-api.example.com",
    regional_hosted_zone_id="Z123",
)
apigw.ApiMapping(stack, "ImportedMapping", api=api, domain_name=imported, api_mapping_key="imp")
mapping = apigw.ApiMapping.from_api_mapping_attributes(stack, "ImportedApiMapping", api_mapping_id="m-1")

cdk.CfnOutput(stack, "RegionalDomainName", value=domain.regional_domain_name)
cdk.CfnOutput(stack, "RegionalHostedZoneId", value=domain.regional_hosted_zone_id)
cdk.CfnOutput(stack, "DomainName", value=domain.name)
cdk.CfnOutput(stack, "BetaDomainUrl", value=beta.domain_url)
cdk.CfnOutput(stack, "ImportedArn", value=imported.domain_name_ref.domain_name_arn)
cdk.CfnOutput(stack, "ImportedMappingId", value=mapping.api_mapping_id)

app.synth()
