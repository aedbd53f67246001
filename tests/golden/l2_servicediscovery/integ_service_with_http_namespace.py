"""aws-cdk integ test service-with-http-namespace: non-IP and IP instances in an HTTP namespace."""

import aws_cdk as cdk
from aws_cdk import aws_servicediscovery as servicediscovery

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-servicediscovery-integ")

namespace = servicediscovery.HttpNamespace(stack, "MyNamespace", name="MyHTTPNamespace")

service1 = namespace.create_service("NonIpService", description="service registering non-ip instances")

service1.register_non_ip_instance("NonIpInstance", custom_attributes={"arn": "arn:aws:s3:::amzn-s3-demo-bucket"})

service2 = namespace.create_service(
    "IpService",
    description="service registering ip instances",
    health_check=servicediscovery.HealthCheckConfig(
        type=servicediscovery.HealthCheckType.HTTP,
        resource_path="/check",
    ),
)

service2.register_ip_instance("IpInstance", ipv4="54.239.25.192")

app.synth()
