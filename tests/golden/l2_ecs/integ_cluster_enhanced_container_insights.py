"""Port of aws-cdk's aws-ecs/test/integ.cluster-enhanced-container-insights.ts."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "integ-ecs-enhanced-container-insights")
ecs.Cluster(stack, "Cluster", container_insights_v2=ecs.ContainerInsights.ENHANCED)
app.synth()
