import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe('E_NOT_AN_ANSWER needs evidence that the document is something else', () => {
  it.each([
    ['Indkøbsliste: mælk, brød og ost.'],
    ['Side 1\n\nSide 2\n\nSide 3\n'],
    ['Kære Ole\n\nKommer du i morgen? Vi ses kl. 10.\n\nHilsen Per\n'],
  ])('refuses a text in which no part of a letter or question was read: %s', async (text) => {
    await expect(parse(text)).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
  })

  it('reads an old bare rendition with no case, number or session: a quoted question and the answer after it', async () => {
    const record = await parse(
      'Indenrigs- og Sundhedsministeriet\n|\n”Kan ministeren oplyse, hvornår arbejdsgruppen afgiver rapport?”\nArbejdsgruppen forventes at afgive rapport inden årets udgang. Jeg vil sende udvalget rapporten.\n',
    )
    expect(record).toMatchObject({ documentType: 'answer', committee: null, session: null, question: { number: null } })
    expect(record.question.text).toBe('Kan ministeren oplyse, hvornår arbejdsgruppen afgiver rapport?')
  })

  it('reads a committee-less question with no answer heading, where only the question was found', async () => {
    const record = await parse('”Vil ministeren oplyse, hvor mange sygehuse der opfylder reglerne?”\n', { format: 'text' })
    expect(record.question.text).toBe('Vil ministeren oplyse, hvor mange sygehuse der opfylder reglerne?')
  })

  it('reads a letter that only names its ministry and case number', async () => {
    const record = await parse('Skatteministeriet\nJ.nr. 2023-1234\n\nSagen er under behandling.\n')
    expect(record.caseNumber).toBe('2023-1234')
  })

  it.each([
    // An authority's overview, years down, columns across (its cells may not be read).
    'Oversigt over klagesager\n\nTabel 1\n\nÅr\tKlager i alt\tAfgjort\n2019\t632\t255\n2020\t715\t358\n2021\t643\t338\n',
    // A ministry's table page with its caption and source.
    'Tabel 2. Antal ansatte fordelt på styrelser, 2022\n\nStyrelse\tAnsatte\nStyrelsen for It og Læring\t412\nStyrelsen for Undervisning og Kvalitet\t367\n\nKilde: Statens Lønsystem\n',
  ])('reads an annex page that holds a table and nothing of a letter, unknown and warned: %s', async (text) => {
    const record = await parse(text, { format: 'text' })
    expect(record.answer.tables.length).toBeGreaterThan(0)
    expect(record.documentType).toBe('unknown')
    expect(record.warnings.map((warning) => warning.code)).toContain('document-type-unknown')
  })

  it("reads a minister's answer in the chamber, as ft.dk's page of a § 20 question holds it: an answer, for review", async () => {
    // After a transcript of 2017 (no heading, date, name or question): the minister speaks of the one who asked. An
    // answer since round 79 (document-type.ts `spokenAnswer`; `unknown` before), its missing session and question
    // flagged.
    const record = await parse(
      'Det er forhåbentlig ikke nogen overraskelse for spørgeren, at jeg siger det samme i mit mundtlige svar.\nGrunden til, at jeg svarer, som jeg gør, er, at jeg deler spørgerens optagethed af sproget.\n',
    )
    expect(record.documentType).toBe('answer')
    expect(record.quality).toBe('needs-review')
    expect(record.warnings.map((warning) => warning.code)).toContain('question-text-missing')
  })

  it('still refuses a note in which someone asks, not the asker spoken of (near miss)', async () => {
    await expect(parse('Kære Ole\n\nHun spørger, om du kommer i morgen.\n\nHilsen Per\n')).rejects.toMatchObject({
      code: 'E_NOT_AN_ANSWER',
    })
  })

  it.each([
    // A minister's amendments filed with the bill, as the Folketing prints them (no case, date or question).
    'Ændringsforslag til 2. behandling af Forslag til lov om havne\nAf transportministeren\nTil § 4\n1) I stk. 2 udgår »og færger«.\n[Konsekvens af ændringen i § 2]\n',
    // A motion by its title, with nothing of a letter around it.
    'Forslag til folketingsbeslutning om en national plan for cykelstier\nFolketinget pålægger regeringen at fremlægge en plan.\n',
    // A ministry's hearing note on a bill, by its title (fifty-third session).
    'Høringsnotat vedrørende forslag til ændring af patentloven m.v. Lovforslaget har været sendt i høring hos de i bilag 1 nævnte interessenter.\n',
    // The same title as a subject line of its own over a sentence (sixty-third session): the answer keeps it.
    'Høringsnotat vedrørende forslag til lov om ændring af patentloven\nDer er modtaget høringssvar fra en række organisationer, som er gengivet nedenfor.\n',
  ])("reads a paper of the Folketing's business, a bill's or a motion's, as unknown and warned: %s", async (text) => {
    const record = await parse(text, { format: 'text' })
    expect(record.documentType).toBe('unknown')
    expect(record.quality).toBe('needs-review')
  })

  it('still refuses a note that speaks of a reading and of a proposal, not of a bill (near miss)', async () => {
    await expect(
      parse('Kære Ole\n\nMit forslag til læsning i weekenden: 2. del af bogen, før behandlingen hos lægen.\n\nHilsen Per\n'),
    ).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
  })

  it("reads a letter that writes of a minister's answer to a numbered question as unknown, warned", async () => {
    const record = await parse(
      'I forlængelse af Lars Barfoeds svar på spørgsmål 3313 om fjerkræ må jeg sige, at jeg er forbløffet.\n\nMed venlig hilsen\n\nFinn Jensen\n',
    )
    expect(record.documentType).toBe('unknown')
    expect(record.quality).toBe('needs-review')
    // Near miss: a reply to a question with no number is anyone's.
    await expect(parse('Kære Ole\n\nTak for dit svar på spørgsmålet om weekenden.\n\nHilsen Per\n')).rejects.toMatchObject({
      code: 'E_NOT_AN_ANSWER',
    })
  })

  it("reads another site's copy of a § 20 question's page, its menu first, warned (round 149)", async () => {
    // EU-Oplysningen's copy of an urgent question (2003): the site's menu and breadcrumb, the title, then the member's
    // and the minister's speeches under Folketingstidende's speaker lines.
    const page = (title: string, heading = 'Spm nr. US 60') =>
      `Hjælpemenu\n\n  • English\n  • Leksikon\n\nHovedmenu\n\nDu er her: EU-OplysningenDokumenterFolketingets dokumenter › Om FN's våbeninspektør...\n\nDokumenter\n\n\nOm FN's våbeninspektørers rapport er grundlag for at indlede en krig mod Irak.\n\n${title}\n\n${heading}\n\nHolger K. Nielsen (SF):\nI går afleverede FN's våbeninspektører deres rapport til Sikkerhedsrådet. Derfor synes jeg, det er vigtigt at få afklaret, om den danske regering deler den opfattelse.\n\nStatsministeren (Anders Fogh Rasmussen):\nRegeringens linje er meget klar, og den er overensstemmende med den, der blev truffet beslutning om i går.\n`
    const record = await parse(page('Besvaret §20-spørgsmål'))
    // Read since the fifty-ninth session as question time's urgent question (`extract/tidende.ts`): an answer, its
    // number (US 60, no § 20 question's) left out and warned.
    expect(record.documentType).toBe('answer')
    expect(record.quality).toBe('needs-review')
    // Near misses: the same page without the words of a § 20 question and without the urgent question's title, and a
    // paragraph sign and a number that name none. (With the title, the page is question time's: read.)
    await expect(parse(page('Besvaret', 'Spm nr. 60'))).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
    expect((await parse(page('Besvaret'))).documentType).toBe('answer')
    await expect(parse('Kære Ole\n\nSe § 20 i vedtægten om spørgsmål til bestyrelsen.\n\nHilsen Per\n')).rejects.toMatchObject({
      code: 'E_NOT_AN_ANSWER',
    })
  })

  it('still refuses a note that only speaks of a hearing (near miss)', async () => {
    await expect(parse('Kære Ole\n\nHøringen i foreningen gik fint, og notatet er sendt rundt.\n\nHilsen Per\n')).rejects.toMatchObject({
      code: 'E_NOT_AN_ANSWER',
    })
  })

  it('still refuses a list of words set in columns that reads as no table (near miss)', async () => {
    await expect(parse('Indkøbsliste\n\nmælk\tbrød\tost\n')).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
  })
})
