#!/bin/bash
# Health of a Wirewatch container. The image is shared by every role, so this looks at the
# command line of PID 1 (the JVM: the entrypoint execs java) to learn the role:
#   web, dev  -> GET http://127.0.0.1:<--http-port, default 8080>/health must answer 200
#   ingest http -> the same on <--http-port, default 8090>
#   others    -> healthy while the JVM runs (they serve no HTTP endpoint); Docker restarts a
#                container whose JVM exited
# Uses bash's /dev/tcp so the image needs no curl. Exit 0 = healthy, 1 = unhealthy.
set -u

cmdline=${WIREWATCH_HEALTH_CMDLINE:-/proc/1/cmdline}
mapfile -d '' -t args < "$cmdline" || { echo "cannot read $cmdline"; exit 1; }

role=""
sub=""
port=""
after_jar=0
for ((i = 0; i < ${#args[@]}; i++)); do
  a=${args[i]}
  if [[ $after_jar == 0 ]]; then
    [[ $a == *wirewatch.jar ]] && after_jar=1
    continue
  fi
  case "$a" in
    --http-port) port=${args[i + 1]:-$port} ;;
    --http-port=*) port=${a#--http-port=} ;;
    -*) ;;
    *) if [[ -z $role ]]; then role=$a; elif [[ -z $sub ]]; then sub=$a; fi ;;
  esac
done

case "$role $sub" in
  "ingest http") role="ingest http"; port=${port:-8090} ;;
  web* | dev*) port=${port:-8080} ;;
  *)
    echo "role '${role:-none}' serves no HTTP health endpoint: healthy while the JVM runs"
    exit 0
    ;;
esac

if ! { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
  echo "nothing listens on 127.0.0.1:$port (role $role)"
  exit 1
fi
printf 'GET /health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
status=""
read -r -t 4 status <&3 || true
exec 3<&- 3>&-
status=${status%$'\r'}
if [[ $status =~ ^HTTP/[0-9.]+\ 200 ]]; then
  echo "role $role: GET /health -> ${status}"
  exit 0
fi
echo "role $role: GET /health on port $port -> '${status:-no answer}'"
exit 1
