"""integ.s3-objects-item-reader: S3ObjectsItemReader with the bucket given or named by a JSONPath."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_stepfunctions import DistributedMap, JsonPath, Pass, S3ObjectsItemReader, StateMachine

TEST_NAME = "S3ObjectsItemReaderTest"

app = cdk.App()
stack = cdk.Stack(app, f"{TEST_NAME}Stack")
bucket = s3.Bucket(stack, f"{TEST_NAME}Bucket", auto_delete_objects=True,
                   bucket_name=f"bucket-item-reader-path-{stack.account}-{stack.region}",
                   removal_policy=cdk.RemovalPolicy.DESTROY)


def create_state_machine(distributed_map, map_type):
    name = f"{TEST_NAME}StateMachine{map_type}"
    state_machine = StateMachine(stack, name, definition=distributed_map, state_machine_name=name)
    state_machine.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"],
                                                         resources=[bucket.arn_for_objects("*")]))
    state_machine.add_to_role_policy(iam.PolicyStatement(actions=["s3:ListBucket"], resources=[bucket.bucket_arn]))
    return state_machine


dynamic_map = DistributedMap(stack, f"{TEST_NAME}DynamicMap", item_reader=S3ObjectsItemReader(
    bucket_name_path=JsonPath.string_at("$.bucketName"), prefix=JsonPath.string_at("$.prefix"),
))
dynamic_map.item_processor(Pass(stack, f"{TEST_NAME}DynamicPass"))
create_state_machine(dynamic_map, "Dynamic")
static_map = DistributedMap(stack, f"{TEST_NAME}StaticMap", item_reader=S3ObjectsItemReader(
    bucket=bucket, prefix=JsonPath.string_at("$.prefix"),
))
static_map.item_processor(Pass(stack, f"{TEST_NAME}StaticPass"))
create_state_machine(static_map, "Static")

app.synth()
