#!/usr/bin/env bash
# Makes the cluster's AES key (cluster-security.cli) in a PKCS12 keystore whose password is
# CONSTABLE_CLUSTER_SECRET. Run it once, then copy the same file to every node's
# standalone/configuration/cluster.keystore (readable by the server's user only).
#   CONSTABLE_CLUSTER_SECRET=... config/src/main/cli/cluster-keystore.sh path/to/cluster.keystore
set -euo pipefail
target=${1:?the keystore file to write}
: "${CONSTABLE_CLUSTER_SECRET:?set CONSTABLE_CLUSTER_SECRET (at least 16 characters)}"
if [ "${#CONSTABLE_CLUSTER_SECRET}" -lt 16 ]; then
  echo "CONSTABLE_CLUSTER_SECRET must have at least 16 characters" >&2
  exit 1
fi
keytool -genseckey -alias cluster -keyalg AES -keysize 256 -storetype PKCS12 \
  -keystore "$target" -storepass:env CONSTABLE_CLUSTER_SECRET
chmod 600 "$target"
