"""integ.start-job-run (databrew): GlueDataBrewStartJobRun on L1 DataBrew recipe/dataset/project/job.

The integ test's object-literal managed policy is ``ManagedPolicy.from_managed_policy_arn`` here (same template).
"""

import aws_cdk as cdk
from aws_cdk import aws_databrew as databrew
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import GlueDataBrewStartJobRun

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-databrew-start-job-run-integ")
region = stack.region
output_bucket = s3.Bucket(stack, "JobOutputBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
role = iam.Role(stack, "DataBrew Role", managed_policies=[iam.ManagedPolicy.from_managed_policy_arn(
    stack, "DataBrewServiceRole", "arn:aws:iam::aws:policy/service-role/AWSGlueDataBrewServiceRole")], path="/",
    assumed_by=iam.ServicePrincipal("databrew.amazonaws.com"), inline_policies={
        "DataBrewPolicy": iam.PolicyDocument.from_json({"Statement": [{
            "Effect": "Allow",
            "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket"],
            "Resource": [f"arn:aws:s3:::databrew-public-datasets-{region}/*",
                         f"arn:aws:s3:::databrew-public-datasets-{region}",
                         f"{output_bucket.bucket_arn}/*", f"{output_bucket.bucket_arn}"],
        }]}),
    })
recipe = databrew.CfnRecipe(stack, "DataBrew Recipe", name="recipe-1", steps=[
    databrew.CfnRecipe.RecipeStepProperty(action=databrew.CfnRecipe.ActionProperty(
        operation="UPPER_CASE", parameters={"sourceColumn": "description"})),
    databrew.CfnRecipe.RecipeStepProperty(action=databrew.CfnRecipe.ActionProperty(
        operation="DELETE", parameters={"sourceColumn": "doc_id"})),
])
dataset = databrew.CfnDataset(stack, "DataBrew Dataset", name="dataset-1", input=databrew.CfnDataset.InputProperty(
    s3_input_definition=databrew.CfnDataset.S3LocationProperty(bucket=f"databrew-public-datasets-{region}",
                                                                key="votes.csv")))
project = databrew.CfnProject(stack, "DataBrew Project", name="project-1", role_arn=role.role_arn,
                              dataset_name=dataset.name, recipe_name=recipe.name)
project.add_dependency(dataset)
project.add_dependency(recipe)
job = databrew.CfnJob(stack, "DataBrew Job", name="job-1", type="RECIPE", project_name=project.name,
                      role_arn=role.role_arn, outputs=[databrew.CfnJob.OutputProperty(
                          location=databrew.CfnJob.S3LocationProperty(bucket=output_bucket.bucket_name))])
job.add_dependency(project)
start = GlueDataBrewStartJobRun(stack, "Start DataBrew Job run", name=job.name)
sm = sfn.StateMachine(stack, "StateMachine", definition=sfn.Chain.start(start), timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
