"""Stages: stacks inside a Stage and a nested Stage land in assembly-<stage> sub-assemblies."""

import aws_cdk as cdk

app = cdk.App()
cdk.CfnResource(cdk.Stack(app, "TopLevel"), "Queue", type="AWS::SQS::Queue")

prod = cdk.Stage(app, "Prod")
producer = cdk.Stack(prod, "Producer")
bucket = cdk.CfnResource(producer, "Bucket", type="AWS::S3::Bucket")
consumer = cdk.Stack(prod, "Consumer", stack_name="explicit-consumer-name")
cdk.CfnResource(consumer, "User", type="Custom::User", properties={"Bucket": bucket.ref, "Name": consumer.stack_name})

inner = cdk.Stage(prod, "Inner", env=cdk.Environment(account="111111111111", region="eu-central-1"))
inner_stack = cdk.Stack(inner, "Deep")
cdk.CfnResource(inner_stack, "Env", type="Custom::Env", properties={"Region": inner_stack.region, "Name": inner_stack.stack_name})

app.synth()
