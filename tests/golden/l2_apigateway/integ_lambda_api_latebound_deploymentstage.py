"""Port of aws-cdk's integ.lambda-api.latebound-deploymentstage.ts: a LambdaRestApi whose stage is set later."""

from aws_cdk import App, Stack
from aws_cdk.aws_apigateway import Deployment, LambdaRestApi, Stage
from aws_cdk.aws_lambda import Code, Function, Runtime


class LateBoundDeploymentStageStack(Stack):
    def __init__(self, scope):
        super().__init__(scope, "LateBoundDeploymentStageStack")

        fn = Function(self, "myfn", code=Code.from_inline("foo"), runtime=Runtime.NODEJS_14_X, handler="index.handler")

        api = LambdaRestApi(self, "lambdarestapi", cloud_watch_role=True, deploy=False, handler=fn)

        api.deployment_stage = Stage(self, "stage", deployment=Deployment(self, "deployment", api=api))


app = App()
LateBoundDeploymentStageStack(app)
app.synth()
