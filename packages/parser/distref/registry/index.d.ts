/**
 * One name of a committee: a committee renamed keeps its code and has an entry per name, each with the sessions it
 * was used in (`from`/`until`, samling codes such as `20111`; open where it runs on or is not known).
 */
export interface CommitteeEntry {
    code: string;
    name: string;
    aliases: string[];
    from?: string;
    until?: string;
    /** Where the name or its sessions come from, and which boundary no document shows. */
    note?: string;
    /** The code the committee took when it was renamed with a new code (`AMU` → `BEU`). */
    renamedAs?: string;
}
export interface PartyEntry {
    code: string;
    name: string;
    aliases: string[];
    from?: string;
    until?: string;
}
export declare const committees: readonly CommitteeEntry[];
export declare const parties: readonly PartyEntry[];
/** What tells apart the entries one name has: the code the document files it under, the session it was written in. */
export interface CommitteeHint {
    code?: string | undefined;
    session?: string | null | undefined;
}
/**
 * `Beskæftigelsesudvalget`, `Folketingets Beskæftigelsesudvalg`, `Børne- og undervisningsudvalget` → entry; of a name
 * two codes have carried, the one `hint` (the stamp's code, the session) points to.
 */
export declare function committeeByName(name: string, hint?: CommitteeHint): CommitteeEntry | undefined;
/**
 * The first committee the registry knows named in `text`: `… stillet af Folketingets Kulturudvalg den …` → KUU. In a
 * line whose words a PDF's letter spacing broke apart (`Folketingets Miljø  - og Planlægningsu   dvalg`), the name
 * is also looked for with the line's spaces taken out; `spaced` says so (the caller may warn).
 */
export declare function committeeNamedIn(text: string): {
    entry: CommitteeEntry;
    text: string;
    spaced?: boolean;
} | undefined;
/**
 * The committee with ft.dk code `code` (`BEU`), named as it was called in `session` where that is known — of two
 * names in one session (renamed within it), the later, which ft.dk's stamps give the whole session —; without a
 * session, or for a session no name is known for, by its latest name.
 */
export declare function committeeByCode(code: string, session?: string | null): CommitteeEntry | undefined;
export declare function partyByCode(code: string): PartyEntry | undefined;
/** A party by its full name, in any case (`Enhedslisten`, `Det Konservative Folkeparti`, `Konservative Folkeparti`). */
export declare function partyByName(name: string): PartyEntry | undefined;
/** Calendar years a ministry's name was in use, both inclusive; `until` left out while it runs on. */
export interface MinistryPeriod {
    from: number;
    until?: number;
}
/**
 * One name of a ministry: a ministry renamed (Trafikministeriet → Transport- og Energiministeriet →
 * Transportministeriet) has an entry per name, with the years it was used, so that a letter's ministry is the name it
 * prints.
 */
export interface MinistryEntry {
    name: string;
    periods: MinistryPeriod[];
    titles: string[];
    aliases: string[];
    /** Web addresses its letterheads print (`jm.dk`), where no other ministry has used them. */
    domains: string[];
}
export declare const ministries: readonly MinistryEntry[];
/** Whether the ministry had this name in `year` (any year when none is given). */
export declare function ministryInUse(ministry: MinistryEntry, year?: number): boolean;
/**
 * Whether `text` says what every ministry's name says (`SAYS_MINISTRY`): a text without it, and any text made of it by
 * adding spaces or joining it to another without it, names no ministry (`ministryByName` answers undefined).
 */
export declare function saysMinistry(text: string): boolean;
/**
 * `Beskæftigelsesministeriet`, `ØKONOMI- OG ERHVERVSMINISTERIET` (a letterhead line, in any case) → entry. Older
 * renditions glue the letterhead into one line (`BeskæftigelsesministerietVed Stranden 8…`) and footers set the
 * address after a bullet (`Miljøministeriet • Frederiksholms Kanal 26`), so a line that starts with the name counts.
 */
export declare function ministryByName(name: string): MinistryEntry | undefined;
/**
 * The ministry whose name opens `sentence` as its subject, a verb in lower case after it: `Skatteministeriet beklager
 * denne fejl` → Skatteministeriet; `Børne- og Undervisningsministeriet har foretaget …`. Not `Skatteministeriets …`.
 */
export declare function ministryOpening(sentence: string): MinistryEntry | undefined;
/**
 * `Beskæftigelsesminister og minister for ligestilling` → the ministry whose title it starts with (the longest title
 * that fits); of several names with that title, the one in use in `year`.
 */
export declare function ministryByTitle(title: string, year?: number): MinistryEntry | undefined;
/**
 * A letterhead line that is a minister's title and nothing else — `Finansministeren`, `ØKONOMI- OG
 * ERHVERVSMINISTEREN` — → entry. Not `Ministeren` alone, nor a title with more after it.
 */
export declare function ministryByTitleLine(line: string, year?: number): MinistryEntry | undefined;
/**
 * `www.jm.dk`, `http://www.um.dk`, `jm.dk` → the ministry that address belongs to, if the registry is sure: an address
 * several names of a ministry printed (`uvm.dk`: Undervisningsministeriet, Ministeriet for Børn og Undervisning, …)
 * names the one in use in `year`, and none where no year is given or two were in use that year.
 */
export declare function ministryByDomain(domain: string, year?: number): MinistryEntry | undefined;
/** Whether `former` is a code the committee of code `current` had before a renaming gave it a new code (`AMU`, `BEU`). */
export declare function formerCode(former: string, current: string): boolean;
//# sourceMappingURL=index.d.ts.map