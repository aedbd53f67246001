"""integ.state-machine-default-role: the default role's trust policy (source ARN and account conditions)."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-StateMachine-Role-TrustPolicy-BestPractices-integ")
sfn.StateMachine(stack, "Testing-Default-Role-StateMachine",
                 definition_body=sfn.DefinitionBody.from_chainable(sfn.Succeed(stack, "Finished")))

app.synth()
