"""Fargate, EC2 and External task definitions with containers using most options: ports, health check,
environment, secrets, mounts, volumes, ulimits, Linux parameters, dependencies, links, log drivers."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "TaskDefinitions")
secret = secretsmanager.Secret(stack, "Secret")
parameter = ssm.StringParameter(stack, "Parameter", string_value="v")

fargate = ecs.FargateTaskDefinition(
    stack, "Fargate", cpu=512, memory_limit_mib=1024, ephemeral_storage_gib=40,
    runtime_platform=ecs.RuntimePlatform(cpu_architecture=ecs.CpuArchitecture.ARM64,
                                         operating_system_family=ecs.OperatingSystemFamily.LINUX))
web = fargate.add_container(
    "web", image=ecs.ContainerImage.from_registry("public.ecr.aws/nginx/nginx:latest"),
    port_mappings=[ecs.PortMapping(container_port=80, name="http", app_protocol=ecs.AppProtocol.http)],
    environment={"STAGE": "prod", "MODE": "fast"},
    secrets={"PASSWORD": ecs.Secret.from_secrets_manager(secret, "password"),
             "PARAM": ecs.Secret.from_ssm_parameter(parameter)},
    health_check=ecs.HealthCheck(command=["curl -f http://localhost/ || exit 1"], interval=cdk.Duration.seconds(20),
                                 start_period=cdk.Duration.seconds(10)),
    logging=ecs.LogDrivers.aws_logs(stream_prefix="web", mode=ecs.AwsLogDriverMode.NON_BLOCKING,
                                    max_buffer_size=cdk.Size.mebibytes(25)),
    readonly_root_filesystem=True, stop_timeout=cdk.Duration.seconds(30), essential=True,
    enable_restart_policy=True, restart_ignored_exit_codes=[0, 127], restart_attempt_period=cdk.Duration.seconds(90),
    docker_labels={"team": "a"}, working_directory="/srv", user="1000", command=["nginx", "-g", "daemon off;"])
web.add_ulimits(ecs.Ulimit(name=ecs.UlimitName.NOFILE, soft_limit=1024, hard_limit=4096))
sidecar = fargate.add_container("sidecar", image=ecs.ContainerImage.from_registry("busybox"), essential=False,
                                cpu=128, memory_reservation_mib=64, entry_point=["sh", "-c"],
                                logging=ecs.LogDrivers.splunk(secret_token=ecs.Secret.from_secrets_manager(secret),
                                                              url="https://splunk.example.com", index="main",
                                                              gzip=True, gzip_level=5))
web.add_container_dependencies(ecs.ContainerDependency(container=sidecar,
                                                       condition=ecs.ContainerDependencyCondition.START))
fargate.add_volume(name="data")
web.add_mount_points(ecs.MountPoint(container_path="/data", source_volume="data", read_only=False))
sidecar.add_volumes_from(ecs.VolumeFrom(source_container="web", read_only=True))

ec2_task = ecs.Ec2TaskDefinition(stack, "Ec2", network_mode=ecs.NetworkMode.BRIDGE, ipc_mode=ecs.IpcMode.HOST,
                                 placement_constraints=[ecs.PlacementConstraint.member_of("attribute:type == a")])
linux = ecs.LinuxParameters(stack, "Linux", init_process_enabled=True, shared_memory_size=128,
                            max_swap=cdk.Size.gibibytes(1), swappiness=10)
linux.add_capabilities(ecs.Capability.NET_ADMIN)
linux.drop_capabilities(ecs.Capability.SYS_ADMIN)
linux.add_devices(ecs.Device(host_path="/dev/fuse", permissions=[ecs.DevicePermission.READ]))
linux.add_tmpfs(ecs.Tmpfs(container_path="/tmp", size=64, mount_options=[ecs.TmpfsMountOption.NOEXEC]))
app_c = ec2_task.add_container("app", image=ecs.ContainerImage.from_registry("amazon/app"), memory_limit_mib=512,
                               memory_reservation_mib=256, linux_parameters=linux, privileged=True,
                               port_mappings=[ecs.PortMapping(container_port=8080),
                                              ecs.PortMapping(container_port=53, protocol=ecs.Protocol.UDP,
                                                              host_port=53)],
                               extra_hosts={"db": "10.0.0.5"}, dns_servers=["10.0.0.2"], hostname="app",
                               system_controls=[ecs.SystemControl(namespace="net.core.somaxconn", value="1024")],
                               logging=ecs.LogDrivers.syslog(address="udp://10.0.0.9:514", tag="app"))
db = ec2_task.add_container("db", image=ecs.ContainerImage.from_registry("postgres"), memory_limit_mib=256,
                            logging=ecs.LogDrivers.json_file(max_size="10m", max_file=3, labels=["a", "b"]))
app_c.add_link(db, "database")
app_c.add_scratch(container_path="/scratch", name="scratch", read_only=False, source_path="/var/scratch")
ec2_task.add_volume(name="docker", docker_volume_configuration=ecs.DockerVolumeConfiguration(
    driver="local", scope=ecs.Scope.SHARED, autoprovision=True, labels={"a": "b"}))

external = ecs.ExternalTaskDefinition(stack, "External")
external.add_container("ext", image=ecs.ContainerImage.from_registry("amazon/ext"), memory_limit_mib=128,
                       logging=ecs.LogDrivers.gelf(address="udp://1.2.3.4:12201",
                                                   compression_type=ecs.GelfCompressionType.GZIP))
cdk.CfnOutput(stack, "Family", value=fargate.family)
app.synth()
