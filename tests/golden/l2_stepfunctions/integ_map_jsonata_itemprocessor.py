"""integ.map-jsonata-itemprocessor: Map.jsonata with JSONata items and an item processor.

Adapted: the processor's ``tasks.LambdaInvoke`` is stood in for by a CustomState with the JSON it renders
(no stepfunctions_tasks L2 yet), so the invoke permission is not generated.
"""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "cdk-stepfunctions-map-jsonata-itemprocessor-stack")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.NODEJS_24_X, handler="index.handler",
                      code=lambda_.Code.from_inline("exports.handler = e => e;"))
map_ = sfn.Map.jsonata(stack, "Map", items=sfn.ProvideItems.jsonata('{% [ { "foo": "bar" } ] %}'))
pass_ = sfn.Pass.jsonata(stack, "Pass", outputs="{% $states.input %}")
invoke = sfn.CustomState(stack, "Invoke", state_json={
    "Type": "Task",
    "Resource": "arn:aws:states:::lambda:invoke",
    "Arguments": {"FunctionName": fn.function_arn, "Payload": {"foo": "{% $states.input.foo %}"}},
})
map_.item_processor(pass_.next(invoke))
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(map_),
                 query_language=sfn.QueryLanguage.JSONATA)

app.synth()
