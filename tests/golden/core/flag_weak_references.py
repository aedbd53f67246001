"""@aws-cdk/core:defaultCrossStackReferences = "weak" (the recommended value): Fn::GetStackOutput, no export."""

import aws_cdk as cdk

for mode in ("weak",):
    app = cdk.App(context={"@aws-cdk/core:defaultCrossStackReferences": mode})
    prefix = mode.capitalize()
    producer = cdk.Stack(app, f"{prefix}Producer")
    bucket = cdk.CfnResource(producer, "Bucket", type="AWS::S3::Bucket")
    consumer = cdk.Stack(app, f"{prefix}Consumer")
    cdk.CfnResource(
        consumer, "Queue", type="AWS::SQS::Queue",
        properties={"QueueName": bucket.ref, "Arn": bucket.get_att("Arn"), "Joined": f"x-{bucket.ref}"},
    )
    env = cdk.Environment(account="123456789012", region="eu-west-1")
    p2 = cdk.Stack(app, f"{prefix}EnvProducer", env=env)
    b2 = cdk.CfnResource(p2, "Bucket", type="AWS::S3::Bucket")
    c2 = cdk.Stack(app, f"{prefix}EnvConsumer", env=env)
    cdk.CfnOutput(c2, "FromProducer", value=b2.ref)
    app.synth()
