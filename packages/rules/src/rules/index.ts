import type { Rule } from '../rule.js'
import { agentlessAttribution } from './agentless-attribution.js'
import { anonymousOpinion } from './anonymous-opinion.js'
import { anonymousSource } from './anonymous-source.js'
import { anonymousWithoutBasis } from './anonymous-without-basis.js'
import { anonymousWithoutReason } from './anonymous-without-reason.js'
import { hearsay } from './hearsay.js'
import { hedge } from './hedge.js'
import { ledeAnonymous } from './lede-anonymous.js'
import { loadedCue } from './loaded-cue.js'
import { pluralAnonymous } from './plural-anonymous.js'
import { quoteWithoutSpeaker } from './quote-without-speaker.js'
import { scareQuotes } from './scare-quotes.js'
import { speakerNotIntroduced } from './speaker-not-introduced.js'
import { unattributedClaim } from './unattributed-claim.js'
import { vagueAttribution } from './vague-attribution.js'

/** Every lint rule, in the order their messages are listed for one place. */
export const ruleModules: readonly Rule[] = Object.freeze([
  anonymousSource,
  anonymousWithoutReason,
  anonymousWithoutBasis,
  pluralAnonymous,
  anonymousOpinion,
  ledeAnonymous,
  vagueAttribution,
  agentlessAttribution,
  hedge,
  hearsay,
  unattributedClaim,
  quoteWithoutSpeaker,
  speakerNotIntroduced,
  loadedCue,
  scareQuotes,
])
