"""Port of aws-synthetics integ.group: a named group with two named canaries."""

import aws_cdk as cdk
from aws_cdk.aws_synthetics import Canary, Code, Group, Runtime, Test

SCRIPT = """
      const synthetics = require('Synthetics');
      const log = require('SyntheticsLogger');

      const basicCustomEntryPoint = async function () {
        log.info('Starting %s');
        return await synthetics.executeStep('check', async function () {
          const page = await synthetics.getPage();
          const response = await page.goto('%s', { waitUntil: 'domcontentloaded', timeout: 30000 });
          if (response.status() !== 200) {
            throw 'Failed!';
          }
        });
      };

      exports.handler = async () => {
        return await synthetics.executeStep('basicCustomEntryPoint', basicCustomEntryPoint);
      };
    """

app = cdk.App()
stack = cdk.Stack(app, "synthetics-group")
canary1 = Canary(stack, "TestCanary1",
                 test=Test.custom(code=Code.from_inline(SCRIPT % ("basic canary test", "https://example.com")),
                                  handler="index.handler"),
                 runtime=Runtime.SYNTHETICS_NODEJS_PUPPETEER_6_2, canary_name="test-canary-1-for-group")
canary2 = Canary(stack, "TestCanary2",
                 test=Test.custom(code=Code.from_inline(SCRIPT % ("second canary test", "https://httpbin.org/get")),
                                  handler="index.handler"),
                 runtime=Runtime.SYNTHETICS_NODEJS_PUPPETEER_6_2, canary_name="test-canary-2-for-group")
Group(stack, "TestGroup", group_name="test-canary-group", canaries=[canary1, canary2])
app.synth()
