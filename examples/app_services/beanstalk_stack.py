"""The notes web site on Elastic Beanstalk: a web and a worker environment, both deployed immutably.

- ``Notes``: the application; ``WebVersion`` and ``WorkerVersion`` are bundles of ``beanstalk/web`` (with its
  ``.ebextensions``) and ``beanstalk/worker``, uploaded as S3 assets.
- ``Web``: a load-balanced web server environment (ALB, 2–4 ``t3.small`` instances, enhanced health) that knows
  the worker's queue URL.
- ``Worker``: a worker environment reading its own SQS queue; the daemon POSTs messages to ``/tasks``.
- Both use the ``Immutable`` deployment policy: each deployment launches a fresh Auto Scaling group and swaps it
  in only once the new instances are healthy. Each has an instance role and profile with only what it needs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from constructs import CfnOutput, Construct, Duration, Stack
from l2 import elasticbeanstalk as eb

SOURCES = Path(__file__).resolve().parent / "beanstalk"
"""The application bundles: ``beanstalk/web`` and ``beanstalk/worker``."""

PLATFORM = "64bit Amazon Linux 2023 v4.3.0 running Python 3.12"
"""The solution stack both environments run on."""


class BeanstalkStack(Stack):
    """The Beanstalk application and its web and worker environments.

    Attributes:
        web: the web server environment.
        worker: the worker environment (``worker.worker_queue`` is its queue).
    """

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        application = eb.Application(
            self, "Notes", application_name="notes-web", description="The notes web site and its worker"
        )
        web_version = eb.ApplicationVersion(
            self, "WebVersion", application=application, source_path=str(SOURCES / "web")
        )
        worker_version = eb.ApplicationVersion(
            self, "WorkerVersion", application=application, source_path=str(SOURCES / "worker")
        )
        self.worker = eb.Environment(
            self,
            "Worker",
            application=application,
            version=worker_version,
            solution_stack_name=PLATFORM,
            tier=eb.EnvironmentTier.WORKER,
            max_capacity=2,
            deployment_policy=eb.DeploymentPolicy.immutable(),
            worker_http_path="/tasks",
            worker_visibility_timeout=Duration.minutes(5),
        )
        self.web = eb.Environment(
            self,
            "Web",
            application=application,
            version=web_version,
            solution_stack_name=PLATFORM,
            instance_types=["t3.small"],
            min_capacity=2,
            max_capacity=4,
            health_reporting=eb.HealthReporting.ENHANCED,
            deployment_policy=eb.DeploymentPolicy.immutable(),
            environment_variables={"WORKER_QUEUE_URL": self.worker.worker_queue.queue_url},
        )
        CfnOutput(self, "WebUrl", value=self.web.resource.attr_endpoint_url)
