import { parse } from '@onrecord/parser'
import { type Analysis, analyze } from '@onrecord/rules'
import { describe, expect, it } from 'vitest'

function run(text: string): Analysis {
  return analyze(parse(text, { format: 'text' }))
}

/** Each attribution's source text and kind. */
function sources(text: string): Array<[string | null, string | null]> {
  return run(text).attributions.map((a) => [a.source?.text ?? null, a.source?.kind ?? null])
}

describe('source kinds', () => {
  it('takes a counted crowd for a generic group, and a described one for insiders', () => {
    expect(sources('About 40 people have voiced interest in the post.')).toEqual([
      ['About 40 people', 'vague'],
    ])
    expect(sources('Two senior officials said the bridge would stay shut.')).toEqual([
      ['Two senior officials', 'anonymous'],
    ])
  })

  it('reads a document whose modifiers are two names joined by a slash', () => {
    expect(
      sources('An Acme/Harbour Daily poll found that most riders backed the fare rise.'),
    ).toEqual([['An Acme/Harbour Daily poll', 'document']])
  })

  it('reads a document whose name is followed by when it came out', () => {
    expect(
      sources('In a Harbour Daily poll last month, Ana Lund led Tom Berg by nine points.'),
    ).toEqual([['a Harbour Daily poll last month', 'document']])
    expect(sources('According to a report Tuesday from the Ledger, the ferry will close.')).toEqual(
      [['a report Tuesday from the Ledger', 'document']],
    )
    // An -ing word before a survey noun names the kind of survey, not the head.
    expect(sources('A Harbour Daily tracking poll shows Ana Lund ahead by nine points.')).toEqual([
      ['A Harbour Daily tracking poll', 'document'],
    ])
    // A day inside a name, or a time right after a possessive, is no time after the head.
    expect(sources('Harbour News Sunday reported that the ferry will close.')).toEqual([
      ['Harbour News Sunday', 'named'],
    ])
  })

  it('takes bare individuals, alone or joined to another plural, for a generic group', () => {
    expect(sources('Individuals said the fees were too high.')).toEqual([['Individuals', 'vague']])
    expect(sources('Shippers and individuals said the fees were too high.')).toEqual([
      ['Shippers and individuals', 'vague'],
    ])
    // Described, they are insiders.
    expect(sources('Two individuals familiar with the talks said the fees would rise.')).toEqual([
      ['Two individuals familiar with the talks', 'anonymous'],
    ])
  })

  it('takes plain groups of people for generic groups, unless counted out or in a name', () => {
    expect(sources('Half of white women preferred Ruiz.')).toEqual([
      ['Half of white women', 'vague'],
    ])
    expect(sources('Some families said they had paid the fee twice.')).toEqual([
      ['Some families', 'vague'],
    ])
    expect(sources('Both men said there were no plans.')).toEqual([['Both men', 'named']])
    expect(sources('The two women said there were no plans.')).toEqual([['The two women', 'named']])
    // "U.N. Women" is a name; "he" still points to a person.
    expect(sources('He praised U.N. Women. He said the fund was short.').at(-1)).toEqual([
      'He',
      'named',
    ])
  })

  it('takes a group word opening a title-case name with “for”, “against” for an organisation', () => {
    expect(sources('Citizens for Safe Harbours said the levy was unfair.')).toEqual([
      ['Citizens for Safe Harbours', 'named'],
    ])
    expect(sources('The levy is unfair, Parents Against Tolls said.')).toEqual([
      ['Parents Against Tolls', 'named'],
    ])
    // At the start of a sentence one capitalised word after "for" may be anyone's: a group.
    expect(sources('Voters for Lund said the levy was unfair.')).toEqual([
      ['Voters for Lund', 'vague'],
    ])
  })

  it('takes a member picked out of a group and named in apposition for a named source', () => {
    expect(sources('One of the authors, Ada Fleck, said the vote would test them.')).toEqual([
      ['One of the authors, Ada Fleck', 'named'],
    ])
    expect(sources('Two of the jurors, Ada Fleck and Ivo Kane, said the vote was fair.')).toEqual([
      ['Two of the jurors, Ada Fleck and Ivo Kane', 'named'],
    ])
    expect(sources('One of the authors said the vote would test them.')).toEqual([
      ['One of the authors', 'anonymous'],
    ])
  })

  it('takes an approximate count of voters and a share of a nationality for generic groups', () => {
    expect(sources('Nearly eight of 10 voters say the fee is too high.')).toEqual([
      ['Nearly eight of 10 voters', 'vague'],
    ])
    expect(sources('Many Mexicans felt the fee was too high.')).toEqual([
      ['Many Mexicans', 'vague'],
    ])
    // A share before "of" keeps its own word for head; "some of" picks out insiders.
    expect(sources('About two-thirds of the delegates said the fee was too high.')).toEqual([
      ['About two-thirds of the delegates', 'vague'],
    ])
    expect(sources('Some of her advisers said the fee was too high.')).toEqual([
      ['Some of her advisers', 'anonymous'],
    ])
  })

  it('keeps the writer’s contact clause inside the source: "the experts I interviewed"', () => {
    expect(sources('All the experts I interviewed said the fee is too high.')).toEqual([
      ['All the experts I interviewed', 'vague'],
    ])
    expect(sources('Everyone we surveyed said the fee is too high.')).toEqual([
      ['Everyone we surveyed', 'vague'],
    ])
    expect(sources('Then I interviewed him and he said no.')).toEqual([['he', 'named']])
  })

  it('takes a share of any common kind for a generic group', () => {
    expect(sources('Many commuters said the fare was too high.')).toEqual([
      ['Many commuters', 'vague'],
    ])
    expect(sources('Most shopkeepers who sell fish said the market should stay.')).toEqual([
      ['Most shopkeepers who sell fish', 'vague'],
    ])
  })

  it('does not count a number as a description of an anonymous source', () => {
    const analysis = run('Two officials said the bridge would stay shut.')
    expect(analysis.entities[0]?.kind).toBe('anonymous')
    expect(analysis.entities[0]?.anonymity?.specificity).toBe(1)
    expect(analysis.entities[0]?.anonymity?.pluralWithoutCount).toBe(false)
  })

  it('keeps a generic group joined with insiders generic', () => {
    expect(sources('Foreign leaders and envoys said the missile launch was reckless.')).toEqual([
      ['Foreign leaders and envoys', 'vague'],
    ])
    expect(sources('County and state officials said the dam was safe.')).toEqual([
      ['County and state officials', 'anonymous'],
    ])
  })

  it('takes administrators for insiders', () => {
    expect(sources('Hospital administrators said the ward would reopen in May.')).toEqual([
      ['Hospital administrators', 'anonymous'],
    ])
  })

  it('takes a noun with its restrictive relative clause for the subject', () => {
    // (Signing the petition is a stance of its own, as backing it would be.)
    expect(sources('One of the surgeons who signed the petition called the rota unsafe.')).toEqual([
      ['who', 'anonymous'],
      ['One of the surgeons who signed the petition', 'anonymous'],
    ])
    expect(sources('Officials who attended the briefing said the plan was dead.')).toEqual([
      ['Officials who attended the briefing', 'anonymous'],
    ])
  })

  it('takes the subject after “who” when a new subject follows it', () => {
    expect(
      sources('The leak came from a crew of hackers who U.S. officials say work abroad.'),
    ).toEqual([['U.S. officials', 'anonymous']])
  })

  it('gives a participle the subject after an opening adverbial, up to its verb', () => {
    expect(
      sources(
        'In an open letter on Monday, two veteran ministers pressed the council to drop the toll, arguing that it hurt traders.',
      ),
    ).toContainEqual(['two veteran ministers', 'anonymous'])
    expect(
      sources(
        'Last spring, several tenant groups granted the landlord a delay, saying repairs had begun.',
      ),
    ).toContainEqual(['several tenant groups', 'vague'])
    expect(sources('Mara Lind praised the crew, adding that the ship was ready.')).toContainEqual([
      'Mara Lind',
      'named',
    ])
  })

  it('takes no source from a determiner opening the sentence before a stance noun', () => {
    expect(sources('Another challenge: the bridge cannot carry trucks until May.')).toEqual([])
  })

  it('links “who” after a name and its role to the name, not the role', () => {
    const analysis = run(
      'The panel questioned Mark Fenwick, a payroll clerk at the Tax Agency who told his colleagues to delete the files.',
    )
    const told = analysis.attributions.find((a) => a.cue?.text === 'told')
    expect(told?.source).toMatchObject({ text: 'who', kind: 'named' })
    const entity = analysis.entities.find((e) => e.id === told?.source?.entity)
    expect(entity?.name).toBe('Mark Fenwick')
  })

  it('finds the head of an unnamed source past possessives, shares and inner prepositions', () => {
    expect(
      sources(
        [
          'Okafor’ aides say the vote is close.',
          'An inside source said the vote is close.',
          'Two-thirds of party insiders said the vote is close.',
          'Several sources privy to the talks say the vote is close.',
        ].join(' '),
      ).map(([, kind]) => kind),
    ).toEqual(['anonymous', 'anonymous', 'anonymous', 'anonymous'])
  })

  it('takes allies, and insiders joined to other unnamed people, for insiders', () => {
    expect(sources('His advisers and allies say the vote is close.')).toEqual([
      ['His advisers and allies', 'anonymous'],
    ])
    expect(sources('Some Okafor allies say the vote is close.')).toEqual([
      ['Some Okafor allies', 'anonymous'],
    ])
  })

  it('reads one member of a group placed by a name after it as unnamed', () => {
    expect(sources('One Democrat close to the Lee campaign said the vote is close.')).toEqual([
      ['One Democrat close to the Lee campaign', 'anonymous'],
    ])
    expect(sources('A Democrat, Ann Lee, said the vote is close.')).toEqual([
      ['A Democrat, Ann Lee', 'named'],
    ])
  })

  it('leaves “now” before a cue out of the source', () => {
    expect(sources('County officials now say the vote is close.')).toEqual([
      ['County officials', 'anonymous'],
    ])
  })

  it('joins two modifiers of one head into the source (“current and former officials”)', () => {
    expect(sources('The files were lost, current and former officials said.')).toEqual([
      ['current and former officials', 'anonymous'],
    ])
  })

  it('takes insiders spread over everyone of a kind for a generic group', () => {
    expect(
      sources(
        'Harbour officials from both parties say the ferry is safe. Diplomats around the world warned that the launch was reckless. Officials said the launch failed.',
      ).map(([, kind]) => kind),
    ).toEqual(['vague', 'vague', 'anonymous'])
  })

  it('reads “charged X with …” in the active voice as an accusation by its subject', () => {
    expect(sources('County prosecutors charged two clerks with forging the ledgers.')).toEqual([
      ['County prosecutors', 'anonymous'],
    ])
    // In the passive with no agent the charge is nobody's: an agentless attribution.
    expect(sources('The clerk was charged with forgery.')).toEqual([[null, null]])
    expect(
      sources('The board asked county prosecutors to charge the clerk with forgery.'),
    ).not.toContainEqual(['county prosecutors to', 'anonymous'])
  })

  it('keeps a named source named when it speaks with its own people', () => {
    expect(sources('Ortiz and his aides said the fees would rise.')).toEqual([
      ['Ortiz and his aides', 'named'],
    ])
    expect(sources('The mayor and her staff said the fees would rise.')).toEqual([
      ['The mayor and her staff', 'named'],
    ])
    expect(sources('Officials and their aides said the fees would rise.')).toEqual([
      ['Officials and their aides', 'anonymous'],
    ])
  })

  it('reads a capitalised “May” or “Will” inside a source phrase as a name, not a modal', () => {
    expect(sources('The talks failed, Prime Minister Ruth May said.')).toEqual([
      ['Prime Minister Ruth May', 'named'],
    ])
    // ("in May" is then the time of the saying, not part of who said it.)
    expect(sources('Officials in May said the dam was safe.')).toEqual([['Officials', 'anonymous']])
  })

  it('takes the people in “interviews with …” for the source', () => {
    expect(
      sources(
        'The levy was dropped, according to interviews with four aides. The levy was dropped, according to an interview with the mayor.',
      ).map(([, kind]) => kind),
    ).toEqual(['anonymous', 'named'])
  })
})
