import { describe, expect, it } from 'vitest'
import { assignRoles } from '../../src/layout/roles.js'
import type { SourceLine } from '../../src/tree.js'

const roleOf = (text: string) => assignRoles([{ text, line: 1 } as SourceLine])[0]?.role

describe('a postcode and town line', () => {
  it('is the letterhead’s, in any ministry’s address', () => {
    expect(roleOf('1240 København K')).toBe('sidebar')
    expect(roleOf('1216 København K')).toBe('sidebar')
    expect(roleOf('8000 Aarhus C')).toBe('sidebar')
  })

  it('is not a region’s statistics code before its name (a table’s row label)', () => {
    expect(roleOf('1084 Region Hovedstaden')).toBeUndefined()
    expect(roleOf('1081 Region Nordjylland')).toBeUndefined()
  })
})
