"""Port of aws-cdk's integ.restapi.access-log.ts: access logs to a log group in a custom JSON format."""

import json

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_logs as logs


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


class Test(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        log_group = logs.LogGroup(self, "MyLogGroup")
        api = apigateway.RestApi(
            self,
            "MyApi",
            cloud_watch_role=True,
            deploy_options=apigateway.StageOptions(
                access_log_destination=apigateway.LogGroupLogDestination(log_group),
                access_log_format=test_format(),
            ),
        )
        api.root.add_method("GET")


app = cdk.App()
Test(app, "test-apigateway-access-logs")
app.synth()
