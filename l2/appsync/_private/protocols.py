"""Interfaces of services pycdk has no L2 for yet, as AppSync's data sources use them.

aws-cdk-lib types these with ``aws_rds.IServerlessCluster``/``IDatabaseCluster``,
``aws_opensearchservice.IDomain`` and ``aws_elasticsearch.IDomain``; any object with these members works.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import ResourceEnvironment
    from l2.iam import Grant, IGrantable


@runtime_checkable
class IServerlessCluster(Protocol):
    """An Aurora Serverless v1 cluster (aws-cdk-lib's ``aws_rds.IServerlessCluster``)."""

    @property
    def cluster_identifier(self) -> str:
        """The cluster's identifier."""
        ...

    @property
    def env(self) -> ResourceEnvironment:
        """The cluster's account and region."""
        ...

    def grant_data_api_access(self, grantee: IGrantable) -> Grant:
        """Allow the Data API on the cluster."""
        ...


@runtime_checkable
class IDatabaseCluster(Protocol):
    """An Aurora cluster (aws-cdk-lib's ``aws_rds.IDatabaseCluster``), as the Data API needs it."""

    @property
    def cluster_identifier(self) -> str:
        """The cluster's identifier."""
        ...

    @property
    def cluster_arn(self) -> str:
        """The cluster's ARN."""
        ...

    @property
    def env(self) -> ResourceEnvironment:
        """The cluster's account and region."""
        ...

    def grant_data_api_access(self, grantee: IGrantable) -> Grant:
        """Allow the Data API on the cluster."""
        ...


@runtime_checkable
class IOpenSearchDomain(Protocol):
    """An OpenSearch Service domain (aws-cdk-lib's ``aws_opensearchservice.IDomain``)."""

    @property
    def domain_endpoint(self) -> str:
        """The domain's endpoint host name."""
        ...

    @property
    def env(self) -> ResourceEnvironment:
        """The domain's account and region."""
        ...

    def grant_read_write(self, identity: IGrantable) -> Grant:
        """Allow reading and writing the domain."""
        ...


@runtime_checkable
class IElasticsearchDomain(Protocol):
    """An Elasticsearch domain (aws-cdk-lib's ``aws_elasticsearch.IDomain``)."""

    @property
    def domain_endpoint(self) -> str:
        """The domain's endpoint host name."""
        ...

    @property
    def env(self) -> ResourceEnvironment:
        """The domain's account and region."""
        ...

    def grant_read_write(self, identity: IGrantable) -> Grant:
        """Allow reading and writing the domain."""
        ...
