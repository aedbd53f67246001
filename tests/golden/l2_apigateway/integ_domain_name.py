"""Port of aws-cdk's integ.domain-name.ts: three custom domains mixing base path mappings and (multi-level) API
mappings over two APIs, with alias records, and the function the original's assertions invoke.

Adapted: the original reads the domain, hosted zone and certificate from environment variables — fixed values
here; and pycdk has no ACM L2, so ``Certificate.from_certificate_arn`` is a ``CfnCertificate`` (which aws-cdk-lib's
``DomainName`` accepts as well)."""

import json

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_certificatemanager as acm
from aws_cdk.aws_lambda import Code, Function, Runtime
from aws_cdk.aws_route53 import CfnRecordSet
from constructs import Construct

domain_name = "integ.example.com"
hosted_zone_id = "Z0123456789ABCDEFGHIJ"

app = cdk.App()
test_case = cdk.Stack(app, "integ-apigw-domain-name-mapping")


class Api(Construct):
    def __init__(self, scope, id, *, status_code, path):
        super().__init__(scope, id)
        self.rest_api = apigw.RestApi(self, "IntegApi" + status_code, endpoint_types=[apigw.EndpointType.REGIONAL])
        self.resource = self.rest_api.root.add_resource(path)
        integration = self._create_integration(status_code)
        method_responses = [apigw.MethodResponse(status_code=status_code)]
        self.rest_api.root.add_method("GET", integration, method_responses=method_responses)
        self.resource.add_method("GET", integration, method_responses=method_responses)

    def _create_integration(self, status_code):
        return apigw.MockIntegration(
            request_templates={"application/json": f"{{ statusCode: {int(status_code)} }}"},
            integration_responses=[
                apigw.IntegrationResponse(
                    status_code=status_code,
                    response_templates={
                        "application/json": json.dumps({"message": "Hello, world"}, separators=(",", ":"))
                    },
                )
            ],
        )


certificate = acm.CfnCertificate(test_case, "Cert", domain_name=f"*.{domain_name}")
api1 = Api(test_case, "IntegApi1", status_code="201", path="items")
api2 = Api(test_case, "IntegApi2", status_code="202", path="items")


def alias_record(id, name, domain):
    CfnRecordSet(
        test_case,
        id,
        name=name,
        type="A",
        hosted_zone_id=hosted_zone_id,
        alias_target=CfnRecordSet.AliasTargetProperty(
            hosted_zone_id=domain.domain_name_alias_hosted_zone_id, dns_name=domain.domain_name_alias_domain_name
        ),
    )


# Test 1: a mapping for (none), then base path and API mappings together
domain = apigw.DomainName(
    test_case,
    "IntegDomain",
    domain_name=domain_name,
    security_policy=apigw.SecurityPolicy.TLS_1_2,
    certificate=certificate,
    mapping=api1.rest_api,
)
alias_record("IntegDomainRecord", domain_name, domain)
domain.add_base_path_mapping(api1.rest_api, base_path="orders")
domain.add_api_mapping(api2.rest_api.deployment_stage, base_path="orders/v2")
domain.add_api_mapping(api1.rest_api.deployment_stage, base_path="orders/v1")

# Test 2: a mapping for 'orders', then an API mapping for a multi-level path
second_domain = apigw.DomainName(
    test_case,
    "Integ2Domain",
    domain_name=f"another-{domain_name}",
    security_policy=apigw.SecurityPolicy.TLS_1_2,
    certificate=certificate,
    mapping=api1.rest_api,
    base_path="orders",
)
alias_record("Integ2DomainRecord", f"another-{domain_name}", second_domain)
second_domain.add_api_mapping(api2.rest_api.deployment_stage, base_path="orders/v2")

# Test 3: a mapping for (none), then another base path mapping
third_domain = apigw.DomainName(
    test_case,
    "Integ3Domain",
    domain_name=f"yet-another-{domain_name}",
    security_policy=apigw.SecurityPolicy.TLS_1_2,
    certificate=certificate,
    mapping=api1.rest_api,
)
alias_record("Integ3DomainRecord", f"yet-another-{domain_name}", third_domain)
third_domain.add_base_path_mapping(api2.rest_api, base_path="v2")

Function(
    test_case,
    "InvokeApi",
    code=Code.from_inline(
        """
const https = require('https');
exports.handler = async function(event) {
  console.log(event);
  return { hostname: event.hostname, path: event.path };
}
"""
    ),
    handler="index.handler",
    runtime=Runtime.NODEJS_16_X,
)
app.synth()
