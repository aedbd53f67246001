"""Port of aws-cdk's aws-route53 integ.cidr-routing-config.ts: IP-based routing to a CIDR location and to a
collection's default location."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "CidrRoutingConfig")
zone1 = route53.PublicHostedZone(stack, "HostedZone", zone_name="cdk.test")
collection = route53.CfnCidrCollection(stack, "CidrCollection", name="test-collection", locations=[
    route53.CfnCidrCollection.LocationProperty(cidr_list=["192.168.1.0/24"], location_name="test_location")])
route53.ARecord(stack, "CidrRoutingConfig", zone=zone1, target=route53.RecordTarget.from_ip_addresses("1.2.3.4"),
                set_identifier="test", cidr_routing_config=route53.CidrRoutingConfig.create(
                    collection_id=collection.attr_id, location_name="test_location"))
zone2 = route53.PublicHostedZone(stack, "HostedZone2", zone_name="cdk.test2")
default_collection = route53.CfnCidrCollection(stack, "DefaultCidrCollection", name="default-collection", locations=[
    route53.CfnCidrCollection.LocationProperty(cidr_list=["192.168.1.0/24"], location_name="default_location")])
route53.ARecord(stack, "DefaultCidrRoutingConfig", zone=zone2,
                target=route53.RecordTarget.from_ip_addresses("5.6.7.8"), set_identifier="test2",
                cidr_routing_config=route53.CidrRoutingConfig.with_default_location_name(default_collection.attr_id))
app.synth()
