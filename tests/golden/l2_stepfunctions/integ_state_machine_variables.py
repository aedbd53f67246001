"""integ.state-machine-variables: workflow variables (assign) in JSONata and JSONPath states."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-stepfunctions-state-machine-variables-integ")

step1 = sfn.Pass.jsonata(stack, "Step1", assign={"count": "{% $states.input.init + 1 %}"})
step2 = sfn.Pass.json_path(stack, "Step2", assign={
    "count": sfn.JsonPath.math_add(sfn.JsonPath.number_at("$count"), 1),
})
step3 = sfn.Pass.jsonata(stack, "Step3", assign={"count": "{% $count + 1 %}"})
step4 = sfn.Pass.json_path(stack, "Step4", assign={
    "count": sfn.JsonPath.math_add(sfn.JsonPath.number_at("$count"), 1),
})
step5 = sfn.Pass.jsonata(stack, "Step5", outputs={"count": "{% $count + 1 %}"})

sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    step1.next(step2.next(step3.next(step4.next(step5))))
))

app.synth()
