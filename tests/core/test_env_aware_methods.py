"""A resource attribute consumed from another environment (``_EnvAware``): a method of the resource, kept as its
function and called with the resource, gives what the same callable given as a plain function gives."""

from __future__ import annotations

import constructs as cdk
from constructs._resource import _EnvAware
from l2 import s3


def test_a_method_of_the_resource_resolves_as_the_general_callable() -> None:
    app = cdk.App()
    producer = cdk.Stack(app, "Producer", env=cdk.Environment(account="111111111111", region="us-east-1"))
    consumer = cdk.Stack(app, "Consumer", env=cdk.Environment(account="222222222222", region="us-east-1"))
    bucket = s3.Bucket(producer, "Bucket", bucket_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
    pairs = {
        "Name": (_EnvAware(bucket, "n", bucket._physical_name_of), _EnvAware(bucket, "n", lambda: bucket.physical_name)),
        "Arn": (_EnvAware(bucket, "a", None, bucket._arn_components),
                _EnvAware(bucket, "a", None, lambda: bucket._arn_components())),
    }
    for key, (fast, general) in pairs.items():
        assert fast._of_resource and not general._of_resource
        cdk.CfnOutput(consumer, f"{key}Fast", value=cdk.Token.as_string(fast))
        cdk.CfnOutput(consumer, f"{key}General", value=cdk.Token.as_string(general))
    outputs = app.synth().get_stack_by_name("Consumer").template["Outputs"]
    for key in pairs:
        assert outputs[f"{key}Fast"] == outputs[f"{key}General"]
    assert outputs["NameFast"]["Value"].startswith("producer") and "Fn::Join" in outputs["ArnFast"]["Value"]
