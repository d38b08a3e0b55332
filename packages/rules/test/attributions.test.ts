import { parse } from '@onrecord/parser'
import { type Analysis, analyze } from '@onrecord/rules'
import { describe, expect, it } from 'vitest'

function run(text: string, format: 'text' | 'markdown' = 'text'): Analysis {
  return analyze(parse(text, { format }))
}

/** Each attribution of `text` as [source, cue, content]. */
function pair(text: string) {
  return summary(run(text)).map((a) => [a.source, a.cue, a.content] as const)
}

/** The source of the first attribution of `text`. */
function sourceOf(text: string) {
  return pair(text)[0]?.[0]
}

function summary(analysis: Analysis) {
  return analysis.attributions.map((a) => ({
    kind: a.kind,
    source: a.source?.text ?? null,
    sourceKind: a.source?.kind ?? null,
    cue: a.cue?.text ?? null,
    content: a.content.text,
  }))
}

describe('attributions', () => {
  it('reads a participle after an article, possessive or quantifier as describing a noun', () => {
    expect(pair('Ortiz kept her lead in both pledged delegates and the popular vote.')).toEqual([])
    expect(pair('The county listed their endorsed candidates on Monday.')).toEqual([])
    // After its subject the participle is still the verb (here a light verb with its noun).
    expect(pair('The unions pledged support for Ortiz.')).toEqual([
      ['The unions', 'pledged support for', 'Ortiz'],
    ])
  })

  it('reads “rule(s)” before “that” or “which” and a verb as the noun of a relative clause', () => {
    expect(pair('A new rule that lifts the cap on fees took effect in Harlow County.')).toEqual([])
    expect(
      pair('Candidates must follow a set of rules that, in effect, binds them to the party.'),
    ).toEqual([])
    // As a verb its clause has a subject of its own.
    expect(pair('The judge ruled that the Harlow County files must be released.')).toEqual([
      ['The judge', 'ruled', 'that the Harlow County files must be released'],
    ])
  })

  it('reads “add” as a report only with a clause or a quotation after it', () => {
    expect(pair('The Harlow County plant added 200 jobs in May.')).toEqual([])
    expect(pair('Dana Ortiz added levity to the hearing.')).toEqual([])
    expect(pair('Dana Ortiz added that the bridge would close.')).toEqual([
      ['Dana Ortiz', 'added', 'that the bridge would close'],
    ])
    expect(pair('The bridge will close, Dana Ortiz added.')).toEqual([
      ['Dana Ortiz', 'added', 'The bridge will close'],
    ])
    expect(pair('Ortiz added a caveat: “Only if the council pays.”')).toEqual([
      ['Ortiz', 'added', '“Only if the council pays.”'],
    ])
    expect(
      pair('“We will win,” Ortiz said, adding of the mayor, “He cares about the town.”'),
    ).toEqual([
      ['Ortiz', 'said', '“We will win,”'],
      ['Ortiz', 'adding', '“He cares about the town.”'],
    ])
    expect(pair('Ortiz said the plan was sound, adding he intended to stay.')).toEqual([
      ['Ortiz', 'said', 'the plan was sound'],
      ['Ortiz', 'adding', 'he intended to stay'],
    ])
  })

  it('reads “assume” as a belief only with a clause after it', () => {
    expect(pair('Dana Ortiz assumed office last year.')).toEqual([])
    expect(pair('The Harlow company would assume the county’s debts.')).toEqual([])
    expect(pair('Dana Ortiz assumed that the deal would hold.')).toEqual([
      ['Dana Ortiz', 'assumed', 'that the deal would hold'],
    ])
    expect(pair('Ortiz assumes the council will pay.')).toEqual([
      ['Ortiz', 'assumes', 'the council will pay'],
    ])
  })

  it('reads a noun of saying or stance inside what another report relays as no report', () => {
    expect(
      pair(
        'Like his comments about the judge, Dana Ortiz said, the attack on the mayor was wrong.',
      ),
    ).toEqual([
      [
        'Dana Ortiz',
        'said',
        'Like his comments about the judge, Dana Ortiz said, the attack on the mayor was wrong',
      ],
    ])
    expect(
      pair('Ortiz said the mayor’s fawning comments about the builder were a mistake.'),
    ).toEqual([['Ortiz', 'said', 'the mayor’s fawning comments about the builder were a mistake']])
    // Outside another report the noun reports: the holder's stance on its object.
    expect(pair('Lund’s endorsement of the levy helped the council.')).toEqual([
      ['Lund’s', 'endorsement of', 'the levy'],
    ])
  })

  it('reads only how or when something was said after a verb of saying as no report', () => {
    expect(pair('Dana Ortiz live tweeted as Mayor Lund spoke from the council chamber.')).toEqual(
      [],
    )
    expect(pair('The Harlow County mayor responded as if he had been deeply hurt.')).toEqual([])
    expect(pair('Dana Ortiz wrote while a student at Harlow College.')).toEqual([])
    // The quotation before the cue, or the one opening the next sentence, is what was said.
    expect(pair('“We will win,” Dana Ortiz said, clutching the lectern with both hands.')).toEqual([
      ['Dana Ortiz', 'said', '“We will win,”'],
    ])
    expect(pair('Dana Ortiz said as she turned to go. “But we will win.”')).toEqual([
      ['Dana Ortiz', 'said', '“But we will win.”'],
    ])
    // A clause after the circumstance is still the report; "as" before a phrase is a complement.
    expect(pair('Dana Ortiz said, pointing to the map, that the bridge would close.')).toEqual([
      ['Dana Ortiz', 'said', 'pointing to the map, that the bridge would close'],
    ])
    expect(pair('The council described Dana Ortiz as a careful mayor.')).toEqual([
      ['The council', 'described', 'Dana Ortiz as a careful mayor'],
    ])
  })

  it('hands a quotation that trails off or breaks off to the speaker after it', () => {
    expect(
      pair('“We are like a bridge over troubled…” Dana Ortiz said, not finishing the joke.'),
    ).toEqual([['Dana Ortiz', 'said', '“We are like a bridge over troubled…”']])
    expect(pair('“The council will never —” the mayor said.')).toEqual([
      ['the mayor', 'said', '“The council will never —”'],
    ])
  })

  it('reads a message noun before a verb of saying in -ing as its source', () => {
    expect(pair('Officials received emails asking about the levy.')).toEqual([
      ['emails', 'asking', 'about the levy'],
    ])
    // ("In a statement announcing …, the union …": the main clause holds the report.)
    expect(
      pair('In a statement announcing the pick, the Harlow union said Dana Ortiz would win.').map(
        (p) => p[1],
      ),
    ).toEqual(['said'])
  })

  it('reads the subject before a floating “both”, “all” or “yet” as the source', () => {
    expect(sourceOf('Dana Ortiz and Lee Park have both argued that the tax is unfair.')).toBe(
      'Dana Ortiz and Lee Park',
    )
    expect(sourceOf('The Harlow County council has twice complained about the road.')).toBe(
      'The Harlow County council',
    )
    expect(sourceOf('Ortiz has not yet responded to the letter.')).toBe('Ortiz')
    expect(sourceOf('She further announced that the office would close.')).toBe('She')
    expect(sourceOf('The senators have already said they would vote no.')).toBe('The senators')
    // A quantifier that is the subject itself stays the source.
    expect(sourceOf('Both say the tax is unfair.')).toBe('Both')
  })

  it('ends a report in a relative clause on the subject where the main predicate starts', () => {
    expect(
      pair('Voters who say the economy is most important in their choice were evenly divided.'),
    ).toEqual([['who', 'say', 'the economy is most important in their choice']])
    expect(
      pair('Members who agree that the depot should close were upset about the cost.'),
    ).toEqual([['who', 'agree', 'that the depot should close']])
    // After a verb of the main clause the relative clause runs on to its end.
    expect(pair('Dana Ortiz met voters who said the economy was weak.')).toEqual([
      ['who', 'said', 'the economy was weak'],
    ])
  })

  it('gives a participle the subject after an opening adverb, time or city and state', () => {
    expect(
      sourceOf(
        'Shortly after the vote, the growers had mobilized, warning that prices would fall.',
      ),
    ).toBe('the growers')
    expect(sourceOf('More recently, Ortiz has shifted, offering dire warnings about crime.')).toBe(
      'Ortiz',
    )
    expect(sourceOf('Meanwhile, Ortiz has spoken out against the levy, citing its cost.')).toBe(
      'Ortiz',
    )
    expect(sourceOf('Recently, she’s spoken out against the levy, citing its cost.')).toBe('she')
    expect(sourceOf('Later, Ortiz took the stage, saying the county should lead.')).toBe('Ortiz')
    expect(
      sourceOf(
        'The day before, at a rally in Harlow, Tex., Ortiz was just as blunt, claiming that the mayor lied.',
      ),
    ).toBe('Ortiz')
    expect(
      sourceOf(
        'At a fair in Ames, Iowa, on Sunday, Dana Ortiz expanded on her remarks, saying the county should lead.',
      ),
    ).toBe('Dana Ortiz')
    expect(
      sourceOf('Harlow (AFP) – Senator Dana Ortiz hit out at the plan, saying that tariffs hurt.'),
    ).toBe('Senator Dana Ortiz')
    expect(
      sourceOf('Instead, the senator is sticking to his message, hoping to avoid a misstep.'),
    ).toBe('the senator')
    // A noun in -ly opening the subject is no adverb.
    expect(sourceOf('The family, which owns the mill, said the road would close.')).toBe(
      'The family, which owns the mill',
    )
  })

  it('reads the -ing forms of reporting and stance verbs after a comma', () => {
    expect(pair('Dana Ortiz mocked the plan, tweeting that the count was rigged.')[1]).toEqual([
      'Dana Ortiz',
      'tweeting',
      'that the count was rigged',
    ])
    expect(
      pair('Dana Ortiz attacked Ken Lund on Friday, comparing him to a bank robber.')[1],
    ).toEqual(['Dana Ortiz', 'comparing', 'him to a bank robber'])
    expect(pair('Dana Ortiz is pushing for a review of the levy.')).toEqual([
      ['Dana Ortiz', 'is pushing for', 'a review of the levy'],
    ])
    expect(pair('Dana Ortiz spoke on Friday, ripping Ken Lund for the delay.')).toEqual([
      ['Dana Ortiz', 'ripping', 'Ken Lund for the delay'],
    ])
    expect(pair('Dana Ortiz lost, apologizing for the remarks.')).toEqual([
      ['Dana Ortiz', 'apologizing for', 'the remarks'],
    ])
    // "Threatening" only with its infinitive.
    expect(pair('Dana Ortiz was scathing, threatening to sue the Harlow County council.')).toEqual([
      ['Dana Ortiz', 'threatening', 'to sue the Harlow County council'],
    ])
    expect(
      pair('Dana Ortiz was scathing, threatening the Harlow County council with a suit.'),
    ).toEqual([])
    // "Responding" and "conceding" only with a clause.
    expect(pair('Dana Ortiz lost the vote, conceding that the plan had flaws.')).toEqual([
      ['Dana Ortiz', 'conceding', 'that the plan had flaws'],
    ])
    expect(pair('Dana Ortiz lost the vote, conceding the race to Ken Lund.')).toEqual([])
    expect(
      pair('Dana Ortiz spoke for an hour, responding to questions from the Harlow County council.'),
    ).toEqual([])
  })

  it('reads a clause without "that" whose verb is "must" after a clause-only verb', () => {
    expect(pair('Dana Ortiz left early, adding the county must act.')).toEqual([
      ['Dana Ortiz', 'adding', 'the county must act'],
    ])
  })

  it('reads the subject of an absolute phrase after "with" as the source of its -ing verb', () => {
    expect(pair('The race tightened, with each candidate questioning the other’s record.')).toEqual(
      [['each candidate', 'questioning', 'the other’s record']],
    )
    // A second absolute phrase after "and" ends the first one's content.
    expect(
      pair(
        'The board met, with nearly 40 members blasting the levy and the mayor dispatching an aide.',
      ),
    ).toEqual([['nearly 40 members', 'blasting', 'the levy']])
  })

  it('reads one bare noun after a phrasal stance as its object', () => {
    expect(pair('Dana Ortiz called for calm.')).toEqual([['Dana Ortiz', 'called for', 'calm']])
    // (Not a time or a demonstrative.)
    expect(pair('Dana Ortiz has pushed for months.')).toEqual([])
    expect(pair('Dana Ortiz hinted at that.')).toEqual([])
  })

  it('reads a gerund after "of" as its subject’s report or stance', () => {
    expect(pair('Dana Ortiz has a long record of opposing the levy.')).toEqual([
      ['Dana Ortiz', 'opposing', 'the levy'],
    ])
    expect(pair('Ken Lund took the step of announcing that the council would not act.')).toEqual([
      ['Ken Lund', 'announcing', 'that the council would not act'],
    ])
    // "Instead of …" opening the sentence: the subject after its comma.
    expect(
      pair('Instead of calling herself a moderate, Dana Ortiz said, “I am a farmer.”'),
    ).toEqual([
      ['Dana Ortiz', 'calling', 'herself a moderate'],
      ['Dana Ortiz', 'said', '“I am a farmer.”'],
    ])
  })

  it('reads words sent by email as reported', () => {
    expect(pair('A council aide emailed reporters the text of the Harlow levy.')).toEqual([
      ['A council aide', 'emailed', 'reporters the text of the Harlow levy'],
    ])
  })

  it('reads a document noun before a stance verb in -ing as its source', () => {
    expect(pair('The Harlow County council ran ads attacking Dana Ortiz.')).toEqual([
      ['ads', 'attacking', 'Dana Ortiz'],
    ])
    expect(pair('Protesters carried placards supporting Dana Ortiz.')).toEqual([
      ['placards', 'supporting', 'Dana Ortiz'],
    ])
    expect(pair('The state had received 5,000 petitions calling on the mayor to resign.')).toEqual([
      ['petitions', 'calling on', 'the mayor to resign'],
    ])
  })

  it('reads a front page as a document that says something', () => {
    expect(pair('The Harlow Ledger ran a cover saying “Go home, Ortiz.”')).toEqual([
      ['The Harlow Ledger', 'saying', '“Go home, Ortiz.”'],
    ])
  })

  it('reads a passive stance whose agent follows a phrase of when', () => {
    expect(pair('The levy was also endorsed the same day by Dana Ortiz.')).toEqual([
      ['Dana Ortiz', 'was also endorsed', 'The levy'],
    ])
    expect(pair('The levy was endorsed on Monday by the Harlow County council.')).toEqual([
      ['the Harlow County council', 'was endorsed', 'The levy'],
    ])
  })

  it('reads a passive of scolding or putting forward with its agent as the source', () => {
    expect(pair('Ortiz was berated by her aides.')).toEqual([['her aides', 'was berated', 'Ortiz']])
    expect(pair('The levy was proposed by the Harlow County council.')).toEqual([
      ['the Harlow County council', 'was proposed', 'The levy'],
    ])
    expect(pair('Reyes was nominated by Gov. Dana Ortiz in May.')).toEqual([
      ['Gov. Dana Ortiz', 'was nominated', 'Reyes'],
    ])
    // The role she was put forward for is part of what was put forward.
    expect(pair('Reyes was recommended for the post by Dana Ortiz.')).toEqual([
      ['Dana Ortiz', 'was recommended', 'Reyes was recommended for the post'],
    ])
    // The matter she was judged on is part of what was judged; a time is not.
    expect(pair('Ortiz has been attacked on the levy by Dana Reyes.')).toEqual([
      ['Dana Reyes', 'has been attacked', 'Ortiz has been attacked on the levy'],
    ])
    // Without an agent nobody's position is reported.
    expect(pair('Reyes was nominated in May.')).toEqual([])
    // Set off by commas after its noun, with adverbs before it or a time before "by".
    expect(pair('The plan, first proposed by Ortiz in May, was dropped.')).toEqual([
      ['Ortiz', 'proposed', 'The plan'],
    ])
    expect(pair('The levy, opposed on Monday by the harbour board, failed.')).toEqual([
      ['the harbour board', 'opposed', 'The levy'],
    ])
    // Adverbs joined by "and" may stand before the agent; a bare noun after "by" is a means.
    expect(
      pair('Reyes was recommended to Ortiz most forcefully and effectively by their old friend.'),
    ).toEqual([['their old friend', 'was recommended', 'Reyes']])
    expect(pair('Reyes will be nominated by acclamation.')).toEqual([])
    expect(pair('The scenes were described to him by a reporter.')).toEqual([
      ['a reporter', 'were described', 'The scenes'],
    ])
    // Agreeing and wanting are positions as well.
    expect(pair('Her findings were seconded by the Harlow County council.')).toEqual([
      ['the Harlow County council', 'were seconded', 'Her findings'],
    ])
    expect(pair('The fund falls short of the levels desired by the harbour board.')).toEqual([
      ['the harbour board', 'desired', 'the levels'],
    ])
  })

  it('reads a bare passive of stance as agentless, its subject what was taken up', () => {
    expect(
      summary(run('She was five when the charter was signed, but she has read it since.')),
    ).toEqual([
      expect.objectContaining({ kind: 'agentless', cue: 'was signed', content: 'the charter' }),
    ])
    expect(summary(run('The full terms were discussed.'))).toEqual([
      expect.objectContaining({
        kind: 'agentless',
        cue: 'were discussed',
        content: 'The full terms',
      }),
    ])
    // A thing put out is no position taken.
    expect(pair('A wind chill warning was issued.')).toEqual([])
  })

  it('reads the agent of a question or warning put to the subject as the source', () => {
    expect(pair('Ortiz was asked by host Dana Reyes whether she would run.')).toEqual([
      ['host Dana Reyes', 'was asked', 'whether she would run'],
    ])
    expect(pair('He was warned by the council that the levy would fail.')).toEqual([
      ['the council', 'was warned', 'that the levy would fail'],
    ])
    // The agent's relative clause is no part of the question.
    expect(
      pair('Ortiz was asked by host Dana Reyes, who backs her rival, “Will you run?”'),
    ).toEqual([['host Dana Reyes', 'was asked', '“Will you run?”']])
  })

  it('does not read the agent of a passive participle as its content', () => {
    expect(
      pair('She won by ten points, according to exit polling reported by the Ledger and others.'),
    ).toEqual([
      ['exit polling reported by the Ledger and others', 'according to', 'She won by ten points'],
    ])
    // "By" and a gerund after an active verb tell how: "by saying …" stays.
    expect(pair('Ortiz responded by saying the levy was fair.')).toEqual([
      ['Ortiz', 'responded', 'by saying the levy was fair'],
    ])
  })

  it('reads a passive of backing only in a full clause with its agent', () => {
    expect(pair('Ortiz was supported by 42 percent of those polled.')).toEqual([
      ['42 percent of those polled', 'was supported', 'Ortiz'],
    ])
    expect(pair("The council's plan was supported on Friday by Sen. Dana Ortiz.")).toEqual([
      ['Sen. Dana Ortiz', 'was supported', "The council's plan"],
    ])
    // Right after its noun it tells who pays, not what anyone holds.
    expect(pair('A group supported by local donors met on Friday.')).toEqual([])
  })

  it('reads writing and deciding on a measure in a full passive clause', () => {
    expect(pair('The proposal was jointly written by Dana Ortiz.')).toEqual([
      ['Dana Ortiz', 'was jointly written', 'The proposal'],
    ])
    expect(pair('The ruling was overturned by the Harlow County appeals court.')).toEqual([
      ['the Harlow County appeals court', 'was overturned', 'The ruling'],
    ])
    expect(pair('She reads a book written by Dana Ortiz.')).toEqual([])
  })

  it('reads a pronoun as the whole object of a stance', () => {
    expect(pair('On Tuesday, Gov. Dana Ortiz endorsed her.')).toEqual([
      ['Gov. Dana Ortiz', 'endorsed', 'her'],
    ])
    expect(pair('I support him because he kept his word.')).toEqual([['I', 'support', 'him']])
    // (A one-word object that is no pronoun or name is still no stance's object.)
    expect(pair('Dana Ortiz called 911.')).toEqual([])
  })

  it('reads favouring as a stance, but not its passive before an infinitive', () => {
    expect(pair('Most young voters favor a larger role for the county.')).toEqual([
      ['Most young voters', 'favor', 'a larger role for the county'],
    ])
    expect(pair('Dana Ortiz is favored to win the Harlow County seat.')).toEqual([])
    expect(pair('She was ordered to testify before the Harlow County council.')).toEqual([])
  })

  it('reads no report in a passive of finding before an infinitive', () => {
    expect(pair('The Harlow County memo was revealed to be a forgery.')).toEqual([])
    expect(pair('Her first account of the vote was shown to be false.')).toEqual([])
    expect(pair('The council was found to have broken the rules.')).toEqual([])
    // A passive of saying before its infinitive still reports.
    expect(pair('Dana Ortiz was said to be furious.')).toEqual([
      ['Dana Ortiz', 'was said', 'to be furious'],
    ])
    // And the finding itself, with its agent and clause, is a report.
    expect(pair('A Harlow County audit found that the fund had lost money.')).toEqual([
      ['A Harlow County audit', 'found', 'that the fund had lost money'],
    ])
  })

  it('reads “say” after a determiner, or a determiner and an adjective, as the noun', () => {
    expect(pair('Dana Ortiz spoke on Monday. The Harlow County board has the final say.')).toEqual(
      [],
    )
    expect(pair('Members of each party have a larger say than they had before.')).toEqual([])
    expect(pair('The towns had no say in the plan.')).toEqual([])
    // After a plural subject it is the verb.
    expect(pair('The Harlow County voters say the levy is fair.')).toEqual([
      ['The Harlow County voters', 'say', 'the levy is fair'],
    ])
  })

  it('reads a plural noun of saying after a determiner and a name as a noun', () => {
    expect(pair('Dana Ortiz spoke. The Harlow attacks compel voters to look again.')).toEqual([])
    expect(pair('Dana Ortiz spoke. His Harlow remarks loomed large at the hearing.')).toEqual([])
    // A base form may have a plural name for its subject; "that" after it opens a report.
    expect(pair('The Ortizes hope the levy passes.')).toEqual([
      ['The Ortizes', 'hope', 'the levy passes'],
    ])
    expect(pair('The Kremlin claims that the levy is fair.')).toEqual([
      ['The Kremlin', 'claims', 'that the levy is fair'],
    ])
  })

  it('reads a plural noun of saying after an adjective as the noun, not a verb', () => {
    expect(
      pair('Dana Ortiz spoke. The surge of incendiary comments online has alarmed the council.'),
    ).toEqual([])
    expect(pair('Dana Ortiz spoke. Lund made similar remarks Thursday on the radio.')).toEqual([])
    // What such a noun takes after it keeps the report.
    expect(pair('Lund posted several negative comments about the levy.')).toEqual([
      ['Lund', 'posted', 'several negative comments about the levy'],
    ])
  })

  it('reads no report whose content only says for how long', () => {
    expect(pair('Dana Ortiz spoke. Lund thought for a moment.')).toEqual([])
    expect(pair('Dana Ortiz spoke. The two leaders have been talking for several weeks.')).toEqual(
      [],
    )
    // A clause after the span is the report.
    expect(pair('Dana Ortiz argued for years that the levy was unfair.')).toEqual([
      ['Dana Ortiz', 'argued', 'that the levy was unfair'],
    ])
  })

  it('reads no report whose content is one floating adverb', () => {
    expect(pair('Dana Ortiz spoke. Buyers in Harlow will think twice.')).toEqual([])
  })

  it('reads signing a measure or letter as a stance, its object opening with its article', () => {
    expect(pair('In 2009, as governor, Dana Ortiz signed a bill that created the park.')).toEqual([
      ['Dana Ortiz', 'signed', 'a bill that created the park'],
    ])
    expect(pair('Dana Ortiz backed a plan that would widen the road.')).toEqual([
      ['Dana Ortiz', 'backed', 'a plan that would widen the road'],
    ])
    // ("said in a statement that …": the article of a skipped occasion is skipped with it.)
    expect(pair('Dana Ortiz said in a statement that the road would open.')).toEqual([
      ['Dana Ortiz', 'said', 'that the road would open'],
    ])
  })

  it("ends a stance's object before a person joined with a relative clause of her own", () => {
    expect(
      pair(
        'There were guests, including Dana Ortiz, who signed the bill creating the park, and his wife, Laura, who spoke of her early talks with the director.',
      ),
    ).toEqual([
      ['who', 'signed', 'the bill creating the park'],
      ['who', 'spoke of', 'her early talks with the director'],
    ])
  })

  it('reads filing a suit as putting out a claim, but not a filed document as a verb', () => {
    expect(pair('The Harlow watchdog group filed a lawsuit against the state.')).toEqual([
      ['The Harlow watchdog group', 'filed', 'a lawsuit against the state'],
    ])
    expect(pair('A court document filed Thursday says the charge was dropped.')).toEqual([
      ['A court document filed Thursday', 'says', 'the charge was dropped'],
    ])
  })

  it('reads nominating a candidate as a stance', () => {
    expect(
      pair('On Thursday, Gov. Dana Ortiz nominated Lee Park to fill the vacant seat.'),
    ).toEqual([['Gov. Dana Ortiz', 'nominated', 'Lee Park to fill the vacant seat']])
  })

  it('reads planning as a stance only with its infinitive', () => {
    expect(pair('Her campaign is planning to reprint the editorial.')).toEqual([
      ['Her campaign', 'is planning', 'to reprint the editorial'],
    ])
    expect(pair('Democrats on the Harlow County council plan to release the transcripts.')).toEqual(
      [['Democrats on the Harlow County council', 'plan', 'to release the transcripts']],
    )
    expect(pair('Her plan would raise taxes.')).toEqual([])
    expect(
      pair('A person familiar with the planning for the meeting said the talks would start late.'),
    ).toEqual([
      ['A person familiar with the planning for the meeting', 'said', 'the talks would start late'],
    ])
  })

  it('reads a vote after a modal as a stance', () => {
    expect(pair('Among Democrats, 56 percent would vote for Ortiz.')).toEqual([
      ['56 percent', 'would vote for', 'Ortiz'],
    ])
  })

  it("ends a stance's object before the margin of a poll or vote", () => {
    expect(pair('Independents favored Dana Ortiz by 12 points.')).toEqual([
      ['Independents', 'favored', 'Dana Ortiz'],
    ])
    expect(pair('Rural voters supported her by about a 67 percentage point margin.')).toEqual([
      ['Rural voters', 'supported', 'her'],
    ])
    expect(pair('Rural voters backed Ortiz, 57 percent to 22 percent.')).toEqual([
      ['Rural voters', 'backed', 'Ortiz'],
    ])
    // (Inside a clause the figures are part of what is reported.)
    expect(pair('The poll found that Ortiz leads Park 47 percent to 41 percent.')).toEqual([
      ['The poll', 'found', 'that Ortiz leads Park 47 percent to 41 percent'],
    ])
  })

  it('ends a report inside a clause fronted by a subordinator of several words at its comma', () => {
    expect(
      pair('Ever since she endorsed Lee Park this month, Dana Ortiz has been a powerful ally.'),
    ).toEqual([['she', 'endorsed', 'Lee Park this month']])
    expect(
      pair('To the extent that voters know Lee Park, they may think of him as a farmer.'),
    ).toEqual([['voters', 'know', 'Lee Park']])
    expect(
      pair(
        'Ever since Lee Park announced his run last year, he has said the same thing at every stop: “It is about us.”',
      ),
    ).toEqual([
      ['Lee Park', 'announced', 'his run last year'],
      ['he', 'has said', '“It is about us.”'],
    ])
    // (A body is the holder of its own belief: "the council" doubts.)
    expect(pair('Even as the levy passed, the council seemed to doubt its own plan.')).toEqual([
      ['the council', 'seemed to doubt', 'its own plan'],
    ])
  })

  it('reads what follows an inverted cue after a linking word (“But, said Park, …”)', () => {
    expect(pair('But, said Lee Park, the council will raise the levy.')).toEqual([
      ['Lee Park', 'said', 'the council will raise the levy'],
    ])
    expect(pair('But, said Lee Park, “I do not want a fight.”')).toEqual([
      ['Lee Park', 'said', '“I do not want a fight.”'],
    ])
  })

  it('reads a clause with a verb before “, said” as the report of the speaker after the cue', () => {
    expect(
      pair(
        'Even if the Harlow County council closed the library, its services would move elsewhere, said Dana Ortiz, who chairs the board.',
      ),
    ).toEqual([
      [
        'Dana Ortiz',
        'said',
        'Even if the Harlow County council closed the library, its services would move elsewhere',
      ],
    ])
    // An aside with a relative pronoun still belongs to the subject before the cue.
    expect(pair('Dana Ortiz, who has run twice, said the levy would pass.')).toEqual([
      ['Dana Ortiz, who has run twice', 'said', 'the levy would pass'],
    ])
  })

  it('reads a quoted title after a comma ending the sentence as where a report was made', () => {
    expect(pair('The mill closed in 1990, Dana Ortiz wrote in her memoir, “Harlow Days.”')).toEqual(
      [['Dana Ortiz', 'wrote', 'The mill closed in 1990']],
    )
  })

  it('runs a report over a semicolon list of predicates that ends in “; and”', () => {
    expect(
      pair(
        'Dana Ortiz said she had spoken at council hearings; helped organize rallies; and ran a food bank.',
      ),
    ).toEqual([
      [
        'Dana Ortiz',
        'said',
        'she had spoken at council hearings; helped organize rallies; and ran a food bank',
      ],
    ])
    // A clause with its own subject after the semicolon is the writer's.
    expect(
      pair('Dana Ortiz said the levy failed; the council met again; and nothing changed.'),
    ).toEqual([['Dana Ortiz', 'said', 'the levy failed']])
  })

  it('runs a report past an aside opened by “though” that closes before “that”', () => {
    expect(
      pair(
        'The Harlow County council knew it was possible, though not likely, that Dana Ortiz could win.',
      ),
    ).toEqual([
      [
        'The Harlow County council',
        'knew',
        'it was possible, though not likely, that Dana Ortiz could win',
      ],
    ])
  })

  it('reads a day name before a document noun as part of the inverted source', () => {
    expect(pair('The levy is unfair, reads a Wednesday editorial in the Harlow Times.')).toEqual([
      ['a Wednesday editorial in the Harlow Times', 'reads', 'The levy is unfair'],
    ])
  })

  it('reads a naming relative whose subject has an apposition', () => {
    expect(pair('It was a plan which the mayor, Dana Ortiz, called “a disaster.”')).toEqual([
      ['the mayor, Dana Ortiz', 'called', 'which the mayor, Dana Ortiz, called “a disaster.”'],
    ])
    expect(pair('It ended in what Dana Ortiz, the Harlow treasurer, called “a brawl.”')).toEqual([
      [
        'Dana Ortiz, the Harlow treasurer',
        'called',
        'what Dana Ortiz, the Harlow treasurer, called “a brawl.”',
      ],
    ])
  })

  it('reads “claim to” with a verb as a report of what the source asserts of itself', () => {
    expect(pair('The Harlow farm groups claim to represent every grower.')).toEqual([
      ['The Harlow farm groups', 'claim', 'to represent every grower'],
    ])
    // A claim as a noun with "to" and a thing is no report.
    expect(pair('Their claim to the land is weak.')).toEqual([])
  })

  it('reads a cue inside parentheses as reporting what stands before it there', () => {
    expect(pair('The levy (which is due in May, Dana Ortiz said) will rise.')).toEqual([
      ['Dana Ortiz', 'said', 'which is due in May'],
    ])
    expect(
      pair(
        'Turnout fell (the real figure is closer to 15 percent, according to the county audit).',
      ),
    ).toEqual([['the county audit', 'according to', 'the real figure is closer to 15 percent']])
  })

  it('reads an “as” clause that interrupts a subject as reporting the whole clause', () => {
    expect(pair('The levy, as Dana Ortiz said last week, is a tax on farms.')).toEqual([
      ['Dana Ortiz', 'said', 'The levy, as Dana Ortiz said last week, is a tax on farms'],
    ])
    expect(pair('The mill will close, as the Harlow Ledger reported on Tuesday.')).toEqual([
      ['the Harlow Ledger', 'reported', 'The mill will close'],
    ])
  })

  it('reads conjecture and complaint with a clause after it', () => {
    expect(pair('Dana Ortiz surmised that turnout was low.')).toEqual([
      ['Dana Ortiz', 'surmised', 'that turnout was low'],
    ])
    expect(pair('Union leaders fretted that the ferry would be cut.')).toEqual([
      ['Union leaders', 'fretted', 'that the ferry would be cut'],
    ])
    expect(pair('Ortiz regretted the vote.')).toEqual([])
  })

  it('reads a holder’s critique, assessment or disapproval of a thing', () => {
    expect(pair("Dana Ortiz's critique of the budget was sharp.")).toEqual([
      ["Dana Ortiz's", 'critique of', 'the budget'],
    ])
    expect(pair('Her disapproval of the ferry fee is well known.')).toEqual([
      ['Her', 'disapproval of', 'the ferry fee'],
    ])
  })

  it('reads wondering with the question as content', () => {
    expect(pair('Dana Ortiz wondered whether the ferry would run.')).toEqual([
      ['Dana Ortiz', 'wondered', 'whether the ferry would run'],
    ])
    expect(pair('Union leaders are wondering if the levy will pass.')).toEqual([
      ['Union leaders', 'are wondering', 'if the levy will pass'],
    ])
  })

  it('reads sparring over, crediting, distancing and mulling as stances on their object', () => {
    expect(pair('The candidates sparred over the harbour levy.')).toEqual([
      ['The candidates', 'sparred over', 'the harbour levy'],
    ])
    expect(pair('Dana Ortiz credited the crews with the rescue.')).toEqual([
      ['Dana Ortiz', 'credited', 'the crews with the rescue'],
    ])
    expect(pair('Ortiz distanced herself from the ferry plan.')).toEqual([
      ['Ortiz', 'distanced herself from', 'the ferry plan'],
    ])
    expect(pair('Ortiz is mulling a run for the council.')).toEqual([
      ['Ortiz', 'is mulling', 'a run for the council'],
    ])
  })

  it('reads an adjective of hope, worry or anger with its preposition as a stance on a thing', () => {
    expect(pair('Union leaders are wary of the harbour levy.')).toEqual([
      ['Union leaders', 'are wary of', 'the harbour levy'],
    ])
    expect(pair('Dana Ortiz was unhappy with the ruling.')).toEqual([
      ['Dana Ortiz', 'was unhappy with', 'the ruling'],
    ])
    expect(pair('Ortiz is worried about the ferry schedule.')).toEqual([
      ['Ortiz', 'is worried about', 'the ferry schedule'],
    ])
    expect(pair('The mayor was pleased with the ruling.')).toEqual([
      ['The mayor', 'was pleased with', 'the ruling'],
    ])
    expect(pair('The mayor was pleased.')).toEqual([])
  })

  it('reads taking up words or a position as a stance', () => {
    expect(pair("Dana Ortiz retweeted the union's post.")).toEqual([
      ['Dana Ortiz', 'retweeted', "the union's post"],
    ])
    expect(pair('The mayor has embraced the ferry plan.')).toEqual([
      ['The mayor', 'has embraced', 'the ferry plan'],
    ])
  })

  it('reads coming to know, remembering and estimating with a clause as a view held', () => {
    expect(pair('Dana Ortiz realized that the vote was lost.')).toEqual([
      ['Dana Ortiz', 'realized', 'that the vote was lost'],
    ])
    expect(pair('Union leaders now recognize that turnout is low.')).toEqual([
      ['Union leaders', 'now recognize', 'that turnout is low'],
    ])
    expect(pair('Ortiz stayed home, fearing that the levy would fail.')).toContainEqual([
      'Ortiz',
      'fearing',
      'that the levy would fail',
    ])
    // With an object they are acts.
    expect(pair('The council recognized the new harbour board.')).toEqual([])
    expect(pair('Ortiz remembered the victims of the flood.')).toEqual([])
  })

  it('reads saying by suggestion, conjecture or repetition with a clause after it', () => {
    expect(pair('Dana Ortiz implied that the count was rigged.')).toEqual([
      ['Dana Ortiz', 'implied', 'that the count was rigged'],
    ])
    expect(pair('Aides speculated that Ortiz would run again.')).toEqual([
      ['Aides', 'speculated', 'that Ortiz would run again'],
    ])
    expect(pair('The mayor is reaffirming that the pier stays open.')).toEqual([
      ['The mayor', 'is reaffirming', 'that the pier stays open'],
    ])
    expect(
      pair('Ortiz answered the council, clarifying that the fee was voluntary.'),
    ).toContainEqual(['Ortiz', 'clarifying', 'that the fee was voluntary'])
    // With a plain object they report nothing.
    expect(pair('The treaty reaffirmed its ties with the port.')).toEqual([])
  })

  it('reads an adjective of stance after a linking verb, with a that-clause, as a view held', () => {
    expect(pair('Dana Ortiz is confident that the harbour levy will pass.')).toEqual([
      ['Dana Ortiz', 'is confident', 'that the harbour levy will pass'],
    ])
    expect(pair('Her aides are now more convinced that turnout will rise.')).toEqual([
      ['Her aides', 'are now more convinced', 'that turnout will rise'],
    ])
    expect(pair('After the vote, Ortiz remained hopeful that the ferry would run.')).toEqual([
      ['Ortiz', 'remained hopeful', 'that the ferry would run'],
    ])
    expect(pair('Ortiz came away convinced that the pier was unsafe.')).toEqual([
      ['Ortiz', 'came away convinced', 'that the pier was unsafe'],
    ])
    expect(pair('Union leaders were upset that the ferry was cancelled.')).toEqual([
      ['Union leaders', 'were upset', 'that the ferry was cancelled'],
    ])
    expect(pair('Ortiz was acutely aware that the count would be close.')).toEqual([
      ['Ortiz', 'was acutely aware', 'that the count would be close'],
    ])
    // A clear source only; and no proposition without "that".
    expect(pair('It is certain that the levy will pass.')).toEqual([])
    expect(pair("It's certain that the levy will pass.")).toEqual([])
    expect(pair("They're hopeful that the ferry will run.")).toEqual([
      ['They', "'re hopeful", 'that the ferry will run'],
    ])
    expect(pair('Dana Ortiz is confident in the harbour plan.')).toEqual([])
    // Inside what a source said, the stance is part of the report.
    expect(pair('Ortiz said she was hopeful that voters would agree.')).toEqual([
      ['Ortiz', 'said', 'she was hopeful that voters would agree'],
    ])
  })

  it('reads an amount in a currency as part of a nominal stance’s object', () => {
    expect(pair('Dana Ortiz renewed her embrace of a $15 hourly wage for dock crews.')).toEqual([
      ['Dana Ortiz', 'renewed her embrace of', 'a $15 hourly wage for dock crews'],
    ])
    expect(pair('Her embrace of a $15 hourly wage was a surprise to the unions.')).toEqual([
      ['Her', 'embrace of', 'a $15 hourly wage'],
    ])
  })

  it('keeps a report going past an aside that a quotation follows', () => {
    expect(
      pair('Ortiz notes that Dana Reyes, who is running for the county seat, “is a fighter.”'),
    ).toEqual([
      ['Ortiz', 'notes', 'that Dana Reyes, who is running for the county seat, “is a fighter.”'],
    ])
    expect(
      pair('Ortiz argued the harbor tunnel, which unions back, "would not go ten feet" alone.'),
    ).toEqual([
      ['Ortiz', 'argued', 'the harbor tunnel, which unions back, "would not go ten feet" alone'],
    ])
  })

  it('gives a participle set off by a dash the subject of the clause it hangs on', () => {
    expect(
      pair('Dana Ortiz switched sides on the spot – saying she was rooting for the Hawks.'),
    ).toEqual([['Dana Ortiz', 'saying', 'she was rooting for the Hawks']])
    expect(
      pair('The Harlow County council dismissed the complaint — arguing that the fees were legal.'),
    ).toContainEqual(['The Harlow County council', 'arguing', 'that the fees were legal'])
  })

  it('reads the -ing forms of listed verbs of saying after a comma', () => {
    expect(
      pair('Dana Ortiz closed the meeting, remarking that the levy had passed.'),
    ).toContainEqual(['Dana Ortiz', 'remarking', 'that the levy had passed'])
    expect(
      pair('Dana Ortiz spoke at the pier, lamenting the loss of the Sunday ferry.'),
    ).toContainEqual(['Dana Ortiz', 'lamenting', 'the loss of the Sunday ferry'])
    expect(
      pair('Dana Ortiz opened her speech, highlighting the new ferry schedule.'),
    ).toContainEqual(['Dana Ortiz', 'highlighting', 'the new ferry schedule'])
  })

  it('takes "even" and "just" before a verb of saying into the cue', () => {
    expect(pair('Some council members even insist that the levy will pass.')).toEqual([
      ['Some council members', 'even insist', 'that the levy will pass'],
    ])
    expect(pair('Dana Ortiz just announced that she would run.')).toEqual([
      ['Dana Ortiz', 'just announced', 'that she would run'],
    ])
  })

  it('reads a passive verb of saying with a time adverb before it, its agent the source', () => {
    expect(pair('The closure was first reported by the Harlow Ledger.')).toEqual([
      ['the Harlow Ledger', 'was first reported', 'The closure'],
    ])
    expect(pair('The plan was later announced by the mayor.')).toEqual([
      ['the mayor', 'was later announced', 'The plan'],
    ])
    // An active perfect stays active: "has" is no form of "be", and the mayor announced the plan.
    expect(pair('It is the plan the mayor has announced.')).toEqual([
      ['the mayor', 'has announced', 'the plan'],
    ])
  })

  it('reads an -ing verb of saying after a manner or time adverb as the verb it is', () => {
    expect(
      pair('Dana Ortiz stuck to the budget at first, eventually saying the levy was a mistake.'),
    ).toEqual([['Dana Ortiz', 'eventually saying', 'the levy was a mistake']])
    expect(pair('Some council members are quietly saying the plan will fail.')).toEqual([
      ['Some council members', 'are quietly saying', 'the plan will fail'],
    ])
    // A noun ending in -ly is no adverb: after "a rally" the -ing form stays a noun's modifier.
    expect(pair('Dana Ortiz opened a rally blasting the levy.')).toEqual([])
  })

  it('reads "calculate" as a report only with a clause after it', () => {
    expect(pair('The Harlow port authority calculates that 4,000 trucks cross each day.')).toEqual([
      ['The Harlow port authority', 'calculates', 'that 4,000 trucks cross each day'],
    ])
    expect(pair('The county clerk calculated an average for each precinct.')).toEqual([])
    expect(pair('Her remark was a calculated insult to the council.')).toEqual([])
  })

  it('keeps a list of quoted names after a naming verb in one report', () => {
    expect(pair('Ortiz called the plan a "disgrace," a "scam," "reckless" and "sick."')).toEqual([
      ['Ortiz', 'called', 'the plan a "disgrace," a "scam," "reckless" and "sick."'],
    ])
  })

  it('leaves a contracted auxiliary out of a pronoun source', () => {
    expect(sourceOf("He's said the fees would rise.")).toBe('He')
    expect(sourceOf('They’re saying the fees will rise.')).toBe('They')
  })

  it('leaves the occasion of the saying between the source and its cue out of the source', () => {
    expect(sourceOf('The council in a statement said the fees would rise.')).toBe('The council')
    expect(sourceOf('Ortiz in an interview with the Ledger said the fees would rise.')).toBe(
      'Ortiz',
    )
    expect(sourceOf('Ortiz, in a statement, said the fees would rise.')).toBe('Ortiz')
    // Where an unnamed source was is who the source is.
    expect(sourceOf('A person at the meeting said the fees would rise.')).toBe(
      'A person at the meeting',
    )
  })

  it('leaves an adverbial phrase between the source and its cue out of the source', () => {
    expect(sourceOf('Critics have in particular noted that the fees rose.')).toBe('Critics')
    expect(sourceOf('Critics, in particular, noted that the fees rose.')).toBe('Critics')
    expect(sourceOf('Port officials have for years said the fees were too low.')).toBe(
      'Port officials',
    )
    expect(sourceOf('Dana Ortiz, for example, said the fees were too low.')).toBe('Dana Ortiz')
  })

  it('leaves an aside that says what the source was doing out of the source', () => {
    expect(
      pair('Dana Ortiz, speaking at the harbour on Saturday, said the ferry would run.')[0]?.[0],
    ).toBe('Dana Ortiz')
    expect(sourceOf('Ortiz, the mayor, citing the storm, said the ferry would stop.')).toBe(
      'Ortiz, the mayor',
    )
    // Members and roles stay: "including …", "acting director …", and an anonymity reason.
    expect(
      pair('Six papers, including the Harlow Courier, said the ferry would run.')[0]?.[0],
    ).toBe('Six papers, including the Harlow Courier')
    expect(sourceOf('Ana Lund, acting director of the port, said the ferry would run.')).toBe(
      'Ana Lund, acting director of the port',
    )
    expect(
      pair(
        'Two officials, speaking on condition of anonymity because the talks were private, said the ferry would run.',
      )[0]?.[0],
    ).toBe('Two officials, speaking on condition of anonymity because the talks were private')
  })

  it('reads a clause after when it was said, for verbs that report only with a clause', () => {
    expect(pair('Ortiz recognized last week that the levy would fail.')).toEqual([
      ['Ortiz', 'recognized', 'that the levy would fail'],
    ])
    expect(pair('Ortiz conceded long ago that the levy would fail.')).toEqual([
      ['Ortiz', 'conceded', 'that the levy would fail'],
    ])
    // ("held" with a plain object after the time is no report.)
    expect(pair('Ortiz held on Monday that meeting.')).toEqual([])
  })

  it('leaves a time adverbial between the subject and the cue out of the source', () => {
    expect(sourceOf('The mayor last week said the ferry would run again.')).toBe('The mayor')
    expect(sourceOf('Port officials on Tuesday night said the ferry would run.')).toBe(
      'Port officials',
    )
    expect(sourceOf('The council in early May said it would cut fees.')).toBe('The council')
    // The time of a participle or of a relative clause stays with it, and a name holding a
    // day is a name.
    expect(sourceOf('A report published Wednesday said the ferry would run.')).toBe(
      'A report published Wednesday',
    )
    expect(
      pair('The riders who wrote to her on Thursday say the fares are too high.')[0]?.[0],
    ).toBe('The riders who wrote to her on Thursday')
  })

  it('finds a paraphrase with the speaker before the cue', () => {
    const result = summary(
      run('The mayor said that the budget would be cut by 5 percent next year.'),
    )
    expect(result).toEqual([
      {
        kind: 'indirect',
        source: 'The mayor',
        sourceKind: 'named',
        cue: 'said',
        content: 'that the budget would be cut by 5 percent next year',
      },
    ])
  })

  it('ends a report inside a fronted subordinate clause at the comma before the main clause', () => {
    const fronted = summary(
      run(
        'But even as the mayor has said that the harbour would stay open, her deputies are drafting a closure plan.',
      ),
    )
    expect(fronted[0]).toMatchObject({
      source: 'the mayor',
      content: 'that the harbour would stay open',
    })
    // When the cue is in the main clause, the report goes on past a list's commas.
    const [main] = summary(
      run(
        'While the plan failed, Dana Rusk said the port, the mill and the rail yard would close.',
      ),
    )
    expect(main?.content).toBe('the port, the mill and the rail yard would close')
    // A measure of time may stand before the subordinator.
    const timed = summary(
      run(
        'Two weeks after the minister promised that the ferry would run daily, the line was cancelled. Soon after Dana Rusk announced her support for the plan, the council approved it.',
      ),
    )
    expect(timed.map((a) => a.content)).toEqual([
      'that the ferry would run daily',
      'her support for the plan',
    ])
  })

  it('ends a relative clause set off by commas before the main predicate resumes', () => {
    expect(
      pair(
        'Older fishermen, who strongly support the harbour plan, have also seen their catches grow.',
      ),
    ).toEqual([['who', 'strongly support', 'the harbour plan']])
    // (The main clause's own stance stands too, as it does without the aside: "The mayor later
    // ordered an inspection of it.")
    expect(
      pair('The mayor, who said the pier was safe, later ordered an inspection of it.'),
    ).toEqual([
      ['who', 'said', 'the pier was safe'],
      ['The mayor, who said the pier was safe', 'later ordered', 'an inspection of it'],
    ])
    // A comma inside the clause before its own verb does not end it.
    expect(
      pair(
        'Her aide, who argued that Mr. Voss, under pressure from the board, would resign, was dismissed.',
      ),
    ).toEqual([['who', 'argued', 'that Mr. Voss, under pressure from the board, would resign']])
    // The report around the relative clause keeps it, and both stand.
    expect(
      pair(
        'The farmers, who asked the council to show them the map, visited the pier on Monday, lawyers for the group said.',
      ),
    ).toEqual([
      [
        'lawyers for the group',
        'said',
        'The farmers, who asked the council to show them the map, visited the pier on Monday',
      ],
      ['who', 'asked', 'the council to show them the map'],
    ])
  })

  it('reads a gerund subject after an interrupting cue as the rest of the report', () => {
    const [report] = summary(
      run('If the bridge reopens, Mr. Okafor said, rebuilding the market could take a year.'),
    )
    expect(report?.content).toBe(
      'If the bridge reopens, Mr. Okafor said, rebuilding the market could take a year',
    )
    // A participle that adds to the saying is not part of the report before the cue.
    const [said] = summary(run('The bridge is safe, Mr. Okafor said, citing the inspection.'))
    expect(said?.content).toBe('The bridge is safe')
  })

  it('finds a direct quote with the speaker after it', () => {
    const [a] = summary(run('“We are ready to talk,” Marta Quill said on Friday.'))
    expect(a).toMatchObject({
      kind: 'direct',
      source: 'Marta Quill',
      cue: 'said',
      content: '“We are ready to talk,”',
    })
  })

  it('finds an inverted attribution', () => {
    const [a] = summary(run('“The door is open,” said Prime Minister Ivo Raskin.'))
    expect(a).toMatchObject({ kind: 'direct', source: 'Prime Minister Ivo Raskin', cue: 'said' })
    // A question put to the speaker after the name is no second speaker.
    const [answer, question] = summary(run('“We will win,” said Ana Lund, asked about the vote.'))
    expect(answer).toMatchObject({ source: 'Ana Lund', cue: 'said', content: '“We will win,”' })
    expect(question).toMatchObject({ source: null, cue: 'asked', content: 'about the vote' })
    // A first name that is also a modal: "Will", "May".
    const [will, may] = summary(
      run('“The door is open,” said Will Doyle. “It is shut,” said May Lund.'),
    )
    expect(will).toMatchObject({ source: 'Will Doyle', cue: 'said' })
    expect(may).toMatchObject({ source: 'May Lund', cue: 'said' })
  })

  it('reads two titles joined by “and” before an inverted speaker’s name as one source', () => {
    expect(pair('The toll will fall, said lobbyist and strategist Dana Ortiz.')).toEqual([
      ['lobbyist and strategist Dana Ortiz', 'said', 'The toll will fall'],
    ])
    // A title and a name are two speakers, not one title before a name.
    expect(pair('The toll will fall, said officials and Dana Ortiz.')).toEqual([])
  })

  it('reads an irregular past of talking as the subject’s own verb, before a participle cue', () => {
    expect(pair('In Harlow, the mayor spoke, saying the budget was sound.')).toEqual([
      ['the mayor', 'saying', 'the budget was sound'],
    ])
  })

  it('ends a cry quoted whole as its cue’s object at its closing mark', () => {
    expect(pair('The crowd chanted “Close the port!” as the motorcade passed.')).toEqual([
      ['The crowd', 'chanted', '“Close the port!”'],
    ])
    expect(pair('Reyes yelled “Who paid for this?” at the mayor during the hearing.')).toEqual([
      ['Reyes', 'yelled', '“Who paid for this?”'],
    ])
    // A phrase quoted without its own mark goes on with the paraphrase.
    expect(pair('Ortiz says “the tide is turning” despite the loss in Harlow.')).toEqual([
      ['Ortiz', 'says', '“the tide is turning” despite the loss in Harlow'],
    ])
  })

  it('gives a quotation to an inverted speaker whatever description follows the name', () => {
    const first = (text: string) => summary(run(text))[0]
    expect(
      first('“We were misled from the start,” said one owner of a shop that sells hats in Harlow.'),
    ).toMatchObject({
      source: 'one owner of a shop',
      cue: 'said',
      content: '“We were misled from the start,”',
    })
    expect(
      first(
        '“There never was an order to wait,” said the clerk known as Bob, in his first interview.',
      ),
    ).toMatchObject({ cue: 'said', content: '“There never was an order to wait,”' })
    // A word or two in scare quotes before "said" is no quotation the speaker after it said.
    expect(
      pair('Dana Ortiz, who calls the levy a “scam,” said she would vote against it.'),
    ).not.toContainEqual(['she', 'said', 'Dana Ortiz, who calls the levy a “scam,”'])
  })

  it('ends the content before a negated second cue of the same speaker', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(
      content(
        'The panel concluded that the mayor had been careless, but did not recommend charges.',
      ),
    ).toBe('that the mayor had been careless')
    expect(
      content(
        'Okafor said he would offer a prayer for the winner but did not suggest it would be Lund.',
      ),
    ).toBe('he would offer a prayer for the winner')
  })

  it('ends a stance’s object before a second act of the speaker or a clause of the writer’s', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    // Any past-tense verb after "and" or "but" is a second act, reported or not.
    expect(content('Dana Ortiz backed the levy and then jailed the protesters.')).toBe('the levy')
    expect(content('Dana Ortiz opposed the levy in 2019 and filed a complaint of her own.')).toBe(
      'the levy in 2019',
    )
    expect(content('Dana Ortiz praised the budget, but also used it to attack the council.')).toBe(
      'the budget',
    )
    // A subject pronoun after "and" opens a new clause.
    expect(content('The mayor called him a decent man and he did not mention the others.')).toBe(
      'him a decent man',
    )
  })

  it('reads an infinitive after the cue as the content, not a phrase of where', () => {
    expect(
      pair(
        'Eight months later, when the mill closed, the Harlow County council agreed to buy the land.',
      ),
    ).toContainEqual(['the Harlow County council', 'agreed', 'to buy the land'])
  })

  it('reads a relative pronoun before the source as the content when the cue has no object', () => {
    expect(pair('The council raised the levy, which Dana Ortiz opposed.')).toContainEqual([
      'Dana Ortiz',
      'opposed',
      'which',
    ])
    expect(
      pair('The council raised the levy, which Dana Ortiz opposed in 2019, and cut the budget.'),
    ).toContainEqual(['Dana Ortiz', 'opposed', 'which'])
    // With a report after the cue, the whole relative clause is the content.
    expect(pair('It was a wall, which he said the county would pay for.')).toContainEqual([
      'he',
      'said',
      'which he said the county would pay for',
    ])
  })

  it('reads the noun before a relative clause without a pronoun as the object the cue lacks', () => {
    expect(
      pair('Her son is a firefighter, a fact she frequently mentions on the campaign trail.'),
    ).toContainEqual(['she', 'frequently mentions', 'a fact'])
    expect(pair('The council passed the levy, an idea the mayor once supported.')).toContainEqual([
      'the mayor',
      'once supported',
      'an idea',
    ])
    // "thing" ends in -ing but is a noun, not a verb form.
    expect(pair('Higher tolls are the last thing she wants to hear about.')).toContainEqual([
      'she',
      'wants',
      'the last thing she wants to hear about',
    ])
    // A verb that takes its object before "to be", with none there, lost it to the noun
    // phrase, and the name after that noun is the clause's subject, not an apposition.
    expect(
      pair('It was a defeat Dana Ortiz believes to be the worst of her career.'),
    ).toContainEqual([
      'Dana Ortiz',
      'believes',
      'a defeat Dana Ortiz believes to be the worst of her career',
    ])
    expect(pair('Dana Ortiz believes the levy to be fair.')).toContainEqual([
      'Dana Ortiz',
      'believes',
      'the levy to be fair',
    ])
    // A quantifier of plurals and its noun open the clause's subject, a name or not.
    expect(
      pair('It is the kind of judge many Harlow voters fear she would appoint.'),
    ).toContainEqual([
      'many Harlow voters',
      'fear',
      'the kind of judge many Harlow voters fear she would appoint',
    ])
    // A plural needs no determiner to be the noun the clause is about.
    expect(
      pair('Here are nine outrageous things the council candidate has said about buses.'),
    ).toContainEqual([
      'the council candidate',
      'has said',
      'nine outrageous things the council candidate has said about buses',
    ])
    // The stretch before the cue may hold the main clause's subject and verb too.
    expect(pair('Dana Ortiz faces a fight the union expects to win.')).toContainEqual([
      'the union',
      'expects',
      'a fight the union expects to win',
    ])
    // A person named by an indefinite pronoun, too; one followed by words that open no
    // subject is described by them.
    expect(pair('Ortiz named someone she would like to enter the race.')).toContainEqual([
      'she',
      'would like',
      'someone she would like to enter the race',
    ])
    expect(pair('Someone in the crowd shouted that the vote was rigged.')).toContainEqual([
      'Someone in the crowd',
      'shouted',
      'that the vote was rigged',
    ])
    // "any" opens the noun phrase as "the" does.
    expect(pair('The fee was higher than any fees she reported receiving.')).toContainEqual([
      'she',
      'reported',
      'any fees she reported receiving',
    ])
    // A time phrase or a subordinator before the subject is no such noun.
    expect(pair('Last week she agreed.')).toEqual([])
    expect(pair('The toll was lower than the drivers wanted.')).toEqual([])
  })

  it('takes an answer, repeated or not, as the content of its cue', () => {
    expect(pair('Ortiz said yes, yes, yes, over and over again, until the speech ended.')).toEqual([
      ['Ortiz', 'said', 'yes, yes, yes'],
    ])
    expect(
      pair('Asked about the levy, 60 percent said yes, compared with 30 percent last year.'),
    ).toContainEqual(['60 percent', 'said', 'yes'])
    // "no" opening a noun phrase, or with what it refuses, is no bare answer.
    expect(pair('Ortiz said no decision had been made.')).toContainEqual([
      'Ortiz',
      'said',
      'no decision had been made',
    ])
    expect(pair('Ortiz said no to the levy.')).toContainEqual(['Ortiz', 'said', 'no to the levy'])
  })

  it('ends a cue’s noun-phrase object before the speaker’s next act in the past tense', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('The county denied the charges and accused her of fraud.')).toBe('the charges')
    expect(content('Ortiz urged the council to act and then tried to make her case.')).toBe(
      'the council to act',
    )
    // A clause has its own verbs, and an adjective before a noun is no verb.
    expect(content('Ortiz said the mayor resigned and moved away.')).toBe(
      'the mayor resigned and moved away',
    )
    expect(content('Ortiz said the heat and unsettled weather could last all week.')).toBe(
      'the heat and unsettled weather could last all week',
    )
  })

  it('ends a stance’s one-word object at a comma before a clause of the writer’s', () => {
    expect(pair('Ortiz publicly endorsed Vance, and the feud over the years went on.')).toEqual([
      ['Ortiz', 'publicly endorsed', 'Vance'],
    ])
    // After a cue of saying, one word and a comma may open the clause's subject.
    expect(pair('The Ledger says voters, polled in May, backed the levy.')).toEqual([
      ['The Ledger', 'says', 'voters, polled in May, backed the levy'],
    ])
  })

  it('reads “wrote in a memo” as where it was written, not as the content', () => {
    expect(pair('The mill will close, Ortiz wrote in a memo to the council.')).toEqual([
      ['Ortiz', 'wrote', 'The mill will close'],
    ])
    expect(pair('Ortiz wrote in her memoir that the mill had closed.')).toEqual([
      ['Ortiz', 'wrote', 'that the mill had closed'],
    ])
  })

  it('opens the report at the noun a relative clause without a pronoun is about', () => {
    expect(pair('It was the best deal the mayor had hoped to get.')).toContainEqual([
      'the mayor',
      'had hoped',
      'the best deal the mayor had hoped to get',
    ])
    expect(pair('These are the things she wants to fix first.')).toContainEqual([
      'she',
      'wants',
      'the things she wants to fix first',
    ])
    // A name after the noun is the clause's subject when the infinitive ends without its
    // object; so is any subject after a relative "that".
    expect(pair('It was the job Dana Ortiz always hoped to have.')).toContainEqual([
      'Dana Ortiz',
      'always hoped',
      'the job Dana Ortiz always hoped to have',
    ])
    expect(
      pair('The ferry is a project that the mayor doesn’t want to risk losing.'),
    ).toContainEqual([
      'the mayor',
      'doesn’t want',
      'a project that the mayor doesn’t want to risk losing',
    ])
    // After a verb of saying the "that" opens what was said: no relative, no antecedent.
    expect(
      pair(
        'Several experts suggest however that the council elders do not plan to elevate, but rather use Ortiz to stop Park.',
      ),
    ).toContainEqual(['the council elders', 'do not plan', 'to elevate'])
    expect(pair('His friend Tom Ide wants to sell the ferry.')).toContainEqual([
      'His friend Tom Ide',
      'wants',
      'to sell the ferry',
    ])
    expect(pair('A group of harbour Pilots planned to march at the hall.')).toContainEqual([
      'A group of harbour Pilots',
      'planned',
      'to march at the hall',
    ])
    // (A noun's "that" clause whose verb needs no object is no relative clause: it is what
    // the rumour holds.)
    expect(
      pair('The rumour that the mayor wants to run in June surprised nobody.')[0]?.[2],
    ).toMatch(/^that the mayor wants to run in June/)
    // A subject with its own relative clause, or a name in apposition, is no such noun.
    expect(pair('All the experts I interviewed said the levy was fair.')).toContainEqual([
      'All the experts I interviewed',
      'said',
      'the levy was fair',
    ])
  })

  it('ends a noun-phrase object before the writer’s relative clause or “as” clause', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('Ortiz acknowledged the risk of floods, which makes her an outlier.')).toBe(
      'the risk of floods',
    )
    expect(content('The poll indicates a tightening race as Vance gains support.')).toBe(
      'a tightening race',
    )
    // Inside a clause's subject the relative clause is part of the report, and "as" with a
    // noun phrase says how the object was seen.
    expect(
      content('Ortiz said the ruling, which struck down the levy, shows the council erred.'),
    ).toBe('the ruling, which struck down the levy, shows the council erred')
    expect(content('Ortiz described the levy as a burden on farmers.')).toBe(
      'the levy as a burden on farmers',
    )
  })

  it('ends a noun-phrase object before the writer’s clause of time or reason', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(
      content('Dana Ortiz announced the merger after cutting ties with the Harlow mill.'),
    ).toBe('the merger')
    expect(content('The Harlow County council confirmed the vote because they wanted calm.')).toBe(
      'the vote',
    )
    // A measure of time before the word, a phrase after it or a clause with its own subject
    // pronoun keeps the circumstance in the report.
    expect(content('Ortiz posted the letter a day after the vote.')).toBe(
      'the letter a day after the vote',
    )
    expect(content('Ortiz said the levy before the recess will fail.')).toBe(
      'the levy before the recess will fail',
    )
    expect(content('Ortiz hoped she would see it before she left.')).toBe(
      'she would see it before she left',
    )
  })

  it('ends a stance’s object before “and” with a subject and verb of the writer’s', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(
      content('Dana Ortiz has not endorsed Vance and the Harlow mayor withdrew her support.'),
    ).toBe('Vance')
    expect(content('Ortiz has not talked about the levy and her campaign did not respond.')).toBe(
      'the levy',
    )
    // Without a verb after it the second noun phrase is more of the object.
    expect(content('Ortiz endorsed Vance and the Harlow mayor.')).toBe('Vance and the Harlow mayor')
    expect(content('Ortiz praised the mill and its workers.')).toBe('the mill and its workers')
  })

  it('ends a report before the writer’s “compared with” figure', () => {
    expect(
      pair('Most Harlow voters said they backed the levy, compared with 38 percent last spring.'),
    ).toEqual([['Most Harlow voters', 'said', 'they backed the levy']])
    // A comparison the source draws is a stance, its object in full.
    expect(pair('Dana Ortiz compared the levy to a toll.')).toEqual([
      ['Dana Ortiz', 'compared', 'the levy to a toll'],
    ])
  })

  it('runs a report over a second that-clause joined after a dash', () => {
    expect(
      pair('Dana Ortiz said the levy may pass — and that the Harlow council should act.'),
    ).toEqual([
      ['Dana Ortiz', 'said', 'the levy may pass — and that the Harlow council should act'],
    ])
    // Without "that" the dash still ends the report.
    expect(pair('Dana Ortiz said the levy may pass — and the council agreed.')[0]?.[2]).toBe(
      'the levy may pass',
    )
  })

  it('ends a report before the writer’s parenthesis that closes it', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('Dana Ortiz proposed raising the levy (which Vance also backs).')).toBe(
      'raising the levy',
    )
    // A short label, a quotation or a parenthesis going on with the report stays.
    expect(content('Dana Ortiz endorsed Sen. Lee Park (D-Harlow).')).toBe(
      'Sen. Lee Park (D-Harlow)',
    )
    expect(content('Dana Ortiz cited the charter (“all shall be heard”).')).toBe(
      'the charter (“all shall be heard”)',
    )
  })

  it('keeps a reason given after the speaker’s quoted words in the report', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('Dana Ortiz called the plan “a giveaway” because it helps the mill.')).toBe(
      'the plan “a giveaway” because it helps the mill',
    )
    expect(content('Dana Ortiz called the plan a “giveaway,” because it helps the mill.')).toBe(
      'the plan a “giveaway,” because it helps the mill',
    )
    // With no words of the speaker's quoted, the reason after an object is the writer's.
    expect(content('Dana Ortiz opposed the plan because it helps the mill.')).toBe('the plan')
  })

  it('ends a report at a colon that opens a sentence with a report of its own', () => {
    expect(
      pair('Early polls show voters rejecting Ortiz: A Ledger poll found her even with Berg.'),
    ).toEqual([
      ['Early polls', 'show', 'voters rejecting Ortiz'],
      ['A Ledger poll', 'found', 'her even with Berg'],
    ])
    // A colon before a list or an explanation without a report of its own stays in the content.
    expect(pair('Ortiz said the plan had one flaw: Harlow County had no money left.')).toEqual([
      ['Ortiz', 'said', 'the plan had one flaw: Harlow County had no money left'],
    ])
  })

  it('ends a report before the writer’s inverted comparison “as has …”', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('Ortiz said she wants an inquiry, as have other council members.')).toBe(
      'she wants an inquiry',
    )
    expect(content('Ortiz said she would not speak publicly, as was the case last year.')).toBe(
      'she would not speak publicly',
    )
  })

  it('ends a report at a quote closing on a comma before the writer’s relative or apposition', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('Ortiz denounced the “harbour tax,” which few voters had heard of.')).toBe(
      'the “harbour tax,”',
    )
    expect(content('Ortiz cited the “harbour loophole,” a flaw in the county code.')).toBe(
      'the “harbour loophole,”',
    )
    // A relative clause that closes inside the report is part of it.
    expect(content('Ortiz said the “plan,” which few liked, would fail.')).toBe(
      'the “plan,” which few liked, would fail',
    )
  })

  it('reads a passive participle after a noun, with its agent, as the agent reporting the noun', () => {
    expect(
      pair('The county skips those cases, a practice criticized by Dana Ortiz and others.'),
    ).toContainEqual(['Dana Ortiz', 'criticized', 'a practice'])
    expect(pair('He has no license, a fact first reported by the Harlow Ledger.')).toContainEqual([
      'the Harlow Ledger',
      'first reported',
      'a fact',
    ])
    // "by" and a gerund after an active verb tell how.
    expect(pair('A county official responded by saying the levy was fair.')).not.toContainEqual([
      'saying the levy',
      'responded',
      'A county official',
    ])
  })

  it('keeps a place’s state set off by commas in a fronted phrase, not in the content', () => {
    expect(pair('In Dayton, Ohio, Dana Ortiz endorsed Vance.')).toEqual([
      ['Dana Ortiz', 'endorsed', 'Vance'],
    ])
    expect(pair('At a rally in Harlow, N.H., on Tuesday, Dana Ortiz endorsed Vance.')).toEqual([
      ['Dana Ortiz', 'endorsed', 'Vance'],
    ])
  })

  it('reads “at least” after a cue as opening the content, not as where it was said', () => {
    expect(
      pair(
        'Friday morning, as the parade went by, the Ledger reported at least six planes overhead.',
      ),
    ).toContainEqual(['the Ledger', 'reported', 'at least six planes overhead'])
  })

  it('reads an -s word after a participle and its preposition or object as a noun, not a cue', () => {
    expect(
      pair('Ortiz was pilloried for years for making dubious medical claims on the radio.'),
    ).toEqual([])
    expect(
      pair(
        'The deal shielded the aides, meaning it only protected them from criminal charges that might arise.',
      ),
    ).toEqual([])
    // A participle before its noun describes it: "Leading growers say …" has a source.
    expect(pair('Leading growers say the levy is too high.')).toEqual([
      ['Leading growers', 'say', 'the levy is too high'],
    ])
  })

  it('finds no report whose content is a lone adverb or only says when', () => {
    expect(pair('The vote was a draw. According to the Harlow Ledger, basically.')).toEqual([])
    expect(pair('The Harlow Ledger reported ten days ago.')).toEqual([])
    expect(pair('The Harlow Ledger reported just today.')).toEqual([])
    // A report with its own content keeps its time: "endorsed Ortiz last week".
    expect(pair('Dana Ortiz endorsed Reyes last week.')).toEqual([
      ['Dana Ortiz', 'endorsed', 'Reyes'],
    ])
    expect(pair('According to the Harlow Ledger, basically nobody came.')).toEqual([
      ['the Harlow Ledger', 'According to', 'basically nobody came'],
    ])
  })

  it('reads an -s word after a quantifier of plurals as the noun it counts, not a cue', () => {
    expect(pair('The mayor broke many promises he made to the Harlow County council.')).toEqual([])
    expect(pair('Fees for several plans rose by a third this year.')).toEqual([])
    // The quantifier alone as a subject keeps its verb: "Many say …".
    expect(pair('Many say the levy is too high.')).toEqual([
      ['Many', 'say', 'the levy is too high'],
    ])
  })

  it('reads “wrote to” with only the one addressed as no report', () => {
    expect(pair('Dana Ortiz wrote to the Harlow County council.')).toEqual([])
    expect(pair('The tenants also wrote to Reyes.')).toEqual([])
    // With what the letter was about, it reports.
    expect(pair('Dana Ortiz also wrote to Reyes about the levy.')).toEqual([
      ['Dana Ortiz', 'also wrote', 'to Reyes about the levy'],
    ])
  })

  it('keeps the grounds for a label in the report: “called X “a mistake” because …”', () => {
    expect(
      pair('Dana Ortiz called the levy “a mistake” because few renters would ever benefit.'),
    ).toEqual([
      ['Dana Ortiz', 'called', 'the levy “a mistake” because few renters would ever benefit'],
    ])
    expect(
      pair('Ortiz portrayed Reyes as reckless because he had taken money from developers.'),
    ).toEqual([
      ['Ortiz', 'portrayed', 'Reyes as reckless because he had taken money from developers'],
    ])
    // Other stances end before the reason, as does a call that labels nothing.
    expect(pair('Ortiz opposed the plan because it taxed renters.')).toEqual([
      ['Ortiz', 'opposed', 'the plan'],
    ])
    expect(pair('Ortiz called for a new audit because the figures were late.')).toEqual([
      ['Ortiz', 'called for', 'a new audit'],
    ])
  })

  it('reads a plural of a record or a remark before “to” as the noun, not a cue', () => {
    expect(
      pair('The Harlow County campaigns file their finance reports to the state board on Monday.'),
    ).toEqual([])
    expect(pair('The site relies on user reports to flag fake accounts.')).toEqual([])
    expect(pair('He made sexist remarks to rally the crowd.')).toEqual([])
    // As a verb it answers to someone, and says nothing: no report either.
    expect(pair('Dana Ortiz reports to the Harlow County council every month.')).toEqual([])
    // With a clause after it, the -s word is the verb and reports.
    expect(pair('The tenants union reports that rents rose.')).toEqual([
      ['The tenants union', 'reports', 'that rents rose'],
    ])
  })

  it('reads a fronted clause of time without “when” as its subject’s report, ending at its comma', () => {
    expect(pair('The morning Ortiz unveiled the plan, she called Reyes to the office.')).toEqual([
      ['Ortiz', 'unveiled', 'the plan'],
      ['she', 'called', 'Reyes to the office'],
    ])
    expect(pair('The last clerk to leave says the vault was locked.')).toEqual([
      ['The last clerk to leave', 'says', 'the vault was locked'],
    ])
  })

  it('reads the noun before the subject as the object of a preposition left standing', () => {
    expect(pair('Residents were billed for the mail they never asked for or wanted.')).toEqual([
      ['they', 'never asked', 'the mail'],
    ])
  })

  it('starts what was told at an indefinite pronoun after the listener', () => {
    expect(
      pair('The clerks would not tell the auditor anything she did not already know.'),
    ).toEqual([['The clerks', 'would not tell', 'anything she did not already know']])
  })

  it('reads the report before “told” when only the listener and where or when follow', () => {
    expect(pair('The mill will close, Ortiz told the county board in her filing.')).toEqual([
      ['Ortiz', 'told', 'The mill will close'],
    ])
    expect(pair('The mill will close, Ortiz told the council on Tuesday.')).toEqual([
      ['Ortiz', 'told', 'The mill will close'],
    ])
  })

  it('reads a quoted title after where it was said as part of the circumstance', () => {
    expect(
      pair('The mill will close, Ortiz said Wednesday morning on the Ledger’s “Harlow Today.”'),
    ).toEqual([['Ortiz', 'said', 'The mill will close']])
    // A quoted sentence after the cue is the report; a title right after a naming verb names.
    expect(pair('Ortiz said in her book, “We are done here.”')).toEqual([
      ['Ortiz', 'said', '“We are done here.”'],
    ])
  })

  it('never takes a participle phrase opening the sentence as what its subject said', () => {
    expect(
      pair(
        'Citing an old rumour, Ortiz repeatedly accused Vance, who was born in Harlow, of lying.',
      ),
    ).toContainEqual(['Ortiz', 'repeatedly accused', 'Vance, who was born in Harlow, of lying'])
    expect(pair('Bemoaning the “rigged system,” Ortiz accused Vance of fraud.')).toContainEqual([
      'Ortiz',
      'accused',
      'Vance of fraud',
    ])
    // An -ing subject with a verb of its own is a clause that can be reported.
    expect(pair('Seeing her brother struggle led her to quit, Ortiz said.')).toEqual([
      ['Ortiz', 'said', 'Seeing her brother struggle led her to quit'],
    ])
  })

  it('reads a stance’s named object after it, not the phrase before its subject', () => {
    expect(pair('A fierce defender of the port, Ortiz likened Harlow to a lifeboat.')).toEqual([
      ['Ortiz', 'likened', 'Harlow to a lifeboat'],
    ])
  })

  it('reads an indefinite pronoun before a subject and its cue as the object the cue lacks', () => {
    expect(pair('The council passed the levy, something the farmers wanted.')).toContainEqual([
      'the farmers',
      'wanted',
      'something',
    ])
    expect(pair('It was something the mayor had urged them to do.')).toContainEqual([
      'the mayor',
      'had urged',
      'something the mayor had urged them to do',
    ])
  })

  it('reads the whole sentence a cue interrupts when the quote after it goes on in lower case', () => {
    expect(pair('Sooner or later, Ortiz said, “it starts to pay off.”')).toEqual([
      ['Ortiz', 'said', 'Sooner or later, Ortiz said, “it starts to pay off.”'],
    ])
    // A quote opening with a capital is a sentence of its own.
    expect(pair('Of the levy, Ortiz said, “It is a little much.”')).toEqual([
      ['Ortiz', 'said', '“It is a little much.”'],
    ])
  })

  it('takes the subject of the first of two coordinated verbs', () => {
    expect(summary(run('Okafor greeted the crowd and said the bridge would open in May.'))).toEqual(
      [
        {
          kind: 'indirect',
          source: 'Okafor',
          sourceKind: 'named',
          cue: 'said',
          content: 'the bridge would open in May',
        },
      ],
    )
    // A clause opener is no subject; a name with a long role between commas still is.
    expect(run('When Okafor met the crowd and said hello, it rained.').attributions).toEqual([])
    expect(
      summary(
        run(
          'Councillor Femi Okafor of the North Ward Harbour Board, a Labour member, said it rained.',
        ),
      )[0]?.source,
    ).toBe('Councillor Femi Okafor of the North Ward Harbour Board, a Labour member')
  })

  it('starts the content after the circumstances of the saying', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('Okafor said in a statement the bridge would open in May.')).toBe(
      'the bridge would open in May',
    )
    // Nothing left after the circumstances but the place's own noun: no report at all.
    expect(content('Okafor told reporters during a conference call.')).toBeUndefined()
    expect(
      content(
        'Okafor said on Tuesday during a visit to the North Ward, that the bridge would open.',
      ),
    ).toBe('that the bridge would open')
    expect(content('As Okafor said last week in Leeds, “The bridge will open.”')).toBe(
      '“The bridge will open.”',
    )
    expect(
      content('“A bridge is ‘a promise,’” Okafor said in a conference call with reporters.'),
    ).toBe('“A bridge is ‘a promise,’”')
    expect(content('Okafor argued during the Thursday debate that the levy was unfair.')).toBe(
      'that the levy was unfair',
    )
    expect(content('Okafor wrote on Facebook that the levy was unfair.')).toBe(
      'that the levy was unfair',
    )
    expect(content('Okafor wrote to the harbour board that the levy was unfair.')).toBe(
      'that the levy was unfair',
    )
    expect(content('Okafor added, however, that the levy was unfair.')).toBe(
      'that the levy was unfair',
    )
    expect(content('Okafor told the crowd: “The levy is unfair.”')).toBe('“The levy is unfair.”')
    expect(content('Okafor told the crowd, “The levy is unfair.”')).toBe('“The levy is unfair.”')
    // A time alone, then the report's subject: no "that" is needed.
    expect(content('Okafor said Thursday the plan would fail.')).toBe('the plan would fail')
    expect(content('Okafor said on Friday he would run.')).toBe('he would run')
    expect(content('Okafor said Tuesday night his biggest worry is the toll.')).toBe(
      'his biggest worry is the toll',
    )
    // The listener of "told": a short noun phrase before the report's own subject.
    expect(content('Okafor told the packed crowd he would fight the toll.')).toBe(
      'he would fight the toll',
    )
    expect(content('Okafor told reporters the plan would fail.')).toBe('the plan would fail')
    expect(content('Okafor told host Ana Ruiz on Thursday how surprised he was.')).toBe(
      'how surprised he was',
    )
    expect(content('Okafor told the mayors who came to Lund, “The levy is unfair.”')).toBe(
      '“The levy is unfair.”',
    )
    // After a cue in the present, a past tense goes on from the clause's own verb.
    expect(
      pair('Harbour groups note that Dana Ortiz cut the budget and opposed the levy.'),
    ).toEqual([['Harbour groups', 'note', 'that Dana Ortiz cut the budget and opposed the levy']])
    expect(content('Okafor criticized the plan and opposed the levy.')).toBe('the plan')
    // So in the present: a second verb in the cue's form is the speaker's next act.
    expect(
      pair('The council denies any wrongdoing and points out that the audit was clean.'),
    ).toEqual([
      ['The council', 'denies', 'any wrongdoing'],
      ['The council', 'points out', 'that the audit was clean'],
    ])
    expect(content('Okafor supports the ferry and its costs for the town.')).toBe(
      'the ferry and its costs for the town',
    )
    // An infinitive cannot go on with a verb in the past tense: that is the subject's next act.
    expect(
      content(
        'Okafor vowed to close the depot, declined at first to name the owners and later defended the cuts.',
      ),
    ).toBe('to close the depot')
    expect(content('Okafor hopes to fund the clinic and need-based grants.')).toBe(
      'to fund the clinic and need-based grants',
    )
    // "to" before a verb is no listener, and a "that" after the listener stays the report's.
    expect(content('Okafor vowed to prove that the levy was unfair.')).toBe(
      'to prove that the levy was unfair',
    )
    expect(content('Okafor told the board that if it wants the land, “come and buy it.”')).toBe(
      'that if it wants the land, “come and buy it.”',
    )
  })

  it('takes a relative clause whose pronoun is what the cue reports as the content', () => {
    const contents = (text: string) => summary(run(text)).map((a) => a.content)
    expect(
      contents('The council passed the toll, which Okafor said would pay for the ferry.'),
    ).toEqual(['which Okafor said would pay for the ferry'])
    expect(contents('The vote was not what Okafor wanted to hear.')).toEqual([
      'what Okafor wanted to hear',
    ])
    // After a preposition the relative is not the cue's, and a quote is a report of its own.
    expect(contents('Okafor gave a speech in which she said the levy was unfair.')).toEqual([
      'the levy was unfair',
    ])
    // (A bare plural after a free relative is its subject: "what critics called …".)
    expect(contents('It was what critics called a giveaway to donors.')).toEqual([
      'what critics called a giveaway to donors',
    ])
    // (A free relative after a preposition is its object whole, "what" and all.)
    expect(contents('The pledge falls short of what the panel says is needed.')).toContain(
      'what the panel says is needed',
    )
    expect(contents('Okafor praised the levy, which she said, “keeps the lights on.”')).toContain(
      '“keeps the lights on.”',
    )
  })

  it('reads a verb whose clause lost its subject to a relative before its own subject', () => {
    // "hopes" before "will" is a verb here, not the plural noun of "the firm's hopes will …".
    expect(
      pair('The firm issued a report, a move that the company hopes will calm renters.'),
    ).toEqual([['the company', 'hopes', 'that the company hopes will calm renters']])
    expect(pair('The county built new roads, which they argue will ease traffic.')).toEqual([
      ['they', 'argue', 'which they argue will ease traffic'],
    ])
    expect(pair('The company hopes will be dashed.')).toEqual([])
  })

  it('reads a present tense in -s right after the cue as the verb a relative took the subject of', () => {
    expect(
      pair('There is a gap in the Harlow levee that engineers say renders the wall useless.'),
    ).toEqual([['engineers', 'say', 'that engineers say renders the wall useless']])
    // A plural noun before a verb, or before a preposition, opens the clause's own subject.
    expect(pair('The county backed a plan that officials say costs rose.')).toEqual([
      ['officials', 'say', 'costs rose'],
    ])
  })

  it('reads a view whose object went to a relative before its subject', () => {
    expect(pair('It tied Ortiz to a council that critics widely view as slow to act.')).toEqual([
      ['critics', 'widely view', 'that critics widely view as slow to act'],
    ])
    // The subject after "whom" is the source, and the view ends at the comma.
    expect(
      pair('Lund dropped Dana Ortiz, whom the mayor views as a rival, before the vote.'),
    ).toEqual([['the mayor', 'views', 'whom the mayor views as a rival']])
    // "what she sees as waste" names a thing the sentence goes on about; identifying classifies.
    expect(pair('Ortiz cut what she sees as waste.')).toEqual([])
    expect(pair('Lund gave a file that she identified as the county plan.')).toEqual([])
    // ("many of whom said …": after "of" the relative belongs to the subject.)
    expect(pair('Ortiz met the renters, many of whom said the levy was unfair.')).toEqual([
      ['many of whom', 'said', 'the levy was unfair'],
    ])
  })

  it('ends a report in a relative clause set off by commas before the main predicate', () => {
    // The pronoun opens the content whatever the subject, a bare plural too, when the clause
    // after the cue lacks its subject; the comma closing the aside ends it.
    expect(
      pair(
        'The new fees, which planners said will take effect in June, will not apply to renters.',
      ),
    ).toEqual([['planners', 'said', 'which planners said will take effect in June']])
    expect(
      pair('The Harlow County figure, which Dana Ortiz said was too low, was revised.'),
    ).toEqual([['Dana Ortiz', 'said', 'which Dana Ortiz said was too low']])
    // ("many of whom": a share of the relative's people, set off the same way.)
    expect(pair('The renters, many of whom said the levy was unfair, left the hall.')).toEqual([
      ['many of whom', 'said', 'the levy was unfair'],
    ])
  })

  it('gives a participle after a comma the subject of the clause, not the whole clause', () => {
    const found = summary(
      run('Two councillors implored the mayor to wait, arguing that the bridge was unsafe.'),
    )
    expect(found.map((a) => [a.source, a.cue, a.content])).toContainEqual([
      'Two councillors',
      'arguing',
      'that the bridge was unsafe',
    ])
  })

  it('reads findings and rulings with a that-clause, not acts with an object', () => {
    expect(
      summary(run('The court ruled that the harbour toll was unlawful.')).map((a) => [
        a.source,
        a.cue,
        a.content,
      ]),
    ).toEqual([['The court', 'ruled', 'that the harbour toll was unlawful']])
    expect(run('The family ruled the harbour town for a century.').attributions).toEqual([])
    // (A charge with no one named who brought it is agentless: no act of the one charged.)
    expect(summary(run('He was charged with fraud on Tuesday.'))[0]?.kind).toBe('agentless')
  })

  it('reads “continued:” before a quote as speech, not “continued to”', () => {
    expect(summary(run('Okafor continued: “The bridge will open in May.”'))[0]?.cue).toBe(
      'continued',
    )
    expect(run('Tolls continued to rise in May.').attributions).toEqual([])
  })

  it('reads a plural noun of saying before a modal or “are” as a subject, not a cue', () => {
    expect(run('Her numerous sharp remarks are turning voters away.').attributions).toEqual([])
    expect(run('Many users’ comments are breaking the county’s rules.').attributions).toEqual([])
    // After a capital that is only the sentence's: "Health worries have …".
    expect(run('Budget worries have dogged the council since May.').attributions).toEqual([])
    expect(
      run('Dana Ortiz failed to inspire the way her rival’s bold promises do.').attributions,
    ).toEqual([])
    // After a subject whose clause lost its own subject, the same form is a verb.
    expect(
      pair('The levy, which Dana Ortiz claims would cost nothing, passed in May.')[0]?.slice(0, 2),
    ).toEqual(['Dana Ortiz', 'claims'])
  })

  it('reads transcript speaker labels, also inside an opening quotation mark', () => {
    const text =
      'The debate opened with the budget.\n\nOKAFOR: We will open the bridge in May.\n\n"MOSS: Not with this budget, you will not.'
    expect(summary(run(text)).map((a) => [a.source, a.cue, a.content])).toEqual([
      ['OKAFOR', ':', 'We will open the bridge in May.'],
      ['MOSS', ':', 'Not with this budget, you will not.'],
    ])
  })

  it('runs a turn of a transcript quoted whole over its paragraphs up to the next label', () => {
    const text =
      'The interview aired on Sunday.\n\n"MOSS: Will the ferry run?\n\n"OKAFOR: Well, look, the ferry runs.\n\n"And the bridge opens in May.\n\n"(CROSSTALK.)\n\n"MOSS: Thank you."'
    expect(summary(run(text)).map((a) => [a.source, a.cue, a.content])).toEqual([
      ['MOSS', ':', 'Will the ferry run?'],
      ['OKAFOR', ':', 'Well, look, the ferry runs.\n\n"And the bridge opens in May.'],
      ['MOSS', ':', 'Thank you."'],
    ])
  })

  it('reads a title in capitals before a colon once, as a headline’s label', () => {
    const text = 'COUNTY WATCH: Harlow Council Ignores Levy Scandal.\n\nThe council met on Monday.'
    expect(pair(text)).toEqual([['COUNTY WATCH', ':', 'Harlow Council Ignores Levy Scandal']])
  })

  it('reads no report inside a transcript turn: the turn is the speaker’s own words', () => {
    const text =
      'The interview ran long.\n\nORTIZ: I think the council wants a new bridge. People want safe roads, and they told me so.'
    expect(pair(text)).toEqual([
      [
        'ORTIZ',
        ':',
        'I think the council wants a new bridge. People want safe roads, and they told me so.',
      ],
    ])
    // Outside the turn the same words still report.
    expect(pair('Dana Ortiz said she thinks the council wants a new bridge.')[0]?.[1]).toBe('said')
  })

  it('leaves an impression inside a report to the report’s source, not an agentless one', () => {
    expect(pair('Dana Ortiz said the harbour plan appeared to stall in May.')).toEqual([
      ['Dana Ortiz', 'said', 'the harbour plan appeared to stall in May'],
    ])
    // Outside a report the impression has no one to hold it.
    expect(summary(run('The harbour plan appeared to stall in May.'))[0]?.kind).toBe('agentless')
  })

  it('gives a quotation to its speaker alone when “according to” names the record after it', () => {
    expect(
      pair(
        '“The ferry should run until the new bridge opens,” Dana Ortiz said, according to a radio transcript.',
      ),
    ).toEqual([['Dana Ortiz', 'said', '“The ferry should run until the new bridge opens,”']])
    // Without a speaker's quotation the record is the source.
    expect(
      pair(
        'The ferry may run until the new bridge opens, according to a radio transcript.',
      )[0]?.slice(0, 2),
    ).toEqual(['a radio transcript', 'according to'])
  })

  it('joins a quotation that goes straight on from its speaker’s report to that report', () => {
    // The next sentence of the same paragraph.
    expect(
      pair(
        'Dana Ortiz praised the harbour plan. “It will save the fishing fleet and the jobs that go with it.”',
      ),
    ).toEqual([
      [
        'Dana Ortiz',
        'praised',
        'the harbour plan. “It will save the fishing fleet and the jobs that go with it.”',
      ],
    ])
    // The next paragraph, after a quotation of the speaker's that closed the last one.
    const quoted = pair(
      '“The levy is dead on arrival,” Dana Ortiz said. “Nobody on the council will vote for it.”\n\n“We will start again in the spring with a smaller plan for the harbour.”',
    )
    expect(quoted).toHaveLength(1)
    expect(quoted[0]?.[2]).toMatch(/^“The levy.*harbour\.”$/s)
    // After a paragraph of the writer's own words about the speaker, the quotation stands alone.
    expect(
      pair(
        'Dana Ortiz praised the harbour plan.\n\n“It will save the fishing fleet and the jobs that go with it.”',
      ),
    ).toHaveLength(2)
  })

  it('leaves a clause closed by the report that carries it to that report alone', () => {
    expect(
      pair(
        'The Harlow County council has also agreed to host the talks, officials said on Tuesday.',
      ),
    ).toEqual([
      ['officials', 'said', 'The Harlow County council has also agreed to host the talks'],
    ])
    // A verb of saying inside is relayed too: the trailing report is the one the text makes.
    expect(pair('Dana Ortiz told the board the levy would pass, the Courier reported.')).toEqual([
      ['the Courier', 'reported', 'Dana Ortiz told the board the levy would pass'],
    ])
    // A quotation inside too, when another source is named after it …
    expect(
      pair('Dana Ortiz said the levy was “dead on arrival,” the Harlow Courier reported.'),
    ).toEqual([
      ['the Harlow Courier', 'reported', 'Dana Ortiz said the levy was “dead on arrival,”'],
    ])
    // … but not when a pronoun goes on with the speaker's own words.
    expect(
      pair('Dana Ortiz said the levy was “dead on arrival,” she added.').map((a) => a[1]),
    ).toContain('said')
    // With no report trailing it the clause is a report of its own.
    expect(pair('Dana Ortiz told the board the levy would pass.')).toEqual([
      ['Dana Ortiz', 'told', 'the board the levy would pass'],
    ])
  })

  it('leaves a stance inside a report whose speaker is named after it to that report', () => {
    expect(
      pair('Mayor Ana Lee also plans to run for the Harlow County council, Dana Ortiz said.'),
    ).toEqual([
      ['Dana Ortiz', 'said', 'Mayor Ana Lee also plans to run for the Harlow County council'],
    ])
    // Without the report the stance is the writer's to report.
    expect(pair('Mayor Ana Lee also plans to run for the council.')[0]?.[1]).toBe('also plans')
  })

  it('reads “as we know it” as a set phrase, not a report of knowledge', () => {
    expect(
      run('The Harlow County council as we now know it will be gone by May.').attributions,
    ).toEqual([])
    expect(run('Local news as we know it is safe.').attributions).toEqual([])
    expect(pair('We know the council will vote in May.')[0]?.[1]).toBe('know')
  })

  it('reads a stance in a relative clause on a speaker named after “said” as a description', () => {
    expect(
      pair(
        '“The toll has to go,” said Dana Ortiz, a former mayor who supports the Harlow County levy.',
      ).map((a) => a[1]),
    ).toEqual(['said'])
    // A verb of saying there is a second report.
    expect(
      pair(
        '“The toll has to go,” said Dana Ortiz, a former mayor who added that the levy was too high.',
      ).map((a) => a[1]),
    ).toEqual(['said', 'added'])
    // Before the verb, or without a report, the stance stays.
    expect(
      pair('Dana Ortiz, a former mayor who supports the levy, spoke on Monday.').map((a) => a[1]),
    ).toEqual(['supports'])
  })

  it('reads a relative clause in an editor’s note as the outlet’s description, not a report', () => {
    const note =
      'The vote was close.\nEditor’s note: Dana Ortiz is a former mayor who has repeatedly pledged to close the harbour to all ferries.'
    expect(run(note).attributions).toEqual([])
    // The same sentence in the article's own text reports the pledge.
    expect(
      pair(
        'The vote was close.\nDana Ortiz is a former mayor who has repeatedly pledged to close the harbour to all ferries.',
      )[0]?.[1],
    ).toBe('has repeatedly pledged')
    // A report the note relays keeps its source.
    expect(
      pair(
        'The vote was close.\nEditor’s note: An earlier article reported that the Harlow County council had closed the harbour.',
      )[0]?.[1],
    ).toBe('reported')
  })

  it('reads a name in title case before a colon as a speaker’s turn when the turn runs on', () => {
    const text =
      'The panel met on Friday.\n\nAna Lund: Well, look, the harbour fund has been empty for years and nobody on the council wants to admit it.\n\nVarga: “We have a plan, and we will publish it.”'
    expect(summary(run(text)).map((a) => [a.source, a.cue])).toEqual([
      ['Ana Lund', ':'],
      ['Varga', ':'],
    ])
    // A short list entry, a credit line or a phrase with a determiner is no turn.
    expect(run('The options.\n\nLund: Finish second.').attributions).toEqual([])
    expect(
      run('A chart.\n\nSource: The harbour office, figures for every month of last year.')
        .attributions,
    ).toEqual([])
    expect(
      run(
        'We met.\n\nThe result: Lund will have to travel three hours to reach the port every day.',
      ).attributions,
    ).toEqual([])
  })

  it('reads a cue in a title-case headline', () => {
    const found = summary(run('# Okafor Says Harbour Bridge Will Open in May', 'markdown'))
    expect(found.map((a) => [a.source, a.cue, a.content])).toEqual([
      ['Okafor', 'Says', 'Harbour Bridge Will Open in May'],
    ])
    // In running text a capitalised word is a name, not a cue.
    expect(run('The Says Foundation funds the bridge.').attributions).toEqual([])
    // A plural subject's verb that otherwise needs a clause takes the headline's object.
    const plural = summary(run('# Leaked Files Reveal Harbour Donors', 'markdown'))
    expect(plural.map((a) => [a.source, a.cue, a.content])).toEqual([
      ['Leaked Files', 'Reveal', 'Harbour Donors'],
    ])
    // Not a form in -s, which may be a plural noun.
    expect(run('# Harbour Bridge Rules Face Key Test', 'markdown').attributions).toEqual([])
  })

  it('gives a second cue after “but” or “and” the source of the first', () => {
    const found = summary(
      run('A council statement said the bridge would open but warned that tolls “may rise.”'),
    )
    expect(found.map((a) => [a.source, a.cue])).toEqual([
      ['A council statement', 'said'],
      ['A council statement', 'warned'],
    ])
  })

  it('takes an article and a name as the subject of coordinated verbs', () => {
    const found = summary(
      run('The Harbour Board met on Tuesday and says the bridge will open in May.'),
    )
    expect(found.map((a) => [a.source, a.content])).toEqual([
      ['The Harbour Board', 'the bridge will open in May'],
    ])
  })

  it('takes a subject after a fronted phrase or with an aside for coordinated verbs', () => {
    const sourceAndContent = (text: string) => summary(run(text)).map((a) => [a.source, a.content])
    expect(
      sourceAndContent(
        'In a call with the Harbour Gazette, Okafor stood by his remarks and said the toll was fair.',
      ),
    ).toEqual([['Okafor', 'the toll was fair']])
    expect(
      sourceAndContent(
        'Bea Lund, a retired ferry pilot, joined the board and said she would vote no.',
      ),
    ).toEqual([['Bea Lund, a retired ferry pilot', 'she would vote no']])
  })

  it('skips a linking conjunction before the subject of a participle or a coordinated cue', () => {
    expect(pair('And then Okafor went on the attack, saying the toll was a scam.')).toEqual([
      ['Okafor', 'saying', 'the toll was a scam'],
    ])
    expect(pair('But the harbour court overruled and said the toll could stay.')).toEqual([
      ['the harbour court', 'said', 'the toll could stay'],
    ])
    expect(pair('But Okafor greeted the crowd and said the ferry would run.')).toEqual([
      ['Okafor', 'said', 'the ferry would run'],
    ])
    // A participle phrase opening the sentence; a first predicate of "be" before a verb of saying.
    expect(
      pair('Walking to the dock, Okafor waved at the crew and said the ferry would run.'),
    ).toEqual([['Okafor', 'said', 'the ferry would run']])
    // An irregular past, and a list of predicates, before the verb of saying.
    expect(
      pair('The harbour master stood up, thanked the crew and said the ferry would run.'),
    ).toEqual([['The harbour master', 'said', 'the ferry would run']])
    // (The infinitive's stance is Okafor's too, as "Okafor praised the crew" would be.)
    expect(pair('Okafor was quick to praise the crew and said the ferry would run.')).toEqual([
      ['Okafor', 'praise', 'the crew'],
      ['Okafor', 'said', 'the ferry would run'],
    ])
    // A predicate of one verb before the "and".
    expect(pair('Okafor smiled and said the ferry would run.')).toEqual([
      ['Okafor', 'said', 'the ferry would run'],
    ])
  })

  it('reads a second stance of the same subject after "and" or "but" as a report of its own', () => {
    // The first report's object or infinitive ends before the second verb, however short.
    expect(pair('Dana Ortiz criticized Reyes and challenged him to a debate.')).toEqual([
      ['Dana Ortiz', 'criticized', 'Reyes'],
      ['Dana Ortiz', 'challenged', 'him to a debate'],
    ])
    // An auxiliary and an adverb before the second verb.
    expect(
      pair(
        'Ortiz has asked council members to reject the levy and has repeatedly described it as a trap.',
      ),
    ).toEqual([
      ['Ortiz', 'has asked', 'council members to reject the levy'],
      ['Ortiz', 'has repeatedly described', 'it as a trap'],
    ])
    expect(
      pair('The Harlow County council claimed victory but has expressed doubts about the count.'),
    ).toEqual([
      ['The Harlow County council', 'claimed', 'victory'],
      ['The Harlow County council', 'has expressed', 'doubts about the count'],
    ])
    // After a reported clause the verb may be the clause's own subject's: one report.
    expect(pair('Ortiz said she was unsure about the plan and was wary of its cost.')).toEqual([
      ['Ortiz', 'said', 'she was unsure about the plan and was wary of its cost'],
    ])
    // A list of predicates after commas, closed by "and": each item its subject's report.
    expect(
      pair('Ortiz has promised to cut fares, opposed the levy and backed the new pier.'),
    ).toEqual([
      ['Ortiz', 'has promised', 'to cut fares'],
      ['Ortiz', 'opposed', 'the levy'],
      ['Ortiz', 'backed', 'the new pier'],
    ])
    // (A list inside a relative clause is the relative clause's, not the subject's.)
    expect(
      pair(
        'The mayor praised a network that has trafficked in rumours, posted one-sided news and presented grim views.',
      ),
    ).toEqual([['The mayor', 'praised', 'a network that has trafficked in rumours']])
  })

  it('gives a participle opening the sentence to the subject after its comma', () => {
    expect(pair('Noting that the toll had doubled, Okafor called for a vote.')[0]).toEqual([
      'Okafor',
      'Noting',
      'that the toll had doubled',
    ])
    // The report ends with the opening phrase.
    expect(pair('After saying the channel was safe, Bea Lund left the room.')).toEqual([
      ['Bea Lund', 'saying', 'the channel was safe'],
    ])
    // A quotation in the opening phrase, its comma inside the closing mark.
    expect(
      pair('After saying the channel was “safe, calm and charted,” Bea Lund left the room.'),
    ).toEqual([['Bea Lund', 'saying', 'the channel was “safe, calm and charted,”']])
  })

  it('reads a lower-case subject with a named aside after a fronted phrase', () => {
    expect(
      pair('On Monday, however, the harbour’s chief pilot, Bea Lund, said the channel was safe.'),
    ).toEqual([['the harbour’s chief pilot, Bea Lund', 'said', 'the channel was safe']])
    expect(
      pair('When the harbour’s chief pilot, Bea Lund, said the channel was safe, the ships left.'),
    ).toEqual([['the harbour’s chief pilot, Bea Lund', 'said', 'the channel was safe']])
    // Before a participle, the stretch between commas is a clause, not an aside.
    expect(
      pair('After the vote, two aides urged her to return, arguing that it would help.').at(-1),
    ).toEqual(['two aides', 'arguing', 'that it would help'])
    // A clause with a pronoun subject before a participle is no aside. (Its stance is its own.)
    expect(pair('Meanwhile, it attacked the toll, saying the fee was a scam.')).toEqual([
      ['it', 'attacked', 'the toll'],
      ['it', 'saying', 'the fee was a scam'],
    ])
  })

  it('reads a subject with a relative clause, a second name or a share before its asides', () => {
    expect(
      pair(
        'Then aides to Gov. Ana Ruiz of Ohio, a former prosecutor, and Gov. Ivo Kane of Iowa, who spent years in Congress, said their speeches would change.',
      ),
    ).toEqual([
      [
        'aides to Gov. Ana Ruiz of Ohio, a former prosecutor, and Gov. Ivo Kane of Iowa, who spent years in Congress',
        'said',
        'their speeches would change',
      ],
    ])
    expect(
      pair(
        'Yet some riders who have taken the ferry for decades, in summer or in winter, said it had never been late.',
      ),
    ).toEqual([
      [
        'some riders who have taken the ferry for decades, in summer or in winter',
        'said',
        'it had never been late',
      ],
    ])
    expect(pair('Just over a third, 35 percent, say they will stay home.')).toEqual([
      ['over a third, 35 percent', 'say', 'they will stay home'],
    ])
    expect(pair('Sen. Ivo Kane (D-Ohio), said he had not read the plan.')).toEqual([
      ['Sen. Ivo Kane (D-Ohio)', 'said', 'he had not read the plan'],
    ])
    // A thing or a clause before the comma is no subject; a name after the cue is the source.
    expect(pair('The contrast with Kane, said Fleck and others, would be clear.')).toEqual([])
    expect(
      pair(
        'Yet some workers who have left the mill, at both plants, said lobbyist and strategist Ana Ruiz, its former partner.',
      ),
    ).toEqual([
      [
        'lobbyist and strategist Ana Ruiz',
        'said',
        'some workers who have left the mill, at both plants',
      ],
    ])
  })

  it('reads a relative "which" before a verb of saying as the source, of its antecedent\'s kind', () => {
    const sources = (text: string) =>
      summary(run(text)).map((a) => [a.source, a.sourceKind, a.cue, a.content] as const)
    expect(
      sources(
        'The fine was set by the trade board, which contended that Ohio had undertaxed the firm.',
      ),
    ).toEqual([['which', 'named', 'contended', 'that Ohio had undertaxed the firm']])
    expect(
      sources('Instead, the study -- which notes that 58 firms would owe more -- should be read.'),
    ).toEqual([['which', 'document', 'notes', 'that 58 firms would owe more']])
    // The antecedent after a preposition: the brief, not the clause it stands in.
    const analysis = run(
      'The port’s case was set out in a brief filed in May, which argued that the pier was safe.',
    )
    expect(analysis.entities.map((e) => [e.name, e.kind])).toEqual([
      ['a brief filed in May', 'document'],
    ])
    // "which" alone is no clear source for a stance or a wish; after a name it stands for one.
    expect(sources('The union, which wants a raise, met on Monday.')).toEqual([])
    expect(sources('The plan angered the Farm Guild, which opposed the dam.')).toEqual([
      ['which', 'named', 'opposed', 'the dam'],
    ])
  })

  it('reads a base-form cue before a clause with its own subject and finite verb', () => {
    expect(pair('Organizers of both fairs insist they will meet their targets.')).toEqual([
      ['Organizers of both fairs', 'insist', 'they will meet their targets'],
    ])
    expect(pair('Most members agreed they had no real recourse at this point.')).toEqual([
      ['Most members', 'agreed', 'they had no real recourse at this point'],
    ])
    expect(pair('Fans insist delegates must heed the will of the party.')).toEqual([
      ['Fans', 'insist', 'delegates must heed the will of the party'],
    ])
    // A noun before a clause's subject is no cue: "a claim", or an -s form as a plural noun.
    expect(pair('Her claim they were paid was false.')).toEqual([])
    expect(pair('The head of the port rules committee has resigned.')).toEqual([])
  })

  it('keeps a number with thousands commas whole, in the source and in the content', () => {
    expect(pair('In the county caucuses, 34,000 people supported Ruiz.')).toEqual([
      ['34,000 people', 'supported', 'Ruiz'],
    ])
    expect(
      pair('Port officials say they have found 1,250,000 more crates, 40 of them empty.'),
    ).toEqual([
      ['Port officials', 'say', 'they have found 1,250,000 more crates, 40 of them empty'],
    ])
  })

  it('takes one unnamed holder of a title (“a port spokesman”, “a federal judge”) for a clear source', () => {
    expect(pair('A port spokesman declined to comment.')).toEqual([
      ['A port spokesman', 'declined', 'to comment'],
    ])
    expect(pair('A federal judge has rejected the request to unseal the file.')).toEqual([
      ['A federal judge', 'has rejected', 'the request to unseal the file'],
    ])
  })

  it('reads a refusal to answer after a negation: “did not respond to”, “has not commented on”', () => {
    expect(pair('The ferry company did not immediately respond to a request for comment.')).toEqual(
      [['The ferry company', 'did not immediately respond to', 'a request for comment']],
    )
    expect(pair('Lund has not commented on the audit.')).toEqual([
      ['Lund', 'has not commented on', 'the audit'],
    ])
    // Without a negation, responding to a thing reports nothing.
    expect(pair('Firefighters were slow to respond to the blaze.')).toEqual([])
    expect(pair('Lund would not say whether the port would close.')).toEqual([
      ['Lund', 'would not say', 'whether the port would close'],
    ])
    // "can't say" is a manner of speaking, no refusal.
    expect(pair('I can’t say my own visits have been frequent.')).toEqual([])
  })

  it('reads “as X put it,” as the source’s phrasing, with or without a quotation', () => {
    expect(pair('As the mayor put it, the harbour belongs to everyone.')).toEqual([
      ['the mayor', 'put it', 'the harbour belongs to everyone'],
    ])
    expect(
      pair('As Ms. Berg put it in a letter to the board, the port is “a harbour for all.”'),
    ).toEqual([['Ms. Berg', 'put it', 'the port is “a harbour for all.”']])
    // Other verbs of manner in an "as" clause tell when, not who said what.
    expect(pair('As the crowd began to chant, the mayor left the stage.')).toEqual([])
  })

  it('leaves when and on what occasion something was said out of an inverted speaker', () => {
    const sources = (text: string) => summary(run(text)).map((a) => a.source)
    expect(sources('“We will win,” said Ana Lund during the second debate.')).toEqual(['Ana Lund'])
    expect(sources('“We will win,” said Ana Lund in an interview on Monday.')).toEqual(['Ana Lund'])
    // Where a source works still describes the source.
    expect(sources('“We will win,” said an official in the ministry.')).toEqual([
      'an official in the ministry',
    ])
  })

  it('reads an inverted speaker followed by an aside in parentheses that closes the sentence', () => {
    expect(
      summary(
        run(
          'Doubling the port fee “is a misguided approach,” said Mr. Lund (a view the pilots share).',
        ),
      ).map((a) => [a.source, a.cue, a.content]),
    ).toEqual([['Mr. Lund', 'said', 'Doubling the port fee “is a misguided approach,”']])
  })

  it('reads a rating “as” something as a view, and “claims as false” as a plural noun', () => {
    expect(pair('FactLab rated 30% of Green claims as false.')).toEqual([
      ['FactLab', 'rated', '30% of Green claims as false'],
    ])
    expect(pair('The panel rejected most party claims as false.')).toEqual([])
    expect(pair('Only 12% of rival claims – a small share – held up.')).toEqual([])
    // After a pronoun, or with a clause after "as", the -s form is the verb.
    expect(
      pair('“Is it over?” Lund asks as a waiter walks in.').map(([source, cue]) => [source, cue]),
    ).toEqual([['Lund', 'asks']])
    expect(
      pair('Lund presumably believes — that the port will reopen by May.').map(([s, c]) => [s, c]),
    ).toEqual([['Lund', 'presumably believes']])
  })

  it('reads an expletive “it” before a passive verb of saying as no source: agentless', () => {
    const read = (text: string) => summary(run(text)).map((a) => [a.kind, a.source, a.cue])
    expect(read('It was announced on Monday that the port would close.')).toEqual([
      ['agentless', null, 'was announced'],
    ])
    // (As an agentless cue of data/agentless-cues.txt the report starts after the cue.)
    expect(
      summary(run('It has been widely reported that the port will close.')).map((a) => a.content),
    ).toEqual(['that the port will close'])
    // "It" as the subject of an active verb is still a source.
    expect(read('It also said that the port would close.')).toEqual([
      ['indirect', 'It', 'also said'],
    ])
  })

  it('keeps a relative clause ending in a participle before the cue inside the source', () => {
    const sources = (text: string) =>
      summary(run(text)).map((a) => [a.source, a.sourceKind, a.cue] as const)
    expect(sources('A port official who asked not to be named said the fees would rise.')).toEqual([
      ['A port official who asked not to be named', 'anonymous', 'said'],
    ])
    expect(sources('Fees will rise, an aide who was never identified said on Monday.')).toEqual([
      ['an aide who was never identified', 'anonymous', 'said'],
    ])
  })

  it('keeps a relative clause with its own auxiliary or past tense inside the source', () => {
    const sources = (text: string) =>
      summary(run(text)).map((a) => [a.source, a.sourceKind, a.cue] as const)
    expect(
      sources('A 2014 study that appeared in a medical journal found that the drug worked.'),
    ).toEqual([['A 2014 study that appeared in a medical journal', 'document', 'found']])
    expect(sources('Surety firms that had insured the mine agreed to pay the costs.')).toEqual([
      ['Surety firms that had insured the mine', 'named', 'agreed'],
    ])
    expect(sources('Neighbours who had watched the fire said it spread fast.')).toEqual([
      ['Neighbours who had watched the fire', 'named', 'said'],
    ])
    // "the fact that officials found" has no relative clause; "who has mounted a challenge"
    // has no cue.
    expect(sources('He said the fact that officials found nothing was odd.')).toEqual([
      ['He', 'named', 'said'],
    ])
    expect(sources('Kane, who has mounted a bold challenge to the mayor, drew crowds.')).toEqual([])
  })

  it('reads "that" after a preposition as a determiner inside the source', () => {
    expect(pair('The author of that report said the vote would test their ideas.')).toEqual([
      ['The author of that report', 'said', 'the vote would test their ideas'],
    ])
    expect(
      pair('One of the authors of that 2013 report, Ada Fleck, said the vote will test them.'),
    ).toEqual([
      ['One of the authors of that 2013 report, Ada Fleck', 'said', 'the vote will test them'],
    ])
  })

  it('takes a common-noun subject up to its past tense for a coordinated cue', () => {
    expect(
      summary(run('A spokesman for the harbour defended the toll and said it would stay.')).map(
        (a) => [a.source, a.content],
      ),
    ).toEqual([
      // (A spokesman is a clear source, so "defended" takes its object as a stance too.)
      ['A spokesman for the harbour', 'the toll'],
      ['A spokesman for the harbour', 'it would stay'],
    ])
  })

  it('reads a past participle after a preposition or a comparative as describing a noun', () => {
    expect(
      run('Ruiz may hold a lead in pledged votes, but Okafor has the momentum.').attributions,
    ).toEqual([])
    expect(run('She won more pledged votes than any rival this spring.').attributions).toEqual([])
    // A verb still: a preposition or a comparative, then an infinitive.
    expect(summary(run('Most pledged to back the harbour plan.'))[0]?.cue).toBe('pledged')
  })

  it('reads the main clause before an “as” clause whose cue has only when or where after it', () => {
    expect(
      summary(
        run(
          'The ferry will stop running, as the harbour master said in March while opening a pier.',
        ),
      ),
    ).toEqual([
      {
        kind: 'indirect',
        source: 'the harbour master',
        sourceKind: 'named',
        cue: 'said',
        content: 'The ferry will stop running',
      },
    ])
    expect(
      summary(run('The ferry will stop running, as Ana Brecht said, and the town is worried.'))[0]
        ?.content,
    ).toBe('The ferry will stop running')
    // A fronted phrase before the “as” clause says nothing; the report follows.
    expect(
      summary(run('In fact, as Ana Brecht noted, the ferry will stop running.'))[0]?.content,
    ).toBe('the ferry will stop running')
  })

  it('reads a plural noun of saying joined by “or” to another noun as no cue', () => {
    expect(
      run('The panel reviewed his public remarks or speeches from last spring.').attributions,
    ).toEqual([])
  })

  it('reads going to court or voting against a thing in an infinitive as a stance', () => {
    expect(pair('Dana Ortiz flew to Harlow to sue the county over the levy.')).toEqual([
      ['Dana Ortiz', 'sue', 'the county over the levy'],
    ])
    expect(pair('Dana Ortiz was the only member to vote against the budget.')).toEqual([
      ['Dana Ortiz', 'vote against', 'the budget'],
    ])
    expect(pair('Dana Ortiz has no plans to sue.')).toEqual([])
  })

  it('reads “to address” an issue as a stance, but not “to address” an audience', () => {
    expect(pair('Dana Ortiz flew to Harlow to address the levy.')).toEqual([
      ['Dana Ortiz', 'address', 'the levy'],
    ])
    expect(pair("Dana Ortiz flew to Harlow to address voters' worries about the levy.")).toEqual([
      ['Dana Ortiz', 'address', "voters' worries about the levy"],
    ])
    expect(pair('Dana Ortiz flew to Harlow to address the county convention.')).toEqual([])
    expect(pair('Dana Ortiz flew to Harlow to address them.')).toEqual([])
    expect(pair('Dana Ortiz flew to Harlow to address Harlow Rotary.')).toEqual([])
  })

  it('ends a stance in an infinitive before “and to” or “and who”', () => {
    expect(pair('Dana Ortiz went on the radio to defend Lund and to attack Reyes.')).toEqual([
      ['Dana Ortiz', 'defend', 'Lund'],
      ['Dana Ortiz', 'attack', 'Reyes'],
    ])
    expect(
      pair('Renters who came out in force to oppose the levy and who now back Lund were thanked.'),
    ).toEqual([['Renters', 'oppose', 'the levy']])
  })

  it('ends an infinitive content before “and” with a new subject pronoun', () => {
    expect(
      summary(run('Brecht promised to repaint the pier, and he kept his word.'))[0]?.content,
    ).toBe('to repaint the pier')
    expect(
      summary(run('Brecht decided not to run again and she thanked him for it.'))[0]?.content,
    ).toBe('not to run again')
    // Inside a subordinate clause the pronouns are that clause's subjects.
    expect(
      summary(run('Brecht promised to ask whether he and she could share the pier.'))[0]?.content,
    ).toBe('to ask whether he and she could share the pier')
  })

  it('reads a headline that names its source before a colon', () => {
    const text =
      'Okafor: Harbour Bridge Will Open ‘On Time’.\n\nThe council met on Tuesday night to discuss the budget.'
    expect(summary(run(text))).toEqual([
      {
        kind: 'mixed',
        source: 'Okafor',
        sourceKind: 'named',
        cue: ':',
        content: 'Harbour Bridge Will Open ‘On Time’',
      },
    ])
    expect(summary(run('# Poll: Most Voters Back the Bridge', 'markdown'))[0]?.source).toBe('Poll')
    // A genre label is no source, and a colon in the body is no headline.
    expect(run('# Update: Storm Hits Coast', 'markdown').attributions).toEqual([])
    // A clickbait teaser is no source either.
    expect(
      run('Wow: Harbour Bridge Opens Two Years Early.\n\nThe ferry ran late.').attributions,
    ).toEqual([])
    expect(
      run('LOOK: Crowds Flood the New Harbour Bridge.\n\nThe ferry ran late.').attributions,
    ).toEqual([])
    // Nor is page furniture: a byline, a paid notice.
    expect(run('BYLINE: Tomas Wendt.\n\nThe ferry ran late.').attributions).toEqual([])
    expect(
      run('Paid Notice: Deaths BRIX, ADA.\n\nBrix, Ada, 90, of Dunmore.').attributions,
    ).toEqual([])
    expect(
      run('The council met on Tuesday.\n\nBudget: the council cut it by a third.').attributions,
    ).toEqual([])
    // A headline with a subtitle on the next line: the headline's line is the content.
    expect(
      summary(
        run('Okafor: the toll is ‘a scam’; \nCouncil to vote on Friday.\n\nThe council met.'),
      )[0],
    ).toMatchObject({ source: 'Okafor', cue: ':', content: 'the toll is ‘a scam’' })
  })

  it('reads a headline speaker addressing someone, or after a genre label and a dash', () => {
    const addressed = summary(
      run('Lund to Harbour Workers: The ferry will run all winter.\n\nThe mayor, Ana Lund, spoke.'),
    )
    expect(addressed[0]).toMatchObject({
      source: 'Lund',
      cue: ':',
      content: 'The ferry will run all winter',
    })
    const labelled = summary(
      run('EXCLUSIVE – Tom Berg: Do Not Trust the Harbour Board.\n\nBerg spoke on Monday.'),
    )
    expect(labelled[0]).toMatchObject({ source: 'Tom Berg', cue: ':' })
    // A title whose first words never come up again, or open with an article, names no one.
    expect(
      run('Road to Recovery: Harbour Reopens After Storm.\n\nThe port opened.').attributions,
    ).toEqual([])
    expect(
      run('A Quiet Plan to Sell the Port: Buy Ferries.\n\nThe Plan was quiet.').attributions,
    ).toEqual([])
  })

  it('reads a cue with when, where or to whom between commas as interrupting the sentence', () => {
    expect(pair('The levy, Dana Ortiz said in an interview, is fair to farmers.')).toEqual([
      ['Dana Ortiz', 'said', 'The levy, Dana Ortiz said in an interview, is fair to farmers'],
    ])
    expect(
      pair('If the levy passes, Dana Ortiz told reporters on Monday, the county will pay.'),
    ).toEqual([
      [
        'Dana Ortiz',
        'told reporters',
        'If the levy passes, Dana Ortiz told reporters on Monday, the county will pay',
      ],
    ])
    // A time, or a clause of the writer's own, after the comma: the report is before the source.
    expect(
      pair('The vote was close, the council said on Monday, two days after the count.'),
    ).toEqual([['the council', 'said', 'The vote was close']])
    expect(
      pair('The mill was never about profit, her aides said in interviews; rather, it was a gift.'),
    ).toEqual([['her aides', 'said', 'The mill was never about profit']])
  })

  it('reads an aside between a reported subject and its verb as part of the report', () => {
    expect(pair('Dana Ortiz also says the levy, while costly, was handled well.')).toEqual([
      ['Dana Ortiz', 'also says', 'the levy, while costly, was handled well'],
    ])
    expect(
      pair(
        'Dana Ortiz said that her loyalty to the council, and the support of farmers, were factors.',
      ),
    ).toEqual([
      [
        'Dana Ortiz',
        'said',
        'that her loyalty to the council, and the support of farmers, were factors',
      ],
    ])
    // A concession after the clause's verb is the writer's.
    expect(pair('Dana Ortiz said the levy was costly, while the fee was fair.')).toEqual([
      ['Dana Ortiz', 'said', 'the levy was costly'],
    ])
  })

  it('reads a report after the cue when a quote closes a phrase opening the sentence', () => {
    expect(
      pair('Asked whether the ferry “would run on time,” 60 percent of riders said yes.'),
    ).toEqual([
      [null, 'Asked', 'whether the ferry “would run on time,”'],
      ['60 percent of riders', 'said', 'yes'],
    ])
    expect(
      pair('Even as Ortiz claimed that the ferry “runs late,” one captain said it was on time.'),
    ).toEqual([
      ['Ortiz', 'claimed', 'that the ferry “runs late,”'],
      ['one captain', 'said', 'it was on time'],
    ])
    // A quote that opens the sentence, or only when after the cue: the quote is what was said.
    expect(pair('“The ferry runs late,” one captain said on Monday.')).toEqual([
      ['one captain', 'said', '“The ferry runs late,”'],
    ])
  })

  it('reads the base form of “ask” right after its subject as a request', () => {
    expect(pair('The ads ask the council to drop the levy.')).toEqual([
      ['The ads', 'ask', 'the council to drop the levy'],
    ])
    expect(pair('We ask the board to vote on the levy.')).toEqual([
      ['We', 'ask', 'the board to vote on the levy'],
    ])
    // Not a command, an infinitive whose doer is unclear, or a request for a thing.
    expect(pair('Please ask yourself that question.')).toEqual([])
    expect(pair('Ortiz went to Harlow to ask for money.')).toEqual([])
  })

  it('joins a verb of phase, or “be” after a modal, to the -ing form of a cue', () => {
    expect(pair('Dana Ortiz kept saying the levy was unfair.')).toEqual([
      ['Dana Ortiz', 'kept saying', 'the levy was unfair'],
    ])
    expect(pair('Dana Ortiz started calling for a new levy.')).toEqual([
      ['Dana Ortiz', 'started calling for', 'a new levy'],
    ])
    expect(pair('Many farmers would be asking her to step aside.')).toEqual([
      ['Many farmers', 'would be asking', 'her to step aside'],
    ])
  })

  it('takes the whole sentence when a cue interrupts it between commas', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('After all, Okafor argued, Lisbon had built one.')).toBe(
      'After all, Okafor argued, Lisbon had built one',
    )
    expect(
      content('The letters covered many topics, the paper said, including budgets and roads.'),
    ).toBe('The letters covered many topics, the paper said, including budgets and roads')
    // The clause the cue interrupts, after ", but" or from a relative pronoun.
    expect(
      content(
        'Lisbon had resisted such deals, but the toll was so high, Okafor noted, that the city gave way.',
      ),
    ).toBe('the toll was so high, Okafor noted, that the city gave way')
    expect(
      content('The ferry stops near the stadium, which, Okafor said, is full on match days.'),
    ).toBe('which, Okafor said, is full on match days')
    // A noun phrase before the cue is the subject of the quote after it; a circumstance is not.
    expect(content('A cheaper ferry, the mayor said, “would pay for itself.”')).toBe(
      'A cheaper ferry, the mayor said, “would pay for itself.”',
    )
    expect(content('In a statement, the mayor said, “The ferry will run.”')).toBe(
      '“The ferry will run.”',
    )
  })

  it('reads no content in a phrase of when or where fronted before the speaker', () => {
    const content = (text: string) => summary(run(text)).map((a) => a.content)
    expect(
      content('At the fair, Senator Ada Brix criticized Mayor Tomas Wendt for the delays.'),
    ).toEqual(['Mayor Tomas Wendt for the delays'])
    expect(content('A week later, the ferry board reported that fares had doubled.')).toEqual([
      'that fares had doubled',
    ])
    expect(
      content('Speaking at a rally on Monday, Okafor accused Lund of lying about the port.'),
    ).toEqual(['Lund of lying about the port'])
    // A clause before the speaker is still what was said, even when it opens with a phrase.
    expect(content('In Ohio, the plan is dead, Okafor said.')).toEqual([
      'In Ohio, the plan is dead',
    ])
    expect(content('This has been a hard year for the port, Okafor said.')).toEqual([
      'This has been a hard year for the port',
    ])
  })

  it('leaves an opening “But” or “Still,” out of content before the speaker', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('But the port is losing money, Okafor said.')).toBe('the port is losing money')
    expect(content('Still, the port is losing money, Okafor said.')).toBe(
      'the port is losing money',
    )
    expect(content('“But we will win,” Okafor said.')).toBe('“But we will win,”')
  })

  it('joins a name and its role between commas', () => {
    const [a] = summary(
      run('Tom Hale, the regional envoy to the talks, said the dialogue had started.'),
    )
    expect(a?.source).toBe('Tom Hale, the regional envoy to the talks')
    expect(a?.content).toBe('the dialogue had started')
  })

  it('takes the speaker after a dash', () => {
    const [a] = summary(
      run('“We will appeal this ruling in every court we can.” — Commissioner Ana Ruiz'),
    )
    expect(a).toMatchObject({ kind: 'direct', source: 'Commissioner Ana Ruiz', cue: '—' })
    // A typed hyphen opening the next paragraph credits the quote above it too.
    const credited = summary(
      run(
        'The panel met on Monday.\n\n"The ferry is the lifeline of this town."\n\n- Dana Ortiz, speaking after the vote.\n\n"We will sell the boats."\n\n-Tom Reyes, Harlow.',
      ),
    )
    expect(credited.map((c) => [c.source, c.cue, c.content])).toEqual([
      ['Dana Ortiz', '-', '"The ferry is the lifeline of this town."'],
      ['Tom Reyes', '-', '"We will sell the boats."'],
    ])
    // (An item of a typed list after a quotation credits nothing.)
    expect(
      pair('The plan has two parts, Ortiz said:\n\n"We will fight."\n\n- Taxes will rise in May.'),
    ).toEqual([['Ortiz', 'said', '"We will fight."']])
  })

  it('takes the speaker from the next sentence', () => {
    const analysis = run(
      'Mr Varga met the premier. “He said yes. But there is a lot of work to do.” Mr Varga noted after the meeting.',
    )
    const direct = analysis.attributions.find((a) => a.kind === 'direct')
    expect(direct?.content.text).toBe('“He said yes. But there is a lot of work to do.”')
    expect(direct?.source?.text).toBe('Mr Varga')
  })

  it('joins the halves of a split quote', () => {
    const [a] = summary(
      run('“This is the first half,” she said of the plan. “And this is the second half.”'),
    )
    expect(a?.content).toBe(
      '“This is the first half,” she said of the plan. “And this is the second half.”',
    )
  })

  it('joins the halves of a split quote after “he said, but”', () => {
    const [a] = summary(
      run('“I admire the mayor,” he said, but “on transport she has been wrong for years.”'),
    )
    expect(a?.content).toBe(
      '“I admire the mayor,” he said, but “on transport she has been wrong for years.”',
    )
    expect(a?.source).toBe('he')
  })

  it('joins a split quote across a relative clause or a participle on the speaker', () => {
    const result = summary(
      run(
        '“The ferry will run again by June,” said Ona Petrakis, who chairs the harbor board. “Nobody will be stranded.” “We expect delays,” Tomas Irving said, adding that the pier needed repairs. “But the summer timetable stands.”',
      ),
    )
    expect(result.map((a) => a.content)).toEqual([
      '“The ferry will run again by June,” said Ona Petrakis, who chairs the harbor board. “Nobody will be stranded.”',
      '“We expect delays,” Tomas Irving said, adding that the pier needed repairs. “But the summer timetable stands.”',
      'that the pier needed repairs',
    ])
  })

  it('joins a split quote across a place in the cue, a source of the report or a state abbreviation', () => {
    const contents = (text: string) => summary(run(text)).map((a) => [a.source, a.content])
    expect(
      contents('“The stakes are high,” he said in a blog post. “The party must be trusted.”'),
    ).toEqual([
      ['he', '“The stakes are high,” he said in a blog post. “The party must be trusted.”'],
    ])
    const [pool] = contents(
      '“We will not stop,” Mayor Ruiz said of the protesters, according to a pool report. “Neither will the council.”',
    )
    expect(pool).toEqual([
      'Mayor Ruiz',
      '“We will not stop,” Mayor Ruiz said of the protesters, according to a pool report. “Neither will the council.”',
    ])
    expect(
      contents(
        '“The vote was fair,” said Dana Pike, 20, of Tampa, Fla. “She simply lost the argument.”',
      ),
    ).toEqual([
      [
        'Dana Pike',
        '“The vote was fair,” said Dana Pike, 20, of Tampa, Fla. “She simply lost the argument.”',
      ],
    ])
  })

  it("finds the speaker after a quote closed by three apostrophes (''…'x,''' said X)", () => {
    const [a] = summary(
      run("''I would call it 'vintage,''' said Gregor Haller, a friend of the family."),
    )
    expect(a).toMatchObject({
      kind: 'direct',
      source: 'Gregor Haller',
      cue: 'said',
      content: "''I would call it 'vintage,'''",
    })
  })

  it('does not give a quote to a dateline credit opening the next paragraph', () => {
    const result = summary(
      run(
        '“It is vastly different here,” said Steve Dorn, a party member from Vermont. “It is door-to-door combat.”\n\nLund reported from Oslo.\n',
      ),
    )
    expect(result.map((a) => [a.source, a.content])).toEqual([
      [
        'Steve Dorn',
        '“It is vastly different here,” said Steve Dorn, a party member from Vermont. “It is door-to-door combat.”',
      ],
    ])
  })

  it('keeps both a split quote and the quoting relative clause between its halves', () => {
    const result = summary(
      run(
        '“Ticket sales are up a little,” said Mr. Ekdahl, who noted that the price of some seats had “collapsed” to half their value. “Things are moving in the right direction.”',
      ),
    )
    expect(result.map((a) => [a.source, a.content])).toEqual([
      [
        'Mr. Ekdahl',
        '“Ticket sales are up a little,” said Mr. Ekdahl, who noted that the price of some seats had “collapsed” to half their value. “Things are moving in the right direction.”',
      ],
      ['who', 'that the price of some seats had “collapsed” to half their value'],
    ])
  })

  it('does not join a quote to one whose speaker another cue names in between', () => {
    const result = summary(
      run('“The bridge is safe,” Ms. Lindqvist said, and Mr. Okafor told reporters “It is not.”'),
    )
    expect(result.map((a) => [a.source, a.content])).toEqual([
      ['Ms. Lindqvist', '“The bridge is safe,”'],
      ['Mr. Okafor', '“It is not.”'],
    ])
  })

  it('joins the halves of a split quote when the second opens a sentence with “But”', () => {
    const [a] = summary(
      run('“I do not think any one vote decides it,” he said. But “her support helps us a lot.”'),
    )
    expect(a?.content).toBe(
      '“I do not think any one vote decides it,” he said. But “her support helps us a lot.”',
    )
  })

  it('joins a split quote whose first half only opens with the quote', () => {
    const [a] = summary(
      run(
        '“I like the shape” of the new budget, Ms. Okafor said. “But the numbers do not add up.”',
      ),
    )
    expect(a?.content).toBe(
      '“I like the shape” of the new budget, Ms. Okafor said. “But the numbers do not add up.”',
    )
  })

  it('joins the second half of a split quote that opens the next paragraph', () => {
    const [a] = summary(
      run('“Nobody has written a song for her yet,” he said.\n\n“It would help the campaign.”\n'),
    )
    expect(a?.content).toBe(
      '“Nobody has written a song for her yet,” he said.\n\n“It would help the campaign.”',
    )
  })

  it('reads “she continued” after a quote as a cue', () => {
    const [a] = summary(run('“We can do better than this,” she continued.'))
    expect(a).toMatchObject({ kind: 'direct', source: 'she', cue: 'continued' })
    expect(summary(run('Prices continued to rise in May.'))).toEqual([])
  })

  it('ends a mixed quote at a quote closing on a comma before a new clause', () => {
    const [a] = summary(
      run(
        'Ms. Ruiz is promising lower rents and “homes, homes, homes,” but she has also raised the fees.',
      ),
    )
    expect(a?.content).toBe('lower rents and “homes, homes, homes,”')
    const [b] = summary(
      run('The mayor said the deal was “a good start,” when the council asked about the delay.'),
    )
    expect(b?.content).toBe('the deal was “a good start,”')
  })

  it('takes a quote after “according to” to its end across sentences', () => {
    const [a] = summary(
      run('According to Ms. Ruiz, “The bridge is safe. But the road to it is not.”'),
    )
    expect(a?.content).toBe('“The bridge is safe. But the road to it is not.”')
    expect(a?.kind).toBe('direct')
  })

  it('reads two names or a name with its party tag before a colon as the quotation’s source', () => {
    const text =
      'The hearing ran long.\n\nRep. Dana Ortiz (D-Harlow):"Who told you that figure?"\n\nMore from Lund and Reyes: “The ferry stays in service.”'
    expect(pair(text)).toEqual([
      ['Rep. Dana Ortiz (D-Harlow)', ':', '"Who told you that figure?"'],
      ['Lund and Reyes', ':', '“The ferry stays in service.”'],
    ])
  })

  it('ends the source of “according to” at a colon before the quotation', () => {
    expect(
      pair('According to the Courier: “Dana Ortiz has been told she is on the shortlist.”'),
    ).toEqual([
      ['the Courier', 'According to', '“Dana Ortiz has been told she is on the shortlist.”'],
    ])
    // (A colon inside a quoted title belongs to the title.)
    expect(
      pair('According to “Harbour Days: A History,” the ferry first ran in 1902.')[0]?.[0],
    ).toBe('“Harbour Days: A History')
  })

  it('gives a quotation introduced by a clause of its own inside another report to that clause', () => {
    expect(
      pair(
        'As the crowd cheered, the Courier reported, his wife whispered to him: “They are still with you.”',
      ),
    ).toContainEqual(['his wife', 'whispered to him:', '“They are still with you.”'])
    // (A quotation the report's own cue introduces is that report's alone.)
    expect(pair('Ortiz told the board on Monday: “The ferry stays.”')).toEqual([
      ['Ortiz', 'told', '“The ferry stays.”'],
    ])
  })

  it('reads a verb of speaking manner as a cue only beside a quote', () => {
    expect(summary(run('Mr. Okafor yelled, "Out, out, out!"'))[0]).toMatchObject({
      kind: 'direct',
      source: 'Mr. Okafor',
      cue: 'yelled',
      content: '"Out, out, out!"',
    })
    expect(summary(run('“Not today,” the coach barked.'))[0]).toMatchObject({
      source: 'the coach',
      cue: 'barked',
    })
    // (The question put to her, "Asked about the deal", is an attribution of its own.)
    expect(
      summary(run('Asked about the deal, Ms. Ruiz shot back: “Read the contract.”')).find(
        (a) => a.cue === 'shot back',
      ),
    ).toMatchObject({ source: 'Ms. Ruiz', content: '“Read the contract.”' })
    expect(summary(run('The crowd cheered and the dog barked at the gate.'))).toEqual([])
  })

  it('takes a quote after a clause that ends in a colon as that clause’s report', () => {
    const [a] = summary(
      run('The harbour authority released the following statement: “The pier is closed.”'),
    )
    expect(a).toMatchObject({
      kind: 'direct',
      source: 'The harbour authority',
      cue: 'released the following statement:',
      content: '“The pier is closed.”',
    })
    const [b] = summary(
      run(
        'Tom Varga, a former harbour master, put it this way:\n\n“Nobody reads the tide tables.”\n',
      ),
    )
    expect(b).toMatchObject({ source: 'Tom Varga, a former harbour master' })
    expect(b?.content).toBe('“Nobody reads the tide tables.”')
    const [c] = summary(run('The vote was close, but she put it bluntly: “We won.”'))
    expect(c).toMatchObject({ source: 'she', cue: 'put it bluntly:' })
    const [d] = summary(run('As Ms. Okafor put it: “The budget is a wish list.”'))
    expect(d).toMatchObject({ source: 'Ms. Okafor', content: '“The budget is a wish list.”' })
    // "More from the report:" names where the quotation comes from.
    const [e] = summary(run('More from the report: “Most ferries ran late.”'))
    expect(e).toMatchObject({ source: 'the report', cue: ':' })
  })

  it('takes a short phrase alone before a colon as the source of the quote after it', () => {
    const [a] = summary(run('The panel heard two answers.\n\nDana Ruiz: “We will appeal.”\n'))
    expect(a).toMatchObject({ source: 'Dana Ruiz', cue: ':', content: '“We will appeal.”' })
  })

  it('gives a quote ending in a question mark to the cue opening the next sentence', () => {
    const [a] = summary(
      run('“Who will pay for the bridge?” Mr. Okafor asked, repeating a line from his speech.'),
    )
    expect(a).toMatchObject({ kind: 'direct', source: 'Mr. Okafor', cue: 'asked' })
    expect(a?.content).toBe('“Who will pay for the bridge?”')
    const [b] = summary(run('“Too soon?” She tweeted as the council vote began.'))
    expect(b?.content).toBe('“Too soon?”')
  })

  it('trusts a stance verb after a name with an aside between commas', () => {
    const [a] = summary(
      run(
        'Tom Varga, an education professor at the state university, called it “an incredibly significant step.”',
      ),
    )
    expect(a).toMatchObject({
      source: 'Tom Varga, an education professor at the state university',
      cue: 'called',
      content: 'it “an incredibly significant step.”',
    })
  })

  it('finds a named source with asides after a conjunction opening the sentence', () => {
    const [a] = summary(
      run(
        'But Tom Varga, the head of Harbour Watch, a group that has sued the port, said that “the damage is done.”',
      ),
    )
    expect(a?.source).toBe('Tom Varga, the head of Harbour Watch, a group that has sued the port')
    expect(a?.content).toBe('that “the damage is done.”')
  })

  it('reads a plural possessive in the aside of a source as an apostrophe, not a quote', () => {
    const [a] = summary(
      run('Dana Ruiz, who runs the fund for nurses\' families, said, "The cuts hurt us."'),
    )
    expect(a).toMatchObject({
      kind: 'direct',
      source: "Dana Ruiz, who runs the fund for nurses' families",
      content: '"The cuts hurt us."',
    })
  })

  it('keeps a quoted title inside the aside of a source', () => {
    const [a] = summary(
      run(
        'Ines Pell, the author of "Long Shadows," about the history of the port, said the days of cheap freight are over.',
      ),
    )
    expect(a).toMatchObject({
      kind: 'indirect',
      source: 'Ines Pell, the author of "Long Shadows," about the history of the port',
      content: 'the days of cheap freight are over',
    })
    // The aside's comma inside the title's closing mark, just before the cue.
    const [b] = summary(run('Ines Pell, the host of “The Late Hour,” said the station will close.'))
    expect(b).toMatchObject({
      source: 'Ines Pell, the host of “The Late Hour,”',
      content: 'the station will close',
    })
    // A quotation before the cue is still the content, not part of a source.
    const [c] = summary(run('"We Won," said Ines Pell.'))
    expect(c).toMatchObject({ kind: 'direct', source: 'Ines Pell', content: '"We Won,"' })
  })

  it('keeps a relative clause whose verb is a cue inside the subject', () => {
    const [a] = summary(run('The judges who ruled on the toll said the problem was the fee.'))
    expect(a).toMatchObject({
      source: 'The judges who ruled on the toll',
      cue: 'said',
      content: 'the problem was the fee',
    })
    // (The relative clause's own stance, "who argued for the town", may stand beside it.)
    const found = summary(run('Lawyers who argued for the town said the ferry would stop.'))
    expect(found.filter((a) => a.source !== 'who')).toHaveLength(1)
    expect(found.find((a) => a.cue === 'said')).toMatchObject({
      source: 'Lawyers who argued for the town',
      cue: 'said',
      content: 'the ferry would stop',
    })
  })

  it('reads a lower-case subject with a named aside after a quotation', () => {
    const [a] = summary(run('“We lost the toss,” the coach, Ada Brenner, told the station.'))
    expect(a).toMatchObject({
      kind: 'direct',
      source: 'the coach, Ada Brenner',
      cue: 'told',
      content: '“We lost the toss,”',
    })
    const [b] = summary(run('"Why now?" the mayor, Ana Lund, asked.'))
    expect(b).toMatchObject({ source: 'the mayor, Ana Lund', cue: 'asked' })
  })

  it('gives a participle cue the subject after a fronted phrase of relative time', () => {
    const [a] = summary(
      run(
        'A few days later, Varga reversed himself, telling the station that the fares are fixed.',
      ),
    )
    expect(a).toMatchObject({
      source: 'Varga',
      cue: 'telling',
      content: 'that the fares are fixed',
    })
    const [b] = summary(
      run('But two weeks ago, Ada Brenner changed course, saying the ferry will stay.'),
    )
    expect(b).toMatchObject({
      source: 'Ada Brenner',
      cue: 'saying',
      content: 'the ferry will stay',
    })
  })

  it('takes the pronoun after an opening relative time as the subject of coordinated verbs', () => {
    const [a] = summary(
      run(
        'Minutes later they reopened the gate, waved everyone through and said the count will go on.',
      ),
    )
    expect(a).toMatchObject({ source: 'they', cue: 'said', content: 'the count will go on' })
  })

  it('gives a participle cue after a predicate the subject of the sentence', () => {
    const [a] = summary(
      run(
        'Varga, a former harbour master, poked at the mayor during the debate, tweeting, “Notice the tide tables.”',
      ),
    )
    expect(a).toMatchObject({
      kind: 'direct',
      source: 'Varga',
      cue: 'tweeting',
      content: '“Notice the tide tables.”',
    })
  })

  it('reads “while chanting, “…”” and “as X put it, “…”” as reports of the quote', () => {
    const [a] = summary(run('Marchers filled the square while chanting, “Open the gates.”'))
    expect(a).toMatchObject({ kind: 'direct', source: 'Marchers', cue: 'chanting' })
    const [b] = summary(
      run('As Tom Varga, a tax lawyer, recently put it, “Did he avoid the tax or evade it?”'),
    )
    expect(b).toMatchObject({
      source: 'Tom Varga, a tax lawyer',
      content: '“Did he avoid the tax or evade it?”',
    })
  })

  it('carries a report on through a dash or “including” into a quote', () => {
    const [a] = summary(
      run(
        'Ms. Ruiz said the museum would tell forgotten stories -- “the builder but also the cook.”',
      ),
    )
    expect(a?.content).toBe(
      'the museum would tell forgotten stories -- “the builder but also the cook.”',
    )
    const [b] = summary(
      run('Ms. Ruiz said she had a few questions, including, “Who pays for the bridge?”'),
    )
    expect(b?.content).toBe('she had a few questions, including, “Who pays for the bridge?”')
  })

  it('gives a participle after a post-posed cue the source of that cue', () => {
    const result = summary(
      run(
        '“We see no link to the storm,” the mayor said, adding that repairs would take “more days.”',
      ),
    )
    expect(result[1]).toMatchObject({
      kind: 'mixed',
      source: 'the mayor',
      cue: 'adding',
      content: 'that repairs would take “more days.”',
    })
  })

  it('reads a naming verb as a cue only with a quote in its clause', () => {
    const [a] = summary(run('The council branded the plan a “giveaway to developers.”'))
    expect(a).toMatchObject({
      kind: 'mixed',
      source: 'The council',
      cue: 'branded',
      content: 'the plan a “giveaway to developers.”',
    })
    expect(summary(run('The ranch hands branded the cattle last spring.'))).toEqual([])
    expect(summary(run('The scheme was branded “a giveaway” in the press.'))).toEqual([])
  })

  it('ends a report at a quote followed by “and” and a new verb', () => {
    const [a] = summary(
      run('The marchers chanted “Whose streets?” and walked on until midnight past the barriers.'),
    )
    expect(a?.content).toBe('“Whose streets?”')
  })

  it('joins a split quote around an inverted cue', () => {
    const [a] = summary(
      run('“It is a hard issue,” said the senator, “because it puts two rights in conflict.”'),
    )
    expect(a).toMatchObject({ kind: 'direct', source: 'the senator', cue: 'said' })
    expect(a?.content).toBe(
      '“It is a hard issue,” said the senator, “because it puts two rights in conflict.”',
    )
  })

  it('carries a quote over paragraphs by the newspaper convention', () => {
    const text =
      'Dana Ortiz said: “The first paragraph of the quote runs here.\n\n“And the second paragraph closes it.”\n'
    const analysis = run(text)
    const direct = analysis.attributions.find((a) => a.kind === 'direct')
    expect(direct?.content.text).toBe(
      '“The first paragraph of the quote runs here.\n\n“And the second paragraph closes it.”',
    )
    expect(direct?.source?.text).toBe('Dana Ortiz')
  })

  it('gives a floating quote the speaker established just before', () => {
    const text =
      'Dana Ortiz, the council leader, said the vote was close.\n\n“We had to make choices nobody wanted to make.”\n'
    const analysis = run(text)
    const floating = analysis.attributions.find((a) => a.content.text.startsWith('“We had'))
    expect(floating?.kind).toBe('direct')
    expect(floating?.cue).toBeNull()
    expect(floating?.source?.entity).toBe(analysis.attributions[0]?.source?.entity)
  })

  it('reads “according to” before and after the content', () => {
    const result = summary(
      run(
        'According to the ministry, the crossing will reopen in May. The bridge is closed, according to police.',
      ),
    )
    expect(result[0]).toMatchObject({
      source: 'the ministry',
      cue: 'According to',
      content: 'the crossing will reopen in May',
    })
    expect(result[1]).toMatchObject({
      source: 'police',
      cue: 'according to',
      content: 'The bridge is closed',
    })
  })

  it('reads a quote closed on its comma before “according to” as the content', () => {
    const [a] = summary(
      run('“The ferry will never run again,” according to a letter from the harbor board chair.'),
    )
    expect(a).toMatchObject({
      source: 'a letter from the harbor board chair',
      cue: 'according to',
      content: '“The ferry will never run again,”',
    })
  })

  it('keeps the last words of a long source after “according to” in its name', () => {
    const [a] = summary(
      run(
        'The ferry ran late, according to a letter sent to the paper by the chair of the Dunmore County Committee on Harbor Safety.',
      ),
    )
    expect(a?.source).toBe(
      'a letter sent to the paper by the chair of the Dunmore County Committee on Harbor Safety',
    )
  })

  it('reads “That’s according to X” as X reporting what “That” stands for', () => {
    const [a] = summary(
      run('Turnout fell by a third. That’s according to early counts by the county clerk.'),
    )
    expect(a).toMatchObject({
      source: 'early counts by the county clerk',
      cue: 'according to',
      content: 'That',
    })
  })

  it('takes the whole sentence around a mid-sentence “according to”', () => {
    const result = summary(
      run(
        'At the root of the delay, according to the harbour master, was a shortage of pilots. Ferry traffic doubled in June according to the port office, but freight fell.',
      ),
    )
    expect(result[0]).toMatchObject({
      source: 'the harbour master',
      content:
        'At the root of the delay, according to the harbour master, was a shortage of pilots',
    })
    expect(result[1]).toMatchObject({
      source: 'the port office',
      content: 'Ferry traffic doubled in June',
    })
  })

  it('ends the content before “and said”, which opens a second report', () => {
    const result = summary(
      run('Olga Brant said the ferry schedule was late and said the port would hire more pilots.'),
    )
    expect(result[0]?.content).toBe('the ferry schedule was late')
    expect(result[1]?.content).toBe('the port would hire more pilots')
    expect(result.every((a) => !a.content.includes('and said'))).toBe(true)
  })

  it('ends the content before a concession or aside after a comma', () => {
    const result = summary(
      run(
        'The minister said the ferry fares would rise, although she promised discounts for pensioners.',
      ),
    )
    expect(result[0]).toMatchObject({ content: 'the ferry fares would rise' })
  })

  it('ends a report in a subordinate clause after “, and while” at the main clause’s comma', () => {
    expect(
      pair(
        'The bridge is crucial to the plan, and while Dana Ortiz said she would hold a hearing, it’s unlikely to pass.',
      )[0],
    ).toEqual(['Dana Ortiz', 'said', 'she would hold a hearing'])
    // (An aside inside the clause is no main clause: "the clerk, Tom Ide, had …".)
    expect(
      pair(
        'The clerk resigned, and while the mayor said the clerk, Tom Ide, had done nothing wrong, the council disagreed.',
      )[0]?.[2],
    ).toBe('the clerk, Tom Ide, had done nothing wrong')
  })

  it('ends a participle’s report before a second participle that takes an object', () => {
    expect(
      pair(
        "Dana Ortiz spoke for an hour, recalling summer visits to the lake and detailing her grandfather's time at the mill.",
      )[0]?.[2],
    ).toBe('summer visits to the lake')
    // ("hunting and fishing towns": an -ing word before a noun describes it.)
    expect(
      pair('Ortiz toured the port, recalling the hunting and fishing towns of her youth.')[0]?.[2],
    ).toBe('the hunting and fishing towns of her youth')
  })

  it('ends a relative clause set off in the subject at an irregular past resuming the predicate', () => {
    expect(
      pair('The Harlow Ferry Fund, which backed Dana Ortiz, spent $30,000 on radio ads.')[0],
    ).toEqual(['which', 'backed', 'Dana Ortiz'])
  })

  it('reads a relative “that” before the source, its clause lacking a subject, as the report', () => {
    expect(
      pair('The council cut the fund that most members still believe was necessary.')[0],
    ).toEqual(['most members', 'still believe', 'that most members still believe was necessary'])
    expect(
      pair('The levy is a tax which even the most loyal voters doubt will pass in May.')[0]?.[2],
    ).toBe('which even the most loyal voters doubt will pass in May')
    // (A that-clause with its own subject stays as it was: the report is after the cue.)
    expect(pair('Dana Ortiz said that the ferry would run late.')[0]?.[2]).toBe(
      'that the ferry would run late',
    )
  })

  it('ends an object before the writer’s apposition opening with “the” or a possessive', () => {
    expect(
      pair(
        'Dana Ortiz has railed against the ferry pact, the deal the council signed last year.',
      )[0],
    ).toEqual(['Dana Ortiz', 'has railed against', 'the ferry pact'])
    // (A list goes on; an apposition with a relative clause is left whole.)
    expect(pair('Ortiz praised the harbour crews, the pilots and the clerks.')[0]?.[2]).toBe(
      'the harbour crews, the pilots and the clerks',
    )
    expect(pair('Ortiz praised Tom Ide, the clerk who kept the books.')[0]?.[2]).toBe(
      'Tom Ide, the clerk who kept the books',
    )
  })

  it('keeps a list of gerunds that is itself the object whole', () => {
    expect(
      pair('Dana Ortiz supports raising the levy, cutting fares and closing the depot.')[0]?.[2],
    ).toBe('raising the levy, cutting fares and closing the depot')
  })

  it('reads the whole sentence around a mid-clause “according to” before a figure or a quote', () => {
    expect(
      pair(
        'The Harlow port receives, according to one audit, $4 million a year from the state.',
      )[0],
    ).toEqual([
      'one audit',
      'according to',
      'The Harlow port receives, according to one audit, $4 million a year from the state',
    ])
  })

  it('ends a stance’s noun-phrase object before “by” and a gerund, the means', () => {
    expect(
      pair('Dana Ortiz dismissed the charge by pointing out that the audit was clean.'),
    ).toEqual([
      ['Dana Ortiz', 'dismissed', 'the charge'],
      ['Dana Ortiz', 'pointing out', 'that the audit was clean'],
    ])
    // (After an infinitive or a gerund the means is part of what is reported.)
    expect(pair('Dana Ortiz decided to settle the matter by hiring a mediator.')[0]?.[2]).toBe(
      'to settle the matter by hiring a mediator',
    )
  })

  it('ends a stance’s object before a closing time or occasion of speaking after “on”/“at”', () => {
    expect(pair('Dana Ortiz endorsed Tom Ide at a news conference in Harlow.')[0]).toEqual([
      'Dana Ortiz',
      'endorsed',
      'Tom Ide',
    ])
    expect(pair('Dana Ortiz praised the ferry plan on Thursday.')[0]?.[2]).toBe('the ferry plan')
    expect(pair('Dana Ortiz called the remarks on Saturday a wake-up call.')[0]?.[2]).toBe(
      'the remarks on Saturday a wake-up call',
    )
    expect(pair('The new charter called for a ban on night flights.')[0]?.[2]).toBe(
      'a ban on night flights',
    )
    // (Not when the stance goes on after it, nor for a topic: "tougher on offensive speech".)
    expect(
      pair('Dana Ortiz criticized the board on Monday for its handling of the levy.')[0]?.[2],
    ).toBe('the board on Monday for its handling of the levy')
  })

  it('keeps the article of an object with a relative “that” clause', () => {
    expect(pair('The mayor praised a plan that critics oppose.')[0]?.[2]).toBe(
      'a plan that critics oppose',
    )
    // (In "said in a statement that …" the article belongs to the occasion, not the report.)
    expect(pair('The mayor said in a statement that the ferry would run.')[0]?.[2]).toBe(
      'that the ferry would run',
    )
  })

  it('ends a cue’s noun-phrase object before a closing time or occasion after “on”/“at”', () => {
    expect(pair('Dana Ortiz stressed those worries on Sunday at a forum in Harlow.')[0]).toEqual([
      'Dana Ortiz',
      'stressed',
      'those worries',
    ])
    expect(pair('Dana Ortiz announced her bid for the council at a rally.')[0]?.[2]).toBe(
      'her bid for the council',
    )
    // (A clause with a verb of its own keeps its time: it may be when the thing happened.)
    expect(pair('Dana Ortiz said the council met on Sunday at a hall.')[0]?.[2]).toBe(
      'the council met on Sunday at a hall',
    )
  })

  it('reads a quotation whose clause the writer finishes after the speaker as one report', () => {
    expect(pair('“Only you, Dana,” she said, would use the day to praise the ferry.')[0]).toEqual([
      'she',
      'said',
      '“Only you, Dana,” she said, would use the day to praise the ferry',
    ])
    // (A circumstance after the speaker is no part of the quoted clause.)
    expect(
      pair('“The tolls are too high,” she told the council, to cheers from the crowd.')[0]?.[2],
    ).toBe('“The tolls are too high,”')
  })

  it('ends a participle set off after the subject where the main predicate resumes', () => {
    expect(pair('Many voters, fearing a backlash, stayed home.')[0]).toEqual([
      'Many voters',
      'fearing',
      'a backlash',
    ])
  })

  it('reads a sentence a speaker interrupts with where or to whom it was said as the report', () => {
    expect(pair('The answer, the clerk told them, was simple.')[0]).toEqual([
      'the clerk',
      'told',
      'The answer, the clerk told them, was simple',
    ])
    expect(pair('If the levy passes, Dana Ortiz said on Monday, the depot will close.')[0]).toEqual(
      ['Dana Ortiz', 'said', 'If the levy passes, Dana Ortiz said on Monday, the depot will close'],
    )
    // (A whole clause before the speaker, or a participle after the circumstance, ends there.)
    expect(pair('Sales were great, he said on Monday, wiping his face.')[0]?.[2]).toBe(
      'Sales were great',
    )
    // (A stance after a subject is no interruption: "a group backing Ortiz" describes it.)
    expect(
      pair('Harbour First, a group backing Dana Ortiz, has spent heavily on radio.')[0]?.[2],
    ).toBe('Dana Ortiz')
  })

  it('ends the content before an absolute clause with “with” set after a comma', () => {
    expect(
      pair(
        'The Harlow County council has denied the report, with its chairman now calling it a smear.',
      )[0],
    ).toEqual(['The Harlow County council', 'has denied', 'the report'])
    expect(
      pair('Dana Ortiz said the depot would close, with the ferry crews taking the last shift.')[0],
    ).toEqual(['Dana Ortiz', 'said', 'the depot would close'])
    // ("with growing support", "with a rising tide": no subject before the -ing word.)
    expect(
      pair('A new survey showed Ortiz ahead, with growing support among young voters.')[0]?.[2],
    ).toBe('Ortiz ahead, with growing support among young voters')
  })

  it('trusts a named source with a party-and-state tag before a stance verb', () => {
    const [a] = summary(run('Sen. Tom Verlaine (D-Ore.) called on the governor to resign.'))
    expect(a).toMatchObject({
      source: 'Sen. Tom Verlaine (D-Ore.)',
      cue: 'called on',
      content: 'the governor to resign',
    })
  })

  it('keeps the content before a post-posed cue followed by where it was said', () => {
    const [a] = summary(
      run(
        'Ferry fares will rise by a fifth next spring, the harbour master said in a video message to the council.',
      ),
    )
    expect(a).toMatchObject({
      source: 'the harbour master',
      content: 'Ferry fares will rise by a fifth next spring',
    })
  })

  it('keeps the one asked in a request, but not the audience of a statement', () => {
    const result = summary(
      run(
        'The mayor urged the harbour board to resign. The mayor told reporters that the board had failed.',
      ),
    )
    expect(result[0]).toMatchObject({ cue: 'urged', content: 'the harbour board to resign' })
    expect(result[1]).toMatchObject({ cue: 'told reporters', content: 'that the board had failed' })
  })

  it('takes what a survey found after a fronted “In a … poll,”', () => {
    const result = summary(
      run(
        'In a new survey of harbour workers released Monday, 48 percent backed the strike. Ana Lund trails by six points in the polls.',
      ),
    )
    expect(result[0]).toMatchObject({
      source: 'a new survey of harbour workers released Monday',
      cue: 'In',
      content: '48 percent backed the strike',
    })
    // A trailing "in the polls" is a setting as often as a source (one named survey is read
    // below).
    expect(result).toHaveLength(1)
  })

  it('reads a fronted survey named by two pollsters or described in an aside', () => {
    const joint = summary(
      run(
        'In an Acme/Harbour Daily poll released Monday, 52 percent of ferry riders backed the fare rise.',
      ),
    )
    expect(joint[0]).toMatchObject({
      source: 'an Acme/Harbour Daily poll released Monday',
      cue: 'In',
      content: '52 percent of ferry riders backed the fare rise',
    })
    const aside = summary(
      run(
        'In the latest Harbour Daily poll, conducted in May, Ana Lund led Tom Berg by nine points.',
      ),
    )
    expect(aside[0]).toMatchObject({
      source: 'the latest Harbour Daily poll, conducted in May',
      cue: 'In',
      content: 'Ana Lund led Tom Berg by nine points',
    })
    // A survey the clause is based on is its source too.
    expect(
      pair(
        'Based on current polling, Ana Lund is likely to carry the county, though the race could tighten.',
      ),
    ).toEqual([['current polling', 'Based on', 'Ana Lund is likely to carry the county']])
    // A reason or a concession the writer gives after a comma is no part of the finding.
    expect(
      summary(
        run(
          'In the latest Harbour Daily poll, Ana Lund led by ten points, largely because older riders backed her.',
        ),
      )[0],
    ).toMatchObject({ cue: 'In', content: 'Ana Lund led by ten points' })
    // Not a survey at the head of the phrase, or a finding with a source of its own.
    for (const text of [
      'In a memo sent as polls closed Tuesday, the campaign manager conceded the race.',
      'In a letter about the polling stations, the clerk promised more staff.',
      'In a poll of 800 ferry riders, the Harbour Trust found that most were undecided.',
    ])
      expect(summary(run(text)).filter((a) => a.cue === 'In')).toEqual([])
  })

  it('takes what one survey closing a clause found (“… by nine points in a new poll”)', () => {
    expect(
      summary(run('Dana Ortiz led Tom Berg by nine points in a new Harlow Ledger poll.')),
    ).toMatchObject([
      {
        source: 'a new Harlow Ledger poll',
        cue: 'in',
        content: 'Dana Ortiz led Tom Berg by nine points',
      },
    ])
    // A fronted phrase stays out of the finding; a date after the survey stays in its name.
    expect(
      summary(run('In March, Berg had 38 percent support in the Ledger survey released Monday.')),
    ).toMatchObject([
      {
        source: 'the Ledger survey released Monday',
        cue: 'in',
        content: 'Berg had 38 percent support',
      },
    ])
    // Not "the polls" at large, a survey inside the subject or a phrase, a survey with a verb
    // of its own, or a finding already someone's report.
    for (const text of [
      'Dana Ortiz leads in the polls.',
      'Fifteen percent of voters in the Ledger poll were undecided.',
      'Ortiz is well liked, with 61 percent backing her in a recent poll.',
      'Her lead in a Ledger poll last month has vanished.',
      'Berg rose three points in the Ledger survey to 29 percent.',
      'Tom Berg said Ortiz led by nine points in the Ledger poll.',
    ])
      expect(summary(run(text)).filter((a) => a.cue === 'in')).toEqual([])
  })

  it('reads a survey or a tally that “has”, “puts” or “gives” someone a standing', () => {
    expect(pair('The latest Ledger poll has Dana Ortiz leading Tom Berg by six points.')).toEqual([
      ['The latest Ledger poll', 'has', 'Dana Ortiz leading Tom Berg by six points'],
    ])
    expect(pair('The Acme average of state polls puts her support at 40 percent.')).toEqual([
      ['The Acme average of state polls', 'puts', 'her support at 40 percent'],
    ])
    expect(pair('The current Ledger count gives her 1,280 pledged delegates.')).toEqual([
      ['The current Ledger count', 'gives', 'her 1,280 pledged delegates'],
    ])
    // Not an auxiliary, the survey's own make-up, an object that places no one, or a subject
    // that is no survey.
    for (const text of [
      'Only one poll had been conducted before the vote.',
      'The count has begun in Harlow County.',
      'The survey has three parts on housing and transport.',
      'The poll gave no details on how voters were reached.',
      'The poll has a margin of error of three points.',
      'The latest Ledger poll has shown Ortiz ahead.',
      'The mayor has Ortiz leading the committee.',
    ])
      expect(
        summary(run(text)).filter((a) => ['has', 'had', 'puts', 'gives'].includes(a.cue ?? '')),
      ).toEqual([])
  })

  it('reads a reckoning after “by” that opens or closes a sentence as its source', () => {
    expect(pair('By one estimate, 300 homes in Harlow County were lost to the flood.')).toEqual([
      ['one estimate', 'By', '300 homes in Harlow County were lost to the flood'],
    ])
    expect(pair('Turnout doubled in the Harlow County race, by the Ledger’s count.')).toEqual([
      ['the Ledger’s count', 'by', 'Turnout doubled in the Harlow County race'],
    ])
    // A dash-closed aside inside the clause stays in it.
    expect(
      pair(
        'In Harlow alone, 3,000 acres of forest - an area the size of the town - were lost, by one estimate.',
      )[0]?.[2],
    ).toBe('In Harlow alone, 3,000 acres of forest - an area the size of the town - were lost')
    // Not the writer's emphasis or yardstick, a means, or a clause that is a relative clause.
    for (const text of [
      'By any measure, the levy failed badly in Harlow.',
      'Rates stayed low in Harlow by historic standards.',
      'The council cut costs by requiring staff to account for every hour.',
      'The vote went to Ortiz, who carried the county, by the Ledger’s count.',
    ])
      expect(summary(run(text)).filter((a) => a.cue?.toLowerCase() === 'by')).toEqual([])
  })

  it('reads “Ortiz’s answer: …” as the possessor’s stated position', () => {
    expect(pair('The vote is Monday. Dana Ortiz’s answer: no new taxes this year.')).toEqual([
      ['Dana Ortiz', 'answer:', 'no new taxes this year'],
    ])
    expect(pair('Their argument: only the council can fix the ferry.')).toEqual([
      ['Their', 'argument:', 'only the council can fix the ferry'],
    ])
    // A plural's possessive ends on an apostrophe of its own.
    expect(pair('Harlow Democrats’ new warning: ferry fares could double next year.')).toEqual([
      ['Harlow Democrats', 'warning:', 'ferry fares could double next year'],
    ])
    // Not a noun with more after it before the colon, or a noun of no stated position.
    for (const text of [
      'Her plan was simple: sell the ferry.',
      'Ortiz’s schedule: Monday in Harlow.',
    ])
      expect(summary(run(text)).filter((a) => a.cue?.endsWith(':'))).toEqual([])
  })

  it('reads a sign, banner, headline or message as a document that “reads” its words', () => {
    expect(pair('At the rally he held up a sign that read “Harlow 4 Ortiz” and waved it.')).toEqual(
      [['a sign', 'read', '“Harlow 4 Ortiz”']],
    )
    expect(pair('The headline reads: “The levy is fair.”')).toEqual([
      ['The headline', 'reads', '“The levy is fair.”'],
    ])
  })

  it('reads releasing or unveiling something as a stance with the thing for content', () => {
    expect(pair('Dana Ortiz released her findings on the ferry.')).toEqual([
      ['Dana Ortiz', 'released', 'her findings on the ferry'],
    ])
    expect(pair('Dana Ortiz unveiled a housing plan.')).toEqual([
      ['Dana Ortiz', 'unveiled', 'a housing plan'],
    ])
    // A participle describing a thing is no cue, and leaves the real verb its subject.
    expect(pair('A Ledger poll released Monday found that Ortiz leads.')).toEqual([
      ['A Ledger poll released Monday', 'found', 'that Ortiz leads'],
    ])
    for (const text of [
      'Tom Berg was released from custody on Friday.',
      'The memo was just released to reporters.',
      'Newly released records cover the ferry deal.',
    ])
      expect(summary(run(text)).filter((a) => /released/.test(a.cue ?? ''))).toEqual([])
  })

  it('reads naming or listing something as something as a source’s classification', () => {
    expect(pair('Dana Ortiz named the levy as a reason for the delay.')).toEqual([
      ['Dana Ortiz', 'named', 'the levy as a reason for the delay'],
    ])
    expect(pair('The Harlow Ledger lists Tom Berg as its director.')).toEqual([
      ['The Harlow Ledger', 'lists', 'Tom Berg as its director'],
    ])
    // Without "as" after the object, an appointment or a list is no view.
    for (const text of [
      'Dana Ortiz named five members to the board.',
      'The Harlow Ledger lists three reasons for the delay.',
    ])
      expect(summary(run(text))).toEqual([])
  })

  it('reads a fronted “To Ortiz,” or “But to many,” as whose view the clause gives', () => {
    expect(summary(run('To Dana Ortiz, the levy is a lifeline for the town.'))).toMatchObject([
      { source: 'Dana Ortiz', cue: 'To', content: 'the levy is a lifeline for the town' },
    ])
    expect(summary(run('But to many, the vote was a betrayal of the dock workers.'))).toMatchObject(
      [{ source: 'many', cue: 'to', content: 'the vote was a betrayal of the dock workers' }],
    )
    // A relative clause or an apposition on the holder belongs to the source.
    expect(
      summary(run('To Dana Ortiz, a former mayor, the levy is a lifeline for the town.')),
    ).toMatchObject([
      { source: 'Dana Ortiz, a former mayor', content: 'the levy is a lifeline for the town' },
    ])
    expect(
      summary(run('To Ms. Ruiz, who has studied the port for years, the plan is a gamble.')),
    ).toMatchObject([
      { source: 'Ms. Ruiz, who has studied the port for years', content: 'the plan is a gamble' },
    ])
    // Right after a subordinator the "to"-phrase fronts the clause it opens, and the view may
    // be given as a quotation; after "and" it is an object of the verb before it.
    expect(
      summary(run('Dana Ortiz stayed home because to her, the county cannot wait another year.')),
    ).toMatchObject([{ source: 'her', cue: 'to', content: 'the county cannot wait another year' }])
    expect(
      summary(run('Ortiz backs the levy because to her, “the ferry is the town’s lifeline.”')),
    ).toMatchObject([{ source: 'her', cue: 'to', content: '“the ferry is the town’s lifeline.”' }])
    // An infinitive, a set phrase, or a group the writer sums up is no holder.
    for (const text of [
      'She wrote to Ms. Ruiz and to Tom Berg, for whom she had worked, about the levy.',
      'To win the seat, Ortiz must carry the county.',
      'To be sure, the plan has critics on the council.',
      'To Harlow County officials, it was a show of respect.',
      'Ortiz went to Harlow, where the ferry runs twice a day.',
    ])
      expect(summary(run(text)).filter((a) => a.cue?.toLowerCase() === 'to')).toEqual([])
  })

  it('keeps an inverted source whose relative clause gives the reason for anonymity', () => {
    const sentences = [
      'The depot will close in May, said a person briefed on the plans who asked not to be identified because the talks are private.',
      'The depot will close in May, said an engineer at the site, who asked not to be named.',
      'The depot will close in May, said a manager who spoke on condition of anonymity.',
    ]
    const sources = sentences.map((text) => summary(run(text))[0]?.source ?? null)
    expect(sources).toEqual([
      'a person briefed on the plans',
      'an engineer at the site',
      'a manager',
    ])
    // The reason stated in the clause reaches the source's anonymity details.
    const analysis = run(sentences[0] as string)
    expect(analysis.entities[0]?.anonymity?.reason?.text).toMatch(/asked not to be identified/)
  })

  it('does not read a predicate between commas as an aside of the source', () => {
    const [inverted] = summary(
      run(
        'The closures, which would affect about 90 stores, are part of a wider review, said a manager briefed on the plans.',
      ),
    )
    expect(inverted).toMatchObject({ source: 'a manager briefed on the plans', cue: 'said' })
    const participle = summary(
      run(
        'Tom Varga, a former harbour master, has criticised the plan for months, arguing that the dredging will silt the bay.',
      ),
    )
    expect(participle.find((a) => a.cue === 'arguing')).toMatchObject({
      source: 'Tom Varga, a former harbour master',
    })
    // An aside that is a relative clause still belongs to the source.
    expect(
      summary(run('The agency, which runs the locks, said the fees would rise.'))[0],
    ).toMatchObject({
      source: 'The agency, which runs the locks',
    })
  })

  it('reads the antecedent of “who” as the subject of a participle cue', () => {
    const [result] = summary(
      run(
        'Ana Lund, who won the race on Tuesday, will visit the port next week, saying the fees must fall.',
      ),
    )
    expect(result).toMatchObject({
      source: 'Ana Lund',
      cue: 'saying',
      content: 'the fees must fall',
    })
  })

  it('keeps an amount of money out of the source before it', () => {
    expect(
      summary(run('The grant is a fraction of the $40 million engineers say the dam needs.'))[0],
    ).toMatchObject({ source: 'engineers', cue: 'say' })
    expect(summary(run('Some 20 million voters say the economy comes first.'))[0]).toMatchObject({
      source: 'Some 20 million voters',
    })
  })

  it('leaves a second share in a poll finding to the poll', () => {
    const result = summary(
      run(
        'A survey by the Dockside Gazette found that 58 percent of members opposed the merger, while 31 percent supported it if fees fell.',
      ),
    )
    expect(result).toHaveLength(1)
    expect(result[0]).toMatchObject({
      source: 'A survey by the Dockside Gazette',
      sourceKind: 'document',
      cue: 'found',
    })
    // Without a poll before it, a share with a view is an attribution of its own.
    expect(summary(run('Most voters, 62 percent, oppose the merger.'))).toHaveLength(1)
  })

  it('reads a base-form cue verb after a plural subject when a that-clause follows', () => {
    const result = summary(
      run(
        'Harbour pilots argue that the new locks are too narrow. Critics warn the fees will rise. It is fair to note that the port grew. Critics warn the port.',
      ),
    )
    expect(result[0]).toMatchObject({
      source: 'Harbour pilots',
      cue: 'argue',
      content: 'that the new locks are too narrow',
    })
    // Without "that" it needs a clause of subject and finite verb after it ("warn the fees
    // will rise", not "warn the port"); after "to" it has no subject to be the source.
    expect(result[1]).toMatchObject({
      source: 'Critics',
      cue: 'warn',
      content: 'the fees will rise',
    })
    expect(result).toHaveLength(2)
    expect(run('Critics warn the council about the fees.').attributions).toEqual([])
  })

  it('reads light-verb cues: “made it clear”, “made the case for”', () => {
    const result = summary(
      run(
        'Ms. Ortiz made it clear she would not run. Mr. Lund made the case for Ms. Ortiz during campaign stops.',
      ),
    )
    expect(result[0]).toMatchObject({ cue: 'made it clear', content: 'she would not run' })
    // The longer stance phrase wins over the cue verb: its content is the object.
    expect(result[1]).toMatchObject({ cue: 'made the case for', content: 'Ms. Ortiz' })
  })

  it('reads “sees X as Y” as a view, but not a plain “saw” or a comparison', () => {
    const result = summary(
      run(
        'Ms. Ortiz sees the new toll as a tax on commuters. Mr. Lund saw the parade. Drivers would see fares rise by as much as a third.',
      ),
    )
    expect(result).toEqual([
      expect.objectContaining({
        source: 'Ms. Ortiz',
        cue: 'sees',
        content: 'the new toll as a tax on commuters',
      }),
    ])
  })

  it('reads a reporting participle after “by” or “while”, with the clause subject as source', () => {
    const [a] = summary(run('Ms. Ortiz won the seat by arguing that the toll was unfair.'))
    expect(a).toMatchObject({
      source: 'Ms. Ortiz',
      cue: 'arguing',
      content: 'that the toll was unfair',
    })
  })

  it('ends a content at a quote closing on a comma before a participle', () => {
    const result = summary(
      run('The mayor praised the harbour’s “working spirit,” saying the port would grow.'),
    )
    expect(result[0]).toMatchObject({ cue: 'praised', content: 'the harbour’s “working spirit,”' })
    expect(result[1]).toMatchObject({
      source: 'The mayor',
      cue: 'saying',
      content: 'the port would grow',
    })
  })

  it('takes a stance’s named object without the time after it', () => {
    const [a] = summary(run('Mr. Brandt endorsed Ms. Lund on Thursday.'))
    expect(a).toMatchObject({ source: 'Mr. Brandt', cue: 'endorsed', content: 'Ms. Lund' })
  })

  it('reads a relative clause’s stance without taking its antecedent as content', () => {
    const result = summary(
      run('The mayor, who on Tuesday endorsed Ms. Lund, said the port would grow.'),
    )
    expect(result[0]).toMatchObject({ source: 'who', cue: 'endorsed', content: 'Ms. Lund' })
    expect(result[1]).toMatchObject({ cue: 'said', content: 'the port would grow' })
  })

  it('reads past an aside between two dashes, but ends at a single dash', () => {
    const result = summary(
      run(
        'The council estimates that the largest ferries -- those above 5,000 tons -- would pay twice the fee. The mayor said the fee was fair -- a view few shared.',
      ),
    )
    expect(result[0]?.content).toBe(
      'that the largest ferries -- those above 5,000 tons -- would pay twice the fee',
    )
    expect(result[1]?.content).toBe('the fee was fair')
  })

  it('takes a pro-form (“as much”, “so”) as the content, without where it was said', () => {
    const result = summary(
      run(
        'The harbour master said as much in an interview on Friday. Half the pilots said so in the spring survey.',
      ),
    )
    expect(result[0]).toMatchObject({ cue: 'said', content: 'as much' })
    expect(result[1]).toMatchObject({ cue: 'said', content: 'so' })
  })

  it('skips a long audience of “told” up to its that-clause', () => {
    const [a] = summary(
      run(
        'The mayor told members of the harbour board at a meeting on the quay that the fees would rise.',
      ),
    )
    expect(a).toMatchObject({ cue: 'told', content: 'that the fees would rise' })
  })

  it('finds the subject of a second coordinated cue past a quoted fragment', () => {
    const result = summary(
      run('Ortiz urged pilots to “stay the course” and said the strike would end soon.'),
    )
    expect(result.find((a) => a.cue === 'said')).toMatchObject({
      source: 'Ortiz',
      content: 'the strike would end soon',
    })
  })

  it('reads the -ing forms of clause-taking cue verbs', () => {
    const result = summary(
      run(
        'The harbour master is confirming that the ferry was never licensed. The port denied the report, denying that any ship had sunk.',
      ),
    )
    expect(result[0]).toMatchObject({
      cue: 'is confirming',
      content: 'that the ferry was never licensed',
    })
    expect(result.at(-1)).toMatchObject({
      source: 'The port',
      cue: 'denying',
      content: 'that any ship had sunk',
    })
  })

  it('gives a statement’s participle to whoever issued the statement', () => {
    const result = summary(
      run(
        'Her campaign released a statement saying the count was fair. In a statement welcoming the choice, the Dockworkers Guild called Ms. Lund a “champion” for its members.',
      ),
    )
    expect(result[0]).toMatchObject({
      source: 'Her campaign',
      cue: 'saying',
      content: 'the count was fair',
    })
    // A statement nobody is said to issue here: "announcing" is no cue of its own.
    expect(result.map((a) => a.cue)).not.toContain('welcoming')
  })

  it('reads a cue after a contracted pronoun (“he’s claiming”), not as a possessive', () => {
    const [a] = summary(run('He’s claiming that the ferry fares are too high.'))
    expect(a).toMatchObject({ cue: 'claiming', content: 'that the ferry fares are too high' })
  })

  it('ends a stance’s object before a second predicate or the reporter’s clause', () => {
    const result = summary(
      run(
        'Ms. Lund railed against the toll and blamed the mayor for the delay. Mr. Brandt endorsed Ms. Ortiz, saying she would win. Mr. Brandt welcomed the deal as he faced a tough vote.',
      ),
    )
    expect(result.find((a) => a.cue === 'railed against')?.content).toBe('the toll')
    expect(result.find((a) => a.cue === 'endorsed')?.content).toBe('Ms. Ortiz')
    expect(result.find((a) => a.cue === 'welcomed')?.content).toBe('the deal')
    // ("and seemed to think …": a second verb with its infinitive.)
    expect(
      summary(run('Mr. Brandt agreed with Ms. Ortiz and seemed to think the plan was weak.')).find(
        (a) => a.cue === 'agreed with',
      )?.content,
    ).toBe('Ms. Ortiz')
    // A that-clause is a clause, not an object; "that argument" is an object.
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('Okafor demanded that the port stop the tolls before it signs the deal.')).toBe(
      'that the port stop the tolls before it signs the deal',
    )
    expect(content('Okafor rejected that argument in a ruling on Thursday.')).toBe('that argument')
  })

  it('trusts a share of those surveyed as the holder of a stance', () => {
    const [a] = summary(run('About three-quarters support a temporary ban on ferries.'))
    expect(a).toMatchObject({
      source: 'About three-quarters',
      sourceKind: 'vague',
      cue: 'support',
      content: 'a temporary ban on ferries',
    })
  })

  it('finds a source before an aside between dashes', () => {
    const [a] = summary(
      run('Ana Lund, the chief of the port -- which owns the ferries -- said the vote would fail.'),
    )
    expect(a).toMatchObject({
      source: 'Ana Lund, the chief of the port -- which owns the ferries',
      cue: 'said',
      content: 'the vote would fail',
    })
  })

  it('skips an aside between dashes after the cue, before “that”', () => {
    const [a] = summary(
      run(
        'Her campaign chairman Tom Ruiz said — on the radio, as it happens — that the vote failed.',
      ),
    )
    expect(a).toMatchObject({ cue: 'said', content: 'that the vote failed' })
  })

  it('gives a participle after a comma to a one-word name subject, up to its verb', () => {
    const result = summary(run('Okafor toured the harbour, saying the toll was a disgrace.'))
    expect(result.find((r) => r.cue === 'saying')).toMatchObject({
      source: 'Okafor',
      cue: 'saying',
      content: 'the toll was a disgrace',
    })
  })

  it('gives a participle to a common-noun subject after a fronted phrase', () => {
    const result = summary(
      run('In June, a county judge ruled for the tenants, saying the fee broke the charter.'),
    )
    expect(result.find((r) => r.cue === 'saying')).toMatchObject({
      source: 'a county judge',
      cue: 'saying',
      content: 'the fee broke the charter',
    })
  })

  it('reads a surveyed share followed by “saying” as a source, not a noun', () => {
    const result = summary(
      run(
        'The governor gained ground, with 41 percent of farmers saying they trust her. A wind chill warning was issued.',
      ),
    )
    expect(result).toEqual([
      expect.objectContaining({
        source: '41 percent of farmers',
        cue: 'saying',
        content: 'they trust her',
      }),
    ])
  })

  it('reads “agreed to” with an infinitive as what the source undertook', () => {
    const result = summary(
      run('The two ministers agreed to meet again in May. The union agreed a new pay deal.'),
    )
    expect(result).toEqual([
      expect.objectContaining({
        source: 'The two ministers',
        cue: 'agreed',
        content: 'to meet again in May',
      }),
    ])
  })

  it('keeps a negated want or belief as a position, but not a negated endorsement', () => {
    const result = summary(
      run(
        'Ms. Lund does not think the port will reopen. The pilots’ union has not endorsed a candidate.',
      ),
    )
    expect(result).toEqual([
      expect.objectContaining({
        source: 'Ms. Lund',
        cue: 'does not think',
        content: 'the port will reopen',
      }),
    ])
  })

  it('keeps a relative clause closed by a comma inside the report', () => {
    const [a] = summary(run('The mayor said that Ms. Lund, who runs the port, would resign.'))
    expect(a).toMatchObject({ content: 'that Ms. Lund, who runs the port, would resign' })
  })

  it('joins a phase verb to the cue: “continued to say”, “continued to suggest that”', () => {
    const result = summary(
      run(
        'Mr. Ruiz continued to say the ballots were counted twice. She continued to suggest that the forms were not marked.',
      ),
    )
    expect(result[0]).toMatchObject({
      source: 'Mr. Ruiz',
      cue: 'continued to say',
      content: 'the ballots were counted twice',
    })
    expect(result[1]).toMatchObject({
      source: 'She',
      cue: 'continued to suggest',
      content: 'that the forms were not marked',
    })
  })

  it('trusts people named by a plural role before a belief verb', () => {
    const [a] = summary(run('Some veteran strategists think that the toll will fail.'))
    expect(a).toMatchObject({
      source: 'Some veteran strategists',
      cue: 'think',
      content: 'that the toll will fail',
    })
    // A plural thing is no holder: "rates will support a stronger dollar".
    expect(run('Rising rates will support a stronger currency.').attributions).toEqual([])
  })

  it('reads a clause without “that” after a verb that needs one with a noun', () => {
    const result = summary(
      run('Polls suggest the mayor has the edge. Engineers warn the dam could fail in May.'),
    )
    expect(result).toMatchObject([
      { source: 'Polls', cue: 'suggest', content: 'the mayor has the edge' },
      { source: 'Engineers', cue: 'warn', content: 'the dam could fail in May' },
    ])
    // ("Officials insist they're ready": a contracted subject and verb; "The dam will hold,
    // engineers insist.": after the clause it reports.)
    expect(
      summary(run('Officials insist they’re ready. The dam will hold, engineers insist.')),
    ).toMatchObject([
      { source: 'Officials', cue: 'insist', content: 'they’re ready' },
      { source: 'engineers', cue: 'insist', content: 'The dam will hold' },
    ])
    // ("polls suggest she shouldn't run": an auxiliary with "not" contracted onto it.)
    expect(
      pair('Polls suggest she shouldn’t run. Audits indicate the Harlow fund isn’t solvent.'),
    ).toEqual([
      ['Polls', 'suggest', 'she shouldn’t run'],
      ['Audits', 'indicate', 'the Harlow fund isn’t solvent'],
    ])
    // ("complain bitterly that …": a manner adverb before the clause.)
    expect(summary(run('Shippers complain bitterly that the fees are too high.'))).toMatchObject([
      { source: 'Shippers', cue: 'complain', content: 'that the fees are too high' },
    ])
    // A plain object, even one with a clause of its own, is no report.
    expect(run('They suggest changes that would help the port.').attributions).toEqual([])
    expect(run('The unions continued the strike was over.').attributions).toEqual([])
  })

  it('gives an infinitive cue the subject of the clause it completes', () => {
    const result = summary(
      run(
        'Ana Lund took to the radio overnight to say the count was “rigged.” The mayor was quick to point out that the fees had fallen.',
      ),
    )
    expect(result).toMatchObject([
      { source: 'Ana Lund', cue: 'say', content: 'the count was “rigged.”' },
      { source: 'The mayor', cue: 'point out', content: 'that the fees had fallen' },
    ])
    // A question word's infinitive has no speaker: "learning how to want …".
    expect(
      summary(run('Bea Lund, who spent years learning how to want a quiet life, moved away.')),
    ).toEqual([])
  })

  it('trusts a team or camp behind a possessive before a belief verb', () => {
    const result = summary(
      run(
        "Varga's team thinks the mayor is losing ground. The Okafor camp believes the count was fair.",
      ),
    )
    expect(result[0]).toMatchObject({
      source: "Varga's team",
      cue: 'thinks',
      content: 'the mayor is losing ground',
    })
    expect(result[1]).toMatchObject({
      source: 'The Okafor camp',
      cue: 'believes',
      content: 'the count was fair',
    })
    // A thing behind a possessive is no holder: "the city's budget".
    expect(run("The city's side street floods when it rains.").attributions).toEqual([])
  })

  it('reads “is hoping that” and “is seeking” as positions', () => {
    const result = summary(
      run('The mayor is hoping that the ferry will run by May. Ms. Lund is seeking a second term.'),
    )
    expect(result[0]).toMatchObject({ cue: 'is hoping', content: 'that the ferry will run by May' })
    expect(result[1]).toMatchObject({ cue: 'is seeking', content: 'a second term' })
  })

  it('reads “as reported by X” before or after the content', () => {
    const result = summary(
      run(
        'As reported by the Daily Ledger, the mill will close in May. The dam will open in June, as first reported by the Courier.',
      ),
    )
    expect(result[0]).toMatchObject({
      source: 'the Daily Ledger',
      content: 'the mill will close in May',
    })
    expect(result[1]).toMatchObject({ source: 'the Courier', content: 'The dam will open in June' })
  })

  it('finds agentless attributions', () => {
    const [a] = summary(run('It is believed that the talks will resume next week.'))
    expect(a).toMatchObject({
      kind: 'agentless',
      source: null,
      content: 'that the talks will resume next week',
    })
  })

  it('takes a forecast without a forecaster as agentless, subject included', () => {
    const [a] = summary(run('The bill is expected to pass the Senate next week.'))
    expect(a).toMatchObject({
      kind: 'agentless',
      source: null,
      cue: 'is expected to',
      content: 'The bill is expected to pass the Senate next week',
    })
    // The cue is the reporter's hedge: the hedge rule reports it, not agentless-attribution.
    expect(run('The bill is expected to pass.').attributions[0]?.hedgedCue).toBe(true)
    expect(run('The plan is seen as a gamble.').attributions[0]?.hedgedCue).toBeUndefined()
    // Negated and with "also" it is still a forecast.
    expect(summary(run('The ferry is not expected to sail until May.'))[0]).toMatchObject({
      cue: 'is not expected to',
      content: 'The ferry is not expected to sail until May',
    })
    expect(summary(run('Two more firms are also expected to bid.'))[0]?.cue).toBe(
      'are also expected to',
    )
  })

  it('reads the whole sentence when the speaker interrupts it right after a quotation inside it', () => {
    expect(
      pair(
        'Those who spend hours reading “fringe sites,” Ortiz said, end up in a debate cut off from the port.',
      ),
    ).toEqual([
      [
        'Ortiz',
        'said',
        'Those who spend hours reading “fringe sites,” Ortiz said, end up in a debate cut off from the port',
      ],
    ])
    expect(
      pair(
        'Reyes’s lead in the county means “he must be doing something right,” she says, “but I do not know if I would vote for him.”',
      ),
    ).toEqual([
      [
        'she',
        'says',
        'Reyes’s lead in the county means “he must be doing something right,” she says, “but I do not know if I would vote for him.”',
      ],
    ])
    // A participle of the speaker's after the cue opens no continuation of the clause.
    expect(
      pair('When a man in the crowd shouted, “Ortiz,” Reyes joked, again using an accent, “Amen!”'),
    ).not.toContainEqual([
      'Reyes',
      'joked',
      'When a man in the crowd shouted, “Ortiz,” Reyes joked, again using an accent, “Amen!”',
    ])
  })

  it('reads the whole sentence as the report when an inverted speaker interrupts its subject', () => {
    expect(
      summary(
        run(
          'Any fair reading of the deal, said Ana Lund, an expert on ports at the Harbor Institute, would see it as a retreat.',
        ),
      )[0],
    ).toMatchObject({
      source: 'Ana Lund',
      content:
        'Any fair reading of the deal, said Ana Lund, an expert on ports at the Harbor Institute, would see it as a retreat',
    })
    // A clause before the cue is the whole report; a participle with a time is no speaker.
    expect(summary(run('The port will close, said Lund, who runs it.'))[0]?.content).toBe(
      'The port will close',
    )
    expect(
      summary(run('The tentative deal, announced Friday, would last four years.')).map(
        (a) => a.content,
      ),
    ).not.toContain('The tentative deal, announced Friday, would last four years')
  })

  it('keeps two adjectives parted by a comma in one report (“a real, lasting impact”)', () => {
    expect(
      summary(run('The mayor called him a kind, loving and generous neighbor.'))[0]?.content,
    ).toBe('him a kind, loving and generous neighbor')
    expect(
      summary(run('Lund said the ruling will have a real, lasting impact on small towns.'))[0]
        ?.content,
    ).toBe('the ruling will have a real, lasting impact on small towns')
    // A participle taking an object still ends the report.
    expect(
      summary(run('Lund praised the plan as a success, saying it would help the port.'))[0]
        ?.content,
    ).not.toContain('saying')
  })

  it('takes the subject of a passive cue for what was said, and the agent after “by” for its source', () => {
    expect(summary(run('Both fires were claimed by a radical group.'))[0]).toMatchObject({
      source: 'a radical group',
      cue: 'were claimed',
      content: 'Both fires',
    })
    expect(
      summary(
        run('When the closure of the ferry was announced on the radio, nobody was surprised.'),
      )[0],
    ).toMatchObject({
      kind: 'agentless',
      source: null,
      cue: 'was announced',
      content: 'the closure of the ferry',
    })
    // The subject ends before the verb group, and starts after a clause's opening "that".
    expect(
      summary(run('The memo shows that the new tariffs had not been previously disclosed.')).find(
        (a) => a.cue === 'previously disclosed',
      ),
    ).toMatchObject({ kind: 'agentless', content: 'the new tariffs' })
    // A clause after the cue is the report: "It was announced that …".
    expect(
      summary(run('It was announced on Tuesday that the harbor would close.'))[0]?.content,
    ).toBe('that the harbor would close')
    // ("was announced from midnight to dawn": "from" opens a complement of the verb, not a place.)
    expect(
      summary(run('A curfew was announced from midnight to dawn.')).map((a) => a.content),
    ).not.toContain('A curfew')
    // The one spoken to, or a stance's target, is no report.
    expect(summary(run('Lund was told about the delay by her aides.'))[0]?.content).not.toBe('Lund')
    expect(
      summary(run('Ortiz was accused by two rivals of hiding the budget.'))[0]?.content,
    ).not.toBe('Ortiz')
  })

  it('reads a verb of judging in the passive, with its agent, as the agent judging the subject', () => {
    expect(summary(run('The ferry plan was sharply criticized by Dana Ortiz.'))[0]).toMatchObject({
      source: 'Dana Ortiz',
      cue: 'was sharply criticized',
      content: 'The ferry plan',
    })
    expect(
      summary(run('Those concerns have been echoed by the Harlow County council.'))[0],
    ).toMatchObject({
      source: 'the Harlow County council',
      content: 'Those concerns',
    })
    // Set off by commas after its noun, or right after it.
    expect(summary(run('The levy, opposed by the dockworkers, never passed.'))[0]).toMatchObject({
      source: 'the dockworkers',
      cue: 'opposed',
      content: 'The levy',
    })
    expect(summary(run('It was a demand echoed by the harbour board.'))[0]).toMatchObject({
      source: 'the harbour board',
      content: 'a demand',
    })
    // With a reason after "for", the one judged and the reason are reported together.
    expect(
      summary(run('Kirby was criticized by his rivals for skipping the vote.'))[0],
    ).toMatchObject({
      source: 'his rivals',
      content: 'Kirby was criticized by his rivals for skipping the vote',
    })
    // An attitude likewise: liking, trusting.
    expect(summary(run('Ortiz is distrusted by most dockworkers.'))[0]).toMatchObject({
      source: 'most dockworkers',
      content: 'Ortiz',
    })
    // Backing with money or votes is no judgement, and no agent means no source.
    expect(run('The group, backed by three donors, ran ads.').attributions).toEqual([])
    expect(run('The plan was criticized.').attributions).toEqual([])
  })

  it('reads a negated verb of saying before an embedded question as a refusal that reports it', () => {
    const found = (text: string) =>
      pair(text).map(([source, cue, content]) => [source, cue, content])
    expect(found('Dana Ortiz hasn’t said whether she will run again.')).toEqual([
      ['Dana Ortiz', 'hasn’t said', 'whether she will run again'],
    ])
    expect(found('Ortiz is not saying what the council will do.')).toEqual([
      ['Ortiz', 'is not saying', 'what the council will do'],
    ])
    expect(found('The memo does not explain why the harbour closed.')).toEqual([
      ['The memo', 'does not explain', 'why the harbour closed'],
    ])
    // A bare question word closing the clause is the question left open: it is reported too.
    expect(found('Ortiz did not explain why.')).toEqual([['Ortiz', 'did not explain', 'why']])
    expect(found('The board did not say when, but Ortiz suspects a feud.')).toEqual([
      ['The board', 'did not say', 'when'],
      ['Ortiz', 'suspects', 'a feud'],
    ])
    // ("when, or if, …": the question goes on after the comma.)
    expect(found('Ortiz would not say when, or if, the board will vote.')[0]?.[2]).not.toBe('when')
  })

  it('ends a source before the verb an infinitive cue completes, not at its “to”', () => {
    expect(pair('The memo goes on to say that the ferry will stop.')[0]?.[0]).toBe('The memo')
    expect(
      pair('Even the harbour master took a moment to point out the empty berths.')[0]?.[0],
    ).toBe('the harbour master')
  })

  it('reads the topic after “say … about” as what was said, up to a circumstance', () => {
    expect(pair('She has said little about the ferry plan in recent months.')).toEqual([
      ['She', 'has said little about', 'the ferry plan'],
    ])
    expect(
      pair('Dana Ortiz has nothing but kind things to say about her rival, unlike her aides.'),
    ).toEqual([['Dana Ortiz', 'say', 'her rival']])
    // "about" before an amount means roughly; a clause or a quotation after the topic stays.
    expect(pair('The board said about half of the berths were empty.')[0]?.[2]).toBe(
      'about half of the berths were empty',
    )
    expect(pair('Ortiz said about the plan that it came too late.')[0]?.[2]).toBe(
      'about the plan that it came too late',
    )
  })

  it('ends an infinitive report before a finite verb joined by “but”', () => {
    expect(
      summary(run('Vance wanted to stay in the clinic, but was sent home on Friday.'))[0],
    ).toMatchObject({ source: 'Vance', content: 'to stay in the clinic' })
    // (Not inside a relative clause of the infinitive's object.)
    expect(
      summary(
        run(
          'The town has agreed to house families who fled the flood but are still waiting for aid.',
        ),
      )[0]?.content,
    ).toBe('to house families who fled the flood but are still waiting for aid')
  })

  it('reads what follows “it seems” or “it appears” as the impression, not the expletive “it”', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('It seems the Harlow County council will vote in May.')).toBe(
      'the Harlow County council will vote in May',
    )
    expect(content('By Friday it appeared that the ferry would sail.')).toBe(
      'that the ferry would sail',
    )
    // A referring "it" before "appeared to" is the subject of the impression.
    expect(content('The levy passed, and it appeared to hold.')).toBe('it appeared to hold')
    // An object "it" before a bare "seem" is no expletive.
    expect(content('The delay made it seem rude to the Harlow County council.')).not.toBe(
      'rude to the Harlow County council',
    )
  })

  it('starts a sourceless cue’s clause after a subordinating conjunction or at a “what” before it', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('Dana Ortiz stayed in the race even though it appears she cannot win.')).toBe(
      'she cannot win',
    )
    expect(content('The council voted late because the levy was widely seen as a gamble.')).toBe(
      'the levy was widely seen as a gamble',
    )
    // A free relative "what" right before the cue is its subject.
    expect(content('The case turns on what is known as the Harlow rule.')).toBe(
      'what is known as the Harlow rule',
    )
  })

  it('reads a passive participle of belief after any form of “be” as agentless', () => {
    // Any tense, adverbs and negations between: no fixed phrase of agentless-cues.txt needed.
    expect(summary(run('The Harlow levy was widely seen as a gamble.'))[0]).toMatchObject({
      kind: 'agentless',
      source: null,
      cue: 'was widely seen as',
      content: 'The Harlow levy was widely seen as a gamble',
    })
    expect(summary(run('The old ferries were deemed unsafe.'))[0]?.cue).toBe('were deemed')
    // An aside between dashes inside the subject stays in the clause.
    expect(
      summary(run('The refusal ― a snub, in effect ― was widely viewed as payback.'))[0]?.content,
    ).toBe('The refusal ― a snub, in effect ― was widely viewed as payback')
    expect(summary(run('Dana Ortiz could be seen as a rival.'))[0]?.cue).toBe('could be seen as')
    expect(summary(run('The council isn’t considered a rubber stamp.'))[0]?.content).toBe(
      'The council isn’t considered a rubber stamp',
    )
    // A reputation, a name or a charge with no one named who holds or brought it.
    expect(summary(run('The mill has long been known for its loud horn.'))[0]?.content).toBe(
      'The mill has long been known for its loud horn',
    )
    expect(summary(run('The fair was billed as a fundraiser.'))[0]?.cue).toBe('was billed as')
    expect(summary(run('The ferry is not known as a fast boat.'))[0]?.cue).toBe('is not known as')
    expect(summary(run('Ortiz is perhaps best known for her thrift.'))[0]?.cue).toBe(
      'is perhaps best known for',
    )
    expect(summary(run('The mayor was celebrated for her thrift.'))[0]?.content).toBe(
      'The mayor was celebrated for her thrift',
    )
    expect(summary(run('The treasurer was charged with fraud.'))[0]).toMatchObject({
      kind: 'agentless',
      cue: 'was charged with',
      content: 'The treasurer was charged with fraud',
    })
    // A forecast is the reporter's hedge, as "is expected to" is.
    const [forecast] = run('Dana Ortiz had long been expected to resign.').attributions
    expect(forecast?.hedgedCue).toBe(true)
    // A deliberation, an agent, or an aim is no view held by no one.
    expect(run('The bill was considered at the May meeting.').attributions).toHaveLength(0)
    expect(summary(run('The plan was seen by many as a gamble.'))[0]?.kind).not.toBe('agentless')
    expect(summary(run('Ortiz wanted to be seen as a reformer.'))[0]?.cue).toBe('wanted')
    // A view still to come is the writer's forecast; a charge still to come is an act.
    expect(run('The Harlow levy will be seen as a gamble.').attributions).toHaveLength(0)
    expect(run('Dana Ortiz won’t be remembered for her thrift.').attributions).toHaveLength(0)
    expect(summary(run('The treasurer will be charged with fraud.'))[0]?.cue).toBe(
      'will be charged with',
    )
  })

  it('takes a reputation (“is known for”) as agentless, subject included', () => {
    expect(summary(run('The judge is known for her long written opinions.'))[0]).toMatchObject({
      kind: 'agentless',
      source: null,
      cue: 'is known for',
      content: 'The judge is known for her long written opinions',
    })
  })

  it('keeps a sourceless cue inside its own clause', () => {
    const [levy] = summary(
      run('The levy, which is expected to raise $2 billion, returns power to the towns.'),
    )
    expect(levy?.content).toBe('which is expected to raise $2 billion')
    const [truce] = summary(run('Turnout was low, and the truce seems to be holding.'))
    expect(truce).toMatchObject({
      kind: 'agentless',
      cue: 'seems to',
      content: 'the truce seems to be holding',
    })
    // A phrase fronted before a comma, or an opening "But", is no part of the clause.
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('In the past week, the mayor seemed to be losing ground.')).toBe(
      'the mayor seemed to be losing ground',
    )
    expect(content('But the bill is expected to pass.')).toBe('the bill is expected to pass')
    expect(content('After the vote, taxes, not fees, are expected to rise.')).toBe(
      'taxes, not fees, are expected to rise',
    )
    expect(content('Smith, the harbour master, is expected to resign.')).toBe(
      'Smith, the harbour master, is expected to resign',
    )
  })

  it('reads "seemed" or "appears" with a predicate as the writer’s impression of the clause', () => {
    const [truce] = summary(run('After the vote, the truce seemed fragile.'))
    expect(truce).toMatchObject({
      kind: 'agentless',
      cue: 'seemed',
      content: 'the truce seemed fragile',
    })
    expect(summary(run('Harlow County voters appear weary of the race.'))[0]?.content).toBe(
      'Harlow County voters appear weary of the race',
    )
    // A presence, a supposition or a named impression is no impression told.
    const cues = (text: string) => summary(run(text)).map((a) => a.cue)
    expect(cues('Dana Ortiz appeared at the rally on Friday.')).toEqual([])
    expect(cues('The mayor has yet to appear.')).toEqual([])
    expect(cues('If the levy seems fair, the towns will pay it.')).toEqual([])
    expect(cues('What seems clear is that the bridge will close.')).toEqual([])
  })

  it('gives "seemed to" before an action verb the subject as its source', () => {
    const [offer] = summary(run('Senator Dana Kirby seemed to offer a compromise on the tax plan.'))
    expect(offer).toMatchObject({
      source: 'Senator Dana Kirby',
      cue: 'seemed to offer',
      content: 'a compromise on the tax plan',
    })
    const [blame] = summary(run('Mayor Alma Ruiz appeared to blame the contractors for the delay.'))
    expect(blame).toMatchObject({ source: 'Mayor Alma Ruiz', cue: 'appeared to blame' })
    const [suggest] = summary(run('Kirby appeared to say that the vote would be delayed.'))
    expect(suggest).toMatchObject({
      source: 'Kirby',
      cue: 'appeared to say',
      content: 'that the vote would be delayed',
    })
  })

  it('takes the subject of talk as what a speaker is reported on', () => {
    const [talk] = summary(
      run('Mayor Lena Ortiz talked about the flood defences during the meeting.'),
    )
    expect(talk).toMatchObject({
      source: 'Mayor Lena Ortiz',
      cue: 'talked about',
      content: 'the flood defences',
    })
    const [spoke] = summary(run('Ortiz spoke about how the river had burst its banks.'))
    expect(spoke).toMatchObject({
      cue: 'spoke about',
      content: 'how the river had burst its banks',
    })
  })

  it('reads a topic of talk past adverbs and the listener, occasion or medium before “about”', () => {
    expect(pair('Ortiz spoke briefly about the closure of the mill.')).toEqual([
      ['Ortiz', 'spoke briefly about', 'the closure of the mill'],
    ])
    expect(pair('Ortiz spoke to reporters about the closure on Monday.')).toEqual([
      ['Ortiz', 'spoke to reporters about', 'the closure'],
    ])
    expect(pair('Reyes has spoken out about the ferry fares.')).toEqual([
      ['Reyes', 'has spoken out about', 'the ferry fares'],
    ])
    expect(pair('Reyes speaks fondly of his brother.')).toEqual([
      ['Reyes', 'speaks fondly of', 'his brother'],
    ])
    // "of" inside the listener's phrase is not the topic's; a time is no listener.
    expect(pair('Ortiz spoke to the head of the board about the levy.')).toEqual([
      ['Ortiz', 'spoke to the head of the board about', 'the levy'],
    ])
    expect(pair('The people I spoke to this week about the levy were angry.')).toEqual([])
    expect(pair('Ortiz spoke for about ten minutes.')).toEqual([])
  })

  it('takes pointing at a thing and taking a side on it as stance cues', () => {
    expect(summary(run('Governor Pia Lund pointed to the falling crime rate.'))[0]).toMatchObject({
      source: 'Governor Pia Lund',
      cue: 'pointed to',
      content: 'the falling crime rate',
    })
    expect(summary(run('Senator Ray Moss railed against the new tariffs.'))[0]).toMatchObject({
      cue: 'railed against',
      content: 'the new tariffs',
    })
    expect(summary(run('Judge Amos Kerr sided with the tenants.'))[0]).toMatchObject({
      cue: 'sided with',
      content: 'the tenants',
    })
    // "agreed" alone wants a clause ("agreed that …"); "agreed with" takes an object.
    expect(summary(run('Former Mayor Ida Berg agreed with the ruling.'))[0]).toMatchObject({
      source: 'Former Mayor Ida Berg',
      cue: 'agreed with',
      content: 'the ruling',
    })
  })

  it('trusts a role a person holds as the source of a stance, with any determiner', () => {
    expect(summary(run('A harbour spokeswoman disputed the figures.'))[0]).toMatchObject({
      source: 'A harbour spokeswoman',
      cue: 'disputed',
      content: 'the figures',
    })
    expect(summary(run('All of the mayoral candidates oppose the toll.'))[0]).toMatchObject({
      source: 'All of the mayoral candidates',
      cue: 'oppose',
      content: 'the toll',
    })
    // A longer subject: its head before a preposition, or its first conjunct, decides.
    expect(
      summary(run('A spokesman for the mayor of Dunmore defended the new toll.'))[0],
    ).toMatchObject({ source: 'A spokesman for the mayor of Dunmore', cue: 'defended' })
    expect(summary(run('The Harbour Guild and the ferry union oppose the toll.'))[0]).toMatchObject(
      { source: 'The Harbour Guild and the ferry union', cue: 'oppose', content: 'the toll' },
    )
    // One capitalised word opening the sentence heads such a subject only if it names people.
    expect(summary(run('Critics in the harbour town oppose the new toll.'))[0]).toMatchObject({
      source: 'Critics in the harbour town',
      cue: 'oppose',
    })
    expect(run('Headlines in the harbour town oppose the new toll.').attributions).toEqual([])
    // The role must end the subject: "the only senator to endorse Ruiz" is no source.
    // (The infinitive is a stance of Lund's in its own right: he endorsed Ruiz.)
    expect(pair('Mr. Lund, the only senator to endorse Ruiz, said the vote was close.')).toEqual([
      ['Mr. Lund', 'endorse', 'Ruiz'],
      ['Mr. Lund, the only senator to endorse Ruiz', 'said', 'the vote was close'],
    ])
    // ("In May, …": a month, not a modal, so the opening phrase is only when.)
    expect(
      summary(run('In May, a district judge sided with the growers, saying the law was void.'))[0],
    ).toMatchObject({ source: 'a district judge', cue: 'sided with', content: 'the growers' })
  })

  it('gives a stance gerund after “by”, “in”, “for” or “after” to the sentence’s subject', () => {
    expect(summary(run('Ms. Okafor opened the rally by denouncing the toll plan.'))).toMatchObject([
      { source: 'Ms. Okafor', cue: 'denouncing', content: 'the toll plan' },
    ])
    expect(
      summary(run('Mayor Ruiz lost ground after questioning the union’s commitment to the deal.')),
    ).toMatchObject([{ source: 'Mayor Ruiz', cue: 'questioning' }])
    // "while" and "before" open a time: "before seeking the post" reports no stance.
    expect(run('Training helps a candidate before seeking the presidency.').attributions).toEqual(
      [],
    )
  })

  it('reads not wanting to be named as a reason for anonymity, not a stance', () => {
    expect(
      summary(run('A farmer who did not want to be named spoke at the fair.')).map((a) => a.cue),
    ).toEqual([])
  })

  it('ends a stance in a relative clause where the main predicate resumes', () => {
    const stance = (text: string) =>
      summary(run(text)).find((a) => a.source === 'who')?.content ?? null
    expect(stance('Most students who support Ms. Ruiz are in college.')).toBe('Ms. Ruiz')
    expect(stance('A donor who wants to give more could write a second check.')).toBe(
      'to give more',
    )
    expect(
      stance('Builders who sought to build homes on the site, and there were many, lost.'),
    ).toBe('to build homes on the site')
    // ("was named", "if elected": a participle of the relative clause's own.)
    expect(stance('The farmers who want to be named in the suit said they would sue.')).toBe(
      'to be named in the suit',
    )
  })

  it('trusts “it” — a paper, a party, a court — as the holder of a stance', () => {
    expect(summary(run('The ferry board met in May, and it backed Mayor Ruiz.'))).toMatchObject([
      { source: 'it', cue: 'backed', content: 'Mayor Ruiz' },
    ])
    // "it" opening a clause of time right after a name stands for the name.
    expect(
      summary(run('Protesters gathered outside the Gazette after it backed Mayor Ruiz.')),
    ).toMatchObject([{ source: 'the Gazette', cue: 'backed', content: 'Mayor Ruiz' }])
    // With no word before the subordinator there is no name to stand for (this once threw).
    expect(summary(run('When it backed the levy, the Gazette lost readers.'))).toMatchObject([
      { source: 'it', cue: 'backed', content: 'the levy' },
    ])
    // Not in the passive, and not for a belief ("it assumes …" is mostly a thing's).
    expect(run('The council met. It was questioned on legal grounds.').attributions).toEqual([])
    // "declined slightly from …" tells of a change, not a refusal.
    expect(
      run('Her lead in the poll has shrunk, and it has declined slightly from 58 percent.')
        .attributions,
    ).toEqual([])
    // So does a preposition of place right after a one-word stance ("declined in most
    // states"); a time there comes before the object ("sought on Monday to …").
    expect(run('Turnout fell, and it declined in almost every county.').attributions).toEqual([])
    expect(summary(run('The mayor sought on Monday to calm the growers.'))[0]?.cue).toBe('sought')
    // A clause of time right after the verb leaves it with no object.
    expect(
      summary(run('The union said it declined when Ms. Lund asked it to march.')).map((a) => a.cue),
    ).toEqual(['said', 'asked'])
  })

  it('ends a stance’s object at a participle after a comma', () => {
    const found = summary(run('Senator Ivo Kane endorsed Ana Ruiz, calling her a fighter.'))
    expect(found.find((a) => a.cue === 'endorsed')?.content).toBe('Ana Ruiz')
    expect(found.find((a) => a.cue === 'calling')?.content).toBe('her a fighter')
    // ("including" lists more of the object.)
    expect(summary(run('Mayor Ruiz praised the crews, including the divers.'))[0]?.content).toBe(
      'the crews, including the divers',
    )
  })

  it('takes a stance about a bare name', () => {
    expect(summary(run('Senator Ana Holt endorsed Ruiz.'))[0]).toMatchObject({
      source: 'Senator Ana Holt',
      cue: 'endorsed',
      content: 'Ruiz',
    })
    expect(summary(run('Holt attacked Ana Lund.'))[0]).toMatchObject({ content: 'Ana Lund' })
    expect(run('Holt called Monday.').attributions).toEqual([])
  })

  it('takes a question put to someone, asker unnamed, as its own attribution', () => {
    const result = summary(
      run('Asked about the delay, Mayor Ruiz said the contractors were to blame.'),
    )
    expect(result[0]).toMatchObject({ source: null, cue: 'Asked', content: 'about the delay' })
    expect(result[1]).toMatchObject({ source: 'Mayor Ruiz', cue: 'said' })
    expect(summary(run('Ruiz, when asked whether she would run again, smiled.'))[0]).toMatchObject({
      source: null,
      cue: 'asked',
      content: 'whether she would run again',
    })
    // When the question was put may come before the question word.
    expect(
      summary(run('Asked on Tuesday whether the ferry would run, the captain shrugged.'))[0],
    ).toMatchObject({ source: null, cue: 'Asked', content: 'whether the ferry would run' })
    // So may a time word or an adverb; "whom" opens a question, "why" alone is one, and a
    // colon ends it as a comma does.
    expect(summary(run('Asked Tuesday about the ferry, the captain shrugged.'))[0]).toMatchObject({
      source: null,
      cue: 'Asked',
      content: 'about the ferry',
    })
    expect(
      summary(run('Ruiz, when asked specifically what the ferry costs, smiled.'))[0],
    ).toMatchObject({ source: null, cue: 'asked', content: 'what the ferry costs' })
    expect(summary(run('When asked whom she supported, Ruiz smiled.'))[0]).toMatchObject({
      source: null,
      cue: 'asked',
      content: 'whom she supported',
    })
    expect(summary(run('When asked why, Ruiz smiled.'))[0]).toMatchObject({
      source: null,
      cue: 'asked',
      content: 'why',
    })
    expect(
      summary(run('Ruiz told the council when asked about the ferry: “It runs.”')).find(
        (a) => a.cue === 'asked',
      ),
    ).toMatchObject({ content: 'about the ferry' })
    // With an asker it is an ordinary cue.
    expect(summary(run('He asked if the bridge was safe.'))[0]).toMatchObject({ source: 'He' })
  })

  it('reads “reports” before a verb of finding as the documents that show it', () => {
    expect(summary(run('The reports show the ferry lost money in May.'))[0]).toMatchObject({
      source: 'The reports',
      sourceKind: 'document',
      cue: 'show',
      content: 'the ferry lost money in May',
    })
    expect(summary(run('The toll doubled in a year, harbour reports show.'))[0]).toMatchObject({
      source: 'harbour reports',
      cue: 'show',
      content: 'The toll doubled in a year',
    })
  })

  it('reads a subject past a place adverb before the cue', () => {
    expect(summary(run('Dock workers here said the strike would go on.'))[0]).toMatchObject({
      source: 'Dock workers',
      cue: 'said',
      content: 'the strike would go on',
    })
  })

  it('reads slides and averages as documents that show a finding', () => {
    expect(summary(run('Another slide shows that most ferries run late.'))[0]).toMatchObject({
      source: 'Another slide',
      sourceKind: 'document',
      cue: 'shows',
      content: 'that most ferries run late',
    })
    expect(summary(run('The harbour average shows tolls rising.'))[0]).toMatchObject({
      source: 'The harbour average',
      sourceKind: 'document',
    })
  })

  it('reads a share written with a percent sign as a source', () => {
    expect(summary(run('On taxes, 42% say the toll is too high.'))[0]).toMatchObject({
      source: '42%',
      cue: 'say',
      content: 'the toll is too high',
    })
  })

  it('reads a name with an aside after “that” or a subordinator as the subject', () => {
    expect(
      summary(
        run('It was only last May that Bea Lund, who now runs the port, said the toll would go.'),
      )[0],
    ).toMatchObject({
      source: 'Bea Lund, who now runs the port',
      cue: 'said',
      content: 'the toll would go',
    })
    // Two subjects joined by “and” stay one source.
    expect(
      summary(run('Bea Lund, of Dover, and Tom Ruiz, of Hull, said the toll would go.'))[0]?.source,
    ).toBe('Bea Lund, of Dover, and Tom Ruiz, of Hull')
  })

  it('ends the listener of “told” at a colon', () => {
    expect(summary(run('Okafor told the dockers: “We will not close the port.”'))[0]).toMatchObject(
      {
        source: 'Okafor',
        cue: 'told',
        content: '“We will not close the port.”',
      },
    )
  })

  it('reads a cue opening the sentence, its speaker, then a quotation', () => {
    expect(
      summary(
        run('Said Bea Lund, who grew up by the dock, “We were all so proud of the crew.”'),
      )[0],
    ).toMatchObject({
      kind: 'direct',
      source: 'Bea Lund, who grew up by the dock',
      cue: 'Said',
      content: '“We were all so proud of the crew.”',
    })
  })

  it('takes the asker after “asked by” as the source of the question', () => {
    const result = summary(
      run('Asked by a radio host whether the ferry would run, the captain shrugged.'),
    )
    expect(result[0]).toMatchObject({
      source: 'a radio host',
      cue: 'Asked',
      content: 'whether the ferry would run',
    })
    expect(summary(run('“Never,” she said when asked by Ortiz to name a rival.'))[1]).toMatchObject(
      { source: 'Ortiz', cue: 'asked', content: 'to name a rival' },
    )
  })

  it('marks a paraphrase with a quoted fragment as mixed', () => {
    const [a] = summary(run('The senator said the plan was “dead on arrival” in its current form.'))
    expect(a?.kind).toBe('mixed')
  })

  it('ignores cue words inside a quote', () => {
    const analysis = run('“They said it could not be done,” Ortiz said.')
    expect(analysis.attributions).toHaveLength(1)
    expect(analysis.attributions[0]?.source?.text).toBe('Ortiz')
  })

  it('does not take nouns for cues', () => {
    expect(run('The report was published on Monday. His claims were false.').attributions).toEqual(
      [],
    )
  })

  it('takes a stance word before a finite verb for a noun', () => {
    expect(run('Rural support was weaker than expected in the county.').attributions).toEqual([])
    // The verb itself still counts.
    expect(
      summary(run('Senator Alma Reyes supports the new levy on imported grain.')).map((a) => a.cue),
    ).toEqual(['supports'])
  })

  it('takes a bare stance word before a preposition for a noun', () => {
    expect(run('The river attacks on the dam forced the town to close it.').attributions).toEqual(
      [],
    )
    expect(
      run('Governor Pell had 31 percent support among farmers in the latest count.').attributions,
    ).toEqual([])
    expect(
      run('Governor Pell won 31 percent support of the rural vote, short of a majority.')
        .attributions,
    ).toEqual([])
    expect(run('After the arson attack in Dunmore, the fair was cancelled.').attributions).toEqual(
      [],
    )
    // With no object after it, or a past tense, too.
    expect(run('After the harbor attacks, the fair was cancelled.').attributions).toEqual([])
    expect(run('The Dunmore attacks changed the race.').attributions).toEqual([])
    // A past form, or a verb with a time before its object, still counts.
    expect(
      summary(run('Okafor sought on Monday to calm the harbor workers.')).map((a) => a.cue),
    ).toEqual(['sought'])
    expect(
      summary(run('Okafor praised in a letter the mayor’s handling of the strike.')).map(
        (a) => a.cue,
      ),
    ).toEqual(['praised'])
  })

  it('reads a reporter’s credit line “X reported from Dunmore, Ohio.” as no report', () => {
    expect(
      run('The ferry will run again in May.\n\nAna Brix reported from Dunmore, Ohio.').attributions,
    ).toEqual([])
    expect(
      summary(run('Brix reported from Dunmore that the ferry sank.')).map((a) => a.content),
    ).toEqual(['that the ferry sank'])
  })

  it('reads “can’t seem to” as an inability, no impression', () => {
    expect(run('Brix just can’t seem to win the harbor ward.').attributions).toEqual([])
    expect(summary(run('The truce seems to be holding.')).map((a) => a.cue)).toEqual(['seems to'])
  })

  it('reads “called into a radio show” as a phone-in, not a call for anything', () => {
    expect(run('Brix called into a morning radio show on Tuesday.').attributions).toEqual([])
    expect(run('The mayor recently called in to a town hall on the ferry.').attributions).toEqual(
      [],
    )
    // “called into question” doubts a thing.
    expect(
      summary(run('The audit called into question the ferry budget.')).map((a) => a.cue),
    ).toEqual(['called'])
  })

  it('reads “added to her lead”, “adds to the drama” as adding to a thing, not words', () => {
    expect(run('Brix won the harbor ward, adding to her lead over Wendt.').attributions).toEqual([])
    expect(run('The latest delay adds to the doubts about the ferry.').attributions).toEqual([])
    // An audience after “to” still makes a cue.
    expect(
      summary(run('“We will run the ferry,” Brix added to reporters.')).map((a) => a.cue),
    ).toEqual(['added'])
  })

  it('reads no report in “issued a statement Thursday” with nothing of what it says', () => {
    expect(run('Okafor issued a formal statement Sunday afternoon.').attributions).toEqual([])
    // What the statement says is the report.
    expect(
      summary(run('The harbor board issued a statement saying the ferry would run.')).map(
        (a) => a.content,
      ),
    ).toEqual(['the ferry would run'])
    // A document that takes a stance: what it attacks or praises is the report.
    expect(
      summary(run('Mayor Dana Ortiz released a video attacking the toll plan.')),
    ).toMatchObject([{ source: 'Mayor Dana Ortiz', cue: 'attacking', content: 'the toll plan' }])
  })

  it('takes the main clause after “As X reported on Tuesday,” for the report', () => {
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('As the Dunmore Ledger reported on Tuesday, the mill will close in May.')).toBe(
      'the mill will close in May',
    )
    expect(content('As Okafor noted in a column last week, the ferry rarely runs on time.')).toBe(
      'the ferry rarely runs on time',
    )
  })

  it('reads no cue inside a set phrase: “All told,”, “easier said than done”', () => {
    expect(run('All told, turnout rose by a third in the harbor ward.').attributions).toEqual([])
    expect(run('Fixing the ferry is easier said than done in Dunmore.').attributions).toEqual([])
    expect(run('Suffice it to say, the ferry never ran on time.').attributions).toEqual([])
    expect(run('Strange to say, the ferry made money that year.').attributions).toEqual([])
    // Honesty is judged, nothing is reported: "tell the truth".
    expect(run('The harbour board did not tell the truth about the fees.').attributions).toEqual([])
  })

  it('finds no source in the writer’s “it is safe to say”, “too soon to tell”', () => {
    expect(run('It is safe to say the ferry will be late again.').attributions).toEqual([])
    expect(run('It is too soon to tell whether the levy will pass.').attributions).toEqual([])
    expect(run('There is no way to tell whether the levy will pass.').attributions).toEqual([])
    // ("went out of her way to say that …" reports.)
    expect(
      summary(run('Okafor went out of her way to say that the levy would pass.')).map(
        (a) => a.source,
      ),
    ).toEqual(['Okafor'])
    // Someone asked to say something is still a source.
    expect(
      summary(run('Okafor went on to say the ferry would be late.')).map((a) => a.cue),
    ).toEqual(['went on to say'])
  })

  it('takes the doer of an infinitive cue from a verb of causing, from “for”, or past a place', () => {
    // The object of a verb of causing or letting speaks, not the subject.
    expect(pair('The vote prompted Dana Ortiz to say that she would resign.')).toEqual([
      ['Dana Ortiz', 'say', 'that she would resign'],
    ])
    expect(pair('The ruling led many farmers to say that the levy was unfair.')).toEqual([
      ['many farmers', 'say', 'that the levy was unfair'],
    ])
    // An object pronoun there is as clear a holder of a stance as a subject pronoun.
    expect(pair('The flood allowed him to endorse the Harlow County levy.')).toEqual([
      ['him', 'endorse', 'the Harlow County levy'],
    ])
    // The noun after "for" does what the infinitive says.
    expect(pair('It was rare for a county judge to say that in public.')).toEqual([
      ['a county judge', 'say', 'that in public'],
    ])
    // A name or a day after a preposition is where or when; the subject speaks.
    expect(pair('Dana Ortiz went on television on Monday to say that she would resign.')).toEqual([
      ['Dana Ortiz', 'say', 'that she would resign'],
    ])
    expect(pair('Dana Ortiz was the first member of the Harlow Council to endorse Lee.')).toEqual([
      ['Dana Ortiz', 'endorse', 'Lee'],
    ])
    // A day before "to" is when, not a speaker.
    expect(pair('Harlow council members gathered Friday to discuss the levy.')).toEqual([
      ['Harlow council members', 'discuss', 'the levy'],
    ])
    // A dateline's place is no subject.
    expect(pair('HARLOW, Ohio — Dana Ortiz went on the radio to criticize the council.')).toEqual([
      ['Dana Ortiz', 'criticize', 'the council'],
    ])
  })

  it('ends a stance’s object before “, but” or “, and” opening a clause or a second verb', () => {
    expect(pair('Dana Ortiz praised Lee, but told the Gazette that she had doubts.')).toEqual([
      ['Dana Ortiz', 'praised', 'Lee'],
      ['Dana Ortiz', 'told', 'that she had doubts'],
    ])
    expect(pair('Dana Ortiz endorsed Lee, but she had doubts.')).toEqual([
      ['Dana Ortiz', 'endorsed', 'Lee'],
    ])
  })

  it('reads the perfect progressive of a cue (“has been saying”) as the cue', () => {
    expect(pair('Dana Ortiz has been saying that the levy is unfair.')).toEqual([
      ['Dana Ortiz', 'has been saying', 'that the levy is unfair'],
    ])
    expect(pair('Dana Ortiz had been attacking the Harlow County council for weeks.')).toEqual([
      ['Dana Ortiz', 'had been attacking', 'the Harlow County council for weeks'],
    ])
  })

  it('keeps a plain modifier before a source noun inside a capitalised subject', () => {
    // "Democratic council candidate Dana Ortiz": "council" modifies "candidate", no verb.
    expect(
      pair(
        'Democratic council candidate Dana Ortiz went on the radio, saying that the levy was unfair.',
      ),
    ).toEqual([['Democratic council candidate Dana Ortiz', 'saying', 'that the levy was unfair']])
    // A quantity after a verb opens its object: the verb still ends the subject.
    expect(pair('Harlow candidates get many requests to criticize the council.')).toEqual([
      ['Harlow candidates', 'criticize', 'the council'],
    ])
  })

  it('takes a headline’s name before “to” as the doer of its infinitive cue', () => {
    expect(pair('Dana Ortiz to criticize Harlow budget')).toEqual([
      ['Dana Ortiz', 'criticize', 'Harlow budget'],
    ])
    expect(pair('Ortiz, Lee to campaign for Dunn in May')).toEqual([
      ['Ortiz, Lee', 'campaign for', 'Dunn'],
    ])
    // An opening word is no name.
    expect(pair('Continuing to criticize the budget, Ortiz left the hall.')).toEqual([])
    expect(pair('Asked to describe the device, Mayor Dana Ortiz said it was small.')).toEqual([
      ['Mayor Dana Ortiz', 'said', 'it was small'],
    ])
  })

  it('reads a verb of saying or stance right after an infinitive’s “to” as a cue', () => {
    // Base forms that are also nouns ("a question") or need a clause elsewhere are verbs here.
    expect(pair('Dana Ortiz went on the radio to criticize the Harlow County council.')).toEqual([
      ['Dana Ortiz', 'criticize', 'the Harlow County council'],
    ])
    expect(pair('The audit prompted Dana Ortiz to question the count.')).toEqual([
      ['Dana Ortiz', 'question', 'the count'],
    ])
    expect(
      pair('Dana Ortiz toured the valley to persuade farmers that the levy was fair.'),
    ).toEqual([['Dana Ortiz', 'persuade', 'farmers that the levy was fair']])
    expect(pair('Dana Ortiz used the hearing to publicly explain the delay.')).toEqual([
      ['Dana Ortiz', 'publicly explain', 'the delay'],
    ])
    // An infinitive's "it" is expletive: the writer's judgement, no one's stance.
    expect(run('It is fair to question the count.').attributions).toEqual([])
    // The words right before "to" do it only after a verb of causing or "for".
    expect(
      run('The levy had one more chance on Monday to question the count.').attributions,
    ).toEqual([])
    // After a phase verb a verb of saying keeps its clause.
    expect(
      pair('Dana Ortiz continued to insist, as she had in May, that the count was wrong.'),
    ).toEqual([['Dana Ortiz', 'continued to insist', 'that the count was wrong']])
  })

  it('takes a past participle after a count or “of” for an adjective', () => {
    expect(run('Brix leads Wendt by 140 pledged votes in the harbor ballot.').attributions).toEqual(
      [],
    )
    expect(run('The number of reported thefts at the dock has doubled.').attributions).toEqual([])
    // A year before the verb is when it was said.
    expect(
      summary(run('Brix, who in 2019 pledged to rebuild the dock, lost the vote.')).map(
        (a) => a.cue,
      ),
    ).toEqual(['pledged'])
  })

  it('takes a plural noun of saying before an auxiliary or “from” for a noun', () => {
    expect(
      run('The mayor’s more heated remarks have left the council in a bind.').attributions,
    ).toEqual([])
    expect(run('The page was updated with comments from the harbor board.').attributions).toEqual(
      [],
    )
    // A past tense or a mark after it ends the noun phrase too.
    expect(run('The mayor’s more heated remarks loomed over the vote.').attributions).toEqual([])
    // A clear subject makes it a verb, and “about” or “which” open what was said.
    expect(
      summary(run('Okafor comments on the tides from the dock every morning.')).map((a) => a.cue),
    ).toEqual(['comments'])
    expect(
      summary(run('The board rejected his tweets in which he called the ferry a scam.')).map(
        (a) => a.cue,
      ),
    ).toContain('called')
  })

  it('reads a support verb in a reduced relative clause as its noun’s stance', () => {
    expect(
      summary(run('Several lawmakers backing Mayor Okoro spent heavily on radio ads.')),
    ).toMatchObject([{ source: 'Several lawmakers', cue: 'backing', content: 'Mayor Okoro' }])
    expect(summary(run('Growers opposing the new dam filed a lawsuit on Monday.'))).toMatchObject([
      { source: 'Growers', cue: 'opposing', content: 'the new dam' },
    ])
    // The noun phrase with its relative clause is still a whole source for the main verb.
    expect(
      summary(run('Councillors supporting the levy have said they expect it to pass.'))[1],
    ).toMatchObject({ source: 'Councillors supporting the levy', cue: 'have said' })
    // The noun phrase right before the -ing form holds the stance wherever it stands.
    expect(
      summary(run('Donors gave $2 million to an outside group backing Governor Ana Ruiz.')),
    ).toMatchObject([{ source: 'an outside group', cue: 'backing', content: 'Governor Ana Ruiz' }])
    // A name with words of description before it is as much an object as the name alone.
    expect(
      summary(run('Donors gave $2 million to a group backing former Gov. Ana Ruiz.')),
    ).toMatchObject([{ source: 'a group', cue: 'backing', content: 'former Gov. Ana Ruiz' }])
    expect(
      summary(run('The drive to recruit pastors supporting Mr. Ortega has begun.')),
    ).toMatchObject([{ source: 'pastors', cue: 'supporting', content: 'Mr. Ortega' }])
    // After "has" the -ing form is a noun; "backed by" is passive.
    expect(run('Okoro has backing from a third of the council.').attributions).toEqual([])
    expect(run('The levy, backed by the mayor, passed easily.').attributions).toEqual([])
  })

  it('reads an abbreviation inside an appositive as part of the source', () => {
    expect(
      summary(run('Ana Lund, the No. 2 official at the port, said the cranes would be replaced.')),
    ).toMatchObject([
      {
        source: 'Ana Lund, the No. 2 official at the port',
        cue: 'said',
        content: 'the cranes would be replaced',
      },
    ])
  })

  it('takes what a source offered as its stance (“offered a defence of the plan”)', () => {
    expect(summary(run('Mayor Okoro offered a spirited defence of the toll plan.'))).toMatchObject([
      // A light verb with its noun of stance: the object of the noun is what was defended.
      {
        source: 'Mayor Okoro',
        cue: 'offered a spirited defence of',
        content: 'the toll plan',
      },
    ])
    // The noun "offer" is no cue.
    expect(run('The offer expired on Monday.').attributions).toEqual([])
  })

  it('takes vouching for a person as a stance (“vouched for”, “was vouching for”)', () => {
    expect(pair('Dana Ortiz vouched for the new harbour master.')).toEqual([
      ['Dana Ortiz', 'vouched for', 'the new harbour master'],
    ])
    expect(pair('The governor was vouching for the Harlow County council.')[0]).toEqual([
      'The governor',
      'was vouching for',
      'the Harlow County council',
    ])
  })

  it('takes a one-word object after a light verb and its noun (“voiced support for Reyes”)', () => {
    expect(pair('Dana Ortiz voiced support for Reyes.')).toEqual([
      ['Dana Ortiz', 'voiced support for', 'Reyes'],
    ])
    expect(pair('Several council members are expressing concern about Ortiz.')[0]).toEqual([
      'Several council members',
      'are expressing concern about',
      'Ortiz',
    ])
  })

  it('takes support pledged or thrown behind someone as a stance (“threw her support behind”)', () => {
    expect(pair('Dana Ortiz threw her support behind the harbour levy.')).toEqual([
      ['Dana Ortiz', 'threw her support behind', 'the harbour levy'],
    ])
    expect(pair('The two senators pledged their support to Reyes.')).toEqual([
      ['The two senators', 'pledged their support to', 'Reyes'],
    ])
  })

  it('takes one bare noun after a phrasal stance’s “about” or “against” as its object', () => {
    expect(pair('Dana Ortiz talked about crime.')).toEqual([
      ['Dana Ortiz', 'talked about', 'crime'],
    ])
    expect(pair('The mayor railed against taxes.')).toEqual([
      ['The mayor', 'railed against', 'taxes'],
    ])
    // A question word opens a clause, not a one-word object.
    expect(pair('Ortiz spoke about how.')).toEqual([])
  })

  it('takes talking up a plan as a stance (“talked up her plan”)', () => {
    expect(pair('Dana Ortiz talked up her plan for the harbour.')).toEqual([
      ['Dana Ortiz', 'talked up', 'her plan for the harbour'],
    ])
    // A one-word stance with a particle after it is still phrasal: no stance taken.
    expect(pair('Dana Ortiz backed away from the plan.')).toEqual([])
  })

  it('takes displeasure voiced with a thing as a stance (“voiced displeasure with”)', () => {
    expect(pair('Several council members have expressed discomfort with the levy.')).toEqual([
      ['Several council members', 'have expressed discomfort with', 'the levy'],
    ])
    expect(pair('Dana Ortiz voiced displeasure with the ruling.')).toEqual([
      ['Dana Ortiz', 'voiced displeasure with', 'the ruling'],
    ])
  })

  it('takes a supporter, critic or advocate after a linking verb as a stance', () => {
    expect(pair('Dana Ortiz is a vocal supporter of the harbour levy.')).toEqual([
      ['Dana Ortiz', 'is a vocal supporter of', 'the harbour levy'],
    ])
    expect(pair('She has been a fierce critic of the Harlow County council.')).toEqual([
      ['She', 'has been a fierce critic of', 'the Harlow County council'],
    ])
    // A second predicate after "but" is the subject's own, not what it is a fan of.
    expect(pair('Reyes is no fan of Ortiz but praised her budget.')).toEqual([
      ['Reyes', 'is no fan of', 'Ortiz'],
      ['Reyes', 'praised', 'her budget'],
    ])
    // Without a linking verb the noun names a person, not a stance.
    expect(pair('A supporter of the levy waved a sign.')).toEqual([])
    // A plural needs no article; after a passive's "by" the noun is the agent.
    expect(pair('They have been strong supporters of Ortiz.')).toEqual([
      ['They', 'have been strong supporters of', 'Ortiz'],
    ])
    expect(
      pair('Ortiz is disliked by supporters of the levy.').map(([, cue]) => cue),
    ).not.toContain('is disliked by supporters of')
  })

  it('takes advocating for and musing or gushing about a thing as a stance', () => {
    expect(pair('Dana Ortiz has advocated for a lower ferry toll.')).toEqual([
      ['Dana Ortiz', 'has advocated for', 'a lower ferry toll'],
    ])
    expect(pair('The mayor mused about a run for the Senate.')).toEqual([
      ['The mayor', 'mused about', 'a run for the Senate'],
    ])
    expect(pair('Ortiz gushed about the new harbour.')).toEqual([
      ['Ortiz', 'gushed about', 'the new harbour'],
    ])
  })

  it('takes rebuking and disowning as a stance (“chided”, “took issue with”, “disavowed”)', () => {
    expect(summary(run('Dana Ortiz chided the harbour board for the delay.'))[0]).toMatchObject({
      source: 'Dana Ortiz',
      cue: 'chided',
      content: 'the harbour board for the delay',
    })
    expect(summary(run('Kirby took issue with the ferry forecast.'))[0]).toMatchObject({
      cue: 'took issue with',
      content: 'the ferry forecast',
    })
    // The passive names the target as subject, not a source: the agent after "by" is.
    expect(summary(run('Kirby was rebuked by the council.'))).toMatchObject([
      { source: 'the council', cue: 'was rebuked', content: 'Kirby' },
    ])
  })

  it('takes hinting, signalling, outlining and apologising as a stance', () => {
    const found = (text: string) => summary(run(text)).map((a) => [a.cue, a.content])
    expect(found('Dana Ortiz hinted at a run for governor.')).toEqual([
      ['hinted at', 'a run for governor'],
    ])
    expect(found('Kirby signaled support for the ferry levy.')).toEqual([
      ['signaled', 'support for the ferry levy'],
    ])
    expect(found('Ortiz apologized for the remark.')).toEqual([['apologized for', 'the remark']])
    // "clarified", "countered" report speech only with a clause after them.
    expect(found('An aide later clarified that the mayor had misspoken.')).toEqual([
      ['later clarified', 'that the mayor had misspoken'],
    ])
    expect(found('Kirby clarified the rules.')).toEqual([])
  })

  it('reads “agree that …” and “agree with …” after a plural subject', () => {
    const found = (text: string) => summary(run(text)).map((a) => [a.source, a.cue, a.content])
    expect(found('Harbour engineers agree that the pier must close.')).toEqual([
      ['Harbour engineers', 'agree', 'that the pier must close'],
    ])
    expect(found('Dana Ortiz and Lee Kirby agree with the ferry plan.')).toEqual([
      ['Dana Ortiz and Lee Kirby', 'agree with', 'the ferry plan'],
    ])
  })

  it('reads base forms of reporting and stance verbs after a plural subject', () => {
    const found = (text: string) => summary(run(text)).map((a) => [a.source, a.cue, a.content])
    expect(found('Harbour engineers caution that the pier may close.')).toEqual([
      ['Harbour engineers', 'caution', 'that the pier may close'],
    ])
    expect(found('Ferry riders criticize the new timetable.')).toEqual([
      ['Ferry riders', 'criticize', 'the new timetable'],
    ])
    // Without a clause after it, "caution" reports nothing.
    expect(run('The harbour engineers caution drivers at the bend.').attributions).toEqual([])
  })

  it('takes a participle of repeating or decrying after a comma as the subject’s stance', () => {
    expect(
      summary(run('Dana Ortiz spoke for an hour, repeating her pledge to reopen the pier.')).map(
        (a) => [a.source, a.cue, a.content],
      ),
    ).toEqual([['Dana Ortiz', 'repeating', 'her pledge to reopen the pier']])
  })

  it('takes “critical of” and “skeptical of” after a copula as a stance', () => {
    expect(
      summary(run('Dana Ortiz was sharply critical of the toll plan.')).map((a) => [
        a.source,
        a.cue,
        a.content,
      ]),
    ).toEqual([['Dana Ortiz', 'was sharply critical of', 'the toll plan']])
  })

  it('takes a preference as a stance (“prefer”, “would like”)', () => {
    expect(summary(run('Most farmers prefer the northern route.'))[0]).toMatchObject({
      source: 'Most farmers',
      cue: 'prefer',
      content: 'the northern route',
    })
    expect(summary(run('The mayor would like to reopen the talks.'))[0]).toMatchObject({
      source: 'The mayor',
      cue: 'would like',
      content: 'to reopen the talks',
    })
    // "his preferred route": an adjective after a determiner.
    expect(run('The mayor took his preferred route home.').attributions).toEqual([])
  })

  it('knows the -ing forms of verbs of attack and praise, and “invoked”, “downplayed”', () => {
    const cues = (text: string) => summary(run(text)).map((a) => [a.cue, a.content])
    expect(cues('Ms. Lund spoke for an hour, mocking the council for its slow pace.')).toEqual([
      ['mocking', 'the council for its slow pace'],
    ])
    expect(cues('The senator invoked the flood of 1998.')[0]).toEqual([
      'invoked',
      'the flood of 1998',
    ])
    expect(cues('He downplayed the risk of another collapse.')).toEqual([
      ['downplayed', 'the risk of another collapse'],
    ])
  })

  it('takes “reportedly” as a report without a source over its clause', () => {
    expect(
      summary(run('In March, the port authority reportedly hired a second dredging firm.')),
    ).toMatchObject([
      {
        kind: 'agentless',
        source: null,
        cue: 'reportedly',
        content: 'the port authority reportedly hired a second dredging firm',
      },
    ])
    // With a cue verb after it, the adverb is part of that cue.
    expect(summary(run('Okoro reportedly told aides that he would resign.'))).toMatchObject([
      { source: 'Okoro', cue: 'reportedly told' },
    ])
  })

  it('takes orders and issued texts as a source’s acts (“ordered”, “issued”)', () => {
    expect(
      summary(run('The governor ordered a review of the harbour contracts.'))[0],
    ).toMatchObject({
      source: 'The governor',
      cue: 'ordered',
      content: 'a review of the harbour contracts',
    })
    expect(summary(run('A judge in Lisbon issued a ruling against the port.'))[0]).toMatchObject({
      source: 'A judge in Lisbon',
      cue: 'issued',
    })
    // The nouns "order", "issues" are no cues.
    expect(run('The order expired. The issues remain.').attributions).toEqual([])
  })

  it('takes what a clear source feels as its belief', () => {
    expect(summary(run('Many farmers felt the council had ignored them.'))[0]).toMatchObject({
      source: 'Many farmers',
      cue: 'felt',
      content: 'the council had ignored them',
    })
  })

  it('takes a mention, also a negated one, as a stance on what is mentioned', () => {
    expect(summary(run('Ms. Lund did not mention Mayor Ortega.'))[0]).toMatchObject({
      source: 'Ms. Lund',
      cue: 'did not mention',
      content: 'Mayor Ortega',
    })
  })

  it('takes what a source learned, focused on or raised questions about', () => {
    const cues = (text: string) => summary(run(text)).map((a) => [a.source, a.cue, a.content])
    expect(cues('The workers learned that the plant would close in May.')).toEqual([
      ['The workers', 'learned', 'that the plant would close in May'],
    ])
    expect(cues('Ms. Lund focused on the cost of the bridge.')).toEqual([
      ['Ms. Lund', 'focused on', 'the cost of the bridge'],
    ])
    expect(cues('Okoro raised questions about the tender.')).toEqual([
      ['Okoro', 'raised questions about', 'the tender'],
    ])
  })

  it('takes thanks, reminders, requests and plans laid out as a source’s acts', () => {
    const cues = (text: string) => summary(run(text)).map((a) => [a.source, a.cue, a.content])
    expect(cues('Mayor Okoro thanked the volunteers for their patience.')[0]).toEqual([
      'Mayor Okoro',
      'thanked',
      'the volunteers for their patience',
    ])
    expect(cues('Ms. Lund laid out her plan for the harbour.')).toEqual([
      ['Ms. Lund', 'laid out', 'her plan for the harbour'],
    ])
    expect(cues('Okoro reminded voters that the levy would end in May.')[0]?.[1]).toBe('reminded')
  })

  it('takes “identified X as Y” as a characterisation, like “sees X as Y”', () => {
    expect(summary(run('Ms. Lund identified the toll as the main obstacle.'))[0]).toMatchObject({
      source: 'Ms. Lund',
      cue: 'identified',
      content: 'the toll as the main obstacle',
    })
    expect(run('The driver was identified as a local teacher.').attributions).toEqual([])
  })

  it('takes a call for something from any short subject, a text included', () => {
    expect(summary(run('The new charter called for a ban on night flights.'))[0]).toMatchObject({
      source: 'The new charter',
      cue: 'called for',
      content: 'a ban on night flights',
    })
  })

  it('takes a vote for or against something as a stance', () => {
    expect(summary(run('Senator Okoro voted against the harbour levy.'))[0]).toMatchObject({
      source: 'Senator Okoro',
      cue: 'voted against',
      content: 'the harbour levy',
    })
  })

  it('takes “referring to” after a report as the speaker’s reference', () => {
    const result = summary(run('“It is a bridge too far,” Okoro said, referring to the toll plan.'))
    expect(result[1]).toMatchObject({
      source: 'Okoro',
      cue: 'referring to',
      content: 'the toll plan',
    })
  })

  it('reads a document’s finding right after its noun (“a poll showing …”)', () => {
    expect(
      summary(run('The council released figures showing that rents had doubled.')),
    ).toMatchObject([
      {
        source: 'figures',
        sourceKind: 'document',
        cue: 'showing',
        content: 'that rents had doubled',
      },
    ])
    // In a fronted phrase the finding ends at its comma, and the source is the document alone.
    expect(
      summary(run('Despite a new survey showing her far behind, Okoro kept campaigning.')),
    ).toMatchObject([{ source: 'a new survey', cue: 'showing', content: 'her far behind' }])
  })

  it('reads a document’s finding in a relative clause (“records, which showed …”)', () => {
    expect(
      summary(run('Lund released her tax records in July, which showed she was paid twice.')),
    ).toMatchObject([
      {
        source: 'her tax records',
        sourceKind: 'document',
        cue: 'showed',
        content: 'she was paid twice',
      },
    ])
    expect(
      summary(run('The board published a report that found the ferry had lost money for years.')),
    ).toMatchObject([
      { source: 'a report', cue: 'found', content: 'the ferry had lost money for years' },
    ])
    // Inside a fronted subordinate clause the finding ends at the comma before the main clause.
    expect(
      summary(
        run(
          'Once the video was released, which showed the guard opening the gate, the crowd grew angry.',
        ),
      ),
    ).toMatchObject([{ source: 'the video', cue: 'showed', content: 'the guard opening the gate' }])
    // A relative pronoun standing for no document reports no finding.
    expect(summary(run('She met the new coach, who showed the players a new drill.'))).toEqual([])
  })

  it('reads pictures, films and a tally’s outcome as documents that show a finding', () => {
    expect(pair('Her first videos show a very different Dana Ortiz.')).toEqual([
      ['Her first videos', 'show', 'a very different Dana Ortiz'],
    ])
    expect(pair('An old photograph showed Ortiz and Reyes cutting the ribbon.')).toEqual([
      ['An old photograph', 'showed', 'Ortiz and Reyes cutting the ribbon'],
    ])
    expect(pair('The outcome showed Ortiz had won 51 percent of the vote.')).toEqual([
      ['The outcome', 'showed', 'Ortiz had won 51 percent of the vote'],
    ])
    // A phrasal verb shows no finding: "showed off", "showed up".
    expect(pair('The figures showed up late in the Harlow County report.')).toEqual([])
    expect(pair('The new video showed off the renovated hall.')).toEqual([])
  })

  it('reads a finding closed by a clear source and “found” (“…, the Daily Ledger found.”)', () => {
    expect(
      summary(run('Lund has kept her lead among older voters, the Harbour Ledger found.')),
    ).toMatchObject([
      {
        source: 'the Harbour Ledger',
        cue: 'found',
        content: 'Lund has kept her lead among older voters',
      },
    ])
    // With an object, "found" is no report: finding a thing, not a fact.
    expect(summary(run('After a long search, the Harbour Ledger found the old logbook.'))).toEqual(
      [],
    )
  })

  it('keeps an adverb before a participle inside a document’s phrase (“newly filed reports”)', () => {
    expect(
      summary(
        run(
          'Ferry fares rose by a third in August, a Harbour Ledger analysis of newly filed port records shows.',
        ),
      ),
    ).toMatchObject([
      {
        source: 'a Harbour Ledger analysis of newly filed port records',
        sourceKind: 'document',
        cue: 'shows',
        content: 'Ferry fares rose by a third in August',
      },
    ])
  })

  it('takes a name with others joined to it as a clear source (“Ms. Lund and her colleagues found that”)', () => {
    expect(
      summary(run('Ms. Lund and her colleagues found that ferry fares had doubled since 2010.')),
    ).toMatchObject([
      {
        source: 'Ms. Lund and her colleagues',
        cue: 'found',
        content: 'that ferry fares had doubled since 2010',
      },
    ])
  })

  it('reads “found” after a phrase of time as a finding (“Ortiz found in 2014 that”)', () => {
    expect(
      summary(run('Dana Ortiz found in 2014 that ferry fares had doubled since 2010.')),
    ).toMatchObject([
      { source: 'Dana Ortiz', cue: 'found', content: 'that ferry fares had doubled since 2010' },
    ])
    expect(summary(run('Dana Ortiz found the keys in the car that she rented.'))).toEqual([])
  })

  it('gives a quotation after “From the report:” or “More from Lund:” to that source', () => {
    expect(
      summary(run('The audit is long. From the audit: “In general, larger ports fared better.”')),
    ).toMatchObject([
      { source: 'the audit', cue: ':', content: '“In general, larger ports fared better.”' },
    ])
    expect(
      summary(run('The ferry vote is close - More from Okafor: “We will know on Friday.”')),
    ).toMatchObject([{ source: 'Okafor', cue: ':', content: '“We will know on Friday.”' }])
    // Two names joined by "and" are one source, the colon alone the cue.
    expect(
      summary(run('The vote is close - More from Okafor and Dana Ortiz: “We will know Friday.”')),
    ).toMatchObject([{ source: 'Okafor and Dana Ortiz', cue: ':' }])
    expect(summary(run('Tom Berg and Dana Ortiz: “We will know Friday.”'))).toMatchObject([
      { source: 'Tom Berg and Dana Ortiz', cue: ':' },
    ])
    // A party and state in brackets belong to the name.
    expect(
      summary(run('The vote is close. Rep. Tom Berg (R-Harlow): “We will know Friday.”')),
    ).toMatchObject([
      { source: 'Rep. Tom Berg (R-Harlow)', cue: ':', content: '“We will know Friday.”' },
    ])
    // "Here's Ortiz …:" presents the speaker; a phrase of time or place after the name says
    // where the words come from.
    for (const text of [
      'The vote is close.\n\nHere’s Dana Ortiz in May 1992: “We will know Friday.”',
      'The vote is close.\n\nHere’s Dana Ortiz: “We will know Friday.”',
    ])
      expect(summary(run(text))).toMatchObject([{ source: 'Dana Ortiz', cue: ':' }])
    expect(summary(run('The vote is close.\n\nHere is the thing: “We will know Friday.”'))).toEqual(
      [],
    )
  })

  it('reads a quotation a document carries, before or after its verb (“…,” read the statement)', () => {
    expect(
      summary(run('“The port is open,” read the statement, which was sent at 2 a.m.')),
    ).toMatchObject([
      { kind: 'direct', source: 'the statement', sourceKind: 'document', cue: 'read' },
    ])
    expect(
      summary(run('“The mayor should come to the harbour,” the editorial read.')),
    ).toMatchObject([
      {
        source: 'the editorial',
        sourceKind: 'document',
        cue: 'read',
        content: '“The mayor should come to the harbour,”',
      },
    ])
  })

  it('reads a verb of saying right after a document’s noun when a that-clause follows', () => {
    expect(
      summary(
        run('The race looks closer in the east, with some polls indicating that Berg leads.'),
      ),
    ).toMatchObject([{ source: 'some polls', cue: 'indicating', content: 'that Berg leads' }])
    // Without "that", the -ing form after a plain noun still describes it.
    expect(
      summary(run('Shelves of old reports warning of floods sat unread in the archive.')),
    ).toEqual([])
  })

  it('keeps the last item of a serial list in the report', () => {
    const [a] = summary(run('Kessler said he expects Ortiz, Vance, and Moreau to sign the pact.'))
    expect(a?.content).toBe('he expects Ortiz, Vance, and Moreau to sign the pact')
    // A new subject after ", and" with no list before it still ends the report.
    const [b] = summary(run('Kessler said the pact was ready, and the ministers left early.'))
    expect(b?.content).toBe('the pact was ready')
  })

  it('reads a cue after "and" that follows a participle or a progressive that reports nothing', () => {
    expect(
      pair(
        'Dana Ortiz opened the fair on Monday, waving to the crowd and questioning his judgment.',
      ),
    ).toEqual([['Dana Ortiz', 'questioning', 'his judgment']])
    // (Casting someone as something is a view of them: both participles report.)
    expect(
      pair(
        'Dana Ortiz opened the fair on Monday, casting the mayor as weak and questioning his judgment.',
      ),
    ).toEqual([
      ['Dana Ortiz', 'casting', 'the mayor as weak'],
      ['Dana Ortiz', 'questioning', 'his judgment'],
    ])
    expect(
      pair('Dana Ortiz has been making this argument and claiming that the levy is hers to lose.'),
    ).toEqual([['Dana Ortiz', 'claiming', 'that the levy is hers to lose']])
  })

  it('reads a stance in a concessive clause inside a report as a report of its own', () => {
    expect(
      pair(
        'Dana Ortiz said she believes the ferry was “a costly mistake,” although she supports keeping it now.',
      ),
    ).toEqual([
      [
        'Dana Ortiz',
        'said',
        'she believes the ferry was “a costly mistake,” although she supports keeping it now',
      ],
      ['she', 'supports', 'keeping it now'],
    ])
    expect(
      pair('Tom Ide said the levy was fair, even though many observers doubt it would pass.'),
    ).toContainEqual(['many observers', 'doubt', 'it would pass'])
    expect(
      pair('Tom Ide said he would back the levy, even as he has criticized the ferry plan.'),
    ).toContainEqual(['he', 'has criticized', 'the ferry plan'])
    // (A reason is the speaker's own: "because" opens no second report.)
    expect(
      pair('Dana Ortiz insisted the plan was sound because she sees it as a lifeline.'),
    ).toEqual([['Dana Ortiz', 'insisted', 'the plan was sound because she sees it as a lifeline']])
  })

  it('ends a stance before a second predicate with a perfect or a verb of regard', () => {
    expect(
      pair('Tom Ide has railed against the harbour board and cast himself as an outsider.'),
    ).toEqual([
      ['Tom Ide', 'has railed against', 'the harbour board'],
      ['Tom Ide', 'cast', 'himself as an outsider'],
    ])
    expect(pair('Dana Ortiz praised the levy but has since denied the ferry plan.')).toEqual([
      ['Dana Ortiz', 'praised', 'the levy'],
      ['Dana Ortiz', 'has since denied', 'the ferry plan'],
    ])
  })

  it('reads considering or deeming a pronoun object something as a view', () => {
    expect(pair('Tom Ide considers himself a moderate.')).toEqual([
      ['Tom Ide', 'considers', 'himself a moderate'],
    ])
    expect(pair('Dana Ortiz has deemed them purely personal.')).toEqual([
      ['Dana Ortiz', 'has deemed', 'them purely personal'],
    ])
    expect(pair('Tom Ide considered it too risky.')).toEqual([
      ['Tom Ide', 'considered', 'it too risky'],
    ])
    // (No judgement after the object: a time, an infinitive, a plain object.)
    expect(pair('Dana Ortiz considered it for weeks.')).toEqual([])
    expect(pair('Tom Ide considered them to be allies.')).toEqual([])
    expect(pair('Dana Ortiz is considering a run.')).toEqual([])
  })

  it('reads considering a named or determined object something as a view', () => {
    expect(pair('Just 30 percent of Harlow voters consider Dana Ortiz honest.')).toEqual([
      ['30 percent of Harlow voters', 'consider', 'Dana Ortiz honest'],
    ])
    // ("likely", "costly": an adjective may end in -ly; "but" closes the clause.)
    expect(
      pair('Tom Ide considers the ferry plan far too costly, but he may vote for it.')[0],
    ).toEqual(['Tom Ide', 'considers', 'the ferry plan far too costly'])
    expect(pair('Dana Ortiz has long considered a merger likely.')).toEqual([
      ['Dana Ortiz', 'has long considered', 'a merger likely'],
    ])
    // (A time word, a plain object, a deliberation after a modal or in the progressive, and
    // a superlative after a passive participle judge nothing.)
    expect(pair('The Harlow County council considered the matter last week.')).toEqual([])
    expect(pair('Dana Ortiz would consider the ferry offer.')).toEqual([])
    expect(pair('Tom Ide is considering the Senate plan.')).toEqual([])
    expect(pair('They used the figures generally considered the most accurate.')).toEqual([])
  })

  it('reads finding an object something, after a person, as a view', () => {
    expect(pair('I find his message chilling.')).toEqual([['I', 'find', 'his message chilling']])
    expect(pair('Soon, Dana Ortiz found the Harlow hall welcoming.')).toEqual([
      ['Dana Ortiz', 'found', 'the Harlow hall welcoming'],
    ])
    // (A reflexive tells where someone ended up; a time or a place after the object judges
    // nothing.)
    expect(pair('Tom Ide found himself isolated.')).toEqual([])
    expect(pair('The clerks found the ledgers years ago.')).toEqual([])
    expect(pair('Police found the body near the river.')).toEqual([])
    // (After a modal, what someone would find: no judgement made.)
    expect(pair('Tom Ide will also find it difficult to win.')).toEqual([])
    // (After a determiner, the last word is a judgement only in an adjective's shape.)
    expect(pair('After a long search, Dana Ortiz found the old logbook.')).toEqual([])
  })

  it('reads casting, painting and characterizing someone as something as a view', () => {
    expect(pair('Dana Ortiz has cast the harbour board as a club for insiders.')).toEqual([
      ['Dana Ortiz', 'has cast', 'the harbour board as a club for insiders'],
    ])
    expect(pair('Her campaign paints the levy as a lifeline.')).toEqual([
      ['Her campaign', 'paints', 'the levy as a lifeline'],
    ])
    expect(pair('Tom Ide has repeatedly characterized the ferry plan as a giveaway.')).toEqual([
      ['Tom Ide', 'has repeatedly characterized', 'the ferry plan as a giveaway'],
    ])
    // (Without "as" after the object: a ballot, a wall, no view.)
    expect(pair('Dana Ortiz cast a ballot for Tom Ide.')).toEqual([])
    expect(pair('The volunteers painted the hall on Monday.')).toEqual([])
    // (A noun "terms" before a comma is no naming verb: "in local terms, was known as …".)
    expect(
      pair('Harlow, in local terms, was known as a quiet town.').map((t) => t[1]),
    ).not.toContain('terms')
  })

  it('reads a second verb after a comma and "then" as the subject’s, as after "and"', () => {
    expect(pair('Dana Ortiz paused, then revealed why the levy mattered.')).toEqual([
      ['Dana Ortiz', 'then revealed', 'why the levy mattered'],
    ])
  })

  it('reads a linking adverb between commas as part of neither the source nor the report', () => {
    // Inside the verb group, after its auxiliary, the aside joins the cue.
    expect(
      pair('The Harlow County survey has, however, revealed that the levy is unpopular.'),
    ).toEqual([
      ['The Harlow County survey', 'has, however, revealed', 'that the levy is unpopular'],
    ])
    expect(pair('County officials have, in fact, praised the Harlow council.')).toEqual([
      ['County officials', 'have, in fact, praised', 'the Harlow council'],
    ])
    // After the subject, the aside is no part of the source.
    expect(pair('Dana Ortiz, meanwhile, said that the levy was too low.')).toEqual([
      ['Dana Ortiz', 'said', 'that the levy was too low'],
    ])
  })

  it('reads “that” before a past-tense cue and a quotation as a relative, not a determiner', () => {
    expect(pair('The Harlow County council handed out mugs that said, “Vote early.”')).toEqual([
      ['that', 'said', '“Vote early.”'],
    ])
  })

  it('reads a description opening the subject, then a name between commas, as one source', () => {
    expect(
      pair('One delegate not on the slate, Dana Ortiz, said she was leaning toward the mayor.'),
    ).toEqual([
      ['One delegate not on the slate, Dana Ortiz', 'said', 'she was leaning toward the mayor'],
    ])
    expect(
      pair('And the ferry company and the minister, Dana Ortiz, confirmed that the boat was late.'),
    ).toEqual([
      ['the ferry company and the minister, Dana Ortiz', 'confirmed', 'that the boat was late'],
    ])
  })

  it('gives a second verb after "and" the subject of the relative or subordinate clause it ends', () => {
    expect(
      pair('The Harlow Ledger interviewed Ben Reyes, who saw the crash and described the scene.'),
    ).toEqual([['who', 'described', 'the scene']])
    expect(
      pair('As Dana Ortiz toured the harbour and defended her record, the crowd grew.'),
    ).toEqual([['Dana Ortiz', 'defended', 'her record']])
  })

  it('reads a name with a party tag and then an aside between commas as a clear source of a stance', () => {
    expect(
      pair('Rep. Dana Ortiz (R-Harlow), chair of the roads panel, endorsed the compromise.'),
    ).toEqual([
      ['Rep. Dana Ortiz (R-Harlow), chair of the roads panel', 'endorsed', 'the compromise'],
    ])
  })

  it('takes “since” between a perfect’s auxiliary and its participle into the cue', () => {
    expect(pair('Dana Ortiz has since said that the levy was a mistake.')).toEqual([
      ['Dana Ortiz', 'has since said', 'that the levy was a mistake'],
    ])
  })

  it('ends a report before “, and when asked …”, which leads to a second report', () => {
    expect(
      pair(
        'Dana Ortiz said she had not seen the crash, and when pressed on the delay, she said, “I hope not.”',
      )[0],
    ).toEqual(['Dana Ortiz', 'said', 'she had not seen the crash'])
  })

  it('gives a second cue after “but” and the occasion of the saying the first cue’s source', () => {
    expect(
      pair(
        'The clerk first said she did not recall the deletions, but in a later interview said she had deleted the archive.',
      ),
    ).toEqual([
      ['The clerk', 'first said', 'she did not recall the deletions'],
      ['The clerk', 'said', 'she had deleted the archive'],
    ])
  })

  it('reads a negated verb opening a second predicate after “but” as a report', () => {
    expect(pair('Dana Ortiz praised the plan but did not endorse Ben Reyes.')).toEqual([
      ['Dana Ortiz', 'praised', 'the plan'],
      ['Dana Ortiz', 'did not endorse', 'Ben Reyes'],
    ])
  })

  it('keeps a negation in the cue of any verb: a withheld act or stance is still reported', () => {
    expect(pair('Dana Ortiz did not endorse Ben Reyes.')).toEqual([
      ['Dana Ortiz', 'did not endorse', 'Ben Reyes'],
    ])
    expect(pair('The harbour board has never denied the audit’s findings.')).toEqual([
      ['The harbour board', 'has never denied', 'the audit’s findings'],
    ])
    expect(pair('Ortiz doesn’t know which contractor drew up the plan.')).toEqual([
      ['Ortiz', 'doesn’t know', 'which contractor drew up the plan'],
    ])
  })

  it('keeps a subordinate clause and its main clause together before a post-posed speaker', () => {
    // The comma after "ferry" closes the "as" clause, not the officials' report; the stance
    // inside repeats what they announced.
    expect(
      pair(
        'But as riders crowd onto the ferry, the administration is planning to expand the program to allow carers to board the ferry as long as they ride with children, Harlow officials announced.',
      ),
    ).toEqual([
      [
        'Harlow officials',
        'announced',
        'as riders crowd onto the ferry, the administration is planning to expand the program to allow carers to board the ferry as long as they ride with children',
      ],
    ])
  })

  it('reads a past form after a document’s noun and before a preposition as a participle', () => {
    // The video is where the words were said, not a source posting them.
    expect(
      pair('In a video posted to her account, Dana Ortiz said the ferry would close.'),
    ).toEqual([['Dana Ortiz', 'said', 'the ferry would close']])
    expect(
      pair('A statement posted on the council website said the ferry would close.').map(
        ([, cue, content]) => [cue, content],
      ),
    ).toEqual([['said', 'the ferry would close']])
    // So is one before its agent: the polls are the source, not a report of the paper's.
    expect(
      pair('Ortiz won easily, according to exit polls reported by the Harlow Gazette.').map(
        ([, cue, content]) => [cue, content],
      ),
    ).toEqual([['according to', 'Ortiz won easily']])
    // With "that" to follow, or after a name, the past form is the document's report.
    expect(pair('The audit stated in its summary that the ferry lost money.')).toEqual([
      ['The audit', 'stated', 'that the ferry lost money'],
    ])
    expect(pair('The Harlow Post reported on Monday that the ferry would close.')).toEqual([
      ['The Harlow Post', 'reported', 'that the ferry would close'],
    ])
  })

  it('reads a withheld choice of no one in particular as no report', () => {
    expect(pair('The Harlow County council has not endorsed a candidate.')).toEqual([])
    expect(pair('Dana Ortiz didn’t back anyone in the primary.')).toEqual([])
    // A named object, or a noun phrase with a clause of its own, is a position all the same.
    expect(pair('Dana Ortiz did not support a levy that would close the ferry.')).toEqual([
      ['Dana Ortiz', 'did not support', 'a levy that would close the ferry'],
    ])
    expect(pair('Dana Ortiz has endorsed a candidate.')).toEqual([
      ['Dana Ortiz', 'has endorsed', 'a candidate'],
    ])
  })

  it('takes two names joined by “and” as the subject of coordinated verbs', () => {
    expect(
      pair('Dana Ortiz and Ben Reyes stood together on Thursday and said the levy was fine.'),
    ).toEqual([['Dana Ortiz and Ben Reyes', 'said', 'the levy was fine']])
    // A count opening the sentence is no name: the subject runs to its verb.
    expect(sourceOf('Two ministers visited the harbour and warned that the dam could fail.')).toBe(
      'Two ministers',
    )
  })

  it('reads an -ing cue after a pronoun with a contracted “is” inside the sentence as a verb', () => {
    expect(
      pair('Ortiz lost the vote, and she’s predicting that the race will get harder.'),
    ).toEqual([['she', 'predicting', 'that the race will get harder']])
  })

  it('ends a report at a second participle of the same speaker, which reports on its own', () => {
    const result = summary(
      run(
        'Ortiz was praising the staff and saying that the port would reopen. Vega defended the budget, noting the delays but warning that costs would rise.',
      ),
    )
    expect(result.map((a) => [a.source, a.cue, a.content])).toEqual([
      ['Ortiz', 'was praising', 'the staff'],
      ['Ortiz', 'saying', 'that the port would reopen'],
      ['Vega', 'defended', 'the budget'],
      ['Vega', 'noting', 'the delays'],
      ['Vega', 'warning', 'that costs would rise'],
    ])
    // A gerund that reports nothing goes on; a bare opening "Then" is no speaker.
    const [hunting] = summary(run('Lund was criticizing rules on hunting and fishing in the park.'))
    expect(hunting?.content).toBe('rules on hunting and fishing in the park')
    const accusing = summary(
      run('Then he cut into Vega, calling him a "stiff" and accusing him of stalling.'),
    ).find((a) => a.cue === 'accusing')
    expect(accusing).toMatchObject({ source: 'he', content: 'him of stalling' })
    const existential = summary(
      run(
        'There’s still time for Lund to mend ties, even after dismissing them as a “cartel” and calling the leader a liar.',
      ),
    )
    expect(existential.map((a) => a.source)).not.toContain('There’s')
  })

  it('ends a stance’s object before a second reporting verb after “but” or “and”', () => {
    const result = summary(run('Vega backed Lund in the spring but now plans to vote for Ortiz.'))
    expect(result.map((a) => [a.cue, a.content])).toEqual([
      ['backed', 'Lund in the spring'],
      ['now plans', 'to vote for Ortiz'],
    ])
    // Inside a relative clause the verbs describe the object.
    const [plan] = summary(
      run('The mayor criticized the plan that raised tolls and cut ferry service.'),
    )
    expect(plan?.content).toBe('the plan that raised tolls and cut ferry service')
    // After a comma, "but" or "and" and a verb of any kind open a second predicate; a list of
    // objects goes on.
    const content = (text: string) => summary(run(text))[0]?.content
    expect(content('Dana Ortiz endorsed Kirby, but left the rally early.')).toBe('Kirby')
    expect(content('Dana Ortiz praised clerks, wardens, and ferry crews.')).toBe(
      'clerks, wardens, and ferry crews',
    )
  })

  it('ends a report at “, and” when a second subject says something of its own', () => {
    const result = summary(
      run('Most riders said the ferry was late, and nearly three in ten said they would drive.'),
    )
    expect(result.map((a) => a.content)).toEqual(['the ferry was late', 'they would drive'])
    const [vote] = summary(
      run('Lund said the vote was close, but when Ruiz spoke, the hall went quiet.'),
    )
    expect(vote?.content).toBe('the vote was close, but when Ruiz spoke, the hall went quiet')
  })

  it('ends content before “according to” when the source’s own description follows it', () => {
    const result = summary(
      run(
        'Turnout dropped by a third, according to Dana Pruitt, the county clerk. Ferry fares rose, according to the harbour board, even as fuel costs fell. At the heart of it, according to the envoy, was a dispute over tolls. Turnout fell, according to the clerk, the county’s top official. At the root of it, according to Ivo Ross, a former envoy, was a quarrel over fees.',
      ),
    )
    expect(result.map((a) => a.content)).toEqual([
      'Turnout dropped by a third',
      'Ferry fares rose',
      'At the heart of it, according to the envoy, was a dispute over tolls',
      // An irregular past ("fell") makes the clause before the aside whole.
      'Turnout fell',
      // Past an apposition on the source, the interrupted clause goes on.
      'At the root of it, according to Ivo Ross, a former envoy, was a quarrel over fees',
    ])
    // An amount after the aside goes on with the clause too.
    expect(
      summary(run('The mill receives, according to one report, $34 million in contracts.'))[0]
        ?.content,
    ).toBe('The mill receives, according to one report, $34 million in contracts')
  })

  it('keeps a concession opened by “, even” in the report', () => {
    const [a] = summary(
      run('Lund said the ferry would keep running, even though fuel costs had doubled.'),
    )
    expect(a?.content).toBe('the ferry would keep running, even though fuel costs had doubled')
  })

  it('leaves a trailing “, a …” phrase about the report out of its content', () => {
    const result = summary(
      run(
        'The guild said it would back Dana Pruitt, a baker who has run the market for years. The council said turnout fell by a third, a drop from last year.',
      ),
    )
    expect(result.map((a) => a.content)).toEqual([
      'it would back Dana Pruitt',
      'turnout fell by a third',
    ])
    // An aside closed by a comma, a clause of its own and a list go on.
    const kept = summary(
      run(
        'Officials said the ferry would stop at Lindholm, a small island, before dawn. Ruiz said in the valley, a small farm is worth more than gold. Vega said it could come through a vote, a court case or a deal.',
      ),
    )
    expect(kept.map((a) => a.content)).toEqual([
      'the ferry would stop at Lindholm, a small island, before dawn',
      'in the valley, a small farm is worth more than gold',
      'it could come through a vote, a court case or a deal',
    ])
  })

  it('keeps the words bounding a count at the head of its source phrase', () => {
    expect(sourceOf('At least half of the Harlow County council said the levy was unfair.')).toBe(
      'At least half of the Harlow County council',
    )
    expect(sourceOf('More than 60 percent of residents say the ferry should run.')).toBe(
      'More than 60 percent of residents',
    )
    // Away from a count, "about" is no part of the source.
    expect(pair('Asked about it, Dana Ortiz said the ferry should run.').at(-1)?.[0]).toBe(
      'Dana Ortiz',
    )
  })

  it('reads names each closed by a party-and-state tag, joined by “and”, as one source', () => {
    expect(sourceOf('Sens. Dana Ortiz (Ky.) and Tom Reyes (Fla.) said the levy was unfair.')).toBe(
      'Sens. Dana Ortiz (Ky.) and Tom Reyes (Fla.)',
    )
    expect(
      sourceOf('Former Harlow Gov. Dana Ortiz (D) and former Essex Gov. Tom Reyes (R) said so.'),
    ).toBe('Former Harlow Gov. Dana Ortiz (D) and former Essex Gov. Tom Reyes (R)')
  })

  it('keeps a passive with “being” inside the subject it describes', () => {
    expect(
      sourceOf('A study being released Monday by the Harlow Institute shows that rents rose.'),
    ).toBe('A study being released Monday by the Harlow Institute')
  })

  it('reads no dateline or fronted “back” as the subject of a participle', () => {
    expect(
      pair(
        'HARLOW, Ky. — Sen. Dana Ortiz pressed her case on Saturday, waving a copy of the levy and questioning the mayor’s judgment.',
      ),
    ).toEqual([['Sen. Dana Ortiz', 'questioning', 'the mayor’s judgment']])
    // (A participle that reports, right after the comma, takes the same subject.)
    expect(
      pair(
        'HARLOW, Ky. — Sen. Dana Ortiz pressed her case on Saturday, casting the levy as a tax and questioning the mayor’s judgment.',
      ),
    ).toEqual([
      ['Sen. Dana Ortiz', 'casting', 'the levy as a tax'],
      ['Sen. Dana Ortiz', 'questioning', 'the mayor’s judgment'],
    ])
    expect(
      pair(
        'Back in Harlow, her staff churned out a video, deploring the levy and promoting the ferry plan.',
      ),
    ).toEqual([['her staff', 'promoting', 'the ferry plan']])
  })

  it('reads past a quoted show title in the circumstance between a cue and its that-clause', () => {
    expect(
      pair('Dana Ortiz said on the radio show “Morning Call” that the bridge would close.'),
    ).toEqual([['Dana Ortiz', 'said', 'that the bridge would close']])
    expect(pair('Dana Ortiz said on “Morning Call,” that the bridge would close.')).toEqual([
      ['Dana Ortiz', 'said', 'that the bridge would close'],
    ])
  })

  it('reads a length of time after “argued for” as when, before the that-clause', () => {
    expect(pair('Dana Ortiz has argued for years that the levy is unfair.')).toEqual([
      ['Dana Ortiz', 'has argued', 'that the levy is unfair'],
    ])
    // A relative clause after the object: "for" opens what she argued for.
    expect(pair('Dana Ortiz argued for a levy that would fund the ferry.')[0]?.[1]).toBe(
      'argued for',
    )
  })

  it('reads a verb after a reason for anonymity as what the source was not free to do', () => {
    expect(
      pair(
        'A Harlow official, who requested anonymity to discuss the private meeting, said the council would vote.',
      ),
    ).toEqual([
      [
        'A Harlow official, who requested anonymity to discuss the private meeting',
        'said',
        'the council would vote',
      ],
    ])
    expect(
      pair(
        'Two aides, speaking on the condition of anonymity to describe the talks, said Ortiz was angry.',
      ).map((p) => p[1]),
    ).toEqual(['said'])
  })

  it('reads a report inside what “according to” relays as part of that account', () => {
    expect(
      pair('When Ortiz refused to step aside, Reyes began attacking her, according to two aides.'),
    ).toEqual([
      ['two aides', 'according to', 'When Ortiz refused to step aside, Reyes began attacking her'],
    ])
  })

  it('makes no report of a content that is only where or when', () => {
    expect(pair('Dana Ortiz testified before the panel in May.')).toEqual([])
    expect(
      pair('From Tom Varga, writing at the Harlow Courier: the levy is dead.'),
    ).not.toContainEqual(['Tom Varga', 'writing', 'at the Harlow Courier'])
    // A preposition that opens the object, and a span, are what is held or set.
    expect(pair('Ortiz believes in a smaller council.')).toEqual([
      ['Ortiz', 'believes', 'in a smaller council'],
    ])
    expect(pair('A curfew was announced from midnight to 6 a.m.')).toHaveLength(1)
  })

  it('reads “informed/convinced/persuaded” with a listener before the that-clause', () => {
    expect(pair('Dana Ortiz informed the Harlow County council that she would resign.')).toEqual([
      ['Dana Ortiz', 'informed', 'that she would resign'],
    ])
    expect(pair('Tom Reyes has persuaded donors, party elders and aides that he can win.')).toEqual(
      [['Tom Reyes', 'has persuaded', 'that he can win']],
    )
    // No listener: a view held, or nothing said.
    expect(pair('The ferry board remains convinced that the count was wrong.')).not.toContainEqual([
      'The ferry board remains',
      'convinced',
      'that the count was wrong',
    ])
    expect(pair('Reyes persuaded the judge to drop the case.')).toEqual([])
  })

  it('reads a pronoun with its auxiliary contracted onto it as the subject', () => {
    expect(pair('Since May, he’s renounced the harbour plan.')).toEqual([
      ['he', 'renounced', 'the harbour plan'],
    ])
    expect(pair('Dana Ortiz, who’d endorsed the levy, changed her mind.')).toEqual([
      ['who', 'endorsed', 'the levy'],
    ])
  })
  it('trusts a stance after a quantified group, whatever its noun', () => {
    expect(pair('Both ferry unions oppose the toll.')).toEqual([
      ['Both ferry unions', 'oppose', 'the toll'],
    ])
    expect(pair('None of the three trustees supported the levy.')).toEqual([
      ['None of the three trustees', 'supported', 'the levy'],
    ])
    expect(pair('All of whom opposed the harbour levy.')).toEqual([
      ['All of whom', 'opposed', 'the harbour levy'],
    ])
    expect(pair('The two sides have talked about a truce.')).toEqual([
      ['The two sides', 'have talked about', 'a truce'],
    ])
    expect(pair('No one knows what the board will do.')).toEqual([
      ['No one', 'knows', 'what the board will do'],
    ])
    expect(pair('Those fishing crews have blamed the quota for the losses.')).toEqual([
      ['Those fishing crews', 'have blamed', 'the quota for the losses'],
    ])
    // A share of a thing, not of a group.
    expect(pair('Most of the attention focused on the harbour.')).toEqual([])
  })

  it('reads a body named by its common noun as holding a belief, or a stance on a clause', () => {
    expect(pair('The Harlow County council believes the levy will pass.')).toEqual([
      ['The Harlow County council', 'believes', 'the levy will pass'],
    ])
    expect(pair('The foundation has refused to comment on the ferry.')).toEqual([
      ['The foundation', 'has refused', 'to comment on the ferry'],
    ])
    expect(pair("Ortiz's inner circle believes that the levy will pass.")).toEqual([
      ["Ortiz's inner circle", 'believes', 'that the levy will pass'],
    ])
    // In the plural, bodies of a kind speak as the people in them.
    expect(pair('Regional news outlets praise the ferry plan.')).toEqual([
      ['Regional news outlets', 'praise', 'the ferry plan'],
    ])
    // A noun phrase after a body's stance mostly carries a report of its own.
    expect(pair("The board rejected Dana Ortiz's latest call for a recount.")).toEqual([
      ["Dana Ortiz's", 'call for', 'a recount'],
    ])
  })

  it('reads a common person noun the role endings miss as a clear source', () => {
    expect(pair('The ferry pilot’s widow also believes the crossing is unsafe.')).toEqual([
      ['The ferry pilot’s widow', 'also believes', 'the crossing is unsafe'],
    ])
    expect(pair('Her rivals deride the levy as a gimmick.')).toEqual([
      ['Her rivals', 'deride', 'the levy as a gimmick'],
    ])
    expect(pair('A retired welder wants the pier reopened.')).toEqual([
      ['A retired welder', 'wants', 'the pier reopened'],
    ])
    expect(pair('Rivals deride the levy as a gimmick.')).toEqual([
      ['Rivals', 'deride', 'the levy as a gimmick'],
    ])
  })

  it('reads a clear phrase before an aside as a clear source', () => {
    expect(pair('The harbour pilot, who led the strike, thinks the levy should pass.')).toEqual([
      ['The harbour pilot, who led the strike', 'thinks', 'the levy should pass'],
    ])
    expect(
      pair('A county judge, in response to a lawsuit, ordered the council to release the map.'),
    ).toEqual([
      ['A county judge, in response to a lawsuit', 'ordered', 'the council to release the map'],
    ])
  })

  it('reads a sworn statement or an adopted text as a document source', () => {
    expect(pair('The Harlow County resolution supported closing the pier.')).toEqual([
      ['The Harlow County resolution', 'supported', 'closing the pier'],
    ])
    expect(pair('The ferry bill seeks to cap the toll.')).toEqual([
      ['The ferry bill', 'seeks', 'to cap the toll'],
    ])
  })

  it('reads a subject stressed by a reflexive as clear as the subject alone', () => {
    expect(pair('Ortiz herself has proposed a ferry levy.')).toEqual([
      ['Ortiz herself', 'has proposed', 'a ferry levy'],
    ])
    expect(pair('The growers themselves understand the risk.')).toEqual([
      ['The growers themselves', 'understand', 'the risk'],
    ])
  })
})

describe('nominal attributions', () => {
  it('reads a plural possessive (its apostrophe a mark of its own) as the holder of a noun of saying', () => {
    expect(
      pair('Rates stayed low, belying the county assessors’ warnings that they would soar.'),
    ).toEqual([['the county assessors’', 'warnings', 'that they would soar']])
    expect(pair("The Harlow councilors' claim that the bridge is safe was wrong.")).toEqual([
      ["The Harlow councilors'", 'claim', 'that the bridge is safe'],
    ])
  })

  it('reads a noun of saying right before a finite or linking verb as that verb’s subject', () => {
    expect(pair('The Harlow attacks were a turning point for the council.')).toEqual([])
    expect(pair('His Republican support remains steady across the county.')).toEqual([])
    expect(pair('Angry comments have poured in since the vote.')).toEqual([])
    // With a relative before its subject the verb is still a verb: the relative took its
    // clause's subject.
    expect(
      pair('The council cut the fee, a move that the company hopes will calm renters.'),
    ).toEqual([['the company', 'hopes', 'that the company hopes will calm renters']])
  })

  it('takes a possessive holder and a that-clause: the holder is the source', () => {
    expect(
      summary(run("Residents doubted the harbour master's claim that the pier was safe.")),
    ).toEqual([
      {
        kind: 'indirect',
        source: "the harbour master's",
        sourceKind: 'named',
        cue: 'claim',
        content: 'that the pier was safe',
      },
    ])
  })

  it('takes a holder’s support for or opposition to something as a stance', () => {
    expect(summary(run('Okoro renewed his support for the harbour levy.'))[0]).toMatchObject({
      source: 'Okoro',
      cue: 'renewed his support for',
      content: 'the harbour levy',
    })
    expect(summary(run("Ms. Lund's opposition to the dam surprised nobody."))[0]).toMatchObject({
      cue: 'opposition to',
      content: 'the dam',
    })
    // Without a holder, and not opening its sentence, it is no one's.
    expect(run('Lee has seen support for the levy grow.').attributions).toEqual([])
  })

  it('joins “sounded” to the note or call after it, as a light verb', () => {
    expect(pair('Dana Ortiz sounded a cautious note about the budget.')).toEqual([
      ['Dana Ortiz', 'sounded a cautious note about', 'the budget'],
    ])
    expect(pair('The mayor sounded a call for a new ferry schedule.')).toEqual([
      ['The mayor', 'sounded a call for', 'a new ferry schedule'],
    ])
  })

  it('reads a call for something with no holder as a report whose callers go unnamed', () => {
    const found = (text: string) =>
      summary(run(text)).map((a) => [a.kind, a.source, a.cue, a.content] as const)
    expect(found('The council met amid calls for the Harlow mayor to resign.')).toEqual([
      ['agentless', null, 'calls for', 'the Harlow mayor to resign'],
    ])
    expect(found('The vote prompted calls for an inquiry into the count.')).toEqual([
      ['agentless', null, 'calls for', 'an inquiry into the count'],
    ])
    // After a relative, "to" or an auxiliary "call" is the verb.
    expect(found('Groups that call for a new ferry met on Monday.')).toEqual([])
    expect(found('Dana Ortiz did call for more oversight.')).toEqual([
      ['indirect', 'Dana Ortiz', 'did call for', 'more oversight'],
    ])
  })

  it('joins “expressed”, “voiced” and “raised” to the stance after them, as light verbs', () => {
    expect(pair('Dana Ortiz expressed concern that the Harlow ferry would close.')).toEqual([
      ['Dana Ortiz', 'expressed concern', 'that the Harlow ferry would close'],
    ])
    expect(pair('Lee Park voiced support for the harbour levy.')).toEqual([
      ['Lee Park', 'voiced support for', 'the harbour levy'],
    ])
    // "and said …" goes on with the holder's next words, not the concern's object.
    expect(
      pair('Dana Ortiz raised concerns about the budget and said the county could not pay.'),
    ).toEqual([
      ['Dana Ortiz', 'raised concerns about', 'the budget'],
      ['Dana Ortiz', 'said', 'the county could not pay'],
    ])
  })

  it('joins a light verb to the noun of saying after it, its subject the source', () => {
    expect(summary(run('Mayor Dana Ortiz made no mention of the harbour levy.'))[0]).toMatchObject({
      source: 'Mayor Dana Ortiz',
      cue: 'made no mention of',
      content: 'the harbour levy',
    })
    expect(summary(run('Ortiz has made several pointed remarks about the levy.'))[0]).toMatchObject(
      { cue: 'has made several pointed remarks about', content: 'the levy' },
    )
    expect(summary(run('Kirby made the suggestion that the pier be closed.'))[0]).toMatchObject({
      source: 'Kirby',
      cue: 'made the suggestion',
      content: 'that the pier be closed',
    })
    // No clear source, an infinitive, or "on" with a time: no act of saying reported.
    const cues = (text: string) => summary(run(text)).map((a) => a.cue)
    expect(cues('The storm made a case for sea walls.')).toEqual([])
    expect(cues('Her remarks on Tuesday drew a crowd.')).toEqual([])
  })

  it('takes a holder’s request for, appeal for, rejection of or embrace of something as a stance', () => {
    expect(pair("The clerk lost Dana Ortiz's request for a recount.")).toEqual([
      ["Dana Ortiz's", 'request for', 'a recount'],
    ])
    expect(pair('Dana Ortiz renewed her appeal for a quick recount.')).toEqual([
      // (With a light verb before it the verb joins the cue: data/light-verbs.txt.)
      ['Dana Ortiz', 'renewed her appeal for', 'a quick recount'],
    ])
    expect(pair("The Harlow County council's rejection of the levy stunned Lee.")).toEqual([
      ["The Harlow County council's", 'rejection of', 'the levy'],
    ])
    // Without a holder, and not opening its sentence, it is no one's.
    expect(run('Lee was stunned by the rejection of the levy.').attributions).toEqual([])
  })

  it('takes a to-infinitive, ending it at the main verb', () => {
    const [a] = summary(run('Her promise to reopen the library was popular with parents.'))
    expect(a).toMatchObject({ source: 'Her', cue: 'promise', content: 'to reopen the library' })
  })

  it('ends a that-clause at the main verb when the nominal is the subject', () => {
    const [a] = summary(run("Dara Venn's warning that the levee would fail was ignored."))
    expect(a).toMatchObject({ cue: 'warning', content: 'that the levee would fail' })
  })

  it('takes the object of a noun of stance, the preposition in the cue', () => {
    const [a] = summary(run("The union welcomed Ana Ruiz's criticism of the budget."))
    expect(a).toMatchObject({ source: "Ana Ruiz's", cue: 'criticism of', content: 'the budget' })
  })

  it('gives a possessive pronoun to the subject of its own clause', () => {
    const [a] = summary(run('Councillor Brill has toned down his criticism of the plan.'))
    expect(a).toMatchObject({ source: 'Councillor Brill', cue: 'criticism of' })
    // A subject pronoun that does not agree stays apart: "she … his claim".
    const [b] = summary(run('She printed his claim that the ferry was late.'))
    expect(b).toMatchObject({ source: 'his', cue: 'claim' })
  })

  it('reads "in the holder\'s view" as the holder\'s view of the rest of the sentence', () => {
    expect(
      summary(run("In the treasurer's view, the levy will fail.")).map((a) => [
        a.source,
        a.cue,
        a.content,
      ]),
    ).toEqual([["the treasurer's", 'view', 'the levy will fail']])
    const [inside] = summary(run("The levy, in Ana Ruiz's opinion, is unfair."))
    expect(inside).toMatchObject({ source: "Ana Ruiz's", cue: 'opinion' })
    expect(inside?.content).toBe("The levy, in Ana Ruiz's opinion, is unfair")
  })

  it("keeps the infinitive's own auxiliary and skips a name after a preposition", () => {
    const [a] = summary(run("The firm's claim to have cut costs was doubted."))
    expect(a).toMatchObject({ cue: 'claim', content: 'to have cut costs' })
    const [b] = summary(run('Campaigning in Dunmore, he renewed his call to close the base.'))
    expect(b).toMatchObject({ source: 'he', cue: 'call', content: 'to close the base' })
  })

  it('reads a view frame only at the edges of the sentence or between commas', () => {
    const found = summary(run('Voters wondered who leads the party in his view.'))
    expect(found.map((a) => a.cue)).not.toContain('view')
  })

  it('ends the complement at the main verb after an opening conjunction too', () => {
    const [a] = summary(
      run("But Dana Ortiz's attacks on the harbour board are now costing her votes."),
    )
    expect(a).toMatchObject({
      source: "Dana Ortiz's",
      cue: 'attacks on',
      content: 'the harbour board',
    })
    const [b] = summary(
      run("While Tom Ide's call for a strike has drawn crowds, the union is wary."),
    )
    expect(b).toMatchObject({ cue: 'call for', content: 'a strike' })
  })

  it('ends the content of a fronted phrase at its comma', () => {
    const [a] = summary(
      run("Despite Tom Ide's warning that the pier would flood, the fair went on."),
    )
    expect(a).toMatchObject({ source: "Tom Ide's", content: 'that the pier would flood' })
  })

  it('needs a holder and a complement', () => {
    expect(run('The claim that the pier was safe spread quickly.').attributions).toEqual([])
    expect(run('His remarks drew applause at the fair.').attributions).toEqual([])
    expect(run('Her promise to the voters was vague.').attributions).toEqual([])
  })

  it('leaves a nominal inside what a cue reports to that cue', () => {
    expect(
      summary(run("Officials said the mayor's claim that the pier was safe was wrong.")).map(
        (a) => a.cue,
      ),
    ).toEqual(['said'])
  })
  it('reads a noun of saying with its holder after “from”, “by” or “among”, then the clause', () => {
    expect(
      pair('The mayor brushed off complaints from union leaders that the levy was unfair.'),
    ).toEqual([['union leaders', 'complaints', 'that the levy was unfair']])
    expect(
      pair('Dana Ortiz answered the accusations by Harlow Ferries that she lied.'),
    ).toContainEqual(['Harlow Ferries', 'accusations', 'that she lied'])
    // A relative clause after the holder says nothing the holder said.
    expect(
      pair('The mayor brushed off complaints from union leaders that were filed late.'),
    ).toEqual([])
  })
  it('reads talk with no speaker named and a that-clause as an agentless report', () => {
    expect(
      summary(
        run(
          'Despite complaints that the buses run late, the Harlow County council kept the timetable.',
        ),
      ).map((a) => [a.kind, a.source, a.cue, a.content]),
    ).toEqual([['agentless', null, 'complaints', 'that the buses run late']])
    expect(pair('The vote fed speculation that Dana Ortiz will run for mayor.')).toEqual([
      [null, 'speculation', 'that Dana Ortiz will run for mayor'],
    ])
    // The writer's relative clause or concession after a comma is no part of the talk.
    expect(
      pair('Ortiz faced allegations that she misused the fund, which she denies.'),
    ).toContainEqual([null, 'allegations', 'that she misused the fund'])
    // A relative clause says what happened to the complaints, not what they said.
    expect(pair('The complaints that were filed late went nowhere.')).toEqual([])
  })
  it('reads a word of time between the holder and the noun as a modifier', () => {
    expect(pair("The board doubted Dana Ortiz's earlier claim that the pier was safe.")).toEqual([
      ["Dana Ortiz's", 'claim', 'that the pier was safe'],
    ])
    expect(pair("The board rejected Dana Ortiz's latest call for a recount.")).toEqual([
      ["Dana Ortiz's", 'call for', 'a recount'],
    ])
  })

  it('reads a stance taken toward the subject, its holder after “from”', () => {
    expect(pair('The ferry plan drew sharp criticism from the Harlow County council.')).toEqual([
      ['the Harlow County council', 'drew sharp criticism', 'The ferry plan'],
    ])
    expect(pair('Dana Ortiz has come under fire from renters.')).toEqual([
      ['renters', 'has come under fire', 'Dana Ortiz'],
    ])
    // A that-clause after the holder is what the holder said.
    expect(pair('Ortiz faced criticism from rivals that her rallies were unsafe.')).toEqual([
      ['rivals', 'faced criticism', 'that her rallies were unsafe'],
    ])
    // "in the face of": after a determiner the verb is a noun; "to draw": no subject here.
    expect(pair('Ortiz held firm in the face of attacks from renters.')).toEqual([])
    expect(pair('The council needs to draw support from renters.')).toEqual([])
    // After a modal the stance is still to come: the writer's forecast, no one's report.
    expect(pair('Dana Ortiz will face stiff opposition from renters.')).toEqual([])
  })

  it('reads a noun of saying linked by “is” or “was” to a that-clause', () => {
    expect(pair("Dana Ortiz's argument on Sunday was that the levy is too small.")).toEqual([
      ["Dana Ortiz's", 'argument on Sunday was', 'that the levy is too small'],
    ])
    expect(pair('Their fear is that the ferry will close.')).toEqual([
      ['Their', 'fear is', 'that the ferry will close'],
    ])
    // With a determiner instead of a holder the talk is reported with no one named.
    expect(
      summary(run('One common complaint is that the buses run late.')).map((a) => [
        a.kind,
        a.source,
        a.cue,
        a.content,
      ]),
    ).toEqual([['agentless', null, 'common complaint is', 'that the buses run late']])
    // "question" names no one's words.
    expect(pair('The question is whether the levy passes.')).toEqual([])
  })
  it('reads a noun of stance opening its sentence, with no holder, as an agentless report', () => {
    expect(
      summary(run('Opposition to the ferry levy has united the Harlow County council.')).map(
        (a) => [a.kind, a.source, a.cue, a.content],
      ),
    ).toEqual([['agentless', null, 'Opposition to', 'the ferry levy']])
    expect(pair('The criticism of the timetable was loud.')).toEqual([
      [null, 'criticism of', 'the timetable'],
    ])
    // Not further into the sentence, where the noun is some verb's object and its holder often
    // named elsewhere, and not "attacks on", which opening a sentence are mostly acts.
    expect(pair('The council heard criticism of the timetable.')).toEqual([])
    expect(pair('Support for the levy has grown.')).toEqual([[null, 'Support for', 'the levy']])
    expect(pair('Attacks on two depots closed the port.')).toEqual([])
  })
})

describe('sources and entities', () => {
  it('links full names, titles and surnames to one entity', () => {
    const analysis = run(
      'Syrian interim President Ahmed al-Sharaa said the talks were useful. President Sharaa said more meetings would follow. Mr Sharaa said he was hopeful.',
    )
    const ids = new Set(analysis.attributions.map((a) => a.source?.entity))
    expect(ids.size).toBe(1)
    expect(analysis.entities[0]?.name).toContain('Ahmed al-Sharaa')
  })

  it('links “the envoy” and a headline’s “Envoy” to the person the article gives that role', () => {
    const analysis = run(
      '# Envoy presses for border deal\n\nMarta Quill, the regional special envoy to the valley, arrived on Monday. The envoy said the talks would go on. Quill said a deal was near.',
      'markdown',
    )
    const quill = analysis.entities.find((e) => e.name === 'Marta Quill')
    expect(quill?.mentions.map((m) => m.text)).toEqual(['Envoy', 'The envoy', 'Quill'])
    expect(analysis.entities).toHaveLength(1)
    // A role the person no longer holds, or one two people share, links no one.
    const former = run(
      'Ana Lund, the former mayor of Harlow, spoke first. Tom Reyes spoke next. The mayor said the fees would rise.',
    )
    expect(former.entities.map((e) => e.name)).toEqual(['The mayor'])
  })

  it('ends a name at a full stop that ends a sentence, not at a title’s', () => {
    const analysis = run(
      'Voters in Dunmore met Rosa Moreau. Lund said the plan works. Sens. Ada Kell and Ivo Brandt said it fails.',
    )
    const names = analysis.entities.map((e) => e.name)
    expect(names).toContain('Lund')
    expect(names.some((n) => n.includes('Moreau'))).toBe(false)
    expect(names.some((n) => n.includes('Sens. Ada Kell'))).toBe(true)
  })

  it('resolves “he” to the person just named', () => {
    const analysis = run('Tom Hale said the border would open. He said it would take a month.')
    expect(analysis.attributions[1]?.source?.entity).toBe(analysis.attributions[0]?.source?.entity)
    expect(analysis.attributions[1]?.source?.reference).toBe(true)
  })

  it('resolves “the source” back to the anonymous source', () => {
    const analysis = run(
      'The talks will take place in Varna, a diplomatic source familiar with the matter said. The meeting could be postponed, the source said.',
    )
    const [first, second] = analysis.attributions
    expect(first?.source?.kind).toBe('anonymous')
    expect(second?.source?.entity).toBe(first?.source?.entity)
  })

  it('classifies named, document, anonymous and vague sources', () => {
    const analysis = run(
      [
        'The ministry said the road was closed.',
        'A statement from the ministry said the road would reopen.',
        'State media reported that the talks had begun.',
        'Officials said the decision was final.',
        'Critics say the plan is too expensive.',
        'A new poll shows support for the plan has fallen.',
      ].join(' '),
    )
    expect(analysis.attributions.map((a) => a.source?.kind)).toEqual([
      'named',
      'document',
      'document',
      'anonymous',
      'vague',
      'document',
    ])
  })

  it('calls one member of the audience standing in for any a vague source', () => {
    const [a] = run('A reader might now ask: “Who pays for the bridge?”').attributions
    expect(a?.source?.text).toBe('A reader')
    expect(a?.source?.kind).toBe('vague')
  })

  it('records the reason and basis of an anonymous source', () => {
    const analysis = run(
      'The envoys will meet on Friday, a diplomatic source familiar with the matter said. The source spoke on condition of anonymity because the talks are private.',
    )
    const entity = analysis.entities.find((e) => e.kind === 'anonymous')
    expect(entity?.anonymity?.basis?.text).toBe('familiar with')
    expect(entity?.anonymity?.reason?.text).toBe('on condition of anonymity')
    expect(entity?.anonymity?.specificity).toBe(3)
  })

  it('flags plural anonymous sources without a count', () => {
    const analysis = run(
      'The company will cut jobs, sources said. Two officials said the cuts were final.',
    )
    const [sources, officials] = analysis.entities
    expect(sources?.anonymity?.pluralWithoutCount).toBe(true)
    expect(officials?.anonymity?.pluralWithoutCount).toBe(false)
  })
})

describe('claims', () => {
  it('marks unsourced claims and their features', () => {
    const analysis = run(
      'The city spent 4 million dollars on the bridge last year. The mayor said the bridge was safe.',
    )
    const [spending, safety] = analysis.claims
    expect(spending).toMatchObject({ coverage: 'none', background: false })
    expect(spending?.features.figures).toBe(true)
    expect(safety?.coverage).toBe('own')
  })

  it('carries a document’s finding over the rest of its paragraph, and a person’s words not', () => {
    const audit = run(
      'A county audit released on Monday found that overtime at the port had doubled. Overtime pay rose 40 percent in the last year alone.',
    )
    const finding = audit.attributions.find((a) => a.source?.kind === 'document')
    expect(audit.claims[1]).toMatchObject({ coverage: 'carried', attribution: finding?.id })
    const said = run(
      'Dana Ortiz said the port had been busy all summer. Overtime pay rose 40 percent in the last year alone.',
    )
    expect(said.claims[1]).toMatchObject({ coverage: 'none', attribution: null })
    const nextParagraph = run(
      'A county audit released on Monday found that overtime at the port had doubled.\n\nOvertime pay rose 40 percent in the last year alone.',
    )
    expect(nextParagraph.claims[1]?.coverage).toBe('none')
  })

  it('does not count a date as a figure, even with the full stop on its day', () => {
    const analysis = run('The new timetable starts on March 3. Ferries will run every 20 minutes.')
    const [date, ferries] = analysis.claims
    expect(date?.features.figures).toBe(false)
    expect(ferries?.features.figures).toBe(true)
    const memorial = run('Families gathered at the 9/11 memorial in the square.').claims[0]
    expect(memorial?.features.figures).toBe(false)
  })

  it('does not count a name with a number or a person’s age as a figure', () => {
    const figures = (text: string) => run(text).claims.map((c) => c.features.figures)
    expect(
      figures(
        'The EB-5 program has grown rapidly. Ana Lund, 76, ran the ferry office for years. The mayor hired a 22-year-old engineer last spring.',
      ),
    ).toEqual([false, false, false])
    // A count after a comma is still a figure: "the toll rose to 76, and …".
    expect(figures('The toll rose to 76, and the roads stayed closed.')).toEqual([true])
    // A markup attribute value, a decade and a list number count nothing; a share does.
    expect(
      figures(
        'The mayor posted a note: <post author="lund" stamp="1449075600">We are proud of the crews tonight.</post> Many families moved to the valley in the ’80s. 2. Council rejects the harbour plan. She won a third of the vote in the county.',
      ),
    ).toEqual([false, false, false, true])
    // A hashtag, a handle or a piece of a link holds digits but counts nothing.
    expect(
      figures('The library started a reading drive called #500Books this spring with @harlow22.'),
    ).toEqual([false])
    // A code name keeps its possessive; a number that ends a name ("Route 9 was", "a Boeing
    // 737 jet", "Article 4 of") counts nothing — but after a possessive or before a plural it
    // counts.
    expect(
      figures(
        "The F2X's engine failed twice. Traffic on Route 9 was slow. She flew a Boeing 737 jet to Dover. Harlow's 12 wards all voted for the plan. Ortiz won Dover 34 delegates to none.",
      ),
    ).toEqual([false, false, false, true, true])
  })

  it('reads “ever” as a record only where it claims one', () => {
    const superlatives = (text: string) => run(text).claims.map((c) => c.features.superlative)
    expect(
      superlatives(
        'No bill has ever failed in the chamber. The crowd was the largest ever. Costs grew ever greater in the county. Ortiz spoke more than she ever had at the hearing. Lund has led the port ever since the flood. Costs are rising ever more quickly in Harlow.',
      ),
    ).toEqual([true, true, false, false, false, false])
    const claims = run('Auditors are checking whether the fund ever paid the fine.').claims
    expect(claims.map((c) => c.features.superlative)).toEqual([false])
  })

  it('reads “the first”, “the only” as a record only with a record marker after them', () => {
    const superlatives = (text: string) => run(text).claims.map((c) => c.features.superlative)
    expect(
      superlatives(
        'The first attack was treated as a crime. She was the first woman to lead the port. It was the region’s first frost since 1990. Lund is the only mayor who voted no.',
      ),
    ).toEqual([false, true, true, true])
    // An adverb, a restriction or "not only … but" claims no record.
    expect(
      superlatives(
        'The story was first reported by a local paper. Police released only some of the footage. The visit was not only long but costly.',
      ),
    ).toEqual([false, false, false])
  })

  it('reads “the protest”, “the interest” as nouns and “the strongest” as a superlative', () => {
    const analysis = run(
      'Police broke up the protest on Monday. The council approved the interest payments. The latest poll shows a tie. It was the strongest storm in years.',
    )
    expect(analysis.claims.map((c) => c.features.superlative)).toEqual([false, false, false, true])
  })
})
