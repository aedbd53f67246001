"""integ.call-aws-service-cross-region-lambda: a JSONata cross-region Lambda invoke with an explicit IAM action."""

import json

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
                                "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
stack = cdk.Stack(app, "aws-stepfunctions-call-aws-service-cross-region-lambda-integ")
target_lambda = lambda_.Function(
    stack, "TargetLambda", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
    code=lambda_.Code.from_inline(
        '\n'
        '        exports.handler = async (event) => {\n'
        "          console.log('Target Lambda received event:', JSON.stringify(event, null, 2));\n"
        '          \n'
        '          // Return a JSON response that should be properly serialized\n'
        '          return {\n'
        '            statusCode: 200,\n'
        '            body: {\n'
        "              status: 'success',\n"
        "              message: 'Hello from target Lambda',\n"
        '              receivedData: event\n'
        '            }\n'
        '          };\n'
        '        };\n'
        '      '
    ),
    description="Target Lambda function for CallAwsServiceCrossRegion testing")
cross_region_invoke_task = tasks.CallAwsServiceCrossRegion.jsonata(
    stack, "CrossRegionLambdaInvoke", service="lambda", action="invoke", region=stack.region,
    parameters={"FunctionName": target_lambda.function_arn,
                "Payload": json.dumps({"hello": "world", "testData": "reproduction"}, separators=(",", ":"))},
    iam_resources=[target_lambda.function_arn], iam_action="lambda:InvokeFunction")
sfn.StateMachine(stack, "TestStateMachine", definition_body=sfn.DefinitionBody.from_chainable(cross_region_invoke_task),
                 timeout=cdk.Duration.minutes(5),
                 comment="State machine to reproduce issue 34768 - CallAwsServiceCrossRegion byte array bug")
app.synth()
