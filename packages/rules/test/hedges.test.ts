import { parse } from '@onrecord/parser'
import { describe, expect, it } from 'vitest'
import { detectHedges, type HedgeOptions } from '../src/hedges.js'
import { createLexicon, loadLexicon, parseLexicon } from '../src/lexicon.js'

// Every sentence here was written for these tests.
const hedgesIn = (text: string, options?: HedgeOptions) => {
  const doc = parse(text, { format: 'text' })
  const hedges = detectHedges(doc, options)
  for (const h of hedges) {
    expect(doc.text.slice(h.start.offset, h.end.offset)).toBe(h.text)
    expect(doc.text.slice(h.scope.start.offset, h.scope.end.offset)).toBe(h.scope.text)
  }
  return hedges
}
const cues = (text: string, options?: HedgeOptions) =>
  hedgesIn(text, options).map((h) => h.text.toLowerCase())

describe('detectHedges: kinds', () => {
  it('finds epistemic hedges', () => {
    for (const [text, cue] of [
      ['Prices may rise again next spring.', 'may'],
      ['The mayor might resign before the vote.', 'might'],
      ['The levee could fail if the rain continues.', 'could'],
      ['The ferry could have sunk in the storm.', 'could'],
      ['The merger will probably close in June.', 'probably'],
      ['The fire was possibly caused by a heater.', 'possibly'],
      ['Perhaps the clearest change is in tone.', 'perhaps'],
      ['The driver apparently lost control on the bend.', 'apparently'],
      ['The talks appear to have stalled.', 'appear to'],
      ['The coalition seems fragile.', 'seems'],
      ['The bill will likely pass the upper house.', 'likely'],
      ['The plan is unlikely to survive the winter.', 'unlikely'],
      ['It is possible that the count will be delayed.', 'possible'],
      ['Investigators are examining a possible link to the earlier fire.', 'possible'],
      ['The early figures suggest a late swing to the incumbent.', 'suggest'],
    ]) {
      const hedges = hedgesIn(text as string)
      expect(
        hedges.map((h) => h.text.toLowerCase()),
        text,
      ).toEqual([cue])
      expect(hedges[0]?.kind).toBe('epistemic')
    }
  })

  it('finds hearsay and tells whether its origin is named', () => {
    const [plain] = hedgesIn('The treasurer reportedly quit on Friday.')
    expect(plain).toMatchObject({ text: 'reportedly', kind: 'hearsay', namedOrigin: false })
    for (const text of [
      'The treasurer reportedly quit on Friday, according to the Ledger.',
      'The treasurer reportedly quit on Friday, the Evening Ledger reported.',
      'As first reported by The Ledger, the treasurer reportedly quit on Friday.',
      'The treasurer allegedly moved the funds, according to court documents.',
    ])
      expect(hedgesIn(text)[0], text).toMatchObject({ kind: 'hearsay', namedOrigin: true })
    for (const text of [
      'The treasurer reportedly quit on Friday, according to media reports.',
      'The treasurer reportedly quit on Friday, officials said.',
      'The treasurer allegedly moved the funds, according to sources.',
    ])
      expect(hedgesIn(text)[0], text).toMatchObject({ kind: 'hearsay', namedOrigin: false })
    expect(hedgesIn('The painting is said to be worth a fortune.')[0]).toMatchObject({
      text: 'said to',
      kind: 'hearsay',
    })
    expect(hedgesIn('The alleged bribe was never found.')[0]).toMatchObject({
      text: 'alleged',
      kind: 'hearsay',
    })
  })

  it('finds agentless belief after "be"', () => {
    for (const [text, cue] of [
      ['It is believed that the pump failed first.', 'believed that'],
      ['The skipper is thought to have turned back.', 'thought to'],
      ['The councillor is widely seen as the favourite.', 'seen as'],
      ['The rally was widely considered a flop.', 'considered a'],
      ['The stadium is considered unsafe.', 'considered'],
      ['The two leaders are expected to meet on Monday.', 'expected to'],
      ['The agency has been accused of ignoring complaints.', 'accused of'],
    ]) {
      const hedges = hedgesIn(text as string)
      expect(
        hedges.map((h) => h.text),
        text,
      ).toEqual([cue])
      expect(hedges[0]?.kind, text).toBe('agentless')
    }
  })

  it('finds doxastic hedges: reduced, with an agent, or with a vague holder', () => {
    for (const [text, cue] of [
      ['A beetle thought to be extinct turned up in a garden.', 'thought to'],
      ['The move, seen as a snub, angered the council.', 'seen as'],
      ['The coach is considered by many to be the best in the league.', 'considered by many to'],
      ['Many economists believe the levy will backfire.', 'believe'],
      ['Critics fear the rule will be abused.', 'fear'],
      ['Some residents suspect the plant is leaking.', 'suspect'],
    ]) {
      const hedges = hedgesIn(text as string)
      expect(
        hedges.map((h) => h.text),
        text,
      ).toEqual([cue])
      expect(hedges[0]?.kind, text).toBe('doxastic')
    }
  })
})

describe('detectHedges: voice', () => {
  it('tells the reporter’s hedges from the speaker’s', () => {
    const hedges = hedgesIn('The vote may slip. “It might slip again,” the clerk said.')
    expect(hedges.map((h) => [h.text, h.voice])).toEqual([
      ['may', 'reporter'],
      ['might', 'quoted'],
    ])
  })

  it('counts a first-person belief in a quote as the speaker’s hedge', () => {
    const [hedge] = hedgesIn('“I think the deal will hold,” the envoy said.')
    expect(hedge).toMatchObject({ text: 'think', kind: 'doxastic', voice: 'quoted' })
  })

  it('reports only the voices asked for', () => {
    const text = 'The vote may slip. “It might slip again,” the clerk said.'
    expect(cues(text, { voices: ['reporter'] })).toEqual(['may'])
  })
})

describe('detectHedges: what is not a hedge', () => {
  it('leaves May the month and the name alone', () => {
    for (const text of [
      'The count is set for May 5.',
      'In May, the council met twice.',
      'Council elections are held in May each year.',
      'May was the wettest month on record.',
      'Theresa May said the deal was done.',
      'May the best team win.',
    ])
      expect(cues(text), text).toEqual([])
    expect(cues('The count may be delayed until May 5.')).toEqual(['may'])
  })

  it('leaves the noun "might" alone', () => {
    expect(cues('The parade was a show of military might.')).toEqual([])
    expect(cues('She pulled with all her might.')).toEqual([])
  })

  it('does not count modals in questions', () => {
    expect(cues('Could this be the end of the talks?')).toEqual([])
    expect(cues('“Might the deal collapse?” a reporter asked.')).toEqual([])
  })

  it('does not count modals in indirect questions', () => {
    for (const text of [
      'The board must decide whether the levy may rise again next year.',
      'It is unclear if the mill could reopen before spring.',
      'Nobody asked how the rule might apply to tenants.',
      'The council has not decided when the ferry could resume.',
    ])
      expect(cues(text), text).toEqual([])
    // "if" as a condition, and a wh-word after no frame of asking, leave the modal a hedge
    expect(cues('If the rain holds off, the harvest may be early.')).toEqual(['may'])
    expect(cues('The farmers who planted early may lose the crop.')).toEqual(['may'])
  })

  it('does not count a modal that closes a concession', () => {
    for (const text of [
      'As odd as it may seem, the ferry made money last year.',
      'Strange as it might sound, the mill never closed.',
    ])
      expect(cues(text), text).toEqual([])
    // A concessive clause before "but" stays a hedge, as hedge corpora count it.
    expect(cues('The levy may rise, but the port will stay open.')).toEqual(['may'])
  })

  it('does not count "could" of ability or denial', () => {
    for (const text of [
      'The senator could not attend the hearing.',
      'Rescuers couldn’t reach the village.',
      'From the ridge they could see the smoke.',
      'The plant closed so that workers could retrain.',
      'The old ferry could carry forty cars before it was refitted.',
      'The wreck could be seen from the cliffs.',
    ])
      expect(cues(text), text).toEqual([])
  })

  it('does not count "likely" as a classifier, nor "will", nor feasibility', () => {
    expect(cues('Among likely voters, the mayor leads by four points.')).toEqual([])
    expect(cues('The council will vote on Tuesday.')).toEqual([])
    expect(cues('The crews will do everything possible to help.')).toEqual([])
    expect(cues('It was not possible to reach the island.')).toEqual([])
    expect(cues('The result was better than expected.')).toEqual([])
  })

  it('leaves beliefs with a named holder to the attribution rules', () => {
    expect(cues('The mayor believes the levy will backfire.')).toEqual([])
    expect(cues('He thought the bridge was safe.')).toEqual([])
    expect(cues('The auditor suggested that they meet on Monday.')).toEqual([])
    expect(cues('The clerk said to reporters that the count was over.')).toEqual([])
  })

  it('leaves idioms that hedge nothing', () => {
    expect(cues('Be that as it may, the vote stands.')).toEqual([])
    expect(cues('We might as well wait for the count.')).toEqual([])
    // "reckon with" is to deal with; "reckon that" is a belief.
    expect(
      cues(
        'In a lean year, we might wish that the major candidates would reckon with the deficit.',
      ),
    ).toEqual(['might'])
    expect(cues('Many reckon the port will reopen.')).toEqual(['reckon'])
  })
})

describe('detectHedges: scope', () => {
  it('runs from the cue to the end of its clause', () => {
    const [hedge] = hedgesIn('The ferry may resume service on Monday, the operator said.')
    expect(hedge?.scope.text).toBe('may resume service on Monday')
  })

  it('stops at the comma that closes an appositive or a fronted clause', () => {
    expect(hedgesIn('The deal, reportedly worth $5m, was signed.')[0]?.scope.text).toBe(
      'reportedly worth $5m',
    )
    const [hedge] = hedgesIn('While the mayor is not expected to attend, the vote will go ahead.')
    expect(hedge?.scope.text).toBe('expected to attend')
  })

  it('takes the clause before a cue that closes it', () => {
    expect(hedgesIn('The strike will end soon, probably.')[0]?.scope.text).toBe(
      'The strike will end soon, probably',
    )
  })
})

describe('detectHedges: options', () => {
  it('lets users trim and extend the cue list', () => {
    const text = 'The levee could fail. Word on the street is the mayor will quit.'
    expect(cues(text)).toEqual(['could'])
    expect(cues(text, { lexicons: { hedges: { remove: ['could'] } } })).toEqual([])
    const extended = hedgesIn(text, {
      lexicons: { hedges: { add: { hearsay: ['word on the street'] } } },
    })
    expect(extended.map((h) => [h.text, h.kind])).toEqual([
      ['could', 'epistemic'],
      ['Word on the street', 'hearsay'],
    ])
  })
})

describe('lexicon', () => {
  it('reads entries, labels and alternatives', () => {
    const entries = parseLexicon(
      '# a comment\n[hearsay]\nreportedly  # why\nis|was said to\n\n[other]\nRumour has it\n',
    )
    expect(entries.map((e) => [e.entry, e.words.join(' '), e.label])).toEqual([
      ['reportedly', 'reportedly', 'hearsay'],
      ['is said to', 'is said to', 'hearsay'],
      ['is said to', 'was said to', 'hearsay'],
      ['rumour has it', 'rumour has it', 'other'],
    ])
  })

  it('reads every combination of alternatives, in line order, and skips empty ones', () => {
    const entries = parseLexicon('Don’t|never  say|tell\n||\n[half a section\nwas|\n')
    expect(entries.map((e) => [e.entry, e.words.join(' '), e.label])).toEqual([
      ["don't say", "don't say", null],
      ["don't say", "don't tell", null],
      ["don't say", 'never say', null],
      ["don't say", 'never tell', null],
      ['[half a section', '[half a section', null],
      ['was', 'was', null],
    ])
  })

  it('matches phrases over parser tokens, case-insensitively, across whitespace only', () => {
    const lexicon = createLexicon('test', parseLexicon('according to\nis|was said to\nsaid'))
    const doc = parse('It Was said to be so. He was said, to be fair.', { format: 'text' })
    const [first, second] = doc.sentences.map((s) => s.tokens)
    const match = lexicon.matchAt(first ?? [], 2)
    expect(match).toMatchObject({ entry: 'is said to', words: ['was', 'said', 'to'] })
    expect(
      match &&
        (first ?? [])
          .slice(match.start, match.end)
          .map((t) => t.value)
          .join(''),
    ).toBe('Was said to')
    // a comma ends the phrase: only "said" matches from there
    const tokens = second ?? []
    const at = tokens.findIndex((t) => t.value === 'said')
    expect(lexicon.matchAt(tokens, at)?.entry).toBe('said')
    expect(lexicon.matchAt(tokens, at - 2)).toBeNull()
    expect(lexicon.has('WAS SAID TO')).toBe(true)
    expect(lexicon.has('said to')).toBe(false)
  })

  it('matches over plain strings too, with apostrophes folded', () => {
    const lexicon = createLexicon('test', parseLexicon("might've\nrumour has it"))
    expect(lexicon.matchAt(['They', ' ', 'might’ve'], 2)?.entry).toBe("might've")
    expect(lexicon.matchAll(['Rumour', ' ', 'has', ' ', 'it', ',', 'no'])).toMatchObject([
      { entry: 'rumour has it', start: 0, end: 5, length: 5 },
    ])
  })

  it('reads objects that say whether they are words', () => {
    const lexicon = createLexicon('test', parseLexicon('according to'))
    const words = [
      { value: 'according', isWord: true },
      { value: ',', isWord: false },
      { value: 'to', isWord: true },
    ]
    expect(lexicon.matchAt(words, 0)).toBeNull()
    expect(
      lexicon.matchAt(
        [words[0], words[2]].filter((w) => w !== undefined),
        0,
      )?.entry,
    ).toBe('according to')
  })

  it('loads a data list with additions and removals', () => {
    const base = loadLexicon('hedges')
    expect(base.get('reportedly')?.label).toBe('hearsay')
    expect(loadLexicon('hedges')).toBe(base)
    const changed = loadLexicon('hedges', {
      add: { hearsay: ['word on the street'] },
      remove: ['reportedly', 'was said to'],
    })
    expect(changed.has('reportedly')).toBe(false)
    expect(changed.get('word on the street')?.label).toBe('hearsay')
    expect(changed.has('said to')).toBe(true)
    expect(base.has('reportedly')).toBe(true)
  })
})
