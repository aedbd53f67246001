"""Port of aws-s3 integ.bucket.server-access-logs: four buckets logging to one, with each log object key format.

Adapted to 2.275's API: the original's ``logObjectKeyFormat``/``LogObjectKeyFormat`` is 2.275's
``target_object_key_format``/``TargetObjectKeyFormat``.
"""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3-access-logs")
logs = s3.Bucket(stack, "MyAccessLogsBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
s3.Bucket(stack, "MyBucket", server_access_logs_bucket=logs, server_access_logs_prefix="example",
          removal_policy=cdk.RemovalPolicy.DESTROY)
s3.Bucket(stack, "MyBucket2", server_access_logs_bucket=logs, server_access_logs_prefix="example2",
          target_object_key_format=s3.TargetObjectKeyFormat.simple_prefix(), removal_policy=cdk.RemovalPolicy.DESTROY)
s3.Bucket(stack, "MyBucket3", server_access_logs_bucket=logs, server_access_logs_prefix="example3",
          target_object_key_format=s3.TargetObjectKeyFormat.partitioned_prefix(s3.PartitionDateSource.EVENT_TIME),
          removal_policy=cdk.RemovalPolicy.DESTROY)
s3.Bucket(stack, "MyBucket4", server_access_logs_bucket=logs, server_access_logs_prefix="example4",
          target_object_key_format=s3.TargetObjectKeyFormat.partitioned_prefix(s3.PartitionDateSource.DELIVERY_TIME),
          removal_policy=cdk.RemovalPolicy.DESTROY)
app.synth()
