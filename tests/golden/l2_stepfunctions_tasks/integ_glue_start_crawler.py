"""integ.glue-start-crawler: GlueStartCrawlerRun on an L1 crawler (IntegTest dropped)."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_glue as glue
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = App()
stack = Stack(app, "aws-cdk-glue-crawler")
bucket = s3.Bucket(stack, "Bucket", removal_policy=RemovalPolicy.DESTROY)
job_role = iam.Role(stack, "Glue crawlwer Role", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"),
                    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSGlueServiceRole")])
database = glue.CfnDatabase(stack, "Database", catalog_id=Stack.of(stack).account,
                            database_input=glue.CfnDatabase.DatabaseInputProperty(name="my-database",
                                                                                  description="My database"))
crawler = glue.CfnCrawler(stack, "Crawler", database_name=database.ref, role=job_role.role_arn,
                          targets=glue.CfnCrawler.TargetsProperty(
                              s3_targets=[glue.CfnCrawler.S3TargetProperty(path=f"s3://{bucket.bucket_name}/")]))
crawler_task = tasks.GlueStartCrawlerRun(stack, "Glue Crawler Task", crawler_name=crawler.ref)
sfn.StateMachine(stack, "State Machine", definition=sfn.Chain.start(sfn.Pass(stack, "Start Task"))
                 .next(crawler_task).next(sfn.Pass(stack, "End Task")))
app.synth()
