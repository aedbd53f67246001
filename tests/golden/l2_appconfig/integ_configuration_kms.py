"""Port of aws-cdk's integ.configuration-kms.ts: a hosted configuration from a file, encrypted with a KMS key."""

import json
import os
import tempfile

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_appconfig import Application, ConfigurationContent, HostedConfiguration
from aws_cdk.aws_kms import Key

# the integ test's config.json, written next to the app's output
config_path = os.path.join(tempfile.mkdtemp(), "config.json")
with open(config_path, "w") as f:
    f.write(json.dumps({"foobar": "This is my configuration content."}, indent=2) + "\n")

app = App()
stack = Stack(app, "aws-appconfig-configuration-kms")
kms_key = Key(stack, "MyKey", removal_policy=RemovalPolicy.DESTROY)
app_config_app = Application(stack, "MyAppConfig", application_name="AppForConfigTest")
HostedConfiguration(
    stack,
    "MyHostedConfigFromFile",
    application=app_config_app,
    content=ConfigurationContent.from_file(config_path),
    kms_key=kms_key,
)
app.synth()
