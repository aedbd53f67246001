"""PhysicalName.GENERATE_IF_NEEDED: a name is generated (and written into the producer) only when another
environment uses the resource; long stack names and deep paths are cut as aws-cdk-lib cuts them."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from constructs import Construct

app = cdk.App()
home = cdk.Environment(account="111111111111", region="us-east-1")
producer = cdk.Stack(
    app, "ProducerWithAVeryLongStackNameThatIsCut", env=home, stack_name="producer-with-a-very-long-stack-name-cut"
)
deep = Construct(Construct(producer, "SomeRatherLongGroupName"), "AndAnotherNestedLevel")
bucket = s3.Bucket(deep, "Bucket", bucket_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
queue = sqs.Queue(producer, "Queue", queue_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
topic = sns.Topic(producer, "Topic", topic_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
role = iam.Role(
    producer, "Role", role_name=cdk.PhysicalName.GENERATE_IF_NEEDED,
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
)
# only used in its own environment: no name is generated
unused = s3.Bucket(producer, "LocalOnly", bucket_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
same_env = cdk.Stack(app, "SameEnv", env=home)
cdk.CfnOutput(same_env, "LocalOnlyName", value=unused.bucket_name)

other_account = cdk.Stack(app, "OtherAccount", env=cdk.Environment(account="222222222222", region="us-east-1"))
cdk.CfnOutput(other_account, "BucketName", value=bucket.bucket_name)
cdk.CfnOutput(other_account, "BucketArn", value=bucket.bucket_arn)
cdk.CfnOutput(other_account, "QueueArn", value=queue.queue_arn)
cdk.CfnOutput(other_account, "RoleArn", value=role.role_arn)

other_region = cdk.Stack(app, "OtherRegion", env=cdk.Environment(account="111111111111", region="eu-west-1"))
cdk.CfnOutput(other_region, "QueueName", value=queue.queue_name)
cdk.CfnOutput(other_region, "TopicArn", value=topic.topic_arn)
cdk.CfnOutput(other_region, "TopicName", value=topic.topic_name)
cdk.CfnOutput(other_region, "RoleName", value=role.role_name)

app.synth()
