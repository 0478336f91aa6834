#!/usr/bin/env bash
# One loop through the APIs, as README "One loop through the APIs" describes it: an online monitor
# reports an exceedance, each person completes their step with the documented variables, case
# filing waits for its approval, an auditor reads the history. Every step checks its answer and
# the script stops at the first one that does not answer as documented (WalkthroughTests runs it
# against the started application in every build).
#   bash docs/walkthrough.sh [http://localhost:8080]
set -euo pipefail
B=${1:-${B:-http://localhost:8080}}
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
# An 8×8 JPEG: a violation needs a real photo or video as evidence.
PHOTO='/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAIAAgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD5/ooooA//2Q=='

# 1. An online monitor reports a COD exceedance at ENT-0001 (201; the same externalId again gives 200 and the same ids).
EXTERNAL_ID="ZX-$(date -u +%Y%m%d%H%M%S)-$$"
BODY='{"externalId": "'"$EXTERNAL_ID"'", "sourceType": "ONLINE_MONITOR", "enterpriseCode": "ENT-0001",
  "pollutant": "w01018", "value": 68.5, "limit": 50, "unit": "mg/L",
  "observedAt": "'"$(date -u -d '-10 min' +%Y-%m-%dT%H:%M:%SZ)"'"}'
ALARM=$(curl -s -w '\n%{http_code}' -u monitor:monitor -H 'Content-Type: application/json' -d "$BODY" $B/api/alarms)
[ "$(echo "$ALARM" | tail -1)" = 201 ] || fail "alarm: $ALARM"
ALARM=$(echo "$ALARM" | sed '$d')
ID=$(echo "$ALARM" | json '["id"]'); PI=$(echo "$ALARM" | json '["processInstanceId"]')
echo "alarm $ID: $(echo "$ALARM" | json '["supervisionMode"]') -> $(echo "$ALARM" | json '["assignee"]')"
AGAIN=$(curl -s -o /dev/null -w '%{http_code}' -u monitor:monitor -H 'Content-Type: application/json' -d "$BODY" $B/api/alarms)
[ "$AGAIN" = 200 ] || fail "the same alarm again answered $AGAIN"

# 2. Each user completes their task in this loop with the documented variables (204 each).
task()     { curl -s -u $1:$1 "$B/engine-rest/task?processInstanceId=$PI" | json '[0]["id"]'; }
ANSWER=$(mktemp); trap 'rm -f "$ANSWER"' EXIT
complete() {
  local status
  status=$(curl -s -o "$ANSWER" -w '%{http_code}' -u $1:$1 -H 'Content-Type: application/json' \
             -d "{\"variables\": $2}" $B/engine-rest/task/$(task $1)/complete)
  echo "$1 completes: $status"
  [ "$status" = 204 ] || fail "$1: $(cat "$ANSWER")"
}
complete wangqiang '{"signForNote": {"value": "已签收，立即出发"}}'                                   # 签收
complete wangqiang '{"companionInspector": {"value": "liuyang"},
                     "inspectionRecord": {"value": "总排口采样，COD 快速检测 66 mg/L"},
                     "findings": {"value": "COD 超标排放"},
                     "violationFound": {"value": true, "type": "Boolean"},
                     "evidence": {"value": "'"$PHOTO"'", "type": "File",
                                  "valueInfo": {"filename": "总排口.jpg", "mimeType": "image/jpeg"}}}'  # 现场处置
complete wangqiang '{"feedbackSummary": {"value": "已责令停止超标排放，水样送检"}}'                     # 反馈
complete chenjun   '{"approved": {"value": true, "type": "Boolean"},
                     "reviewComment": {"value": "同意，移送立案"}}'                                     # 中队长审核

# 3. The alarm is now CASE_FILING, and case-filing waits for 立案审批 by a supervisor.
STATUS=$(curl -s -u wangqiang:wangqiang $B/api/alarms/$ID | json '["status"]')
echo "alarm status: $STATUS"; [ "$STATUS" = CASE_FILING ] || fail "status $STATUS"
APPROVAL=$(curl -s -u sunli:sunli "$B/engine-rest/task?processDefinitionKey=case-filing&processInstanceBusinessKey=ALARM-$ID" | json '[0]["name"]')
# Task names say what and where: 立案审批｜<firm>｜<matter>｜案件 <case-lead number>.
echo "case filing waits for: $APPROVAL"; case "$APPROVAL" in 立案审批｜*) ;; *) fail "case filing waits for $APPROVAL";; esac

# 4. An auditor reads the loop's history.
TRAIL=$(curl -s -u zhoumin:zhoumin "$B/engine-rest/history/activity-instance?processInstanceId=$PI&sortBy=startTime&sortOrder=asc" \
  | python3 -c 'import sys,json; print(" → ".join(a["activityName"] or a["activityId"] for a in json.load(sys.stdin) if a["activityType"] != "sequenceFlow"))')
echo "history: $TRAIL"
case "$TRAIL" in *签收*现场处置*处置反馈*中队长审核*) ;; *) fail "history $TRAIL" ;; esac
echo "walkthrough: all steps answered as documented"
