"""integ.map-distributed: a Map whose item processor runs in DISTRIBUTED mode, with parameters."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "cdk-stepfunctions-map-distributed-stack")
map_ = sfn.Map(
    stack, "Map", state_name="My-Map-State",
    max_concurrency_path=sfn.JsonPath.string_at("$.maxConcurrency"),
    items_path=sfn.JsonPath.string_at("$.inputForMap"),
    parameters={"foo": "foo", "bar": sfn.JsonPath.string_at("$.bar")},
)
map_.item_processor(sfn.Pass(stack, "Pass State"), mode=sfn.ProcessorMode.DISTRIBUTED,
                    execution_type=sfn.ProcessorType.STANDARD)
sm = sfn.StateMachine(stack, "StateMachine", definition=map_, timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "StateMachineARN", value=sm.state_machine_arn)

app.synth()
