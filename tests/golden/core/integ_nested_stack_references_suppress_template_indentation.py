"""Port of aws-cdk's core integ.nested-stack-references-suppress-template-indentation.ts: parameters of a compact
nested stack referenced from another stack."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
producer = cdk.Stack(app, "ProducerSuppressIndentation")

nested = cdk.NestedStack(producer, "NestedSuppressIndentation", suppress_template_indentation=True)
s3.Bucket(nested, "RequiredResourceSuppressIndentation")

nested_string = cdk.CfnParameter(nested, "NestedStringSuppressIndentation", type="String", default="foo")
nested_number = cdk.CfnParameter(nested, "NestedNumberSuppressIndentation", type="Number", default="123")
nested_list = cdk.CfnParameter(nested, "NestedListSuppressIndentation", type="CommaDelimitedList", default="foo,bar")

consumer = cdk.Stack(app, "ConsumerSuppressIndentation")
s3.Bucket(consumer, "RequiredResourceSuppressIndentation")

cdk.CfnOutput(consumer, "StringReferenceSuppressIndentation", value=nested_string.value_as_string)
cdk.CfnOutput(consumer, "NumberReferenceSuppressIndentation", value=nested_number.value_as_string)
cdk.CfnOutput(consumer, "ListReferenceSuppressIndentation", value=cdk.Fn.join("$$", nested_list.value_as_list))

app.synth()
