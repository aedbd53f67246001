"""Stack(suppress_template_indentation=True) writes compact JSON; a sibling stack keeps the indent."""

import aws_cdk as cdk

app = cdk.App()
compact = cdk.Stack(app, "Compact", suppress_template_indentation=True, description="compact \"quoted\" ✓")
cdk.CfnResource(compact, "Queue", type="AWS::SQS::Queue", properties={"List": [1, "two", {"three": 3.5}], "Empty": {}})
cdk.CfnOutput(compact, "Out", value="x")

indented = cdk.Stack(app, "Indented")
cdk.CfnResource(indented, "Queue", type="AWS::SQS::Queue", properties={"List": [1, "two", {"three": 3.5}], "Empty": {}})

app.synth()
