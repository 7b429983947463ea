/**
 * The session (samling) code when no stamp gives it: from a date, knowing that the parliamentary year starts
 * in October and that an election within the year opens a 2nd session (`20142` = 2014-15, 2. samling).
 */
import sessionData from '../registry/sessions.json' with { type: 'json' }

/** Month (1-based) in which the parliamentary year opens. */
const SESSION_START_MONTH = 10

/** `2016-11-17` → `20161`; `2015-08-01` → `20142` (after the election of 18 June 2015). */
export function sessionFromDate(iso: string): string {
  const year = Number(iso.slice(0, 4))
  const month = Number(iso.slice(5, 7))
  const start = month >= SESSION_START_MONTH ? year : year - 1
  const election = sessionData.elections.find((date) => {
    const electionYear = Number(date.slice(0, 4))
    const electionMonth = Number(date.slice(5, 7))
    const electionSession = electionMonth >= SESSION_START_MONTH ? electionYear : electionYear - 1
    return electionSession === start && iso > date
  })
  return `${start}${election ? 2 : 1}`
}
