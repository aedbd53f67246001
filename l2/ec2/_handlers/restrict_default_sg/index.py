"""Handler of ``Custom::VpcRestrictDefaultSG`` (pycdk l2.ec2): strips the rules of a VPC's default security group.

Create and Update revoke every ingress and egress rule; Delete puts back the two rules a new VPC's default group
has (all traffic from the group itself, all traffic out to 0.0.0.0/0).
"""

import json
import urllib.request

import boto3

ec2 = boto3.client("ec2")


def handler(event, context):
    status, reason = "SUCCESS", ""
    try:
        props = event["ResourceProperties"]
        group_id = props["DefaultSecurityGroupId"]
        if event["RequestType"] in ("Create", "Update"):
            old = (event.get("OldResourceProperties") or {}).get("DefaultSecurityGroupId")
            if event["RequestType"] == "Update" and old and old != group_id:
                restore(old, props["Account"])
            revoke(group_id, props["Account"])
        else:
            restore(group_id, props["Account"])
    except Exception as error:  # report every failure to CloudFormation instead of timing out
        status, reason = "FAILED", str(error)
    respond(event, context, status, reason, event["ResourceProperties"].get("DefaultSecurityGroupId"))


def default_rules(group_id, account):
    own_group = [{"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": group_id, "UserId": account}]}]
    everywhere = [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]
    return own_group, everywhere


def revoke(group_id, account):
    ingress, egress = default_rules(group_id, account)
    try:
        ec2.revoke_security_group_ingress(GroupId=group_id, IpPermissions=ingress)
    except ec2.exceptions.ClientError as error:
        if "InvalidPermission.NotFound" not in str(error):
            raise
    try:
        ec2.revoke_security_group_egress(GroupId=group_id, IpPermissions=egress)
    except ec2.exceptions.ClientError as error:
        if "InvalidPermission.NotFound" not in str(error):
            raise


def restore(group_id, account):
    ingress, egress = default_rules(group_id, account)
    try:
        ec2.authorize_security_group_ingress(GroupId=group_id, IpPermissions=ingress)
    except ec2.exceptions.ClientError as error:
        if "InvalidPermission.Duplicate" not in str(error) and "InvalidGroup.NotFound" not in str(error):
            raise
    try:
        ec2.authorize_security_group_egress(GroupId=group_id, IpPermissions=egress)
    except ec2.exceptions.ClientError as error:
        if "InvalidPermission.Duplicate" not in str(error) and "InvalidGroup.NotFound" not in str(error):
            raise


def respond(event, context, status, reason, physical_id):
    body = json.dumps(
        {
            "Status": status,
            "Reason": reason or "See CloudWatch log stream: " + context.log_stream_name,
            "PhysicalResourceId": event.get("PhysicalResourceId") or physical_id or event["LogicalResourceId"],
            "StackId": event["StackId"],
            "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"],
        }
    ).encode()
    request = urllib.request.Request(
        event["ResponseURL"], data=body, method="PUT", headers={"content-type": "", "content-length": str(len(body))}
    )
    urllib.request.urlopen(request)
