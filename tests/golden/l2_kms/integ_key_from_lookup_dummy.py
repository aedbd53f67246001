"""Port of aws-cdk's integ.key-from-lookup-dummy.ts: a lookup that returns the dummy key when none is found.

The original takes the environment from CDK_INTEG_* / CDK_DEFAULT_*; a fixed one stands in (a lookup needs one).
"""

import aws_cdk as cdk
from aws_cdk.aws_kms import Key

app = cdk.App()
stack = cdk.Stack(app, "key-from-lookup-dummy", env=cdk.Environment(account="123456789012", region="us-east-1"))
dummy = Key.from_lookup(stack, "Key", alias_name="alias/foo", return_dummy_key_on_missing=True)
cdk.CfnOutput(stack, "KeyId", value=dummy.key_id)
app.synth()
