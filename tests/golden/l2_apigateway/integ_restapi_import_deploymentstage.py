"""Port of aws-cdk's integ.restapi.import-deploymentstage.ts: a manual deployment to an existing stage name."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "integtest-restapi-import-deployment-stage")

api = apigateway.RestApi(stack, "my-api", deploy=False)
api.root.add_method("GET")

# a new deployment that uses an existing stage
apigateway.Deployment(stack, "MyManualDeployment", api=api, stage_name="myStage")
app.synth()
