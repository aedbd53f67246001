"""integ.state-machine-jsonata: JSONata and JSONPath states mixed in one state machine."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-state-machine-jsonata-integ")

json_path_pass = sfn.Pass.json_path(stack, "JSONPathPass", parameters={
    "count": sfn.JsonPath.math_add(sfn.JsonPath.number_at("$.init"), 1),
})
increment = {"outputs": {"count": "{% $states.input.count + 1 %}"}}
jsonata_pass = sfn.Pass.jsonata(stack, "JSONataPass", **increment)
choice = sfn.Choice.jsonata(stack, "Choice", **increment)
wait = sfn.Wait.jsonata(stack, "Wait", time=sfn.WaitTime.seconds("{% $states.input.count %}"), **increment)
succeed = sfn.Succeed.jsonata(stack, "Succeed", **increment)

sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    json_path_pass.next(jsonata_pass).next(
        choice.when(
            sfn.Condition.jsonata("""{%
          $states.input.count % 2 = 1
        %}"""),
            wait.next(succeed),
            **increment,
        ).otherwise(succeed)
    )
))

app.synth()
