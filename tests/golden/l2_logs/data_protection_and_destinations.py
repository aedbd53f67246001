"""DataProtectionPolicy defaults and a Firehose audit destination; a CrossAccountDestination with a generated
name and a policy statement; imported log streams; log_group_ref and log_stream_ref values."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "DataProtectionAndDestinations")
logs.LogGroup(stack, "Protected", data_protection_policy=logs.DataProtectionPolicy(
    identifiers=[logs.DataIdentifier.EMAILADDRESS, logs.DataIdentifier.SSN_US],
    delivery_stream_name_audit_destination="audit-stream"))

stream = kinesis.Stream(stack, "Stream")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("logs.amazonaws.com"))
destination = logs.CrossAccountDestination(stack, "Destination", role=role, target_arn=stream.stream_arn)
destination.add_to_policy(iam.PolicyStatement(actions=["logs:PutSubscriptionFilter"],
                                              principals=[iam.AccountPrincipal("123456789012")], resources=["*"]))
named = logs.CrossAccountDestination(stack, "Named", role=role, target_arn=stream.stream_arn, destination_name="named")
named.add_to_policy(iam.PolicyStatement(actions=["logs:PutSubscriptionFilter"], principals=[iam.AnyPrincipal()],
                                        resources=["*"]))
group = logs.LogGroup(stack, "Group")
group.add_subscription_filter("ToDestination", destination=destination, filter_pattern=logs.FilterPattern.all_events())

stream_ref = logs.LogStream.from_log_stream_attributes(stack, "Imported", log_group_name="g", log_stream_name="s")
cdk.CfnOutput(stack, "DestinationArn", value=destination.destination_arn)
cdk.CfnOutput(stack, "DestinationName", value=destination.destination_name)
cdk.CfnOutput(stack, "GroupRefArn", value=group.log_group_ref.log_group_arn)
cdk.CfnOutput(stack, "GroupRefName", value=group.log_group_ref.log_group_name)
cdk.CfnOutput(stack, "StreamName", value=logs.LogStream.from_log_stream_name(stack, "ByName", "n").log_stream_name)
cdk.CfnOutput(stack, "StreamRef", value=stream_ref.log_stream_ref.log_group_name)
own = group.add_stream("Own")
cdk.CfnOutput(stack, "OwnStreamGroup", value=own.log_stream_ref.log_group_name)
app.synth()
