"""``Stack.export_value`` of a resource's name/ARN attributes (aws-cdk-lib's mimicked references).

Expected values were printed by aws-cdk-lib 2.275.0 for the same app.
"""

from __future__ import annotations

from assertions import Template
from constructs import App, Stack
from l2 import ec2, s3


def test_export_value_takes_resource_name_and_arn_attributes() -> None:
    stack = Stack(App(), "S")
    vpc = ec2.Vpc(stack, "V", nat_gateways=0, max_azs=1)
    flow_log = vpc.add_flow_log("FL", destination=ec2.FlowLogDestination.to_s3())
    bucket = s3.Bucket(stack, "B")
    assert flow_log.bucket is not None
    imports = [stack.resolve(stack.export_value(v))
               for v in (flow_log.bucket.bucket_arn, bucket.bucket_arn, bucket.bucket_name)]
    assert imports == [
        {"Fn::ImportValue": "S:ExportsOutputFnGetAttVFLBucket862A54D6Arn94AFB8E7"},
        {"Fn::ImportValue": "S:ExportsOutputFnGetAttB08E7C7AFArn7F3F998F"},
        {"Fn::ImportValue": "S:ExportsOutputRefB08E7C7AF2B8873E4"},
    ]
    assert Template.from_stack(stack).to_json()["Outputs"] == {
        "ExportsOutputFnGetAttVFLBucket862A54D6Arn94AFB8E7": {
            "Value": {"Fn::GetAtt": ["VFLBucket862A54D6", "Arn"]},
            "Export": {"Name": "S:ExportsOutputFnGetAttVFLBucket862A54D6Arn94AFB8E7"},
        },
        "ExportsOutputFnGetAttB08E7C7AFArn7F3F998F": {
            "Value": {"Fn::GetAtt": ["B08E7C7AF", "Arn"]},
            "Export": {"Name": "S:ExportsOutputFnGetAttB08E7C7AFArn7F3F998F"},
        },
        "ExportsOutputRefB08E7C7AF2B8873E4": {
            "Value": {"Ref": "B08E7C7AF"},
            "Export": {"Name": "S:ExportsOutputRefB08E7C7AF2B8873E4"},
        },
    }
