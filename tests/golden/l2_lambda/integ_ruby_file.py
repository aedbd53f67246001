"""Port of aws-cdk integ.ruby.file.ts: Ruby 3.2 / 3.3 / 3.4 functions from a directory asset, one stack each."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
ruby_dir = os.path.join(work, "rubyhandler")
os.makedirs(ruby_dir)
with open(os.path.join(ruby_dir, "index.rb"), "w", newline="") as f:
    f.write("def main(event:, context:)\n  { statusCode: 200, body: 'Hello from Lambda!'.to_json }\nend\n")


class RubyStack(cdk.Stack):
    def __init__(self, scope, id, fn_id, runtime):
        super().__init__(scope, id)
        fn = lambda_.Function(self, fn_id, code=lambda_.Code.from_asset(ruby_dir), handler="index.main",
                              runtime=runtime)
        self.function_name = fn.function_name


app = cdk.App()
RubyStack(app, "lambda-test-assets-file-for-ruby32", "MyRubyLambda", lambda_.Runtime.RUBY_3_2)
RubyStack(app, "lambda-test-assets-file-for-ruby33", "MyRuby33Lambda", lambda_.Runtime.RUBY_3_3)
RubyStack(app, "lambda-test-assets-file-for-ruby34", "MyRuby34Lambda", lambda_.Runtime.RUBY_3_4)
app.synth()
