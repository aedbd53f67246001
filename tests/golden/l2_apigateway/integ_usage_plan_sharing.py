"""Port of aws-cdk's integ.usage-plan.sharing.ts: a usage plan created in one stack and imported in another."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway


class Create(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self.usage_plan = apigateway.UsagePlan(self, "myusageplan")


class Import(cdk.Stack):
    def __init__(self, scope, id, *, usage_plan):
        super().__init__(scope, id)
        usageplan = apigateway.UsagePlan.from_usage_plan_id(self, "myusageplan", usage_plan.usage_plan_id)
        apikey = apigateway.ApiKey(self, "myapikey")
        usageplan.add_api_key(apikey)


app = cdk.App()
test = Create(app, "test-apigateway-usageplan-create")
Import(app, "test-apigateway-usageplan-import", usage_plan=test.usage_plan)
app.synth()
