"""Port of aws-cdk's integ.log-retention-region.ts: a LogRetention for a log group in another region."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_logs import LogRetention, RetentionDays

app = App()
stack = Stack(app, "aws-cdk-log-retention-region-integ")
LogRetention(stack, "MyLambda", log_group_name="logRetentionRegionLogGroup", log_group_region="us-east-1",
             retention=RetentionDays.ONE_DAY, removal_policy=RemovalPolicy.DESTROY)
app.synth()
