"""Every Aws pseudo parameter, including NO_VALUE and the NOTIFICATION_ARNS list."""

import aws_cdk as cdk
from aws_cdk import Aws

app = cdk.App()
stack = cdk.Stack(app, "PseudoParameters")

cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "AccountId": Aws.ACCOUNT_ID,
        "Region": Aws.REGION,
        "Partition": Aws.PARTITION,
        "UrlSuffix": Aws.URL_SUFFIX,
        "StackName": Aws.STACK_NAME,
        "StackId": Aws.STACK_ID,
        "NoValue": Aws.NO_VALUE,
        "NotificationArns": Aws.NOTIFICATION_ARNS,
        "FirstNotificationArn": cdk.Fn.select(0, Aws.NOTIFICATION_ARNS),
        "JoinedNotificationArns": cdk.Fn.join(",", Aws.NOTIFICATION_ARNS),
        "StackAccount": stack.account,
        "StackRegion": stack.region,
        "StackPartition": stack.partition,
        "StackUrlSuffix": stack.url_suffix,
        "StackStackId": stack.stack_id,
        "StackStackName": stack.stack_name,
        "StackNotificationArns": stack.notification_arns,
        "Mixed": f"{Aws.PARTITION}:{Aws.REGION}:{Aws.ACCOUNT_ID}",
    },
)

app.synth()
