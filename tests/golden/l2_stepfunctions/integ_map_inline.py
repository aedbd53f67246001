"""integ.map-inline: an inline Map with max concurrency, items path and parameters."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "cdk-stepfunctions-map-inline-stack")
map_ = sfn.Map(stack, "Map", state_name="My-Map-State", max_concurrency=1,
               items_path=sfn.JsonPath.string_at("$.inputForMap"),
               parameters={"foo": "foo", "bar": sfn.JsonPath.string_at("$.bar")})
map_.item_processor(sfn.Pass(stack, "Pass State"))
sm = sfn.StateMachine(stack, "StateMachine", definition=map_, timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "StateMachineARN", value=sm.state_machine_arn)

app.synth()
