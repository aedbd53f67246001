"""integ.map-distributed-iam: two state machines, each with a Distributed Map and its own policy."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "cdk-stepfunctions-map-distributed-stack")
index = 0


def create_map():
    global index
    index += 1
    return sfn.DistributedMap(
        stack, f"Map {index}", state_name="My-Map-State",
        max_concurrency_path=sfn.JsonPath.string_at("$.maxConcurrency"),
        items_path=sfn.JsonPath.string_at("$.inputForMap"),
        item_selector={"foo": "foo", "bar": sfn.JsonPath.string_at("$.bar")},
    ).item_processor(sfn.Pass(stack, f"Pass State {index}"), mode=sfn.ProcessorMode.DISTRIBUTED,
                     execution_type=sfn.ProcessorType.STANDARD)


sm1 = sfn.StateMachine(stack, "StateMachine1", definition_body=sfn.DefinitionBody.from_chainable(create_map()),
                       timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "StateMachine1ARN", value=sm1.state_machine_arn)
cdk.CfnOutput(stack, "StateMachine1RoleARN", value=sm1.role.role_arn)
sm2 = sfn.StateMachine(stack, "StateMachine2", definition_body=sfn.DefinitionBody.from_chainable(create_map()),
                       timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "StateMachine2ARN", value=sm2.state_machine_arn)
cdk.CfnOutput(stack, "StateMachine2RoleARN", value=sm2.role.role_arn)

app.synth()
