"""Function URLs: IAM auth (default), NONE with public permissions and CORS, on an alias, grant_invoke_url."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "FunctionUrls")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
url = fn.add_function_url()
public = lambda_.Function(stack, "Public", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                          code=lambda_.Code.from_inline("x"))
public.add_function_url(
    auth_type=lambda_.FunctionUrlAuthType.NONE,
    cors=lambda_.FunctionUrlCorsOptions(allowed_origins=["https://example.com"], allowed_headers=["x-api-key"],
                                        allowed_methods=[lambda_.HttpMethod.GET, lambda_.HttpMethod.POST],
                                        max_age=cdk.Duration.hours(1), allow_credentials=True),
    invoke_mode=lambda_.InvokeMode.RESPONSE_STREAM,
)
alias = fn.add_alias("prod")
lambda_.FunctionUrl(stack, "AliasUrl", function=alias)
role = iam.Role(stack, "Caller", assumed_by=iam.AccountRootPrincipal())
url.grant_invoke_url(role)
cdk.CfnOutput(stack, "Url", value=url.url)
app.synth()
