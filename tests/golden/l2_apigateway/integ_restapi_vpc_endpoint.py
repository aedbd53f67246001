"""Port of aws-cdk's integ.restapi.vpc-endpoint.ts: a private API reachable only through two VPC endpoints, with
a test function in each VPC."""

import json

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

TEST_CODE = """
          const https = require('https');

          exports.handler = async function(event) {
            const apiEndpoint = process.env.API_ENDPOINT;
            return { statusCode: 200, body: apiEndpoint };
          };
        """


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)

        vpc1 = ec2.Vpc(self, "Vpc1", restrict_default_security_group=False, nat_gateways=0)
        vpc_endpoint1 = vpc1.add_interface_endpoint(
            "VpcEndpoint1", service=ec2.InterfaceVpcEndpointAwsService.APIGATEWAY, private_dns_enabled=True
        )
        vpc2 = ec2.Vpc(self, "Vpc2", restrict_default_security_group=False, nat_gateways=0)
        vpc_endpoint2 = vpc2.add_interface_endpoint(
            "VpcEndpoint2", service=ec2.InterfaceVpcEndpointAwsService.APIGATEWAY, private_dns_enabled=True
        )

        self.api = apigateway.RestApi(
            self,
            "Api",
            cloud_watch_role=True,
            endpoint_configuration=apigateway.EndpointConfiguration(
                types=[apigateway.EndpointType.PRIVATE], vpc_endpoints=[vpc_endpoint1, vpc_endpoint2]
            ),
        )
        self.api.root.add_method(
            "GET",
            apigateway.MockIntegration(
                request_templates={"application/json": json.dumps({"statusCode": 200}, separators=(",", ":"))},
                integration_responses=[
                    apigateway.IntegrationResponse(
                        status_code="200",
                        response_templates={"application/json": json.dumps({"message": "OK"}, separators=(",", ":"))},
                    )
                ],
            ),
            method_responses=[apigateway.MethodResponse(status_code="200")],
        )
        self.api.grant_invoke_from_vpc_endpoints_only([vpc_endpoint1, vpc_endpoint2])

        self.test_functions = []
        for index, (endpoint, vpc) in enumerate([(vpc_endpoint1, vpc1), (vpc_endpoint2, vpc2)]):
            test_function = lambda_.Function(
                self,
                f"TestFunction{index}",
                runtime=lambda_.Runtime.NODEJS_20_X,
                handler="index.handler",
                code=lambda_.Code.from_inline(TEST_CODE),
                vpc=vpc,
                environment={"API_ENDPOINT": self.api.url},
            )
            test_function.add_to_role_policy(
                iam.PolicyStatement(actions=["execute-api:Invoke"], resources=[self.api.arn_for_execute_api()])
            )
            test_function.connections.allow_to(endpoint, ec2.Port.tcp(443))
            self.test_functions.append(test_function)


app = cdk.App(
    post_cli_context={
        "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
        "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
    }
)
TestStack(app, "ApiGatewayVpcEndpointTestStack")
app.synth()
