"""Port of aws-cdk's integ.base-path-mapping.ts: base path mappings (root, single and multi-level paths) on an
imported domain name."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)

        rest_api = apigateway.RestApi(self, "Api")
        rest_api.root.add_method("GET")

        domain_name = apigateway.DomainName.from_domain_name_attributes(
            self,
            "Domain",
            domain_name="domainName",
            domain_name_alias_hosted_zone_id="domainNameAliasHostedZoneId",
            domain_name_alias_target="domainNameAliasTarget",
        )

        apigateway.BasePathMapping(self, "MappingOne", domain_name=domain_name, rest_api=rest_api)
        apigateway.BasePathMapping(
            self, "MappingTwo", domain_name=domain_name, rest_api=rest_api, base_path="path", attach_to_stage=False
        )
        apigateway.BasePathMapping(
            self,
            "MappingThree",
            domain_name=domain_name,
            rest_api=rest_api,
            base_path="api/v1/multi-level-path",
            attach_to_stage=False,
        )


app = cdk.App()
TestStack(app, "test-stack")
app.synth()
