"""Port of aws-codebuild integ.project-docker-server: a GitHub-sourced project with a Docker server (compute type
and security group)."""

from aws_cdk import App, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_codebuild import BuildEnvironment, BuildSpec, ComputeType, DockerServerComputeType, \
    DockerServerOptions, Project, Source

app = App()
stack = Stack(app, "codebuild-project-docker-server")
vpc = ec2.Vpc(stack, "Vpc", restrict_default_security_group=False)
sg = ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)
Project(stack, "MyProject",
        source=Source.git_hub(owner="dockersamples", repo="helloworld-demo-python"),
        build_spec=BuildSpec.from_object({"version": "0.2",
                                          "phases": {"build": {"commands": ["cd sample", "docker buildx build ."]}}}),
        environment=BuildEnvironment(compute_type=ComputeType.SMALL,
                                     docker_server=DockerServerOptions(compute_type=DockerServerComputeType.SMALL,
                                                                       security_groups=[sg])))
app.synth()
