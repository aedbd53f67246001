"""The AWS::CloudFormation L1 classes aws-cdk-lib's root module exports (CfnStack, CfnWaitCondition, ...):
properties, nested property types as objects and as dicts, tags, attributes, references, and L1/L2 objects given
for properties that take a reference."""

import aws_cdk as cdk
from aws_cdk import (
    CfnChangeSet,
    CfnCustomResource,
    CfnGeneratedTemplate,
    CfnGuardHook,
    CfnHookDefaultVersion,
    CfnHookTypeConfig,
    CfnHookVersion,
    CfnLambdaHook,
    CfnMacro,
    CfnModuleDefaultVersion,
    CfnModuleVersion,
    CfnOutput,
    CfnPublicTypeVersion,
    CfnPublisher,
    CfnResourceDefaultVersion,
    CfnResourceVersion,
    CfnStack,
    CfnStackSet,
    CfnTypeActivation,
    CfnWaitCondition,
    CfnWaitConditionHandle,
    Stack,
)
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = Stack(app, "CoreCfnL1")

# a nested stack resource, a wait condition on its handle
handle = CfnWaitConditionHandle(stack, "Handle")
nested = CfnStack(
    stack,
    "Nested",
    template_url="https://s3.amazonaws.com/bucket/nested.template.json",
    parameters={"Env": "prod", "Handle": handle.ref},
    notification_arns=["arn:aws:sns:us-east-1:123456789012:topic"],
    timeout_in_minutes=30,
    tags=[cdk.CfnTag(key="team", value="core"), cdk.CfnTag(key="app", value="demo")],
)
wait = CfnWaitCondition(stack, "Wait", handle=handle.ref, timeout="600", count=2)
wait.add_dependency(nested)

# a stack set: its administration role is an L2 role (an IRoleRef), its execution role a name
admin = iam.Role(stack, "AdminRole", assumed_by=iam.ServicePrincipal("cloudformation.amazonaws.com"))
stack_set = CfnStackSet(
    stack,
    "StackSet",
    permission_model="SELF_MANAGED",
    stack_set_name="core-cfn-l1",
    administration_role_arn=admin,
    execution_role_name="AWSCloudFormationStackSetExecutionRole",
    capabilities=["CAPABILITY_IAM"],
    operation_preferences=CfnStackSet.OperationPreferencesProperty(
        failure_tolerance_count=1, max_concurrent_count=2, region_order=["us-east-1"]
    ),
    parameters=[CfnStackSet.ParameterProperty(parameter_key="Env", parameter_value="prod")],
    stack_instances_group=[
        CfnStackSet.StackInstancesProperty(
            deployment_targets=CfnStackSet.DeploymentTargetsProperty(accounts=["111111111111"]),
            regions=["us-east-1", "eu-west-1"],
            parameter_overrides=[CfnStackSet.ParameterProperty(parameter_key="Env", parameter_value="dev")],
        )
    ],
    template_body='{"Resources": {"Topic": {"Type": "AWS::SNS::Topic"}}}',
    tags=[cdk.CfnTag(key="team", value="core")],
)

# a macro and a custom resource
macro = CfnMacro(
    stack,
    "Macro",
    name="UpperCase",
    function_name="arn:aws:lambda:us-east-1:123456789012:function:upper",
    description="Upper-cases strings",
    log_group_name="/macros/upper",
)
custom = CfnCustomResource(
    stack, "Custom", service_token="arn:aws:lambda:us-east-1:123456789012:function:handler", service_timeout=120
)

# registry types: versions, default versions given the version objects themselves
resource_version = CfnResourceVersion(
    stack,
    "ResourceVersion",
    schema_handler_package="s3://bucket/handler.zip",
    type_name="Acme::Demo::Thing",
    logging_config=CfnResourceVersion.LoggingConfigProperty(log_group_name="/registry/thing"),
)
CfnResourceDefaultVersion(stack, "ResourceDefault", type_version_arn=resource_version)
module_version = CfnModuleVersion(
    stack, "ModuleVersion", module_name="Acme::Demo::Thing::MODULE", module_package="s3://bucket/module.zip"
)
CfnModuleDefaultVersion(stack, "ModuleDefault", arn=module_version)
hook_version = CfnHookVersion(
    stack,
    "HookVersion",
    schema_handler_package="s3://bucket/hook.zip",
    type_name="Acme::Demo::Hook",
    logging_config=CfnHookVersion.LoggingConfigProperty(log_group_name="/registry/hook", log_role_arn=admin.role_arn),
)
CfnHookDefaultVersion(stack, "HookDefault", type_version_arn=hook_version.attr_arn)
CfnHookTypeConfig(stack, "HookConfig", configuration='{"CloudFormationConfiguration": {}}', type_arn=hook_version.attr_type_arn)
CfnPublisher(stack, "Publisher", accept_terms_and_conditions=True)
CfnPublicTypeVersion(stack, "PublicVersion", type="RESOURCE", type_name="Acme::Demo::Thing", public_version_number="1.0.0")
CfnTypeActivation(
    stack,
    "Activation",
    type="RESOURCE",
    type_name="Other::Demo::Thing",
    publisher_id="0123456789abcdef",
    auto_update=False,
    major_version="1",
)

# hooks
CfnGuardHook(
    stack,
    "GuardHook",
    alias="Acme::Guard::Hook",
    execution_role=admin.role_arn,
    failure_mode="WARN",
    hook_status="ENABLED",
    rule_location=CfnGuardHook.S3LocationProperty(uri="s3://bucket/rules.guard"),
    target_operations=["STACK", "RESOURCE"],
    stack_filters=CfnGuardHook.StackFiltersProperty(
        filtering_criteria="ALL", stack_names={"include": ["prod-*"]}
    ),
)
CfnLambdaHook(
    stack,
    "LambdaHook",
    alias="Acme::Lambda::Hook",
    execution_role=admin.role_arn,
    failure_mode="FAIL",
    hook_status="DISABLED",
    lambda_function="arn:aws:lambda:us-east-1:123456789012:function:hook",
    target_operations=["RESOURCE"],
    target_filters=CfnLambdaHook.TargetFiltersProperty(
        targets=[
            CfnLambdaHook.HookTargetProperty(
                action="CREATE", invocation_point="PRE_PROVISION", target_name="AWS::S3::Bucket"
            )
        ],
    ),
)

# templates and change sets
CfnGeneratedTemplate(
    stack,
    "Generated",
    generated_template_name="generated",
    template_configuration=CfnGeneratedTemplate.TemplateConfigurationProperty(deletion_policy="RETAIN"),
)
CfnChangeSet(
    stack,
    "ChangeSet",
    change_set_name="review",
    stack_name="core-cfn-l1-target",
    change_set_type="CREATE",
    template_url=nested.template_url,
    include_nested_stacks=True,
    tags=[CfnChangeSet.TagsItemsProperty(key="team", value="core")],
)

# attributes and references
CfnOutput(stack, "HandleId", value=handle.attr_id)
CfnOutput(stack, "NestedRef", value=nested.stack_ref.stack_id)
CfnOutput(stack, "StackSetId", value=stack_set.attr_stack_set_id)
CfnOutput(stack, "MacroId", value=macro.attr_id)
CfnOutput(stack, "CustomRef", value=custom.custom_resource_ref.custom_resource_id)
CfnOutput(stack, "ResourceVersionArn", value=resource_version.resource_version_ref.resource_version_arn)
CfnOutput(stack, "ResourceVersionTypeArn", value=resource_version.attr_type_arn)
CfnOutput(stack, "HookArn", value=hook_version.attr_arn)

app.synth()
