"""Fn helpers that map one-to-one to intrinsics: base64, cidr, get_azs, import_value, transform, ref, get_att."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "Intrinsics")

bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")
block = cdk.CfnParameter(stack, "Block", default="10.0.0.0/16")

cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "Base64Literal": cdk.Fn.base64("plain text"),
        "Base64Token": cdk.Fn.base64(f"#!/bin/bash\necho {bucket.ref}"),
        "Cidr": cdk.Fn.cidr(block.value_as_string, 6, "5"),
        "CidrLiteral": cdk.Fn.cidr("10.0.0.0/16", 2),
        "GetAzs": cdk.Fn.get_azs(),
        "GetAzsRegion": cdk.Fn.get_azs("eu-west-1"),
        "GetAzsToken": cdk.Fn.get_azs(cdk.Aws.REGION),
        "ImportValue": cdk.Fn.import_value("SharedExport"),
        "ImportValueInString": f"prefix-{cdk.Fn.import_value('Other')}",
        "ImportListValue": cdk.Fn.import_list_value("SharedList", 3),
        "ImportListValueDelimiter": cdk.Fn.import_list_value("SharedList2", 2, "|"),
        "Transform": cdk.Fn.transform("AWS::Include", {"Location": "s3://bucket/file.yaml"}),
        "Ref": cdk.Fn.ref("Bucket"),
        "GetAtt": cdk.Fn.get_att("Bucket", "Arn"),
        "GetAttToString": cdk.Fn.get_att(bucket.logical_id, "DomainName").to_string(),
        "ParseDomain": cdk.Fn.parse_domain_name(bucket.get_att("WebsiteURL").to_string()),
    },
)

app.synth()
