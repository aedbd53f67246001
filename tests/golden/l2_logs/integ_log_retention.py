"""Port of aws-cdk's integ.log-retention.ts: two LogRetention resources sharing one provider."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_logs import LogRetention, RetentionDays

app = App()
stack = Stack(app, "aws-cdk-log-retention-integ")
LogRetention(stack, "MyLambda", log_group_name="logRetentionLogGroup", retention=RetentionDays.ONE_DAY,
             removal_policy=RemovalPolicy.DESTROY)
LogRetention(stack, "MyLambda2", log_group_name="logRetentionLogGroup2", retention=RetentionDays.ONE_DAY,
             removal_policy=RemovalPolicy.DESTROY)
app.synth()
