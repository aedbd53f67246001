"""Stack.regional_fact (a literal in a known region, a shared pattern or a mapping in a region-agnostic stack)."""

import aws_cdk as cdk

app = cdk.App()
agnostic = cdk.Stack(app, "Agnostic")
cdk.CfnOutput(agnostic, "Suffix", value=agnostic.regional_fact("domainSuffix"))
cdk.CfnOutput(agnostic, "Elbv2", value=agnostic.regional_fact("elbv2Account"))
cdk.CfnOutput(agnostic, "Fallback", value=agnostic.regional_fact("noSuchFact", "fallback"))
cdk.CfnOutput(agnostic, "Principal", value=agnostic.regional_fact("cdk:metadata-resource:available"))
regional = cdk.Stack(app, "Regional", env=cdk.Environment(region="cn-north-1"))
cdk.CfnOutput(regional, "Partition", value=regional.regional_fact("partition"))
cdk.CfnOutput(regional, "Suffix", value=regional.regional_fact("domainSuffix"))
cdk.CfnOutput(regional, "Fallback", value=regional.regional_fact("noSuchFact", "fallback"))
for s in (agnostic, regional):
    cdk.CfnResource(s, "Handle", type="AWS::CloudFormation::WaitConditionHandle")
app.synth()
