"""Port of aws-cdk's integ.restapi.access-log-firehose.ts: access logs to a Firehose delivery stream (L1) that
writes to an auto-deleted bucket."""

import json

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3


def test_format():
    field = apigateway.AccessLogField
    return apigateway.AccessLogFormat.custom(
        json.dumps(
            {
                "requestId": field.context_request_id(),
                "sourceIp": field.context_identity_source_ip(),
                "method": field.context_http_method(),
                "callerAccountId": field.context_caller_account_id(),
                "ownerAccountId": field.context_owner_account_id(),
                "userContext": {
                    "sub": field.context_authorizer_claims("sub"),
                    "email": field.context_authorizer_claims("email"),
                },
                "clientCertPem": field.context_identity_client_cert_pem(),
                "subjectDN": field.context_identity_client_cert_subject_dn(),
                "issunerDN": field.context_identity_client_cert_issuner_dn(),
                "serialNumber": field.context_identity_client_cert_serial_number(),
                "validityNotBefore": field.context_identity_client_cert_validity_not_before(),
                "validityNotAfter": field.context_identity_client_cert_validity_not_after(),
            },
            separators=(",", ":"),
        )
    )


class RestApiAccessLogFirehoseTest(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)

        destination_bucket = s3.Bucket(
            self, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True
        )
        delivery_stream_role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("firehose.amazonaws.com"))
        stream = firehose.CfnDeliveryStream(
            self,
            "MyStream",
            delivery_stream_name="amazon-apigateway-delivery-stream",
            s3_destination_configuration=firehose.CfnDeliveryStream.S3DestinationConfigurationProperty(
                bucket_arn=destination_bucket.bucket_arn, role_arn=delivery_stream_role.role_arn
            ),
        )
        api = apigateway.RestApi(
            self,
            "MyApi",
            cloud_watch_role=True,
            deploy_options=apigateway.StageOptions(
                access_log_destination=apigateway.FirehoseLogDestination(stream),
                access_log_format=test_format(),
            ),
        )
        api.root.add_method("GET")


app = cdk.App()
RestApiAccessLogFirehoseTest(app, "test-apigateway-access-logs-firehose")
app.synth()
