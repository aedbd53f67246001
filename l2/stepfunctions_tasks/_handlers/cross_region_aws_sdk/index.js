// pycdk's handler of stepfunctions_tasks.CallAwsServiceCrossRegion: calls an AWS SDK v3 action in another region
// (event: service, action, region, endpoint, parameters) and returns the response as plain JSON.
'use strict';

function clientClassOf(sdk) {
  const clients = Object.keys(sdk).filter((name) => name !== '__Client' && name.endsWith('Client'));
  if (clients.length !== 1) {
    throw new Error(`Expected one *Client class in the service package, found: ${clients.join(',') || 'none'}`);
  }
  return sdk[clients[0]];
}

function commandClassOf(sdk, action) {
  const wanted = (action.charAt(0).toUpperCase() + action.slice(1) + 'Command').toLowerCase();
  const name = Object.keys(sdk).find((key) => key.toLowerCase() === wanted);
  if (name === undefined) {
    throw new Error(`No command for action ${action} in the service package`);
  }
  return sdk[name];
}

function decodePayload(payload) {
  const text = new TextDecoder().decode(payload);
  try {
    return JSON.parse(text);
  } catch (err) {
    return text;
  }
}

exports.handler = async function handler(event) {
  console.log('Request: %j', event);
  const sdk = require(`@aws-sdk/client-${event.service}`);
  const Client = clientClassOf(sdk);
  const Command = commandClassOf(sdk, event.action);
  const client = new Client({ region: event.region, endpoint: event.endpoint });
  const response = await client.send(new Command(event.parameters || {}));
  if (response.Payload instanceof Uint8Array) {
    response.Payload = decodePayload(response.Payload);
  }
  return JSON.parse(JSON.stringify(response));
};
