"""integ.distributed-map-execution-type: map_execution_type EXPRESS wins over the processor's execution type."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-map-integ-execution-type")
distributed_map = sfn.DistributedMap(stack, "DistributedMap", map_execution_type=sfn.StateMachineType.EXPRESS)
distributed_map.item_processor(sfn.Pass(stack, "Pass"), mode=sfn.ProcessorMode.DISTRIBUTED,
                               execution_type=sfn.ProcessorType.STANDARD)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(distributed_map))

app.synth()
