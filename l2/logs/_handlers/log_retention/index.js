// Handler of Custom::LogRetention (pycdk l2.logs): sets or removes the retention of a log group,
// creating the group first when it does not exist yet. Written for pycdk; runs on Node.js 18+ (AWS SDK v3).
const { CloudWatchLogsClient, CreateLogGroupCommand, PutRetentionPolicyCommand, DeleteRetentionPolicyCommand,
  DeleteLogGroupCommand } = require('@aws-sdk/client-cloudwatch-logs');

async function withRetries(maxRetries, fn) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const retryable = error.name === 'OperationAbortedException' || error.name === 'ThrottlingException';
      if (!retryable || attempt >= maxRetries) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** attempt, 10000)));
    }
  }
}

async function ensureLogGroup(client, name) {
  try {
    await client.send(new CreateLogGroupCommand({ logGroupName: name }));
  } catch (error) {
    if (error.name !== 'ResourceAlreadyExistsException') throw error;
  }
}

async function apply(props, requestType) {
  const client = new CloudWatchLogsClient({ region: props.LogGroupRegion || process.env.AWS_REGION });
  const name = props.LogGroupName;
  const retries = Number((props.SdkRetry && props.SdkRetry.maxRetries) || 5);
  if (requestType === 'Delete') {
    if (props.RemovalPolicy === 'destroy') {
      await withRetries(retries, () => client.send(new DeleteLogGroupCommand({ logGroupName: name })))
        .catch((error) => { if (error.name !== 'ResourceNotFoundException') throw error; });
    }
    return name;
  }
  await withRetries(retries, () => ensureLogGroup(client, name));
  const days = Number(props.RetentionInDays || 0);
  if (days > 0) {
    await withRetries(retries, () => client.send(new PutRetentionPolicyCommand({ logGroupName: name, retentionInDays: days })));
  } else {
    await withRetries(retries, () => client.send(new DeleteRetentionPolicyCommand({ logGroupName: name })));
  }
  return name;
}

async function respond(event, context, status, reason, name) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason || `See CloudWatch log stream: ${context.logStreamName}`,
    PhysicalResourceId: name || event.PhysicalResourceId || event.LogicalResourceId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: { LogGroupName: name },
  });
  await fetch(event.ResponseURL, { method: 'PUT', body, headers: { 'content-type': '', 'content-length': String(Buffer.byteLength(body)) } });
}

exports.handler = async (event, context) => {
  let name = event.ResourceProperties.LogGroupName;
  try {
    name = await apply(event.ResourceProperties, event.RequestType);
    await respond(event, context, 'SUCCESS', '', name);
  } catch (error) {
    await respond(event, context, 'FAILED', String(error), name);
  }
};
