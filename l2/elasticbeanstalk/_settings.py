"""The typed settings of an ``Environment``: tier, type, load balancer, health, managed updates, deployment policy.

Each renders to option settings of the Elastic Beanstalk developer guide's "General options for all
environments" (namespace, option name, value)."""

from __future__ import annotations

import enum

from constructs import Duration
from constructs.internals import structs


class EnvironmentTier(enum.Enum):
    """Whether the environment serves HTTP requests or works off an SQS queue."""

    WEB_SERVER = "WebServer"
    """A web server environment (tier ``WebServer``, type ``Standard``)."""
    WORKER = "Worker"
    """A worker environment (tier ``Worker``, type ``SQS/HTTP``): a daemon POSTs queue messages to the app."""


class EnvironmentType(enum.Enum):
    """``aws:elasticbeanstalk:environment`` ``EnvironmentType``."""

    LOAD_BALANCED = "LoadBalanced"
    """An Auto Scaling group of instances (behind a load balancer for web servers)."""
    SINGLE_INSTANCE = "SingleInstance"
    """One instance with an Elastic IP address and no load balancer."""


class LoadBalancerType(enum.Enum):
    """``aws:elasticbeanstalk:environment`` ``LoadBalancerType``."""

    APPLICATION = "application"
    """An Application Load Balancer."""
    NETWORK = "network"
    """A Network Load Balancer."""
    CLASSIC = "classic"
    """A Classic Load Balancer (Elastic Beanstalk's default when the option is not set)."""


class HealthReporting(enum.Enum):
    """``aws:elasticbeanstalk:healthreporting:system`` ``SystemType``."""

    BASIC = "basic"
    """Basic health reporting."""
    ENHANCED = "enhanced"
    """Enhanced health reporting (needs the service role, which the environment creates)."""


class UpdateLevel(enum.Enum):
    """``aws:elasticbeanstalk:managedactions:platformupdate`` ``UpdateLevel``."""

    PATCH = "patch"
    """Patch version updates only."""
    MINOR = "minor"
    """Minor and patch version updates."""


@structs.frozen(kw_only=True)
class ManagedUpdates:
    """Managed platform updates (``aws:elasticbeanstalk:managedactions``).

    Args:
        preferred_start_time: the weekly maintenance window start in UTC, ``Day:HH:MM`` (e.g. ``Sun:10:00``).
        update_level: the highest level of update to apply.
        instance_refresh_enabled: replace the instances weekly (default not set: off).
    """

    preferred_start_time: str
    update_level: UpdateLevel
    instance_refresh_enabled: bool | None = None


class BatchSize:
    """The batch of a rolling deployment (``BatchSizeType`` and ``BatchSize``); use the factories.

    Args:
        kind: ``Percentage`` or ``Fixed`` (the ``BatchSizeType`` value).
        value: the percentage or the number of instances (the ``BatchSize`` value).
    """

    def __init__(self, kind: str, value: int) -> None:
        self.kind = kind
        self.value = value

    @staticmethod
    def percentage(value: int) -> BatchSize:
        """``value`` percent of the instances per batch (1 to 100)."""
        return BatchSize("Percentage", value)

    @staticmethod
    def fixed(value: int) -> BatchSize:
        """``value`` instances per batch (1 to the environment's maximum capacity)."""
        return BatchSize("Fixed", value)


class DeploymentPolicy:
    """How new application versions reach the instances (``aws:elasticbeanstalk:command``); use the factories.

    Args:
        name: the ``DeploymentPolicy`` value (``AllAtOnce``, ``Rolling``, ``RollingWithAdditionalBatch``,
            ``Immutable`` or ``TrafficSplitting``).
        batch_size: the batch of a rolling policy (default not set: Beanstalk's 100 percent).
        new_version_percent: the traffic-splitting share, 1 to 100 (default not set: Beanstalk's 10).
        evaluation_time: the traffic-splitting evaluation time, 3 to 600 minutes (default not set: 5 minutes).
    """

    def __init__(self, name: str, *, batch_size: BatchSize | None = None, new_version_percent: int | None = None,
                 evaluation_time: Duration | None = None) -> None:
        self.name = name
        self.batch_size = batch_size
        self.new_version_percent = new_version_percent
        self.evaluation_time = evaluation_time

    @staticmethod
    def all_at_once() -> DeploymentPolicy:
        """Deploy to every instance at once (Elastic Beanstalk's default)."""
        return DeploymentPolicy("AllAtOnce")

    @staticmethod
    def rolling(batch_size: BatchSize | None = None) -> DeploymentPolicy:
        """Deploy batch by batch, each batch out of service meanwhile (load-balanced environments only)."""
        return DeploymentPolicy("Rolling", batch_size=batch_size)

    @staticmethod
    def rolling_with_additional_batch(batch_size: BatchSize | None = None) -> DeploymentPolicy:
        """Rolling, with an extra batch launched first to keep capacity (load-balanced environments only)."""
        return DeploymentPolicy("RollingWithAdditionalBatch", batch_size=batch_size)

    @staticmethod
    def immutable() -> DeploymentPolicy:
        """Deploy to a full set of new instances in a second Auto Scaling group."""
        return DeploymentPolicy("Immutable")

    @staticmethod
    def traffic_splitting(*, new_version_percent: int | None = None,
                          evaluation_time: Duration | None = None) -> DeploymentPolicy:
        """Canary: send ``new_version_percent`` (1 to 100, default 10) of the traffic to new instances for
        ``evaluation_time`` (3 to 600 whole minutes, default 5) before shifting all of it (web environments with an
        Application Load Balancer only)."""
        return DeploymentPolicy("TrafficSplitting", new_version_percent=new_version_percent,
                                evaluation_time=evaluation_time)
