"""Port of aws-cdk's integ test aws-batch/integ.eks-job-definition.ts: an EKS job definition with every container
option and emptyDir, secret and hostPath volumes."""

from aws_cdk import App, Size, Stack
from aws_cdk import aws_batch as batch
from aws_cdk.aws_ecs import ContainerImage

app = App()
stack = Stack(app, "stack")

batch.EksJobDefinition(
    stack, "EksJobDefn",
    container=batch.EksContainerDefinition(
        stack, "EksContainer",
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
        args=["foo"],
        command=["echo foo"],
        env={"foo": "bar"},
        cpu_limit=8,
        cpu_reservation=4,
        memory_limit=Size.mebibytes(8192),
        memory_reservation=Size.mebibytes(8192),
        gpu_limit=12,
        gpu_reservation=12,
        image_pull_policy=batch.ImagePullPolicy.ALWAYS,
        name="myBigCoolVolume",
        privileged=True,
        readonly_root_filesystem=False,
        run_as_group=1,
        run_as_root=False,
        run_as_user=20,
        volumes=[
            batch.EksVolume.empty_dir(
                name="woah",
                mount_path="/mount/path",
                medium=batch.EmptyDirMediumType.MEMORY,
                readonly=True,
                size_limit=Size.mebibytes(2048),
            ),
            batch.EksVolume.secret(
                name="secretVolumeName",
                secret_name="secretName",
                mount_path="/secret/path",
                optional=False,
            ),
            batch.EksVolume.secret(
                name="defaultOptionalSettingSecretVolume",
                secret_name="NewSecretName",
                mount_path="/secret/path2",
            ),
            batch.EksVolume.host_path(
                name="hostPath",
                host_path="/foo/bar",
                mount_path="/fooasdfadfs",
            ),
        ],
    ),
    skip_deregister_on_update=True,
)

app.synth()
