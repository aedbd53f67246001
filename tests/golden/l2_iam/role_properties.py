"""Role properties: name, path, description, max session duration, permissions boundary, tags."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "RoleProperties")
boundary = iam.ManagedPolicy(
    stack, "Boundary", statements=[iam.PolicyStatement(actions=["s3:*", "sqs:*"], resources=["*"])]
)
role = iam.Role(
    stack,
    "Full",
    assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"),
    role_name="my-role",
    path="/service/",
    description="A role with everything",
    max_session_duration=cdk.Duration.hours(4),
    permissions_boundary=boundary,
)
cdk.Tags.of(role).add("team", "platform")
iam.Role(stack, "EmptyDescription", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"), description="")
iam.Role(stack, "MinSession", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
         max_session_duration=cdk.Duration.seconds(3600))
iam.Role(stack, "AwsBoundary", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
         permissions_boundary=iam.ManagedPolicy.from_aws_managed_policy_name("PowerUserAccess"))
cdk.CfnOutput(stack, "RoleArn", value=role.role_arn)
cdk.CfnOutput(stack, "RoleName", value=role.role_name)
cdk.CfnOutput(stack, "RoleId", value=role.role_id)
app.synth()
