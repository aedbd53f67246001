"""A small pycdk app: two stacks, a parameter, a condition, tags and a cross-stack reference.

Run it with ``python examples/hello/app.py``; the templates land in ``cdk.out/`` (or ``$CDK_OUTDIR``).
"""

from __future__ import annotations

import os

import constructs as cdk

app = cdk.App(outdir=os.environ.get("CDK_OUTDIR", "cdk.out"))

storage = cdk.Stack(app, "Storage", description="Buckets shared by the other stacks")
env_name = cdk.CfnParameter(storage, "EnvName", allowed_values=["dev", "prod"], default="dev")
is_prod = cdk.CfnCondition(storage, "IsProd", expression=cdk.Fn.condition_equals(env_name.value_as_string, "prod"))
bucket = cdk.CfnResource(
    storage,
    "Bucket",
    type="AWS::S3::Bucket",
    properties={"VersioningConfiguration": {"Status": cdk.Fn.condition_if(is_prod.logical_id, "Enabled", "Suspended")}},
)
bucket.apply_removal_policy(cdk.RemovalPolicy.RETAIN)

compute = cdk.Stack(app, "Compute")
queue = cdk.CfnResource(
    compute,
    "Queue",
    type="AWS::SQS::Queue",
    properties={"Tags": [{"Key": "bucket", "Value": bucket.ref}]},
)
cdk.CfnOutput(compute, "QueueUrl", value=queue.ref, description="URL of the work queue")
cdk.CfnOutput(compute, "QueueArn", value=queue.get_att("Arn"))
cdk.CfnResource(
    compute,
    "ReaderPolicy",
    type="AWS::SQS::QueuePolicy",
    properties={
        "Queues": [queue.ref],
        "PolicyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "s3.amazonaws.com"},
                    "Action": "sqs:SendMessage",
                    "Resource": queue.get_att("Arn"),
                    "Condition": {"ArnLike": {"aws:SourceArn": f"{bucket.get_att('Arn')}"}},
                }
            ],
        },
    },
)

assembly = app.synth()
for stack in assembly.stacks:
    print(f"{stack.stack_name}: {len(stack.template.get('Resources', {}))} resources -> "
          f"{os.path.join(assembly.directory, stack.template_file)}")
