"""The 2.275 surface: every import attribute, URL options, CloudTrail rules, from_cfn_bucket/policy, grant_on_key."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "BucketSurface", env=cdk.Environment(account="123456789012", region="eu-west-1"))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key = kms.Key(stack, "Key")

imported = s3.Bucket.from_bucket_attributes(
    stack, "Imported",
    account="210987654321", region="us-west-2",
    bucket_arn="arn:aws:s3:::imported-bucket", bucket_name="imported-bucket",
    bucket_domain_name="imported-bucket.s3.amazonaws.com",
    bucket_regional_domain_name="imported-bucket.s3.us-west-2.amazonaws.com",
    bucket_dual_stack_domain_name="imported-bucket.s3.dualstack.us-west-2.amazonaws.com",
    bucket_website_url="http://imported-bucket.s3-website-us-west-2.amazonaws.com",
    bucket_website_new_url_format=False, encryption_key=key, is_website=True,
    notifications_handler_role=role,
)
derived = s3.Bucket.from_bucket_attributes(stack, "Derived", bucket_name="derived-bucket", region="eu-central-1")
for name, bucket in (("Imported", imported), ("Derived", derived)):
    cdk.CfnOutput(stack, f"{name}Arn", value=bucket.bucket_arn)
    cdk.CfnOutput(stack, f"{name}Domain", value=bucket.bucket_domain_name)
    cdk.CfnOutput(stack, f"{name}Regional", value=bucket.bucket_regional_domain_name)
    cdk.CfnOutput(stack, f"{name}DualStack", value=bucket.bucket_dual_stack_domain_name)
    cdk.CfnOutput(stack, f"{name}Website", value=bucket.bucket_website_url)
    cdk.CfnOutput(stack, f"{name}WebsiteDomain", value=bucket.bucket_website_domain_name)
    cdk.CfnOutput(stack, f"{name}Url", value=bucket.url_for_object("a/b.txt"))
    cdk.CfnOutput(stack, f"{name}S3Url", value=bucket.s3_url_for_object("/k"))
    cdk.CfnOutput(stack, f"{name}Virtual", value=bucket.virtual_hosted_url_for_object("k", regional=False))
    cdk.CfnOutput(stack, f"{name}VirtualRegional", value=bucket.virtual_hosted_url_for_object())
    cdk.CfnOutput(stack, f"{name}Accelerate", value=bucket.transfer_acceleration_url_for_object("k", dual_stack=True))
    cdk.CfnOutput(stack, f"{name}AccelerateNoKey", value=bucket.transfer_acceleration_url_for_object())
imported.grant_read(role)
imported.grant_on_key(role, "kms:Decrypt")

bucket = s3.Bucket(stack, "Bucket", encryption_key=key, notifications_skip_destination_validation=True)
queue = sqs.Queue(stack, "Queue")
bucket.on_cloud_trail_event("AnyEvent", description="any call")
bucket.on_cloud_trail_put_object("PutObject", paths=["uploads/*"], rule_name="put-object-rule")
bucket.on_cloud_trail_write_object(
    "WriteObject", paths=["a/", "b/"], event_pattern=events.EventPattern(account=["123456789012"])
)
bucket.grant_on_key(role, "kms:Encrypt")
cdk.CfnOutput(stack, "RefName", value=bucket.bucket_ref.bucket_name)
cdk.CfnOutput(stack, "RefArn", value=bucket.bucket_ref.bucket_arn)

cfn = s3.CfnBucket(
    stack, "Raw",
    bucket_encryption=s3.CfnBucket.BucketEncryptionProperty(server_side_encryption_configuration=[
        s3.CfnBucket.ServerSideEncryptionRuleProperty(
            server_side_encryption_by_default=s3.CfnBucket.ServerSideEncryptionByDefaultProperty(
                sse_algorithm="aws:kms", kms_master_key_id=kms.CfnKey(stack, "RawKey", key_policy={
                    "Version": "2012-10-17",
                    "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                                   "Action": "kms:*", "Resource": "*"}],
                }).ref,
            )
        )
    ]),
)
from_cfn = s3.Bucket.from_cfn_bucket(cfn)
from_cfn.grant_read(iam.AccountPrincipal("210987654321"))
cdk.CfnOutput(stack, "FromCfnWebsite", value=from_cfn.bucket_website_domain_name)
cdk.CfnOutput(stack, "SameFromCfn", value=s3.Bucket.from_cfn_bucket(cfn).node.path)

raw_policy = s3.CfnBucketPolicy(stack, "RawPolicy", bucket=cfn.ref, policy_document={
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "s3:DeleteBucket", "Resource": cfn.attr_arn}],
})
policy = s3.BucketPolicy.from_cfn_bucket_policy(raw_policy)
policy.document.add_statements(iam.PolicyStatement(actions=["s3:GetObject"], resources=[cfn.attr_arn + "/*"],
                                                   principals=[iam.AccountRootPrincipal()]))
standalone = s3.BucketPolicy(stack, "Standalone", bucket=derived, removal_policy=cdk.RemovalPolicy.DESTROY,
                             document=iam.PolicyDocument(statements=[iam.PolicyStatement(
                                 actions=["s3:ListBucket"], resources=[derived.bucket_arn],
                                 principals=[iam.AccountRootPrincipal()])]))
standalone.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
cdk.CfnOutput(stack, "PolicyRef", value=standalone.bucket_policy_ref.bucket)
app.synth()
