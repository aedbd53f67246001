"""CfnInclude's options and getters: parameters replaced, elements read and changed, ids, cycles, nested stacks."""

import aws_cdk as cdk
from aws_cdk import cloudformation_include as inc

app = cdk.App()

# every section, a replaced parameter, and changes made through the getters
stack = cdk.Stack(app, "Features")
template = inc.CfnInclude(
    stack, "Template", template_file="test-templates/features.yaml", parameters={"Name": "given-name"}
)
bucket = template.get_resource("Bucket")
bucket.bucket_name = "changed-name"
bucket.add_property_override("VersioningConfiguration.Status", "Enabled")
template.get_parameter("Env").default = "prod"
template.get_mapping("EnvMap").set_value("test", "Retention", 1)
template.get_condition("IsDev").expression = cdk.Fn.condition_equals("a", "b")
template.get_output("BucketArn").description = "changed description"
template.get_rule("ProdNeedsSize").add_assertion(cdk.Fn.condition_equals("x", "x"), "always")
template.get_hook("MyHook").override_logical_id("RenamedHook")
cdk.CfnOutput(stack, "TopicRef", value=template.get_resource("Topic").ref)

# logical ids computed by the CDK
renamed = cdk.Stack(app, "Renamed")
inc.CfnInclude(renamed, "Template", template_file="test-templates/features.yaml", preserve_logical_ids=False)

# resources that reference each other, and one kept as written
odd = cdk.Stack(app, "Odd")
inc.CfnInclude(odd, "Cycle", template_file="test-templates/cycle.json", allow_cyclical_references=True)
inc.CfnInclude(odd, "Dehydrated", template_file="test-templates/dehydrated.json", dehydrated_resources=["Group"])

# a nested stack loaded after the fact
parent = cdk.Stack(app, "Parent")
parent_template = inc.CfnInclude(parent, "Template", template_file="test-templates/nested/parent-one-child.json")
child = parent_template.load_nested_stack(
    "ChildStack",
    template_file="test-templates/nested/grandchild-import-stack.json",
    parameters={"MyBucketParameter": "replaced-in-child"},
)
child.included_template.get_resource("BucketImport").bucket_name = "child-bucket"
cdk.CfnOutput(parent, "ChildStackId", value=parent_template.get_nested_stack("ChildStack").stack.stack_id)

app.synth()
