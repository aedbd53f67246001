"""Port of aws-cdk's integ test aws-batch/integ.multinode-job-definition.ts: multi-node job definitions with one
container, with an instance type and a container added later.

Adapted to 2.275: the ``UnlimitedNodeContainerJob`` definition is left out (its ``numNodes`` and open-ended node
ranges are newer than 2.275).
"""

from aws_cdk import App, Size, Stack
from aws_cdk import aws_batch as batch
from aws_cdk.aws_ec2 import InstanceClass, InstanceSize, InstanceType
from aws_cdk.aws_ecs import ContainerImage

app = App()
stack = Stack(app, "stack")

batch.MultiNodeJobDefinition(
    stack, "SingleContainerMultiNodeJob",
    containers=[batch.MultiNodeContainer(
        start_node=0,
        end_node=10,
        container=batch.EcsEc2ContainerDefinition(
            stack, "myContainer",
            image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
            cpu=256,
            memory=Size.mebibytes(2048),
        ),
    )],
    propagate_tags=True,
)

multinode_job = batch.MultiNodeJobDefinition(
    stack, "MultiContainerMultiNodeJob",
    instance_type=InstanceType.of(InstanceClass.R4, InstanceSize.LARGE),
    containers=[batch.MultiNodeContainer(
        start_node=0,
        end_node=10,
        container=batch.EcsEc2ContainerDefinition(
            stack, "multinodecontainer",
            image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
            cpu=256,
            memory=Size.mebibytes(2048),
        ),
    )],
)

multinode_job.add_container(
    start_node=11,
    end_node=20,
    container=batch.EcsEc2ContainerDefinition(
        stack, "multiContainer",
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
        cpu=256,
        memory=Size.mebibytes(2048),
    ),
)

app.synth()
