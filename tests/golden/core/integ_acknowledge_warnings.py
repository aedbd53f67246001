"""Port of aws-cdk's core integ test integ.acknowledge-warnings.ts (IntegTest dropped): Validations.acknowledge
silences a warning added with Annotations.add_warning_v2."""

import aws_cdk as cdk
from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "AcknowledgeWarningsStack")

construct = Construct(stack, "MyConstruct")

cdk.Annotations.of(construct).add_warning_v2("my-lib:TestWarning", "This is a test warning")

cdk.Validations.of(construct).acknowledge(cdk.Acknowledgment(id="my-lib:TestWarning", reason="Accepted risk for testing"))

cdk.Annotations.of(construct).add_warning_v2("my-lib:UnackedWarning", "This warning is not acknowledged")

app.synth()
