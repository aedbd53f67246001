"""Port of aws-cdk's integ.lambda-generated-name.ts: a LambdaRestApi on a function with a generated name that
another environment references."""

from aws_cdk import App, Environment, PhysicalName, Stack
from aws_cdk.aws_apigateway import LambdaRestApi
from aws_cdk.aws_lambda import Code, Function, Runtime
from aws_cdk.aws_ssm import StringParameter

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})

stack = Stack(app, "LambdaGeneratedNameStack", env=Environment(account="111111111111", region="us-east-1"))

fn = Function(
    stack,
    "myfn",
    function_name=PhysicalName.GENERATE_IF_NEEDED,
    code=Code.from_inline("foo"),
    runtime=Runtime.NODEJS_18_X,  # the integ tests' STANDARD_NODEJS_RUNTIME
    handler="index.handler",
)

LambdaRestApi(stack, "lambdarestapi", handler=fn, cloud_watch_role=True)

other = Stack(app, "LambdaGeneratedNameOtherStack", env=Environment(account="999999999999", region="eu-west-1"))
StringParameter(other, "FunctionArn", string_value=fn.function_arn)
app.synth()
