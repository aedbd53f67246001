"""Active tracing set through each construct's own option: what pycdk's xray.enable_tracing must reproduce.

tests/l2/xray/test_xray_l1_equivalence.py builds the same stack without the options, calls
xray.enable_tracing on each construct, and compares byte for byte.
"""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "TracingSwitch")

fn = lambda_.Function(
    stack, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
    tracing=lambda_.Tracing.ACTIVE,
)
api = apigateway.LambdaRestApi(stack, "Api", handler=fn,
                               deploy_options=apigateway.StageOptions(tracing_enabled=True))
machine = sfn.StateMachine(stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "Hi")),
                           tracing_enabled=True)
app.synth()
