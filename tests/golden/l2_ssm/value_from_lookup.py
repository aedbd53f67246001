"""``StringParameter.value_from_lookup``: values from the context, dummy values and defaults when it is missing,
and an additional cache key."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App(
    context={
        "ssm:account=123456789012:parameterName=/found/param:region=eu-west-1": "value-from-context",
        "ssm:account=123456789012:additionalCacheKey=v2:parameterName=/found/param:region=eu-west-1": "cached-v2",
    }
)
stack = cdk.Stack(app, "ValueFromLookup", env=cdk.Environment(account="123456789012", region="eu-west-1"))
found = ssm.StringParameter.value_from_lookup(stack, "/found/param")
found_v2 = ssm.StringParameter.value_from_lookup(stack, "/found/param", additional_cache_key="v2")
missing = ssm.StringParameter.value_from_lookup(stack, "/missing/param")
with_default = ssm.StringParameter.value_from_lookup(stack, "/missing/other", "fallback")
empty_default = ssm.StringParameter.value_from_lookup(stack, "/missing/third", "")
ssm.StringParameter(stack, "Found", string_value=found)
ssm.StringParameter(stack, "FoundV2", string_value=found_v2)
ssm.StringParameter(stack, "Missing", string_value=missing)
ssm.StringParameter(stack, "WithDefault", string_value=with_default)
ssm.StringParameter(stack, "EmptyDefault", string_value=empty_default)
app.synth()
