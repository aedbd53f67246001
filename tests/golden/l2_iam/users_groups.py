"""Users and groups: membership, managed policies, inline policies, passwords and imported ones."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "UsersGroups")
admins = iam.Group(stack, "Admins", group_name="admins", path="/ops/",
                   managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess")])
readers = iam.Group(stack, "Readers")
readers.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
readers.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
alice = iam.User(stack, "Alice", user_name="alice", groups=[admins], path="/people/",
                 password=cdk.SecretValue.unsafe_plain_text("initial-P4ss"), password_reset_required=True)
bob = iam.User(stack, "Bob", managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("IAMUserChangePassword")])
bob.add_to_group(readers)
readers.add_user(alice)
bob.add_to_policy(iam.PolicyStatement(actions=["sqs:*"], resources=["*"]))
policy = iam.Policy(stack, "Shared", statements=[iam.PolicyStatement(actions=["sns:Publish"], resources=["*"])])
policy.attach_to_user(alice)
policy.attach_to_group(readers)
imported_group = iam.Group.from_group_name(stack, "Imported", "existing-group")
carol = iam.User(stack, "Carol")
carol.add_to_group(imported_group)
imported_user = iam.User.from_user_name(stack, "Dave", "dave")
imported_user.add_to_principal_policy(iam.PolicyStatement(actions=["s3:ListBucket"], resources=["*"]))
imported_user.add_to_group(readers)
imported_group.add_to_principal_policy(iam.PolicyStatement(actions=["ec2:DescribeInstances"], resources=["*"]))
cdk.CfnOutput(stack, "AliceArn", value=alice.user_arn)
cdk.CfnOutput(stack, "GroupArn", value=admins.group_arn)
app.synth()
