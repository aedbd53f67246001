"""Port of aws-cdk's core integ.stack.ts: termination protection set after construction, exported values."""

import aws_cdk as cdk

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "Stack", termination_protection=False)
stack.termination_protection = True

stack.export_value(
    "someValue", name="MyExportValue", description="This is a description for MyExportValue"
)
stack.export_string_list_value(
    ["someValue", "anotherValue"],
    name="MyExportStringListValue",
    description="This is a description for MyExportStringListValue",
)

app.synth()
