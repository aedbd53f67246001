"""Approves a pending manual approval action once it shows up in the pipeline's state (pycdk's own handler for
``ConfirmPermissionsBroadening``: the security check invokes it when no IAM broadening was found)."""

import time

import boto3

TIMEOUT_MINUTES = 5
SLEEP_SECONDS = 5


def _approval_token(state, stage_name, action_name):
    for stage in state.get("stageStates") or []:
        if stage.get("stageName") != stage_name:
            continue
        for action in stage.get("actionStates") or []:
            if action.get("actionName") == action_name:
                return (action.get("latestExecution") or {}).get("token")
    return None


def handler(event, context):
    client = boto3.client("codepipeline")
    pipeline, stage, action = event["PipelineName"], event["StageName"], event["ActionName"]
    deadline = time.time() + TIMEOUT_MINUTES * 60
    while time.time() < deadline:
        token = _approval_token(client.get_pipeline_state(name=pipeline), stage, action)
        if token:
            client.put_approval_result(
                pipelineName=pipeline, stageName=stage, actionName=action, token=token,
                result={"summary": "No security changes detected. Automatically approved by Lambda.",
                        "status": "Approved"})
            return
        time.sleep(SLEEP_SECONDS)
