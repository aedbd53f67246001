"""Port of aws-cdk's integ.log-retention-retries.ts: three stacks of 25 LogRetention resources each."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_logs as logs

app = App()
for i in range(3):
    stack_id = f"aws-cdk-log-retention-integ-retries{i}"
    stack = Stack(app, stack_id)
    for j in range(25):
        logs.LogRetention(stack, f"LogRetention{j}", log_group_name=f"/{stack_id}/group{j}",
                          retention=logs.RetentionDays.ONE_WEEK, removal_policy=RemovalPolicy.DESTROY)
app.synth()
