/**
 * The published standards the score rests on, cited in every deduction. docs/scoring.md has
 * the full references.
 */
export const standards = {
  attribution:
    'AP: attribute every disputable fact the reporter did not witness or confirm; Reuters: source every statement that is not established fact',
  documents: 'Trust Project: citations and references',
  anonymousSources: 'Reuters: anonymous sources are the weakest sources; W3C credibility signals',
  vague: 'AP, Reuters: identify sources as specifically as possible',
  agentless: 'AP: attribute disputable facts to a source, in the same sentence',
  accusation: 'Reuters, NYT: no allegations or attacks without a source who stands behind them',
  lede: 'AP, Washington Post: the lede should not rest on an anonymous or unstated source',
  noReason: 'AP, NYT, Reuters: say why the source was granted anonymity',
  noBasis: 'AP, NYT: the source must be in a position to know; say how they know',
  bareDescription: 'AP, Reuters: never “a source” alone; describe the source as fully as possible',
  uncountedPlural: 'Reuters: never cite sources in the plural without saying how many there are',
  opinion: 'AP, NYT: anonymity for information, not opinion, speculation or attack',
  anonymousShare: 'W3C credibility signals: dependence on anonymous sources',
  singleSource: 'AP: seek more than one source; Reuters: two or more sources are better than one',
  namedSources: 'W3C credibility signals: number of quoted sources; Trust Project: diverse voices',
  directVoices: 'W3C credibility signals: original quotes; Trust Project: diverse voices',
  hedges:
    'AP, Reuters: source the claim or leave it out, rather than hedge it in the reporter’s voice',
  hearsay: 'AP: name the news organization whose report is relayed (“reportedly” needs an origin)',
} as const
