"""``Canary``: a CloudWatch Synthetics canary, its test, artifacts bucket, role and cleanup."""

from __future__ import annotations

import enum
import os
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Arn,
    ArnFormat,
    Construct,
    CustomResource,
    CustomResourceProvider,
    CustomResourceProviderRuntime,
    Duration,
    Lazy,
    Names,
    Resource,
    Size,
    Stack,
    Tags,
    Token,
    UnscopedValidationError,
    ValidationError,
    Validations,
)
from constructs.internals import structs
from l1._private.interfaces.synthetics import CanaryReference as CanaryReference
from l1.synthetics import CfnCanary
from l2._private.metric_options import given_options as _metric_options
from l2.synthetics._code import Code
from l2.synthetics._interfaces import ICanary
from l2.synthetics._runtime import Runtime, RuntimeFamily
from l2.synthetics._schedule import Schedule

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import Connections, ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IRole
    from l2.kms import IKey
    from l2.s3 import IBucket, LifecycleRule

AUTO_DELETE_RESOURCE_TYPE = "Custom::SyntheticsAutoDeleteUnderlyingResources"
AUTO_DELETE_TAG = "aws-cdk:auto-delete-underlying-resources"
HANDLER_DIR = os.path.join(os.path.dirname(__file__), "_handlers", "auto_delete_underlying_resources")
_NAME = re.compile(r"^[0-9a-z_\-]+$")
_LEGACY_HANDLER = re.compile(r"^[0-9A-Za-z_\\-]+\.handler*$")
_HANDLER = re.compile(r"^([0-9a-zA-Z_-]+/)*[0-9A-Za-z_\\-]+\.[A-Za-z_][A-Za-z0-9_]*$")
_DRY_RUN_RUNTIME = re.compile(r"^syn-(nodejs-puppeteer|nodejs-playwright|python-selenium)-(\d+\.\d+)$")
_DRY_RUN_MIN = {"nodejs-puppeteer": 10.0, "nodejs-playwright": 2.0, "python-selenium": 5.1}
_NAMESPACE = "CloudWatchSynthetics"


class BrowserType(enum.Enum):
    """A browser a canary runs its test in."""

    CHROME = "CHROME"
    FIREFOX = "FIREFOX"


class Cleanup(enum.Enum):
    """What is cleaned up when the canary is deleted (``LAMBDA``: a custom resource deletes its function)."""

    NOTHING = "nothing"
    LAMBDA = "lambda"


class ResourceToReplicateTags(enum.Enum):
    """A resource the canary's tags are copied to."""

    LAMBDA_FUNCTION = "lambda-function"


class ArtifactsEncryptionMode(enum.Enum):
    """How the canary's artifacts in S3 are encrypted."""

    S3_MANAGED = "SSE_S3"
    KMS = "SSE_KMS"


@structs.frozen(kw_only=True)
class CustomTestOptions:
    """The code and handler of a custom test.

    Args:
        code: the canary script.
        handler: the handler, ``<file>.<function>`` (``index.handler`` for inline code).
    """

    code: Code
    handler: str


class Test:
    """The test a canary runs: ``Test.custom(code=..., handler=...)``.

    Args:
        code: the canary script to run.
        handler: the script's entry point (ends with ``.handler``).
    """

    def __init__(self, code: Code, handler: str) -> None:
        self.code = code
        """The canary script."""
        self.handler = handler
        """The handler."""

    @staticmethod
    def custom(*, code: Code, handler: str) -> Test:
        """A test with your own code."""
        return Test(code, handler)


@structs.frozen(kw_only=True)
class ArtifactsBucketLocation:
    """Where the canary stores the data of its runs.

    Args:
        bucket: the bucket.
        prefix: a key prefix within the bucket (default none).
    """

    bucket: IBucket
    prefix: str | None = None


@structs.frozen(kw_only=True)
class CanaryProps:
    """The properties of a ``Canary`` (see ``Canary`` for each keyword)."""

    runtime: Runtime
    test: Test
    active_tracing: bool | None = None
    artifact_s3_encryption_mode: ArtifactsEncryptionMode | None = None
    artifact_s3_kms_key: IKey | None = None
    artifacts_bucket_lifecycle_rules: Sequence[LifecycleRule] | None = None
    artifacts_bucket_location: ArtifactsBucketLocation | None = None
    browser_configs: Sequence[BrowserType] | None = None
    canary_name: str | None = None
    cleanup: Cleanup | None = None
    dry_run_and_update: bool | None = None
    environment_encryption: IKey | None = None
    environment_variables: Mapping[str, str] | None = None
    failure_retention_period: Duration | None = None
    max_retries: int | float | None = None
    memory: Size | None = None
    provisioned_resource_cleanup: bool | None = None
    resources_to_replicate_tags: Sequence[ResourceToReplicateTags] | None = None
    role: IRole | None = None
    schedule: Schedule | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    start_after_creation: bool | None = None
    success_retention_period: Duration | None = None
    timeout: Duration | None = None
    time_to_live: Duration | None = None
    vpc: IVpc | None = None
    vpc_subnets: SubnetSelection | None = None


class _ImportedCanary(Resource):
    """A canary defined outside the app."""

    def __init__(self, scope: Construct, id: str, canary_name: str) -> None:
        super().__init__(scope, id)
        self.canary_id = canary_name
        self.canary_name = canary_name
        self.canary_arn = Stack.of(self).format_arn(service="synthetics", resource="canary", resource_name=canary_name,
                                                   arn_format=ArnFormat.COLON_RESOURCE_NAME)

    @property
    def canary_ref(self) -> CanaryReference:
        """The canary's name."""
        return CanaryReference(canary_name=self.canary_name)


class Canary(Resource):
    """A CloudWatch Synthetics canary (``AWS::Synthetics::Canary``).

    Args:
        runtime: the Synthetics runtime version.
        test: the test to run (``Test.custom``).
        active_tracing: send X-Ray traces (Node.js runtimes other than Playwright only).
        artifact_s3_encryption_mode / artifact_s3_kms_key: how the artifacts are encrypted (a KMS key implies
            ``ArtifactsEncryptionMode.KMS``; without a key, KMS mode creates one).
        artifacts_bucket_lifecycle_rules: lifecycle rules of the generated artifacts bucket.
        artifacts_bucket_location: where run data goes (default a new KMS-managed, SSL-only bucket).
        browser_configs: one or two browsers to run the test in.
        canary_name: a physical name (lowercase letters, digits, ``-``/``_``; default derived from the path).
        cleanup: ``Cleanup.LAMBDA`` deletes the canary's function with a custom resource (default nothing).
        dry_run_and_update: run a dry run before an update (recent runtimes only).
        environment_encryption: the KMS key that encrypts the environment variables.
        environment_variables: variables for the canary script.
        failure_retention_period / success_retention_period: how long run data is kept (default 31 days).
        max_retries: retries of a failed run.
        memory: 960 to 3008 MiB, a multiple of 64.
        provisioned_resource_cleanup: delete the provisioned resources with the canary (``AUTOMATIC``/``OFF``).
        resources_to_replicate_tags: resources the canary's tags are copied to.
        role: the execution role (default a role with the policy the canary needs).
        schedule: how often it runs (default every 5 minutes).
        security_groups / vpc / vpc_subnets: run in a VPC (a security group is created if none is given).
        start_after_creation: start the canary when created (default true).
        timeout: the run timeout, 3 to 840 whole seconds.
        time_to_live: how long the canary keeps running (default no limit).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-synthetics.Canary"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        runtime: Runtime,
        test: Test,
        active_tracing: bool | None = None,
        artifact_s3_encryption_mode: ArtifactsEncryptionMode | None = None,
        artifact_s3_kms_key: IKey | None = None,
        artifacts_bucket_lifecycle_rules: Sequence[LifecycleRule] | None = None,
        artifacts_bucket_location: ArtifactsBucketLocation | None = None,
        browser_configs: Sequence[BrowserType] | None = None,
        canary_name: str | None = None,
        cleanup: Cleanup | None = None,
        dry_run_and_update: bool | None = None,
        environment_encryption: IKey | None = None,
        environment_variables: Mapping[str, str] | None = None,
        failure_retention_period: Duration | None = None,
        max_retries: int | float | None = None,
        memory: Size | None = None,
        provisioned_resource_cleanup: bool | None = None,
        resources_to_replicate_tags: Sequence[ResourceToReplicateTags] | None = None,
        role: IRole | None = None,
        schedule: Schedule | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        start_after_creation: bool | None = None,
        success_retention_period: Duration | None = None,
        timeout: Duration | None = None,
        time_to_live: Duration | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        if canary_name and not Token.is_unresolved(canary_name):
            _validate_name(canary_name)
        super().__init__(scope, id, physical_name=canary_name or Lazy.string(lambda: self._generate_unique_name()))
        if cleanup is Cleanup.LAMBDA and provisioned_resource_cleanup:
            raise ValidationError(
                "Cannot specify `provisionedResourceCleanup` when `cleanup` is set to `Cleanup.LAMBDA`. "
                "Use only `provisionedResourceCleanup`.", self)
        self._prefix = artifacts_bucket_location.prefix if artifacts_bucket_location is not None else None
        if artifacts_bucket_location is not None:
            self.artifacts_bucket: IBucket = artifacts_bucket_location.bucket
            """The bucket that stores the data of each run."""
        else:
            from l2 import s3

            self.artifacts_bucket = s3.Bucket(self, "ArtifactsBucket", encryption=s3.BucketEncryption.KMS_MANAGED,
                                              enforce_ssl=True, lifecycle_rules=artifacts_bucket_lifecycle_rules)
        self.role: IRole = role if role is not None else self._create_default_role(vpc)
        """The execution role of the canary."""
        self._connections: Connections | None = None
        if vpc is not None:
            from l2 import ec2

            self._connections = ec2.Connections()
        self._validate_dry_run_and_update(runtime, dry_run_and_update)
        self._validate_browser_configs(runtime, browser_configs)
        self._resource = CfnCanary(
            self,
            "Resource",
            artifact_s3_location=self.artifacts_bucket.s3_url_for_object(self._prefix),
            execution_role_arn=self.role.role_arn,
            start_canary_after_creation=True if start_after_creation is None else start_after_creation,
            runtime_version=runtime.name,
            name=self.physical_name,
            schedule=CfnCanary.ScheduleProperty(
                duration_in_seconds=_number(time_to_live.to_seconds() if time_to_live is not None else 0),
                expression=schedule.expression_string if schedule is not None else "rate(5 minutes)",
                retry_config=CfnCanary.RetryConfigProperty(max_retries=max_retries) if max_retries else None,
            ),
            failure_retention_period=(failure_retention_period.to_days()
                                      if failure_retention_period is not None else None),
            success_retention_period=(success_retention_period.to_days()
                                      if success_retention_period is not None else None),
            code=self._create_code(test, runtime),
            run_config=self._create_run_config(runtime, active_tracing, environment_variables, memory, timeout),
            vpc_config=self._create_vpc_config(vpc, vpc_subnets, security_groups),
            artifact_config=self._create_artifact_config(runtime, artifact_s3_encryption_mode, artifact_s3_kms_key),
            provisioned_resource_cleanup=(None if provisioned_resource_cleanup is None
                                          else ("AUTOMATIC" if provisioned_resource_cleanup else "OFF")),
            dry_run_and_update=dry_run_and_update,
            browser_configs=([CfnCanary.BrowserConfigProperty(browser_type=b.value) for b in browser_configs]
                             if browser_configs is not None else None),
            resources_to_replicate_tags=_replicate_tags(resources_to_replicate_tags),
            kms_key_arn=environment_encryption.key_arn if environment_encryption is not None else None,
        )
        if resources_to_replicate_tags is not None and len(resources_to_replicate_tags) == 0:
            Validations.of(self._resource).acknowledge({
                "id": "CloudFormation-Validate::F3032",
                "reason": "An empty list of resources to replicate tags is historically supported by this construct.",
            })
        self.canary_arn: str = Stack.of(self).format_arn(
            service="synthetics", resource="canary", resource_name=self.canary_name,
            arn_format=ArnFormat.COLON_RESOURCE_NAME)
        """The ARN of the canary."""
        if cleanup is Cleanup.LAMBDA:
            self._cleanup_underlying_resources()

    # -- imports ----------------------------------------------------------------------------------------------
    @staticmethod
    def from_canary_arn(scope: Construct, id: str, canary_arn: str) -> ICanary:
        """An existing canary, by ARN (``arn:...:synthetics:<region>:<account>:canary:<name>``)."""
        canary_name = Arn.split(canary_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name
        if not canary_name:
            raise ValidationError("Canary ARN must contain a canary name", scope)
        return Canary.from_canary_name(scope, id, canary_name)

    @staticmethod
    def from_canary_name(scope: Construct, id: str, canary_name: str) -> ICanary:
        """An existing canary, by name (in this stack's account and region)."""
        return _ImportedCanary(scope, id, canary_name)

    # -- attributes -------------------------------------------------------------------------------------------
    @property
    def canary_id(self) -> str:
        """The ID of the canary."""
        return self._resource.attr_id

    @property
    def canary_state(self) -> str:
        """The state of the canary (``RUNNING``, ``STOPPED``, ...)."""
        return self._resource.attr_state

    @property
    def canary_name(self) -> str:
        """The name of the canary."""
        return self.get_resource_name_attribute(self._resource.ref)

    @property
    def canary_ref(self) -> CanaryReference:
        """The canary's name."""
        return CanaryReference(canary_name=self.canary_name)

    @property
    def connections(self) -> Connections:
        """The security groups of a canary in a VPC (an error for a canary outside a VPC)."""
        if self._connections is None:
            raise ValidationError(
                'Only VPC-associated Canaries have security groups to manage. Supply the "vpc" parameter when '
                "creating the Canary.", self)
        return self._connections

    # -- metrics ----------------------------------------------------------------------------------------------
    def metric_duration(self, *, account: str | None = None, color: str | None = None,
                        dimensions_map: Mapping[str, str] | None = None, id: str | None = None,
                        label: str | None = None, period: Duration | None = None, region: str | None = None,
                        stack_account: str | None = None, stack_region: str | None = None,
                        statistic: str | None = None, unit: Unit | None = None,
                        visible: bool | None = None) -> Metric:
        """The duration of a canary run, in seconds (default: Average over 5 minutes)."""
        return self._metric("Duration", "Average", _metric_options(locals()))

    def metric_success_percent(self, *, account: str | None = None, color: str | None = None,
                               dimensions_map: Mapping[str, str] | None = None, id: str | None = None,
                               label: str | None = None, period: Duration | None = None, region: str | None = None,
                               stack_account: str | None = None, stack_region: str | None = None,
                               statistic: str | None = None, unit: Unit | None = None,
                               visible: bool | None = None) -> Metric:
        """The percentage of successful runs (default: Average over 5 minutes)."""
        return self._metric("SuccessPercent", "Average", _metric_options(locals()))

    def metric_failed(self, *, account: str | None = None, color: str | None = None,
                      dimensions_map: Mapping[str, str] | None = None, id: str | None = None,
                      label: str | None = None, period: Duration | None = None, region: str | None = None,
                      stack_account: str | None = None, stack_region: str | None = None,
                      statistic: str | None = None, unit: Unit | None = None, visible: bool | None = None) -> Metric:
        """The number of failed runs (default: Sum over 5 minutes)."""
        return self._metric("Failed", "Sum", _metric_options(locals()))

    def _metric(self, metric_name: str, statistic: str, options: dict[str, Any]) -> Metric:
        from l2 import cloudwatch

        props: dict[str, Any] = {"namespace": _NAMESPACE, "metric_name": metric_name,
                                 "dimensions_map": {"CanaryName": self.canary_name}, "statistic": statistic}
        props.update(options)
        return cloudwatch.Metric(**props).attach_to(self)

    # -- private ----------------------------------------------------------------------------------------------
    def _create_default_role(self, vpc: IVpc | None) -> IRole:
        from l2 import iam

        prefix = self._prefix
        stack = Stack.of(self)
        log_group_arn = stack.format_arn(service="logs", resource="log-group", resource_name="/aws/lambda/cwsyn-*",
                                         arn_format=ArnFormat.COLON_RESOURCE_NAME)
        policy = iam.PolicyDocument(statements=[
            iam.PolicyStatement(resources=["*"], actions=["s3:ListAllMyBuckets"]),
            iam.PolicyStatement(resources=[self.artifacts_bucket.bucket_arn], actions=["s3:GetBucketLocation"]),
            iam.PolicyStatement(resources=[self.artifacts_bucket.arn_for_objects(f"{prefix}/*" if prefix else "*")],
                                actions=["s3:PutObject"]),
            iam.PolicyStatement(resources=["*"], actions=["cloudwatch:PutMetricData"],
                                conditions={"StringEquals": {"cloudwatch:namespace": _NAMESPACE}}),
            iam.PolicyStatement(resources=[log_group_arn],
                                actions=["logs:CreateLogStream", "logs:CreateLogGroup", "logs:PutLogEvents"]),
        ])
        managed = []
        if vpc is not None:
            managed.append(iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaVPCAccessExecutionRole"))
        return iam.Role(self, "ServiceRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                        inline_policies={"canaryPolicy": policy}, managed_policies=managed)

    def _create_code(self, test: Test, runtime: Runtime) -> CfnCanary.CodeProperty:
        self._validate_handler(test.handler, runtime)
        config = test.code.bind(self, test.handler, runtime.family, runtime.name)
        location = config.s3_location
        return CfnCanary.CodeProperty(
            handler=test.handler,
            script=config.inline_code,
            s3_bucket=location.bucket_name if location is not None else None,
            s3_key=location.object_key if location is not None else None,
            s3_object_version=location.object_version if location is not None else None,
        )

    def _validate_handler(self, handler: str, runtime: Runtime) -> None:
        if runtime is Runtime.SYNTHETICS_PYTHON_SELENIUM_1_0:
            if not _LEGACY_HANDLER.search(handler):
                raise ValidationError(
                    f"Canary Handler must be specified as 'fileName.handler' for legacy runtimes, received {handler}",
                    self)
        elif not _HANDLER.search(handler):
            raise ValidationError(
                "Canary Handler must be specified either as 'fileName.handler', 'fileName.functionName', or "
                f"'folder/fileName.functionName', received {handler}", self)
        if not 1 <= len(handler) <= 128:
            raise ValidationError(f"Canary Handler length must be between 1 and 128, received {len(handler)}", self)

    def _create_run_config(self, runtime: Runtime, active_tracing: bool | None,
                           environment_variables: Mapping[str, str] | None, memory: Size | None,
                           timeout: Duration | None) -> CfnCanary.RunConfigProperty | None:
        if active_tracing is None and environment_variables is None and memory is None and timeout is None:
            return None
        if active_tracing and (runtime.family is not RuntimeFamily.NODEJS or (
                not Token.is_unresolved(runtime.name) and "playwright" in runtime.name)):
            raise ValidationError(
                "You can only enable active tracing for canaries that use canary runtime version 'syn-nodejs-2.0' "
                f"or later and are not using the Playwright runtime, got {runtime.name}.", self)
        memory_in_mb = None
        if memory is not None and not Token.is_unresolved(memory):
            memory_in_mb = _int(memory.to_mebibytes())
            if memory_in_mb % 64 != 0:
                raise ValidationError(f"`memory` must be a multiple of 64 MiB, got {_number(memory_in_mb)} MiB.", self)
            if memory_in_mb < 960 or memory_in_mb > 3008:
                raise ValidationError(
                    f"`memory` must be between 960 MiB and 3008 MiB, got {_number(memory_in_mb)} MiB.", self)
        timeout_in_seconds = None
        if timeout is not None and not Token.is_unresolved(timeout):
            millis = timeout.to_milliseconds()
            if millis % 1000 != 0:
                raise ValidationError(
                    f"`timeout` must be set as an integer representing seconds, got {_number(millis)} milliseconds.",
                    self)
            timeout_in_seconds = _int(timeout.to_seconds())
            if timeout_in_seconds < 3 or timeout_in_seconds > 840:
                raise ValidationError(
                    f"`timeout` must be between 3 seconds and 840 seconds, got {_number(timeout_in_seconds)} seconds.",
                    self)
        return CfnCanary.RunConfigProperty(active_tracing=active_tracing, environment_variables=environment_variables,
                                           memory_in_mb=memory_in_mb, timeout_in_seconds=timeout_in_seconds)

    def _create_vpc_config(self, vpc: IVpc | None, vpc_subnets: SubnetSelection | None,
                           security_groups: Sequence[ISecurityGroup] | None) -> CfnCanary.VPCConfigProperty | None:
        if vpc is None:
            if vpc_subnets is not None or security_groups is not None:
                raise ValidationError("You must provide the 'vpc' prop when using VPC-related properties.", self)
            return None
        from l2 import ec2

        names = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type")
        selection = {n: getattr(vpc_subnets, n) for n in names if getattr(vpc_subnets, n, None) is not None}
        subnet_ids = vpc.select_subnets(**selection).subnet_ids
        if len(subnet_ids) < 1:
            raise ValidationError("No matching subnets found in the VPC.", self)
        groups: list[Any]
        if security_groups:
            groups = list(security_groups)
        else:
            groups = [ec2.SecurityGroup(self, "SecurityGroup", vpc=vpc,
                                        description="Automatic security group for Canary " + Names.unique_id(self))]
        self.connections.add_security_group(*groups)
        return CfnCanary.VPCConfigProperty(
            vpc_id=vpc.vpc_id, subnet_ids=subnet_ids,
            security_group_ids=Lazy.list(lambda: [g.security_group_id for g in self.connections.security_groups]))

    def _create_artifact_config(self, runtime: Runtime, mode: ArtifactsEncryptionMode | None,
                                key: IKey | None) -> CfnCanary.ArtifactConfigProperty | None:
        if mode is None and key is None:
            return None
        if mode is ArtifactsEncryptionMode.S3_MANAGED and key is not None:
            raise ValidationError(
                "A customer-managed KMS key was provided, but the encryption mode is not set to SSE-KMS, got: "
                f"{mode.value}.", self)
        if runtime.family is not RuntimeFamily.NODEJS and mode is not None:
            raise ValidationError(
                "Artifact encryption is only supported for canaries that use Synthetics runtime version "
                f"`syn-nodejs-puppeteer-3.3` or later and the Playwright runtime, got {runtime.name}.", self)
        encryption_mode = mode if mode is not None else ArtifactsEncryptionMode.KMS
        encryption_key = None
        if encryption_mode is ArtifactsEncryptionMode.KMS:
            if key is not None:
                encryption_key = key
            else:
                from l2 import kms

                encryption_key = kms.Key(self, "Key", description=f"Created by {self.node.path}")
        if encryption_key is not None:
            encryption_key.grant_encrypt_decrypt(self.role)
        return CfnCanary.ArtifactConfigProperty(s3_encryption=CfnCanary.S3EncryptionProperty(
            encryption_mode=encryption_mode.value,
            kms_key_arn=encryption_key.key_arn if encryption_key is not None else None))

    def _validate_dry_run_and_update(self, runtime: Runtime, dry_run_and_update: bool | None) -> None:
        name = runtime.name
        if dry_run_and_update is not True or Token.is_unresolved(name):
            return
        match = _DRY_RUN_RUNTIME.match(name)
        if match is None or float(match.group(2)) < _DRY_RUN_MIN[match.group(1)]:
            raise ValidationError(
                "dryRunAndUpdate is only supported for canary runtime versions 'syn-nodejs-puppeteer-10.0+', "
                f"'syn-nodejs-playwright-2.0+', or 'syn-python-selenium-5.1+', got: {name}", self)

    def _validate_browser_configs(self, runtime: Runtime, browser_configs: Sequence[BrowserType] | None) -> None:
        if browser_configs is None:
            return
        if len(browser_configs) > 2:
            raise ValidationError(
                f"You can specify up to 2 browser configurations, got: {len(browser_configs)}.", self)
        if len(browser_configs) == 0:
            raise ValidationError("browserConfigs must contain at least one browser type if specified.", self)
        if BrowserType.FIREFOX in browser_configs and not Token.is_unresolved(runtime.name) \
                and "python-selenium" in runtime.name:
            raise ValidationError(
                "Firefox browser is not supported with Python Selenium runtimes. Use Chrome instead or switch to a "
                "Node.js runtime with Puppeteer or Playwright.", self)

    def _cleanup_underlying_resources(self) -> None:
        stack = Stack.of(self)
        lambda_arn = stack.format_arn(service="lambda", resource="function", resource_name="cwsyn-*",
                                      arn_format=ArnFormat.COLON_RESOURCE_NAME)
        provider = CustomResourceProvider.get_or_create_provider(
            self,
            AUTO_DELETE_RESOURCE_TYPE,
            code_directory=HANDLER_DIR,
            runtime=CustomResourceProviderRuntime.PYTHON_3_13,
            handler="index.handler",
            use_cfn_response_wrapper=False,
            description=f"Lambda function for auto-deleting underlying resources created by {self.canary_name}.",
            policy_statements=[
                {"Effect": "Allow", "Action": ["lambda:DeleteFunction"], "Resource": lambda_arn},
                {"Effect": "Allow", "Action": ["synthetics:GetCanary"], "Resource": "*"},
            ],
        )
        CustomResource(self, "AutoDeleteUnderlyingResourcesCustomResource", resource_type=AUTO_DELETE_RESOURCE_TYPE,
                       service_token=provider.service_token, properties={"CanaryName": self.canary_name})
        Tags.of(self._resource).add(AUTO_DELETE_TAG, "true")

    def _generate_unique_name(self) -> str:
        import hashlib

        name = Names.unique_id(self).lower().replace(" ", "-", 1)
        if len(name) <= 21:
            return name
        return name[:15] + hashlib.sha256(name.encode()).hexdigest()[:6]


def _replicate_tags(resources: Sequence[ResourceToReplicateTags] | None) -> list[str] | None:
    if resources is None:
        return None
    if len(resources) == 0:
        # aws-cdk-lib renders the empty list (and acknowledges the schema's minimum of 1 item): a token keeps the
        # L1's check of the minimum out of the way
        return Lazy.list(lambda: [])
    return [r.value for r in resources]


def _validate_name(name: str) -> None:
    if len(name) > 255:
        raise UnscopedValidationError(
            f'Canary name is too large, must be between 1 and 255 characters, but is {len(name)} (got "{name}")')
    if not _NAME.search(name):
        raise UnscopedValidationError(f'Canary name must be lowercase, numbers, hyphens, or underscores (got "{name}")')


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _int(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
