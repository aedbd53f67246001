"""S3 origins: OAC with every access level on a KMS bucket (bucket and key policies), a shared OAC with SigV4a,
an OAI (new and imported), bucket defaults, a static website origin; OAC/OAI constructs and imports."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "S3Origins")

key = kms.Key(stack, "Key")
encrypted = s3.Bucket(stack, "Encrypted", encryption=s3.BucketEncryption.KMS, encryption_key=key)
plain = s3.Bucket(stack, "Plain")
legacy = s3.Bucket(stack, "Legacy")
site = s3.Bucket(stack, "Site", website_index_document="index.html")
imported = s3.Bucket.from_bucket_name(stack, "Imported", "some-bucket")

oac = cloudfront.S3OriginAccessControl(
    stack, "Oac", description="shared", origin_access_control_name="my-oac", signing=cloudfront.Signing.SIGV4_A_ALWAYS
)
oai = cloudfront.OriginAccessIdentity(stack, "Oai", comment="legacy identity")
imported_oai = cloudfront.OriginAccessIdentity.from_origin_access_identity_id(stack, "ImportedOai", "E1ABCDEF")
imported_oac = cloudfront.S3OriginAccessControl.from_origin_access_control_id(stack, "ImportedOac", "E2ABCDEF")

dist = cloudfront.Distribution(
    stack,
    "Dist",
    default_behavior=cloudfront.BehaviorOptions(
        origin=origins.S3BucketOrigin.with_origin_access_control(
            encrypted,
            origin_access_levels=[
                cloudfront.AccessLevel.READ,
                cloudfront.AccessLevel.READ_VERSIONED,
                cloudfront.AccessLevel.LIST,
                cloudfront.AccessLevel.WRITE,
                cloudfront.AccessLevel.DELETE,
            ],
            origin_path="/assets",
        )
    ),
    default_root_object="index.html",
)
dist.add_behavior("/plain/*", origins.S3BucketOrigin.with_origin_access_control(plain, origin_access_control=oac))
dist.add_behavior("/legacy/*", origins.S3BucketOrigin.with_origin_access_identity(legacy))
dist.add_behavior("/legacy2/*", origins.S3BucketOrigin.with_origin_access_identity(plain, origin_access_identity=oai))
dist.add_behavior("/imported/*", origins.S3BucketOrigin.with_origin_access_identity(legacy, origin_access_identity=imported_oai))
dist.add_behavior("/imported-oac/*", origins.S3BucketOrigin.with_origin_access_control(imported, origin_access_control=imported_oac))
dist.add_behavior("/defaults/*", origins.S3BucketOrigin.with_bucket_defaults(plain, origin_id="defaults"))
dist.add_behavior("/site/*", origins.S3StaticWebsiteOrigin(site, custom_headers={"Referer": "secret"}))
cdk.CfnOutput(stack, "CanonicalUser", value=oai.cloud_front_origin_access_identity_s3_canonical_user_id)
cdk.CfnOutput(stack, "OaiId", value=oai.origin_access_identity_id)
cdk.CfnOutput(stack, "OacId", value=oac.origin_access_control_id)
app.synth()
