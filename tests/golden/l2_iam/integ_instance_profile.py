"""Port of aws-cdk's integ.instance-profile.ts (IntegTest part dropped)."""

from aws_cdk import App, CfnOutput, Stack
from aws_cdk.aws_iam import InstanceProfile, Role, ServicePrincipal

app = App()
stack = Stack(app, "aws-cdk-iam-instance-profile")
role = Role(stack, "MyRole", assumed_by=ServicePrincipal("ec2.amazonaws.com"))
InstanceProfile(stack, "MyInstanceProfile", role=role, instance_profile_name="my-instance-profile",
                path="/sample/path/")
by_arn = InstanceProfile.from_instance_profile_arn(
    stack, "ImportedProfileByArn", "arn:aws:iam::123456789012:instance-profile/MyInstanceProfile"
)
by_arn_with_path = InstanceProfile.from_instance_profile_arn(
    stack, "ImportedProfileByArnWithPath", "arn:aws:iam::123456789012:instance-profile/path/MyInstanceProfile"
)
by_arn_path_multiple = InstanceProfile.from_instance_profile_arn(
    stack, "ImportedProfileByArnWithPathMultiple",
    "arn:aws:iam::123456789012:instance-profile/p/a/t/h/MyInstanceProfile",
)
by_attributes_with_role = InstanceProfile.from_instance_profile_attributes(
    stack, "AttributesWithRole",
    instance_profile_arn="arn:aws:iam::123456789012:instance-profile/MyInstanceProfile", role=role,
)
by_attributes_path_multiple = InstanceProfile.from_instance_profile_attributes(
    stack, "AttributesPathMultiple",
    instance_profile_arn="arn:aws:iam::123456789012:instance-profile/p/a/t/h/MyInstanceProfile",
)
by_name = InstanceProfile.from_instance_profile_name(stack, "ImportedProfileBy", "MyInstanceProfile")
CfnOutput(stack, "NameForProfileImportedByArn", value=by_arn.instance_profile_name)
CfnOutput(stack, "NameForProfileImportedByArnPath", value=by_arn_with_path.instance_profile_name)
CfnOutput(stack, "NameForProfileImportedByArnPathMultiple", value=by_arn_path_multiple.instance_profile_name)
CfnOutput(stack, "NameForProfileImportedByAttributesWithRole", value=by_attributes_with_role.instance_profile_name)
CfnOutput(stack, "NameForProfileImportedByAttributesPathMultiple",
          value=by_attributes_path_multiple.instance_profile_name)
CfnOutput(stack, "NameForProfileImportedByName", value=by_name.instance_profile_name)
app.synth()
