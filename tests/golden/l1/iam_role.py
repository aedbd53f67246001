"""IAM roles, an inline and a managed policy, an instance profile, a user and a group."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "L1Iam")

trust = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": ["ec2.amazonaws.com"]}, "Action": ["sts:AssumeRole"]}],
}
role = iam.CfnRole(
    stack,
    "Role",
    assume_role_policy_document=trust,
    description="instances",
    max_session_duration=7200,
    path="/app/",
    policies=[
        iam.CfnRole.PolicyProperty(
            policy_name="read-logs",
            policy_document={
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": ["logs:Get*", "logs:Describe*"], "Resource": "*"}],
            },
        ),
        iam.CfnRole.PolicyProperty(
            policy_name="write-metrics",
            policy_document={
                "Statement": [{"Effect": "Allow", "Action": "cloudwatch:PutMetricData", "Resource": "*"}]
            },
        ),
    ],
    tags=[cdk.CfnTag(key="owner", value="platform")],
)
managed = iam.CfnManagedPolicy(
    stack,
    "Managed",
    description="s3 read",
    policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::data/*"}],
    },
    roles=[role.ref],
)
iam.CfnInstanceProfile(stack, "Profile", roles=[role.ref], path="/app/")
group = iam.CfnGroup(stack, "Group", managed_policy_arns=[managed.ref])
iam.CfnUser(
    stack,
    "User",
    groups=[group.ref],
    login_profile=iam.CfnUser.LoginProfileProperty(password="ChangeMe-123!", password_reset_required=True),
)

cdk.CfnOutput(stack, "RoleArn", value=role.attr_arn)
cdk.CfnOutput(stack, "RoleId", value=role.attr_role_id)

app.synth()
