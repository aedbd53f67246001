"""Repository: lifecycle rules in aws-cdk-lib's priority order, scan on push, tag mutability, KMS encryption,
resource policy, grants, events and URIs."""

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "EcrFeatures")
key = kms.Key(stack, "Key")
repo = ecr.Repository(
    stack,
    "Repo",
    repository_name="my-repo",
    image_scan_on_push=True,
    image_tag_mutability=ecr.TagMutability.IMMUTABLE,
    encryption=ecr.RepositoryEncryption.KMS,
    encryption_key=key,
    lifecycle_registry_id="123456789012",
    lifecycle_rules=[ecr.LifecycleRule(max_image_count=5, description="any last")],
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
repo.add_lifecycle_rule(tag_prefix_list=["prod"], max_image_count=10)
repo.add_lifecycle_rule(tag_status=ecr.TagStatus.UNTAGGED, max_image_age=cdk.Duration.days(7))
repo.add_lifecycle_rule(tag_pattern_list=["v*-rc"], max_image_count=3, rule_priority=20)
repo.add_to_resource_policy(
    iam.PolicyStatement(actions=["ecr:BatchGetImage"], principals=[iam.AccountPrincipal("111111111111")])
)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
repo.grant_pull_push(role)
repo.grant_read(role)
user = iam.User(stack, "User")
repo.grant_pull(user)
ecr.AuthorizationToken.grant_read(user)
ecr.PublicGalleryAuthorizationToken.grant_read(user)
repo.on_image_scan_completed("Scan", image_tags=["latest"])
repo.on_cloud_trail_image_pushed("Pushed", image_tag="v1", description="pushed")
repo.on_event("Any", rule_name="any-ecr")

plain = ecr.Repository(stack, "Plain", encryption=ecr.RepositoryEncryption.AES_256)
imported = ecr.Repository.from_repository_name(stack, "Imported", "other-repo")
by_arn = ecr.Repository.from_repository_arn(stack, "ByArn", "arn:aws:ecr:eu-west-1:222222222222:repository/x/y")
attrs = ecr.Repository.from_repository_attributes(
    stack, "Attrs", repository_name="attrs", repository_arn="arn:aws:ecr:us-east-1:333333333333:repository/attrs"
)
imported.grant_pull(role)
cdk.CfnOutput(stack, "Uri", value=repo.repository_uri)
cdk.CfnOutput(stack, "UriTag", value=repo.repository_uri_for_tag("v1"))
cdk.CfnOutput(stack, "UriDigest", value=repo.repository_uri_for_digest("sha256:abc"))
cdk.CfnOutput(stack, "UriTagOrDigest", value=plain.repository_uri_for_tag_or_digest("sha256:def"))
cdk.CfnOutput(stack, "UriTagOrDigest2", value=plain.repository_uri_for_tag_or_digest("v2"))
cdk.CfnOutput(stack, "Registry", value=plain.registry_uri)
cdk.CfnOutput(stack, "ImportedUri", value=imported.repository_uri)
cdk.CfnOutput(stack, "ByArnUri", value=by_arn.repository_uri_for_tag("t"))
cdk.CfnOutput(stack, "ByArnName", value=by_arn.repository_name)
cdk.CfnOutput(stack, "AttrsUri", value=attrs.repository_uri)
cdk.CfnOutput(stack, "LocalArn", value=ecr.Repository.arn_for_local_repository("local", stack))
cdk.CfnOutput(stack, "LocalArnAcct", value=ecr.Repository.arn_for_local_repository("local", stack, "444444444444"))
app.synth()
