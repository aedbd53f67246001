"""Port of aws-cdk integ.customize-role.ts: Role.customize_roles with a precreated role name; the role is not
synthesized and its policy goes to the IAM policy report."""

from aws_cdk import App, Fn, Stack
from aws_cdk.aws_iam import Group, PolicyStatement, Role, ServicePrincipal

app = App()
stack = Stack(app, "integ-customize-role")
Role.customize_roles(stack, use_precreated_roles={"integ-customize-role/TestRole": "my-precreated-role"})
group = Group(stack, "MyGroup")
role = Role(stack, "TestRole", assumed_by=ServicePrincipal("sqs.amazonaws.com"))
role.add_to_policy(PolicyStatement(
    resources=[
        "arn:aws:s3:::abc/xyz/123.txt",
        Fn.ref("AWS::NoValue"),
        f"arn:{Fn.ref('AWS::Partition')}:iam::{Fn.ref('AWS::AccountId')}/role/FakeRole'",
        f"{group.group_arn}/*",
        group.group_arn,
    ],
    actions=["sqs:SendMessage"],
))
app.synth()
