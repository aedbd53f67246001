"""Port of aws-cdk's aws-glue integ.security-configuration.ts: keyed, keyless and S3-managed configurations."""

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "aws-glue-security-configuration")
key = kms.Key(stack, "Key")
glue.SecurityConfiguration(stack, "KeyedSC", security_configuration_name="KeyedSC",
                           job_bookmarks_encryption=glue.JobBookmarksEncryption.client_side_kms(key),
                           cloud_watch_encryption=glue.CloudWatchEncryption.kms(key),
                           s3_encryption=glue.S3Encryption.kms(key))
glue.SecurityConfiguration(stack, "KeylessSC", security_configuration_name="KeylessSC",
                           job_bookmarks_encryption=glue.JobBookmarksEncryption.client_side_kms(),
                           cloud_watch_encryption=glue.CloudWatchEncryption.kms(),
                           s3_encryption=glue.S3Encryption.kms())
glue.SecurityConfiguration(stack, "S3SC", security_configuration_name="S3SC",
                           s3_encryption=glue.S3Encryption.s3_managed())
app.synth()
