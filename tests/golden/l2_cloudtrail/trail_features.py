"""Trail options: KMS, key prefix, CloudWatch Logs (new and supplied groups), organization trails, selectors, events."""

import aws_cdk as cdk
from aws_cdk import aws_cloudtrail as cloudtrail
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "TrailFeatures", env=cdk.Environment(account="123456789012", region="eu-west-1"))

key = kms.Key(stack, "Key")
full = cloudtrail.Trail(
    stack,
    "Full",
    trail_name="full-trail",
    encryption_key=key,
    s3_key_prefix="logs",
    send_to_cloud_watch_logs=True,
    cloud_watch_logs_retention=logs.RetentionDays.ONE_WEEK,
    enable_file_validation=False,
    include_global_service_events=False,
    is_multi_region_trail=False,
    management_events=cloudtrail.ReadWriteType.READ_ONLY,
    insight_types=[cloudtrail.InsightType.API_ERROR_RATE],
)
fn = lambda_.Function.from_function_arn(
    stack, "Fn", "arn:aws:lambda:eu-west-1:123456789012:function:my-fn")
full.add_lambda_event_selector(
    [fn],
    include_management_events=False,
    read_write_type=cloudtrail.ReadWriteType.WRITE_ONLY,
)
full.add_s3_event_selector(
    [cloudtrail.S3EventSelector(bucket=s3.Bucket.from_bucket_name(stack, "Data", "data-bucket"), object_prefix="in/")],
    exclude_management_event_sources=[cloudtrail.ManagementEventSources.KMS,
                                      cloudtrail.ManagementEventSources.RDS_DATA_API],
)
full.add_lambda_event_selector([])
full.add_event_selector(cloudtrail.DataResourceType.S3_OBJECT, ["arn:aws:s3:::other-bucket/"])

group = logs.LogGroup(stack, "TrailLogs")
org = cloudtrail.Trail(
    stack,
    "Org",
    trail_name="org-trail",
    is_organization_trail=True,
    org_id="o-abc123",
    send_to_cloud_watch_logs=True,
    cloud_watch_log_group=group,
    encryption_key=kms.Key.from_key_arn(
        stack, "Imported", "arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555"),
)
org.log_all_lambda_data_events()
org.log_all_s3_data_events(read_write_type=cloudtrail.ReadWriteType.READ_ONLY)

no_name = cloudtrail.Trail(stack, "OrgNoName", is_organization_trail=True, org_id="o-abc123")
no_org = cloudtrail.Trail(stack, "OrgNoId", is_organization_trail=True, trail_name="no-org-id")

imported_bucket = cloudtrail.Trail(
    stack, "OnImportedBucket", bucket=s3.Bucket.from_bucket_name(stack, "Logs", "my-trail-logs"))

queue = sqs.Queue(stack, "Queue")
cloudtrail.Trail.on_event(
    stack,
    "AnyApiCall",
    target=targets.SqsQueue(queue),
    description="API calls recorded by CloudTrail",
    event_pattern=events.EventPattern(source=["aws.s3"]),
    rule_name="any-api-call",
)
cloudtrail.Trail.on_event(full, "TrailEvents")

cdk.CfnOutput(stack, "FullArn", value=full.trail_arn)
cdk.CfnOutput(stack, "FullTopicArn", value=full.trail_sns_topic_arn)
cdk.CfnOutput(stack, "FullLogGroup", value=full.log_group.log_group_arn)
cdk.CfnOutput(stack, "OrgLogGroup", value=org.log_group.log_group_name)
cdk.CfnOutput(stack, "NoLogGroup", value=str(no_name.log_group is None and no_org.log_group is None))

app.synth()
