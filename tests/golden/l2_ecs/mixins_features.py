"""``ClusterSettings`` on bare ``CfnCluster``s (appended, replaced by name, given as dicts, stack-wide) and on an
``ecs.Cluster``'s default child (its container insights setting replaced)."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs
from aws_cdk.aws_ecs import mixins

app = cdk.App()
stack = cdk.Stack(app, "EcsMixins")

plain = ecs.CfnCluster(stack, "Plain")
plain.with_(mixins.ClusterSettings([ecs.CfnCluster.ClusterSettingsProperty(name="containerInsights", value="enhanced")]))

preset = ecs.CfnCluster(stack, "Preset", cluster_settings=[
    ecs.CfnCluster.ClusterSettingsProperty(name="containerInsights", value="disabled"),
])
preset.with_(mixins.ClusterSettings([
    {"name": "containerInsights", "value": "enabled"},
    {"name": "futureSetting", "value": "on"},
]))

cluster = ecs.Cluster(stack, "Cluster", container_insights_v2=ecs.ContainerInsights.ENABLED)
cdk.Mixins.of(cluster.node.default_child).apply(
    mixins.ClusterSettings([ecs.CfnCluster.ClusterSettingsProperty(name="containerInsights", value="enhanced")]))

other = cdk.Stack(app, "EcsMixinsStackWide")
ecs.CfnCluster(other, "A")
ecs.CfnCluster(other, "B", cluster_name="named")
other.with_(mixins.ClusterSettings([ecs.CfnCluster.ClusterSettingsProperty(name="containerInsights", value="enabled")]))

app.synth()
