"""``LaunchTemplate``: the launch parameters of instances (``AWS::EC2::LaunchTemplate``), for Auto Scaling groups,
fleets and instances."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Construct,
    Duration,
    Expiration,
    FeatureFlags,
    Fn,
    Lazy,
    Resource,
    TagManager,
    Tags,
    TagType,
    Token,
    ValidationError,
)
from constructs.internals import structs
from l2.ec2._block_devices import BlockDevice, launch_template_block_device_mappings
from l2.ec2._connections import Connections
from l2.ec2._instance import CpuCredits, InstanceInitiatedShutdownBehavior
from l2.ec2._instance_types import InstanceType
from l2.ec2._interfaces import ILaunchTemplate, LaunchTemplateReference
from l2.ec2._machine_image import IMachineImage
from l2.ec2._user_data import UserData

if TYPE_CHECKING:
    from l2.ec2._key_pair import IKeyPair
    from l2.ec2._placement_group import IPlacementGroup
    from l2.ec2._security_group import ISecurityGroup
    from l2.iam import IInstanceProfile, IPrincipal, IRole


class SpotInstanceInterruption(enum.Enum):
    """What happens to a spot instance when it is interrupted."""

    STOP = "stop"
    TERMINATE = "terminate"
    HIBERNATE = "hibernate"


class SpotRequestType(enum.Enum):
    """The spot request type."""

    ONE_TIME = "one-time"
    PERSISTENT = "persistent"


class LaunchTemplateHttpTokens(enum.Enum):
    """Whether instance metadata requests need a session token (IMDSv2)."""

    OPTIONAL = "optional"
    REQUIRED = "required"


class LaunchTemplateSpecialVersions:
    """The special version names of a launch template."""

    LATEST_VERSION = "$Latest"
    """The latest version."""
    DEFAULT_VERSION = "$Default"
    """The default version."""


@structs.frozen(kw_only=True)
class LaunchTemplateSpotOptions:
    """Spot options of a launch template.

    Args:
        block_duration: a spot block of 1 to 6 hours.
        interruption_behavior: what to do on interruption (default terminate).
        max_price: the maximum hourly price (default: the on-demand price).
        request_type: one-time (default) or persistent.
        valid_until: when a persistent request ends.
    """

    block_duration: Duration | None = None
    interruption_behavior: SpotInstanceInterruption | None = None
    max_price: int | float | None = None
    request_type: SpotRequestType | None = None
    valid_until: Expiration | None = None


@structs.frozen(kw_only=True)
class LaunchTemplateCpuOptions:
    """CPU options of a launch template.

    Args:
        amd_sev_snp: AMD SEV-SNP.
        core_count: the number of CPU cores.
        nested_virtualization: nested virtualization.
        threads_per_core: threads per core.
    """

    amd_sev_snp: bool | None = None
    core_count: int | float | None = None
    nested_virtualization: bool | None = None
    threads_per_core: int | float | None = None


@structs.frozen(kw_only=True)
class LaunchTemplateAttributes:
    """An existing launch template: exactly one of its id or name, and a version.

    Args:
        launch_template_id: its id.
        launch_template_name: its name.
        version_number: the version (default ``$Default``).
    """

    launch_template_id: str | None = None
    launch_template_name: str | None = None
    version_number: str | None = None


@structs.frozen(kw_only=True)
class LaunchTemplateProps:
    """The properties of a ``LaunchTemplate`` (see ``LaunchTemplate`` for each keyword)."""

    associate_public_ip_address: bool | None = None
    block_devices: Sequence[BlockDevice] | None = None
    cpu_credits: CpuCredits | None = None
    cpu_options: LaunchTemplateCpuOptions | None = None
    detailed_monitoring: bool | None = None
    disable_api_termination: bool | None = None
    ebs_optimized: bool | None = None
    hibernation_configured: bool | None = None
    http_endpoint: bool | None = None
    http_protocol_ipv6: bool | None = None
    http_put_response_hop_limit: int | float | None = None
    http_tokens: LaunchTemplateHttpTokens | None = None
    instance_initiated_shutdown_behavior: InstanceInitiatedShutdownBehavior | None = None
    instance_metadata_tags: bool | None = None
    instance_profile: IInstanceProfile | None = None
    instance_type: InstanceType | None = None
    key_name: str | None = None
    key_pair: IKeyPair | None = None
    launch_template_name: str | None = None
    machine_image: IMachineImage | None = None
    nitro_enclave_enabled: bool | None = None
    placement_group: IPlacementGroup | None = None
    require_imdsv2: bool | None = None
    role: IRole | None = None
    security_group: ISecurityGroup | None = None
    spot_options: LaunchTemplateSpotOptions | None = None
    user_data: UserData | None = None
    version_description: str | None = None


class _ImportedLaunchTemplate(Resource):
    def __init__(self, scope: Construct, id: str, attrs: LaunchTemplateAttributes) -> None:
        super().__init__(scope, id)
        self.version_number = attrs.version_number or LaunchTemplateSpecialVersions.DEFAULT_VERSION
        self.launch_template_id = attrs.launch_template_id
        self.launch_template_name = attrs.launch_template_name

    @property
    def launch_template_ref(self) -> LaunchTemplateReference:
        if not self.launch_template_id:
            raise ValidationError(
                "You must set launchTemplateId in LaunchTemplate.fromLaunchTemplateAttributes() in order to use the "
                "LaunchTemplate in this API",
                self,
            )
        return LaunchTemplateReference(launch_template_id=self.launch_template_id)


def _flag(value: bool | None) -> str | None:
    return None if value is None else ("enabled" if value else "disabled")


def _utc_string(expiration: Expiration) -> str:
    import datetime as _dt

    return expiration.date.astimezone(_dt.UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


class LaunchTemplate(Resource):
    """A launch template. Every launch parameter is optional.

    Args:
        launch_template_name: the name (default: generated by CloudFormation).
        version_description: the description of the first version (at most 255 characters).
        machine_image: the AMI (its OS and user data are used).
        instance_type: the instance type.
        user_data: the user data (default: none; the image's with ``@aws-cdk/aws-ec2:launchTemplateDefaultUserData``
            or ``@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig``).
        role: an instance role (an instance profile ``Profile`` is made for it); not with ``instance_profile``.
        instance_profile: an existing instance profile.
        security_group: the first security group (more with ``add_security_group``).
        key_name: an existing key pair name (deprecated: use ``key_pair``).
        key_pair: the SSH key pair.
        block_devices: the block device mappings.
        cpu_credits: the credit option of burstable types.
        cpu_options: core count, threads per core, AMD SEV-SNP, nested virtualization.
        detailed_monitoring: one-minute CloudWatch metrics instead of five-minute ones (default: unset).
        disable_api_termination: protect launched instances from termination through the API (default: unset).
        ebs_optimized: dedicated EBS throughput for launched instances (default: unset).
        hibernation_configured: let launched instances hibernate (default: unset).
        nitro_enclave_enabled: enable Nitro Enclaves on launched instances (default: unset).
        instance_initiated_shutdown_behavior: stop or terminate when the OS shuts down (default: unset, EC2 stops).
        spot_options: launch spot instances.
        associate_public_ip_address: configure the primary network interface with a public IP.
        placement_group: the placement group.
        require_imdsv2: require session tokens (IMDSv2).
        http_endpoint, http_protocol_ipv6, http_put_response_hop_limit, http_tokens, instance_metadata_tags:
            instance metadata options.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.LaunchTemplate"
    """The id that property injectors of this class name."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        associate_public_ip_address: bool | None = None,
        block_devices: Sequence[BlockDevice] | None = None,
        cpu_credits: CpuCredits | None = None,
        cpu_options: LaunchTemplateCpuOptions | None = None,
        detailed_monitoring: bool | None = None,
        disable_api_termination: bool | None = None,
        ebs_optimized: bool | None = None,
        hibernation_configured: bool | None = None,
        http_endpoint: bool | None = None,
        http_protocol_ipv6: bool | None = None,
        http_put_response_hop_limit: int | float | None = None,
        http_tokens: LaunchTemplateHttpTokens | None = None,
        instance_initiated_shutdown_behavior: InstanceInitiatedShutdownBehavior | None = None,
        instance_metadata_tags: bool | None = None,
        instance_profile: IInstanceProfile | None = None,
        instance_type: InstanceType | None = None,
        key_name: str | None = None,
        key_pair: IKeyPair | None = None,
        launch_template_name: str | None = None,
        machine_image: IMachineImage | None = None,
        nitro_enclave_enabled: bool | None = None,
        placement_group: IPlacementGroup | None = None,
        require_imdsv2: bool | None = None,
        role: IRole | None = None,
        security_group: ISecurityGroup | None = None,
        spot_options: LaunchTemplateSpotOptions | None = None,
        user_data: UserData | None = None,
        version_description: str | None = None,
    ) -> None:
        from l1.ec2 import CfnLaunchTemplate
        from l2 import iam

        super().__init__(scope, id)
        spot_hours = None
        if spot_options is not None and spot_options.block_duration is not None:
            spot_hours = spot_options.block_duration.to_hours(integral=True)
        if spot_hours is not None and (spot_hours < 1 or spot_hours > 6):
            Annotations.of(self).add_error("Spot block duration must be exactly 1, 2, 3, 4, 5, or 6 hours.")
        if http_put_response_hop_limit is not None and (
            http_put_response_hop_limit < 1 or http_put_response_hop_limit > 64
        ):
            Annotations.of(self).add_error("HttpPutResponseHopLimit must between 1 and 64")
        if instance_profile is not None and role is not None:
            raise ValidationError("You cannot provide both an instanceProfile and a role", self)
        if key_name and key_pair is not None:
            raise ValidationError("Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'", self)
        self.role: Any = None
        profile_arn = None
        if instance_profile is not None:
            self.role = getattr(instance_profile, "role", None)
            profile_arn = instance_profile.instance_profile_arn  # type: ignore[attr-defined]
        elif role is not None:
            self.role = role
            profile_arn = iam.CfnInstanceProfile(self, "Profile", roles=[role.role_name]).attr_arn
        self._grant_principal = self.role
        self._connections = Connections(security_groups=[security_group]) if security_group is not None else None

        def produce_groups() -> Any:
            if self._connections is not None and self._connections.security_groups:
                return [sg.security_group_id for sg in self._connections.security_groups]
            return None

        groups_token = Lazy.list(produce_groups)
        image = machine_image.get_image(self) if machine_image is not None else None
        self.os_type = image.os_type if image is not None else None
        self.image_id = image.image_id if image is not None else None
        if self.os_type is not None and key_pair is not None and not key_pair._is_os_compatible(self.os_type):
            raise ValidationError(f"{getattr(key_pair.type, 'value', None)} keys are not compatible with the chosen AMI", self)
        flags = FeatureFlags.of(self)
        if flags.is_enabled("@aws-cdk/aws-ec2:launchTemplateDefaultUserData") or flags.is_enabled(
            "@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig"
        ):
            self.user_data = user_data if user_data is not None else (image.user_data if image is not None else None)
        else:
            self.user_data = user_data

        def produce_user_data() -> Any:
            return Fn.base64(self.user_data.render()) if self.user_data is not None else None

        user_data_token = Lazy.string(produce_user_data)
        self.instance_type = instance_type
        market = None
        if spot_options is not None:
            spot = CfnLaunchTemplate.SpotOptionsProperty(
                block_duration_minutes=spot_hours * 60 if spot_hours is not None else None,
                instance_interruption_behavior=spot_options.interruption_behavior.value
                if spot_options.interruption_behavior is not None else None,
                max_price=_price(spot_options.max_price),
                spot_instance_type=spot_options.request_type.value if spot_options.request_type is not None else None,
                valid_until=_utc_string(spot_options.valid_until) if spot_options.valid_until is not None else None,
            )
            empty = not any([spot_hours, spot_options.interruption_behavior, spot_options.max_price,
                             spot_options.request_type, spot_options.valid_until])
            market = CfnLaunchTemplate.InstanceMarketOptionsProperty(
                market_type="spot", spot_options=None if empty else spot,
            )
        self.tags = TagManager(TagType.KEY_VALUE, "AWS::EC2::LaunchTemplate")

        def produce_tag_specs() -> Any:
            if not self.tags.has_tags():
                return None
            tags = _tags(self.tags)
            return [CfnLaunchTemplate.TagSpecificationProperty(resource_type="instance", tags=tags),
                    CfnLaunchTemplate.TagSpecificationProperty(resource_type="volume", tags=tags)]

        def produce_lt_tag_specs() -> Any:
            if not self.tags.has_tags():
                return None
            return [CfnLaunchTemplate.LaunchTemplateTagSpecificationProperty(
                resource_type="launch-template", tags=_tags(self.tags))]

        interfaces = (
            [CfnLaunchTemplate.NetworkInterfaceProperty(
                device_index=0, associate_public_ip_address=associate_public_ip_address, groups=groups_token,
            )]
            if associate_public_ip_address is not None
            else None
        )
        if version_description and not Token.is_unresolved(version_description) and len(version_description) > 255:
            raise ValidationError(
                f"versionDescription must be less than or equal to 255 characters, got {len(version_description)}",
                self,
            )
        self._resource = CfnLaunchTemplate(
            self,
            "Resource",
            launch_template_name=launch_template_name,
            version_description=version_description,
            launch_template_data=CfnLaunchTemplate.LaunchTemplateDataProperty(
                block_device_mappings=launch_template_block_device_mappings(self, block_devices)
                if block_devices is not None else None,
                credit_specification=CfnLaunchTemplate.CreditSpecificationProperty(cpu_credits=cpu_credits.value)
                if cpu_credits is not None else None,
                cpu_options=_cpu_options(cpu_options),
                disable_api_termination=disable_api_termination,
                ebs_optimized=ebs_optimized,
                enclave_options=CfnLaunchTemplate.EnclaveOptionsProperty(enabled=nitro_enclave_enabled)
                if nitro_enclave_enabled is not None else None,
                hibernation_options=CfnLaunchTemplate.HibernationOptionsProperty(configured=hibernation_configured)
                if hibernation_configured is not None else None,
                iam_instance_profile=CfnLaunchTemplate.IamInstanceProfileProperty(arn=profile_arn)
                if profile_arn is not None else None,
                image_id=image.image_id if image is not None else None,
                instance_type=instance_type.to_string() if instance_type is not None else None,
                instance_initiated_shutdown_behavior=instance_initiated_shutdown_behavior.value
                if instance_initiated_shutdown_behavior is not None else None,
                instance_market_options=market,
                key_name=key_pair.key_pair_name if key_pair is not None else key_name,
                monitoring=CfnLaunchTemplate.MonitoringProperty(enabled=detailed_monitoring)
                if detailed_monitoring is not None else None,
                security_group_ids=None if interfaces else groups_token,
                tag_specifications=Lazy.any(produce_tag_specs),
                user_data=user_data_token,
                metadata_options=self._metadata_options(
                    require_imdsv2, http_endpoint, http_protocol_ipv6, http_put_response_hop_limit, http_tokens,
                    instance_metadata_tags,
                ),
                network_interfaces=interfaces,
                placement=CfnLaunchTemplate.PlacementProperty(group_name=placement_group.placement_group_name)
                if placement_group is not None else None,
            ),
            tag_specifications=Lazy.any(produce_lt_tag_specs),
        )
        if self.role is not None:
            self._resource.node.add_dependency(self.role)
        Tags.of(self).add("Name", self.node.path)
        self.default_version_number: str = self._resource.attr_default_version_number
        self.latest_version_number: str = self._resource.attr_latest_version_number
        self.launch_template_id: str = self._resource.ref
        self.launch_template_name: str | None = None  # aws-cdk-lib leaves it unset

    def _metadata_options(
        self,
        require_imdsv2: bool | None,
        http_endpoint: bool | None,
        http_protocol_ipv6: bool | None,
        hop_limit: int | float | None,
        http_tokens: LaunchTemplateHttpTokens | None,
        metadata_tags: bool | None,
    ) -> Any:
        from l1.ec2 import CfnLaunchTemplate

        if require_imdsv2 is True and http_tokens == LaunchTemplateHttpTokens.OPTIONAL:
            Annotations.of(self).add_error("httpTokens must be required when requireImdsv2 is true")
        if all(v is None for v in (http_endpoint, http_protocol_ipv6, hop_limit, http_tokens, metadata_tags)) and (
            require_imdsv2 is not True
        ):
            return None
        tokens = LaunchTemplateHttpTokens.REQUIRED if require_imdsv2 is True else http_tokens
        return CfnLaunchTemplate.MetadataOptionsProperty(
            http_endpoint=_flag(http_endpoint),
            http_protocol_ipv6=_flag(http_protocol_ipv6),
            http_put_response_hop_limit=hop_limit,
            http_tokens=tokens.value if tokens is not None else None,
            instance_metadata_tags=_flag(metadata_tags),
        )

    @property
    def version_number(self) -> str:
        """The latest version number (``LatestVersionNumber``)."""
        return Token.as_string(self._resource.get_att("LatestVersionNumber"))

    @property
    def launch_template_ref(self) -> LaunchTemplateReference:
        """A reference to this launch template."""
        return LaunchTemplateReference(launch_template_id=self.launch_template_id)

    @property
    def connections(self) -> Connections:
        """The security groups (only when a ``security_group`` was given)."""
        if self._connections is None:
            raise ValidationError(
                "LaunchTemplate can only be used as IConnectable if a securityGroup is provided when constructing it.",
                self,
            )
        return self._connections

    @property
    def grant_principal(self) -> IPrincipal:
        """The role (only when a ``role`` or an instance profile with a role was given)."""
        if self._grant_principal is None:
            raise ValidationError(
                "LaunchTemplate can only be used as IGrantable if a role is provided when constructing it.", self
            )
        return self._grant_principal

    def add_security_group(self, security_group: ISecurityGroup) -> None:
        """Add a security group (only when one was given to the constructor)."""
        if self._connections is None:
            raise ValidationError(
                "LaunchTemplate can only be added a securityGroup if another securityGroup is initialized in the "
                "constructor.",
                self,
            )
        self._connections.add_security_group(security_group)

    @staticmethod
    def from_launch_template_attributes(
        scope: Construct,
        id: str,
        *,
        launch_template_id: str | None = None,
        launch_template_name: str | None = None,
        version_number: str | None = None,
    ) -> ILaunchTemplate:
        """An existing launch template, by id or by name."""
        if bool(launch_template_id) == bool(launch_template_name):
            raise ValidationError(
                "LaunchTemplate.fromLaunchTemplateAttributes() requires exactly one of launchTemplateId or "
                "launchTemplateName be provided.",
                scope,
            )
        return _ImportedLaunchTemplate(scope, id, LaunchTemplateAttributes(
            launch_template_id=launch_template_id, launch_template_name=launch_template_name,
            version_number=version_number,
        ))


def _tags(manager: TagManager) -> list[Any]:
    from constructs import CfnTag

    return [CfnTag(key=t["Key"], value=t["Value"]) for t in manager.render_tags()]


def _price(value: int | float | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else repr(value)


def _cpu_options(options: LaunchTemplateCpuOptions | None) -> Any:
    from l1.ec2 import CfnLaunchTemplate

    if options is None or all(
        v is None for v in (options.amd_sev_snp, options.core_count, options.nested_virtualization,
                            options.threads_per_core)
    ):
        return None
    return CfnLaunchTemplate.CpuOptionsProperty(
        amd_sev_snp=_flag(options.amd_sev_snp),
        core_count=options.core_count,
        nested_virtualization=_flag(options.nested_virtualization),
        threads_per_core=options.threads_per_core,
    )
