/** The registry: every control the gate knows, in the order they are reported. */
import type { Control } from './types.js'
import { control as reviewApprovals } from './review-approvals.js'
import { control as reviewLastPush } from './review-last-push.js'
import { control as reviewNoChangesRequested } from './review-no-changes-requested.js'
import { control as reviewCodeowners } from './review-codeowners.js'
import { control as branchProtection } from './branch-protection.js'
import { control as checksRequired } from './checks-required.js'
import { control as commitsSigned } from './commits-signed.js'
import { control as changeTicket } from './change-ticket.js'
import { control as changeEmergency } from './change-emergency.js'
import { control as changeSeparationOfDuties } from './change-separation-of-duties.js'
import { control as changeUnreviewedPush } from './change-unreviewed-push.js'
import { secretsNoNewSecrets } from './secrets-no-new-secrets.js'
import { iacEncryption } from './iac-encryption.js'
import { iacDataResidency } from './iac-data-residency.js'
import { control as aiChangeGovernance } from './ai-change-governance.js'

export const CONTROLS: readonly Control<any>[] = [
  reviewApprovals,
  reviewLastPush,
  reviewNoChangesRequested,
  reviewCodeowners,
  branchProtection,
  checksRequired,
  commitsSigned,
  changeTicket,
  changeEmergency,
  changeSeparationOfDuties,
  changeUnreviewedPush,
  secretsNoNewSecrets,
  iacEncryption,
  iacDataResidency,
  aiChangeGovernance
]
