"""Stack environments: agnostic, explicit, region-only; account/region/partition/url_suffix/AZs."""

import aws_cdk as cdk


def describe(stack: cdk.Stack) -> None:
    cdk.CfnResource(
        stack, "Env", type="Custom::Env",
        properties={
            "Account": stack.account,
            "Region": stack.region,
            "Partition": stack.partition,
            "UrlSuffix": stack.url_suffix,
            "StackId": stack.stack_id,
            "StackName": stack.stack_name,
            "AvailabilityZones": stack.availability_zones,
            "ArtifactId": stack.artifact_id,
            "TemplateFile": stack.template_file,
            "Nested": stack.nested,
        },
    )


app = cdk.App()
describe(cdk.Stack(app, "Agnostic"))
describe(cdk.Stack(app, "Explicit", env=cdk.Environment(account="123456789012", region="eu-west-1")))
describe(cdk.Stack(app, "RegionOnly", env=cdk.Environment(region="us-west-2")))
describe(cdk.Stack(app, "Named", stack_name="my-custom-name"))
describe(cdk.Stack(app, "TokenEnv", env=cdk.Environment(account=cdk.Aws.ACCOUNT_ID, region=cdk.Aws.REGION)))

app.synth()
