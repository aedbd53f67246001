"""``l2.servicediscovery``: validation errors (aws-cdk-lib 2.275's messages, construct path), type errors, defaults."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Duration, Stack, ValidationError
from l2 import ec2
from l2 import servicediscovery as sd


def _vpc(stack: Stack) -> ec2.IVpc:
    return ec2.Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-1", availability_zones=["us-east-1a"])


def _raises(message: str, path: str, build: Callable[[], Any]) -> None:
    with pytest.raises(ValidationError) as info:
        build()
    assert message in str(info.value)
    assert path in str(info.value)


@pytest.mark.parametrize(
    ("kind", "kwargs", "message"),
    [
        ("http", {"discovery_type": sd.DiscoveryType.DNS_AND_API},
         "Cannot specify `discoveryType` of DNS_AND_API when using an HTTP namespace."),
        ("public", {"discovery_type": sd.DiscoveryType.API, "dns_record_type": sd.DnsRecordType.A},
         "Cannot specify `routingPolicy` or `dnsRecord` when using an HTTP namespace."),
        ("http", {"routing_policy": sd.RoutingPolicy.WEIGHTED},
         "Cannot specify `routingPolicy` or `dnsRecord` when using an HTTP namespace."),
        ("public", {"health_check": sd.HealthCheckConfig(), "custom_health_check": sd.HealthCheckCustomConfig()},
         "Cannot specify both `healthCheckConfig` and `healthCheckCustomConfig`."),
        ("private", {"health_check": sd.HealthCheckConfig()},
         "Cannot specify `healthCheckConfig` for a Private DNS namespace."),
        ("public", {"routing_policy": sd.RoutingPolicy.MULTIVALUE, "dns_record_type": sd.DnsRecordType.CNAME},
         "Cannot use `CNAME` record when routing policy is `Multivalue`."),
        ("public", {"routing_policy": sd.RoutingPolicy.MULTIVALUE, "load_balancer": True},
         "Cannot register loadbalancers when routing policy is `Multivalue`."),
        ("public", {"health_check": sd.HealthCheckConfig(type=sd.HealthCheckType.TCP, resource_path="/x")},
         "Cannot specify `resourcePath` when using a `TCP` health check."),
        ("public", {"load_balancer": True, "dns_record_type": sd.DnsRecordType.SRV},
         "Must support `A` or `AAAA` records to register loadbalancers."),
    ],
)
def test_bad_service_options_raise(stack: Stack, kind: str, kwargs: dict[str, Any], message: str) -> None:
    namespace: sd.INamespace
    if kind == "http":
        namespace = sd.HttpNamespace(stack, "Ns", name="n")
    elif kind == "private":
        namespace = sd.PrivateDnsNamespace(stack, "Ns", name="n.local", vpc=_vpc(stack))
    else:
        namespace = sd.PublicDnsNamespace(stack, "Ns", name="n.com")
    _raises(message, "S/Svc", lambda: sd.Service(stack, "Svc", namespace=namespace, **kwargs))


def test_ip_instance_validation(stack: Stack) -> None:
    ns = sd.PublicDnsNamespace(stack, "Ns", name="n.com")
    cname = ns.create_service("Cname", dns_record_type=sd.DnsRecordType.CNAME)
    srv = ns.create_service("Srv", dns_record_type=sd.DnsRecordType.SRV)
    a = ns.create_service("A")
    aaaa = ns.create_service("Aaaa", dns_record_type=sd.DnsRecordType.AAAA)
    both = ns.create_service("Both", dns_record_type=sd.DnsRecordType.A_AAAA)
    _raises("Service must support `A`, `AAAA` or `SRV` records to register this instance type.", "S/Ns/Cname/I",
            lambda: cname.register_ip_instance("I", ipv4="10.0.0.1"))
    _raises("A `port` must be specified for a service using a `SRV` record.", "S/Ns/Srv/I",
            lambda: srv.register_ip_instance("I", ipv4="10.0.0.1"))
    _raises("At least `ipv4` or `ipv6` must be specified for a service using a `SRV` record.", "S/Ns/Srv/J",
            lambda: srv.register_ip_instance("J", port=80))
    _raises("An `ipv4` must be specified for a service using a `A` record.", "S/Ns/A/I",
            lambda: a.register_ip_instance("I"))
    _raises("An `ipv6` must be specified for a service using a `AAAA` record.", "S/Ns/Aaaa/I",
            lambda: aaaa.register_ip_instance("I"))
    _raises("An `ipv6` must be specified for a service using a `AAAA` record.", "S/Ns/Both/I",
            lambda: both.register_ip_instance("I", ipv4="10.0.0.1"))


def test_other_instance_validation(stack: Stack) -> None:
    http = sd.HttpNamespace(stack, "Http", name="h")
    api = http.create_service("Api")
    public = sd.PublicDnsNamespace(stack, "Pub", name="n.com")
    a = public.create_service("A")
    lb = public.create_service("Lb", load_balancer=True, dns_record_type=sd.DnsRecordType.AAAA)
    _raises("Namespace associated with Service must be a DNS Namespace.", "S/C",
            lambda: sd.CnameInstance(stack, "C", service=api, instance_cname="x.com"))
    _raises("A `CnameIntance` can only be used with a service using a `CNAME` record.", "S/Pub/A/C",
            lambda: a.register_cname_instance("C", instance_cname="x.com"))
    _raises("This type of instance can only be registered for HTTP namespaces.", "S/Pub/A/N",
            lambda: a.register_non_ip_instance("N", custom_attributes={"k": "v"}))
    _raises("You must specify at least one custom attribute for this instance type.", "S/Http/Api/N",
            lambda: api.register_non_ip_instance("N", custom_attributes={}))
    _raises("Namespace associated with Service must be a DNS Namespace.", "S/Al",
            lambda: sd.AliasTargetInstance(stack, "Al", service=api, dns_name="lb.example.com"))
    _raises("Service must use `WEIGHTED` routing policy.", "S/Al2",
            lambda: sd.AliasTargetInstance(stack, "Al2", service=a, dns_name="lb.example.com"))
    srv = public.create_service("Srv", dns_record_type=sd.DnsRecordType.SRV)
    _raises("Service must use `A` or `AAAA` records to register an AliasRecordTarget.", "S/Al3",
            lambda: sd.AliasTargetInstance(stack, "Al3", service=srv, dns_name="lb.example.com"))
    ok = sd.AliasTargetInstance(stack, "Ok", service=lb, dns_name="lb.example.com")
    assert ok.service is lb and ok.dns_name == "lb.example.com"


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    ns = sd.PublicDnsNamespace(stack, "Ns", name="n.com")
    with pytest.raises(TypeError, match="dns_ttl"):
        ns.create_service("S", dns_ttl=30)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="dns_record_type"):
        ns.create_service("T", dns_record_type="A")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="namespace"):
        sd.Service(stack, "U", namespace="ns-123")  # type: ignore[arg-type]


def test_defaults_and_members(stack: Stack, synth: Callable[..., Any]) -> None:
    ns = sd.PublicDnsNamespace(stack, "Ns", name="n.com")
    svc = ns.create_service("Svc", health_check=sd.HealthCheckConfig(), dns_ttl=Duration.seconds(10))
    inst = svc.register_ip_instance("I", ipv4="10.0.0.1")
    assert isinstance(svc, sd.IService) and isinstance(ns, sd.IPublicDnsNamespace) and isinstance(inst, sd.IInstance)
    assert svc.routing_policy is sd.RoutingPolicy.MULTIVALUE
    assert svc.discovery_type is sd.DiscoveryType.DNS_AND_API
    assert svc.dns_record_type is sd.DnsRecordType.A
    assert isinstance(inst, sd.IpInstance) and inst.port == 80 and inst.ipv6 == ""
    resources = synth(stack)["Resources"]
    (service,) = [r for r in resources.values() if r["Type"] == "AWS::ServiceDiscovery::Service"]
    assert service["Properties"]["HealthCheckConfig"] == {"FailureThreshold": 1, "ResourcePath": "/", "Type": "HTTP"}
    assert service["Properties"]["DnsConfig"]["DnsRecords"] == [{"TTL": 10, "Type": "A"}]
    (instance,) = [r for r in resources.values() if r["Type"] == "AWS::ServiceDiscovery::Instance"]
    assert instance["Properties"]["InstanceAttributes"] == {"AWS_INSTANCE_IPV4": "10.0.0.1", "AWS_INSTANCE_PORT": "80"}


def test_generated_instance_id_keeps_the_last_64_characters(stack: Stack, synth: Callable[..., Any]) -> None:
    ns = sd.HttpNamespace(stack, "NamespaceWithAVeryLongConstructIdToPushPastTheLimit", name="n")
    svc = ns.create_service("ServiceWithAnotherQuiteLongConstructIdentifier")
    svc.register_non_ip_instance("InstanceWhoseIdIsLongToo", custom_attributes={"k": "v"})
    resources = synth(stack)["Resources"]
    (instance,) = [r for r in resources.values() if r["Type"] == "AWS::ServiceDiscovery::Instance"]
    # the value aws-cdk-lib 2.275 synthesizes for this construct path
    assert instance["Properties"]["InstanceId"] == "therQuiteLongConstructIdentifierInstanceWhoseIdIsLongTooD4820E4F"
