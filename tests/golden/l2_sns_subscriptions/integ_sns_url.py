"""Port of aws-cdk's integ.sns-url.ts: an HTTPS subscription with a delivery policy."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs

app = cdk.App()
stack = cdk.Stack(app, "SnsToUrlStack")
topic = sns.Topic(stack, "MyTopic")
topic.add_subscription(
    subs.UrlSubscription(
        "https://foobar.com/",
        delivery_policy=sns.DeliveryPolicy(
            healthy_retry_policy=sns.HealthyRetryPolicy(
                min_delay_target=cdk.Duration.seconds(20), max_delay_target=cdk.Duration.seconds(21), num_retries=10
            ),
            throttle_policy=sns.ThrottlePolicy(max_receives_per_second=10),
            request_policy=sns.RequestPolicy(header_content_type="application/json"),
        ),
    )
)
app.synth()
