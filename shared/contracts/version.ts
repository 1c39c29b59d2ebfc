/**
 * The contract version: which mini-program the deployed functions still understand. A mini-program sends the
 * version it was built with; the functions refuse an older one with `UPGRADE_REQUIRED`, and the mini-program
 * restarts into its new version (WeChat's update manager; H5 reloads).
 *
 * When the contracts change, test/shared/contract-version.test.ts fails until CONTRACT_FINGERPRINT is updated.
 * Bump CONTRACT_VERSION too when an older mini-program could no longer work with the new functions (a renamed or
 * removed action, a new required input, an output field it relies on changed); a purely additive change (a new
 * action, a new optional input) keeps the version.
 */
export const CONTRACT_VERSION = 2;

/** The fingerprint of every contract's name, roles, input and output as of CONTRACT_VERSION (see fingerprint.ts). */
export const CONTRACT_FINGERPRINT = '6f6aed3cd001017e';
