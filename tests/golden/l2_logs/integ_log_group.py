"""Port of aws-cdk's integ.log-group.ts: a data protection policy (managed, named and custom identifiers, log
group and bucket audit destinations) and a field index policy."""

from aws_cdk import App, Stack
from aws_cdk.aws_logs import CustomDataIdentifier, DataIdentifier, DataProtectionPolicy, FieldIndexPolicy, LogGroup
from aws_cdk.aws_s3 import Bucket

app = App()
stack = Stack(app, "aws-cdk-log-group-integ")
audit = LogGroup(stack, "LogGroupLambdaAudit")
bucket = Bucket(stack, "audit-bucket-id")
data_protection_policy = DataProtectionPolicy(
    name="policy-name",
    description="policy description",
    identifiers=[
        DataIdentifier.DRIVERSLICENSE_US,
        DataIdentifier("EmailAddress"),
        CustomDataIdentifier("EmployeeId", "EmployeeId-\\d{9}"),
    ],
    log_group_audit_destination=audit,
    s3_bucket_audit_destination=bucket,
)
field_index_policy = FieldIndexPolicy(fields=["Operation", "RequestId"])
LogGroup(stack, "LogGroupLambda", data_protection_policy=data_protection_policy,
         field_index_policies=[field_index_policy])
app.synth()
