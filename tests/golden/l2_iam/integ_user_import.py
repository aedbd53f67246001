"""Port of aws-cdk's integ.user-import.ts (IntegTest part dropped)."""

from aws_cdk import App, CfnOutput, CfnParameter, Stack
from aws_cdk import aws_iam as iam

app = App()
stack = Stack(app, "dummy-stack")
stack.node.set_context("@aws-cdk/aws-iam:importedUserStackSafeDefaultPolicyName", True)
user_arn = "arn:aws:iam::123456789012:user/OthersExternalIamUser"
userparam = CfnParameter(stack, "UserParameter", default=user_arn)
imported = iam.User.from_user_arn(stack, "imported-user", user_arn)
imported2 = iam.User.from_user_arn(stack, "imported-user2", userparam.value_as_string)
imported3 = iam.User.from_user_arn(stack, "LocalUser", iam.User(stack, "User").user_arn)
CfnOutput(stack, "UserOutput", value=imported.principal_account)
CfnOutput(stack, "User2Output", value=imported2.principal_account)
CfnOutput(stack, "User3Output", value=imported3.principal_account)
unique_user = iam.User.from_user_arn(stack, "UniqueUser", user_arn)
unique_user.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
app.synth()
