"""deploy=False: no deployment, stage or output; an explicit Deployment + Stage assigned to deployment_stage."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "NoDeploy")
api = apigateway.RestApi(stack, "Api", deploy=False, cloud_watch_role=False)
api.root.add_method("GET")
bare = apigateway.RestApi(stack, "Bare", deploy=False)
bare.root.add_resource("x").add_method("POST")
deployment = apigateway.Deployment(stack, "Deployment", api=api, description="manual",
                                   retain_deployments=True)
deployment.add_to_logical_id({"version": 2})
stage = apigateway.Stage(stack, "Stage", deployment=deployment, stage_name="dev")
api.deployment_stage = stage
cdk.CfnOutput(stack, "Url", value=api.url)
cdk.CfnOutput(stack, "UrlFor", value=api.url_for_path("/x"))
cdk.CfnOutput(stack, "DeploymentId", value=deployment.deployment_id)
app.synth()
