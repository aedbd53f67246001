"""The Elastic Beanstalk L2s against aws-cdk-lib: the stack built here must equal, byte for byte, the template
aws-cdk-lib synthesized for the hand-written L1 app tests/golden/l2_elasticbeanstalk/environments_l1.py."""

from __future__ import annotations

from pathlib import Path

from constructs import App, Duration, Stack

SUITE = Path(__file__).parents[2] / "golden" / "l2_elasticbeanstalk"
SOURCES = SUITE / "_sources"
STACK_NAME = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"


def _environments(app: App) -> Stack:
    from l2 import ec2
    from l2 import elasticbeanstalk as eb

    stack = Stack(app, "BeanstalkEnvironments")
    shop = eb.Application(stack, "Shop", application_name="shop", description="The shop and its order worker",
                          max_versions=50, delete_source_from_s3=True)
    web_v1 = eb.ApplicationVersion(stack, "WebV1", application=shop, source_path=str(SOURCES / "web"))
    worker_v1 = eb.ApplicationVersion(
        stack, "WorkerV1", application=shop, source_path=str(SOURCES / "worker"),
        cron_tasks=[eb.PeriodicTask(name="nightly-report", url="/tasks/report", schedule="0 3 * * *"),
                    eb.PeriodicTask(name="cleanup", url="/tasks/cleanup", schedule="*/30 * * * *")])
    vpc = ec2.Vpc.from_vpc_attributes(
        stack, "Vpc", vpc_id="vpc-0a1b2c3d", availability_zones=["us-east-1a", "us-east-1b"],
        public_subnet_ids=["subnet-pub1", "subnet-pub2"], private_subnet_ids=["subnet-priv1", "subnet-priv2"])
    app_sg = ec2.SecurityGroup.from_security_group_id(stack, "AppSg", "sg-0123456789abcdef0")
    eb.Environment(
        stack, "Web", application=shop, version=web_v1, environment_name="shop-web", solution_stack_name=STACK_NAME,
        instance_types=["t3.small", ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM)], min_capacity=2, max_capacity=6, vpc=vpc, security_groups=[app_sg],
        health_reporting=eb.HealthReporting.ENHANCED,
        managed_updates=eb.ManagedUpdates(preferred_start_time="Sun:10:00", update_level=eb.UpdateLevel.MINOR,
                                          instance_refresh_enabled=True),
        xray_enabled=True,
        deployment_policy=eb.DeploymentPolicy.traffic_splitting(new_version_percent=15,
                                                                evaluation_time=Duration.minutes(10)),
        environment_variables={"STAGE": "prod", "ORDERS_TABLE": "orders"},
    )
    eb.Environment(
        stack, "Worker", application=shop, version=worker_v1, solution_stack_name=STACK_NAME,
        tier=eb.EnvironmentTier.WORKER, min_capacity=1, max_capacity=3,
        deployment_policy=eb.DeploymentPolicy.rolling_with_additional_batch(eb.BatchSize.fixed(1)),
        worker_http_path="/tasks", worker_http_connections=10, worker_visibility_timeout=Duration.minutes(10),
        worker_max_retries=5,
    )
    eb.Environment(
        stack, "Staging", application=shop, description="Staging",
        platform_arn="arn:aws:elasticbeanstalk:us-east-1::platform/Python 3.11 running on 64bit Amazon Linux 2023/4.3.0",
        environment_type=eb.EnvironmentType.SINGLE_INSTANCE, health_reporting=eb.HealthReporting.BASIC,
        deployment_policy=eb.DeploymentPolicy.immutable(),
    )
    return stack


def test_l2_template_equals_the_hand_written_l1_template(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = _environments(app)
    app.synth()
    name = f"{stack.artifact_id}.template.json"
    assert (tmp_path / name).read_text() == (SUITE / "fixtures" / "environments_l1" / name).read_text()
