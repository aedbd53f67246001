// Print aws-cdk-lib's feature flag definitions as JSON: node dump_flags.js <extracted package dir>
const path = require("path");
const feats = require(path.join(process.argv[2], "cx-api", "lib", "features.js"));
const constants = {};
for (const [name, value] of Object.entries(feats)) {
  if (typeof value === "string" && Object.prototype.hasOwnProperty.call(feats.FLAGS, value)) {
    (constants[value] = constants[value] || []).push(name);
  }
}
process.stdout.write(JSON.stringify({
  currentMv: feats.CURRENT_MV,
  expired: feats.CURRENT_VERSION_EXPIRED_FLAGS,
  flags: feats.FLAGS,
  constants,
}));
