import { contractFingerprint } from '@shared/contracts/fingerprint';
import { CONTRACT_FINGERPRINT, CONTRACT_VERSION } from '@shared/contracts/version';

describe('the contract version', () => {
  it('is acknowledged for the contracts as they are now', () => {
    const now = contractFingerprint();
    if (now !== CONTRACT_FINGERPRINT) {
      throw new Error(
        `The contracts changed. In shared/contracts/version.ts set CONTRACT_FINGERPRINT = '${now}', and raise CONTRACT_VERSION ` +
          `(now ${CONTRACT_VERSION}) if a mini-program already in people's hands can no longer work with these functions.`,
      );
    }
  });
});
