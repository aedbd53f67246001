"""App, stage and stack members: a shared default synthesizer, the other synthesizers' props, Stack.with_,
to_yaml_string, a compact nested stack, a stage permissions boundary, property injectors and a custom resource
provider with environment and without the response wrapper."""

import os
import tempfile

import jsii

import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from constructs import IConstruct


@jsii.implements(cdk.IPropertyInjector)
class TopicDefaults:
    @property
    def construct_unique_id(self) -> str:
        return sns.Topic.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return {"displayName": f"injected {id}", **original_props, "enforceSSL": True}


ASSUME = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
}

app = cdk.App(default_stack_synthesizer=cdk.DefaultStackSynthesizer(qualifier="shared1"))
first = cdk.Stack(app, "SharedOne", property_injectors=[TopicDefaults()])
second = cdk.Stack(app, "SharedTwo")
sns.Topic(first, "Injected", topic_name="injected-topic")
sns.Topic(second, "Plain")
cdk.PropertyInjectors.of(second).add(TopicDefaults())
sns.Topic(second, "LaterInjected", display_name="given")

cdk.CfnOutput(first, "Yaml", value=first.to_yaml_string({"Key": "value", "List": [1, "two", {"Three": 3}]}))

cli = cdk.Stack(app, "Cli", synthesizer=cdk.CliCredentialsStackSynthesizer(qualifier="cliq", bucket_prefix="p/"))
cdk.CfnResource(cli, "Queue", type="AWS::SQS::Queue")
bootstrapless = cdk.Stack(
    app, "Bootstrapless", synthesizer=cdk.BootstraplessSynthesizer(qualifier="blq", deploy_role_arn="arn:aws:iam::1:role/d")
)
cdk.CfnResource(bootstrapless, "Queue", type="AWS::SQS::Queue")


class Describe(cdk.Mixin):
    def supports(self, construct: IConstruct) -> bool:
        return isinstance(construct, cdk.CfnResource)

    def apply_to(self, construct: IConstruct) -> None:
        construct.add_metadata("Described", "yes")


nested_parent = cdk.Stack(app, "NestedParent")
nested = cdk.NestedStack(nested_parent, "Compact", suppress_template_indentation=True, description="compact")
cdk.CfnResource(nested, "Queue", type="AWS::SQS::Queue", properties={"DelaySeconds": 5})
nested_parent.with_(Describe())

stage = cdk.Stage(
    app, "Bounded", permissions_boundary=cdk.PermissionsBoundary.from_name("stage-boundary-${Qualifier}"),
    env=cdk.Environment(account="111111111111", region="us-east-1"),
)
in_stage = cdk.Stack(stage, "Roles")
cdk.CfnResource(in_stage, "Role", type="AWS::IAM::Role", properties={"AssumeRolePolicyDocument": ASSUME})

code = tempfile.mkdtemp()
with open(os.path.join(code, "index.js"), "w") as f:
    f.write("exports.handler = async () => ({ PhysicalResourceId: 'x' });\n")
provider_stack = cdk.Stack(app, "Provider")
token = cdk.CustomResourceProvider.get_or_create(
    provider_stack,
    "Custom::Thing",
    code_directory=code,
    runtime=cdk.CustomResourceProviderRuntime.NODEJS_20_X,
    environment={"BETA": "2", "ALPHA": "1"},
    use_cfn_response_wrapper=False,
    description="a provider",
    memory_size=cdk.Size.mebibytes(256),
    timeout=cdk.Duration.minutes(2),
)
cdk.CustomResource(provider_stack, "Thing", service_token=token, resource_type="Custom::Thing")

app.synth()
