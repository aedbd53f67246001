"""Port of aws-cdk's integ.usage-plan.multikey.ts: one usage plan with two API keys."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway


class Test(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        usageplan = apigateway.UsagePlan(self, "myusageplan")
        apikey1 = apigateway.ApiKey(self, "myapikey1")
        apikey2 = apigateway.ApiKey(self, "myapikey2")
        usageplan.add_api_key(apikey1)
        usageplan.add_api_key(apikey2)


app = cdk.App()
Test(app, "test-apigateway-usageplan-multikey")
app.synth()
