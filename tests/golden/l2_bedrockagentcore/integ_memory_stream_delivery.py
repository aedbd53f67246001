"""Port of aws-bedrockagentcore integ.memory-stream-delivery: a memory streaming full records to a Kinesis stream
(the original's struct literal is ``StreamDeliveryResource.kinesis`` in Python)."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_kinesis as kinesis

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-agentcore-memory-stream-delivery")

memory_event_stream = kinesis.Stream(stack, "MemoryEventStream", encryption=kinesis.StreamEncryption.MANAGED)

agentcore.Memory(
    stack,
    "MemoryWithStreamDelivery",
    memory_name="memory_with_stream_delivery",
    description="A test memory with Kinesis stream delivery",
    expiration_duration=cdk.Duration.days(90),
    stream_delivery_resources=[
        agentcore.StreamDeliveryResource.kinesis(
            memory_event_stream,
            content_configurations=[
                agentcore.StreamDeliveryContentConfiguration(
                    type=agentcore.StreamDeliveryContentType.MEMORY_RECORDS,
                    level=agentcore.StreamDeliveryContentLevel.FULL_CONTENT,
                )
            ],
        )
    ],
)
app.synth()
