"""Stack.consume_reference / consume_list_reference: attributes of another stack consumed with a chosen strength
(weak: an output read at deployment; both: also exported; strong: an export), next to plain references, from two
consumers (the wiring of chosen strengths comes after every plain reference, as in aws-cdk-lib)."""

import aws_cdk as cdk

app = cdk.App()
producer = cdk.Stack(app, "Producer")
queue = cdk.CfnResource(producer, "Queue", type="AWS::SQS::Queue")
endpoint = cdk.CfnResource(
    producer,
    "Endpoint",
    type="AWS::EC2::VPCEndpoint",
    properties={"ServiceName": "svc", "VpcId": "vpc-0123456789abcdef0"},
)
consumer = cdk.Stack(app, "Consumer")
cdk.CfnResource(consumer, "Topic", type="AWS::SNS::Topic")
arn = cdk.Token.as_string(queue.get_att("Arn"))
cdk.CfnOutput(consumer, "Weak", value=cdk.Stack.consume_reference(arn, cdk.ReferenceStrength.WEAK))
cdk.CfnOutput(consumer, "Both", value=cdk.Stack.consume_reference(cdk.Token.as_string(queue.get_att("QueueName"))))
cdk.CfnOutput(consumer, "Strong", value=cdk.Stack.consume_reference(queue.ref, cdk.ReferenceStrength.STRONG))
cdk.CfnOutput(consumer, "Plain", value=cdk.Token.as_string(queue.get_att("QueueUrl")))
entries = cdk.Token.as_list(endpoint.get_att("DnsEntries"))
cdk.CfnOutput(
    consumer,
    "List",
    value=cdk.Fn.join(",", cdk.Stack.consume_list_reference(entries, cdk.ReferenceStrength.WEAK)),
)
second = cdk.Stack(app, "Second")
cdk.CfnResource(second, "Topic", type="AWS::SNS::Topic")
cdk.CfnOutput(second, "Weak2", value=cdk.Stack.consume_reference(arn, cdk.ReferenceStrength.WEAK))
cdk.CfnOutput(second, "Plain2", value=cdk.Token.as_string(endpoint.get_att("Id")))
app.synth()
