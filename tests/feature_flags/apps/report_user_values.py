"""Context values of every kind: the report keeps each as given (false, "true", a list, a number); a flag
aws-cdk-lib does not know and an expired flag are not reported; a null value counts as unset."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={
    "@aws-cdk/aws-lambda:recognizeLayerVersion": False,
    "@aws-cdk/core:enablePartitionLiterals": "true",
    "@aws-cdk/core:target-partitions": ["aws", "aws-cn"],
    "@aws-cdk/aws-iam:minimizePolicies": 1,
    "@aws-cdk/aws-sqs:notAFlag": True,
    "@aws-cdk/aws-kms:defaultKeyPolicies": True,
    "@aws-cdk/core:explicitStackTags": None,
})
stack = cdk.Stack(app, "UserValues")
sqs.Queue(stack, "Queue")
app.synth()
