"""LogGroup defaults (731 days, Retain), named groups, INFINITE retention, DESTROY and a log stream."""

import aws_cdk as cdk
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "LogGroupDefaults")
logs.LogGroup(stack, "Default")
named = logs.LogGroup(stack, "Named", log_group_name="/app/orders", retention=logs.RetentionDays.ONE_WEEK,
                      removal_policy=cdk.RemovalPolicy.DESTROY)
logs.LogGroup(stack, "Forever", retention=logs.RetentionDays.INFINITE,
              log_group_class=logs.LogGroupClass.INFREQUENT_ACCESS)
logs.LogGroup(stack, "Delivery", log_group_class=logs.LogGroupClass.DELIVERY)
named.add_stream("Stream", log_stream_name="main")
logs.LogStream(stack, "Unnamed", log_group=named, removal_policy=cdk.RemovalPolicy.DESTROY)
cdk.CfnOutput(stack, "Arn", value=named.log_group_arn)
cdk.CfnOutput(stack, "Name", value=named.log_group_name)
app.synth()
