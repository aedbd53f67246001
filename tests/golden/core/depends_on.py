"""DependsOn: add_depends_on, node.add_dependency between groups, and path-localeCompare ordering."""

import aws_cdk as cdk

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "DependsOn")

sec = Construct(stack, "Sec")
zeta = cdk.CfnResource(sec, "Zeta", type="AWS::SNS::Topic")
alpha = cdk.CfnResource(sec, "alpha", type="AWS::SNS::Topic")
under = cdk.CfnResource(sec, "_under", type="AWS::SNS::Topic")
dash = cdk.CfnResource(sec, "-dash", type="AWS::SNS::Topic")
ten = cdk.CfnResource(sec, "10", type="AWS::SNS::Topic")
nine = cdk.CfnResource(sec, "9", type="AWS::SNS::Topic")

consumer = cdk.CfnResource(stack, "Consumer", type="AWS::SQS::Queue")
for dep in [zeta, alpha, under, dash, ten, nine]:
    consumer.add_depends_on(dep)

group = Construct(stack, "Group")
cdk.CfnResource(group, "R1", type="AWS::SQS::Queue")
cdk.CfnResource(Construct(group, "Inner"), "R2", type="AWS::SQS::Queue")
topic = cdk.CfnResource(stack, "Topic", type="AWS::SNS::Topic")
bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")
topic.node.add_dependency(group)  # every resource of the group
group.node.add_dependency(bucket)  # the group depends on the bucket

other = Construct(stack, "Other")
cdk.CfnResource(other, "Resource", type="AWS::SQS::Queue")
other.node.add_dependency(sec, topic)

# A same-stack reference adds no DependsOn.
cdk.CfnResource(stack, "Referrer", type="AWS::SQS::Queue", properties={"Topic": topic.ref})
# A dependency added twice is listed once.
consumer.add_depends_on(bucket)
consumer.node.add_dependency(bucket)

app.synth()
