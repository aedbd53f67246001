"""The ``*_ref`` structs of Cloud Map resources (aws-cdk-lib's ``aws_cdk.interfaces.aws_servicediscovery``)."""

from __future__ import annotations

from l1._private.interfaces.servicediscovery import HttpNamespaceReference as HttpNamespaceReference
from l1._private.interfaces.servicediscovery import InstanceReference as InstanceReference
from l1._private.interfaces.servicediscovery import (
    PrivateDnsNamespaceReference as PrivateDnsNamespaceReference,
)
from l1._private.interfaces.servicediscovery import PublicDnsNamespaceReference as PublicDnsNamespaceReference
from l1._private.interfaces.servicediscovery import ServiceReference as ServiceReference
