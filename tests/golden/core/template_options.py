"""Template header: description, format version, metadata and one or several transforms."""

import aws_cdk as cdk

app = cdk.App()

one = cdk.Stack(app, "OneTransform", description="Stack description from props")
one.add_transform("AWS::Serverless-2016-10-31")
cdk.CfnResource(one, "Queue", type="AWS::SQS::Queue")

many = cdk.Stack(app, "ManyTransforms")
many.add_transform("AWS::Serverless-2016-10-31")
many.add_transform("AWS::LanguageExtensions")
many.add_transform("AWS::Serverless-2016-10-31")  # de-duplicated
many.template_options.description = "Description set through template_options"
many.template_options.template_format_version = "2010-09-09"
many.template_options.metadata = {"Custom": {"owner": "core"}, "AWS::CloudFormation::Interface": {"ParameterGroups": []}}
cdk.CfnResource(many, "Queue", type="AWS::SQS::Queue")

options = cdk.Stack(app, "TransformsOption")
options.template_options.transforms = ["T1", "T2"]
cdk.CfnResource(options, "Queue", type="AWS::SQS::Queue")

app.synth()
