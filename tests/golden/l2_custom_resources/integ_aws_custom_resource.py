"""Port of aws-cdk integ.aws-custom-resource.ts: SNS publish/listTopics, SSM getParameter (with and without a
policy), EKS describeCluster ignoring errors, and the singleton handler's runtime overridden on its L1 (the handler
is pycdk's own, masked). ``IntegTest`` and its assertion dropped."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_ssm as ssm
from aws_cdk.custom_resources import AwsCustomResource, AwsCustomResourcePolicy, AwsSdkCall, PhysicalResourceId
from constructs import Construct


class AwsCdkSdkJsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, runtime=None) -> None:
        super().__init__(scope, id)
        topic = sns.Topic(self, "Topic")
        self.topic_arn = topic.topic_arn
        any_resource = AwsCustomResourcePolicy.from_sdk_calls(resources=AwsCustomResourcePolicy.ANY_RESOURCE)
        sns_publish = AwsCustomResource(
            self,
            "Publish",
            resource_type="Custom::SNSPublisher",
            on_update=AwsSdkCall(
                service="SNS",
                action="publish",
                parameters={"Message": "hello", "TopicArn": self.topic_arn},
                physical_resource_id=PhysicalResourceId.of(topic.topic_arn),
            ),
            policy=any_resource,
        )
        list_topics = AwsCustomResource(
            self,
            "ListTopics",
            on_update=AwsSdkCall(
                service="SNS",
                action="listTopics",
                physical_resource_id=PhysicalResourceId.from_response("Topics.0.TopicArn"),
            ),
            policy=any_resource,
        )
        list_topics.node.add_dependency(topic)
        ssm_parameter = ssm.StringParameter(
            self, "Utf8Parameter", string_value="ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ!\"#¤%&/()=?`´^*+~_-.,:;<>|"
        )
        get_parameter = AwsCustomResource(
            self,
            "GetParameter",
            resource_type="Custom::SSMParameter",
            on_update=AwsSdkCall(
                service="SSM",
                action="getParameter",
                parameters={"Name": ssm_parameter.parameter_name, "WithDecryption": True},
                physical_resource_id=PhysicalResourceId.from_response("Parameter.ARN"),
            ),
            policy=any_resource,
        )
        custom_role = iam.Role(self, "CustomRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        custom_role.add_to_policy(iam.PolicyStatement(effect=iam.Effect.ALLOW, resources=["*"], actions=["ssm:*"]))
        get_parameter_no_policy = AwsCustomResource(
            self,
            "GetParameterNoPolicy",
            resource_type="Custom::SSMParameter",
            on_update=AwsSdkCall(
                service="SSM",
                action="getParameter",
                parameters={"Name": ssm_parameter.parameter_name, "WithDecryption": True},
                physical_resource_id=PhysicalResourceId.from_response("Parameter.ARN"),
            ),
            role=custom_role,
        )
        AwsCustomResource(
            self,
            "DescribeCluster",
            resource_type="Custom::EKSClusterDescription",
            on_update=AwsSdkCall(
                service="EKS",
                action="describeCluster",
                parameters={"name": "fake-cluster"},
                physical_resource_id=PhysicalResourceId.of("fake-cluster"),
                ignore_error_codes_matching="ResourceNotFoundException",
            ),
            policy=any_resource,
        )
        cdk.CfnOutput(self, "MessageId", value=sns_publish.get_response_field("MessageId"))
        cdk.CfnOutput(self, "TopicArn", value=list_topics.get_response_field("Topics.0.TopicArn"))
        cdk.CfnOutput(self, "ParameterValue", value=get_parameter.get_response_field("Parameter.Value"))
        cdk.CfnOutput(
            self, "ParameterValueNoPolicy", value=get_parameter_no_policy.get_response_field("Parameter.Value")
        )
        if runtime is not None:
            provider = self.node.find_child("AWS679f53fac002430cb0da5b7982bd2287").node.default_child
            provider.runtime = runtime.name


app = cdk.App()
AwsCdkSdkJsStack(app, "aws-cdk-sdk-js-v3", runtime=lambda_.Runtime.NODEJS_18_X)
app.synth()
