"""aws-cdk integ test service-with-cname-record: a CNAME service in a public DNS namespace."""

import aws_cdk as cdk
from aws_cdk import aws_servicediscovery as servicediscovery

app = cdk.App()
stack = cdk.Stack(app, "aws-servicediscovery-integ")

namespace = servicediscovery.PublicDnsNamespace(stack, "Namespace", name="foobar.com")

service = namespace.create_service(
    "Service",
    name="foo",
    dns_record_type=servicediscovery.DnsRecordType.CNAME,
    dns_ttl=cdk.Duration.seconds(30),
)

service.register_cname_instance("CnameInstance", instance_cname="service.pizza")

app.synth()
