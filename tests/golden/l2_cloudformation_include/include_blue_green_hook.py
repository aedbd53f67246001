"""An AWS::CodeDeploy::BlueGreen hook: read into a CfnCodeDeployBlueGreenHook naming the template's resources."""

import aws_cdk as cdk
from aws_cdk import cloudformation_include as inc

app = cdk.App()

kept = cdk.Stack(app, "Kept")
inc.CfnInclude(kept, "Template", template_file="test-templates/blue-green-hook.yaml")

# the hook names the resources by their new logical ids
renamed = cdk.Stack(app, "Renamed")
template = inc.CfnInclude(
    renamed, "Template", template_file="test-templates/blue-green-hook.yaml", preserve_logical_ids=False
)
template.get_hook("CodeDeployBlueGreenHook").service_role = "OtherRole"

app.synth()
