"""Port of aws-cdk's integ.user.ts (IntegTest part dropped)."""

from aws_cdk import App, CfnOutput, SecretValue, Stack
from aws_cdk.aws_iam import User

app = App()
stack = Stack(app, "aws-cdk-iam-user")
User(stack, "MyUser", user_name="benisrae", password=SecretValue.unsafe_plain_text("Test1234567890!"),
     password_reset_required=True)
by_arn = User.from_user_arn(stack, "ImportedUserByArn", "arn:aws:iam::123456789012:user/rossrhodes")
by_arn_path = User.from_user_arn(stack, "ImportedUserByArnPath", "arn:aws:iam::123456789012:user/path/johndoe")
by_arn_path_multiple = User.from_user_arn(stack, "ImportedUserByArnPathMultiple",
                                          "arn:aws:iam::123456789012:user/p/a/t/h/johndoe")
by_attributes = User.from_user_attributes(stack, "ImportedUserByAttributes",
                                          user_arn="arn:aws:iam::123456789012:user/johndoe")
by_attributes_path = User.from_user_attributes(stack, "ImportedUserByAttributesPath",
                                               user_arn="arn:aws:iam::123456789012:user/path/johndoe")
by_attributes_path_multiple = User.from_user_attributes(stack, "ImportedUserByAttributesPathMultiple",
                                                        user_arn="arn:aws:iam::123456789012:user/p/a/t/h/johndoe")
by_name = User.from_user_name(stack, "ImportedUserByName", "janedoe")
CfnOutput(stack, "NameForUserImportedByArn", value=by_arn.user_name)
CfnOutput(stack, "NameForUserImportedByArnPath", value=by_arn_path.user_name)
CfnOutput(stack, "NameForUserImportedByArnPathMultiple", value=by_arn_path_multiple.user_name)
CfnOutput(stack, "NameForUserImportedByAttributes", value=by_attributes.user_name)
CfnOutput(stack, "NameForUserImportedByAttributesPath", value=by_attributes_path.user_name)
CfnOutput(stack, "NameForUserImportedByAttributesPathMultiple", value=by_attributes_path_multiple.user_name)
CfnOutput(stack, "NameForUserImportedByName", value=by_name.user_name)
app.synth()
