"""ReportGroup features: an export bucket with a KMS key and zipped export, a name, delete_reports with DESTROY,
an import by name and its write grant."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "ReportGroupFeatures")
bucket = s3.Bucket(stack, "Exports", encryption=s3.BucketEncryption.KMS)
group = codebuild.ReportGroup(
    stack,
    "Group",
    report_group_name="my-reports",
    export_bucket=bucket,
    zip_export=True,
    delete_reports=True,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
plain = codebuild.ReportGroup(stack, "Plain", export_bucket=s3.Bucket(stack, "PlainBucket"))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
group.grant_write(role)
plain.grant_write(role)
imported = codebuild.ReportGroup.from_report_group_name(stack, "Imported", "existing")
imported.grant_write(role)
cdk.CfnOutput(stack, "GroupName", value=group.report_group_name)
cdk.CfnOutput(stack, "PlainName", value=plain.report_group_name)
cdk.CfnOutput(stack, "ImportedArn", value=imported.report_group_arn)
app.synth()
