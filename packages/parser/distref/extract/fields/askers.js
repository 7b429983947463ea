import { partyByCode } from '../../registry/index.js';
import { propose, resolve } from '../resolve.js';
export function resolveAskers(found) {
    const { askers } = found;
    return resolve([propose('asked-by', askers.lines.length > 0 ? askers : undefined, askers.lines)]);
}
/** Warn of a party the registry does not know, or that was not in the Folketing in `year`. */
export function checkParties(found, year) {
    const { askers, context } = found;
    const warn = (code, message) => context.messages.warn(code, message, askers.line, 'question.askers');
    for (const asker of askers.askers) {
        if (!asker.party)
            continue;
        const party = partyByCode(asker.party);
        if (!party)
            warn('party-unknown', `Party "${asker.party}" of ${asker.name} is not in the registry`);
        else if (year !== undefined && ((party.from && year < Number(party.from)) || (party.until && year > Number(party.until)))) {
            warn('party-not-active', `${party.name} (${asker.party}) was not in the Folketing in ${year} (${party.from ?? '…'}–${party.until ?? ''})`);
        }
    }
}
//# sourceMappingURL=askers.js.map