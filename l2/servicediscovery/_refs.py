"""The ``*_ref`` structs of Cloud Map resources (aws-cdk-lib's ``aws_cdk.interfaces.aws_servicediscovery``)."""

from __future__ import annotations

from constructs.internals import structs


@structs.frozen(kw_only=True)
class HttpNamespaceReference:
    """An HTTP namespace by id and ARN (``namespace.http_namespace_ref``)."""

    http_namespace_arn: str
    http_namespace_id: str


@structs.frozen(kw_only=True)
class PrivateDnsNamespaceReference:
    """A private DNS namespace by id and ARN (``namespace.private_dns_namespace_ref``)."""

    private_dns_namespace_arn: str
    private_dns_namespace_id: str


@structs.frozen(kw_only=True)
class PublicDnsNamespaceReference:
    """A public DNS namespace by id and ARN (``namespace.public_dns_namespace_ref``)."""

    public_dns_namespace_arn: str
    public_dns_namespace_id: str


@structs.frozen(kw_only=True)
class ServiceReference:
    """A service by id and ARN (``service.service_ref``)."""

    service_arn: str
    service_id: str


@structs.frozen(kw_only=True)
class InstanceReference:
    """An instance by its id and its service's id (``instance.instance_ref``)."""

    instance_id: str
    service_id: str
