/**
 * Drawn rules (table borders) from a page's operator list: `constructPath` paths in user space, mapped through
 * the current transformation matrix (tracked over `save`/`restore`/`transform`). Thin filled rectangles count
 * as rules too (Word and LibreOffice draw borders either way). Small filled shapes are marks: list bullets drawn
 * as shapes (Chromium's disc) rather than set as text.
 */
/** A path segment thinner than this (points) is a rule, not a box. */
const RULE_THICKNESS = 2;
/** Shorter than this (points) is a tick or a glyph fragment, not a rule. */
const MIN_RULE_LENGTH = 6;
/** A mark (a drawn bullet) is a filled shape between these sizes (points)… */
const MARK_SIZE = { min: 1.5, max: 7 };
/** …and about as wide as it is tall. */
const MARK_ASPECT = { min: 0.6, max: 1.6 };
function multiply(m, n) {
    return [
        m[0] * n[0] + m[2] * n[1],
        m[1] * n[0] + m[3] * n[1],
        m[0] * n[2] + m[2] * n[3],
        m[1] * n[2] + m[3] * n[3],
        m[0] * n[4] + m[2] * n[5] + m[4],
        m[1] * n[4] + m[3] * n[5] + m[5],
    ];
}
function apply(m, x, y) {
    return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
/** The box `[x0, y0, x1, y1]` under a matrix. */
function mapBox(ctm, box) {
    const corners = [
        apply(ctm, box[0] ?? 0, box[1] ?? 0),
        apply(ctm, box[2] ?? 0, box[1] ?? 0),
        apply(ctm, box[0] ?? 0, box[3] ?? 0),
        apply(ctm, box[2] ?? 0, box[3] ?? 0),
    ];
    const xs = corners.map((corner) => corner[0]);
    const ys = corners.map((corner) => corner[1]);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
function isMark([x0, y0, x1, y1]) {
    const width = (x1 ?? 0) - (x0 ?? 0);
    const height = (y1 ?? 0) - (y0 ?? 0);
    return (width >= MARK_SIZE.min &&
        width <= MARK_SIZE.max &&
        height >= MARK_SIZE.min &&
        height <= MARK_SIZE.max &&
        width / height >= MARK_ASPECT.min &&
        width / height <= MARK_ASPECT.max);
}
function addBox(rules, x0, y0, x1, y1) {
    const width = Math.abs(x1 - x0);
    const height = Math.abs(y1 - y0);
    if (height <= RULE_THICKNESS && width >= MIN_RULE_LENGTH) {
        rules.horizontal.push({ at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    }
    else if (width <= RULE_THICKNESS && height >= MIN_RULE_LENGTH) {
        rules.vertical.push({ at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
    }
}
/** Path data of pdf.js 5: opcodes 0 moveTo(x,y), 1 lineTo(x,y), 2 curveTo(6), 3 quadraticCurveTo(4), 4 closePath. */
function walkPath(data, ctm, rules) {
    let index = 0;
    let start;
    let last;
    const points = [];
    while (index < data.length) {
        const op = data[index++];
        if (op === 0 || op === 1) {
            const point = apply(ctm, data[index] ?? 0, data[index + 1] ?? 0);
            index += 2;
            if (op === 1 && last)
                addBox(rules, last[0], last[1], point[0], point[1]);
            if (op === 0)
                start = point;
            last = point;
            points.push(point);
        }
        else if (op === 2) {
            index += 6;
            last = undefined;
        }
        else if (op === 3) {
            index += 4;
            last = undefined;
        }
        else if (op === 4) {
            if (last && start)
                addBox(rules, last[0], last[1], start[0], start[1]);
            last = start;
        }
        else {
            break;
        }
    }
    // A thin closed rectangle drawn as a filled box: its bounding box is the rule.
    if (points.length >= 4) {
        const xs = points.map((point) => point[0]);
        const ys = points.map((point) => point[1]);
        const x0 = Math.min(...xs);
        const x1 = Math.max(...xs);
        const y0 = Math.min(...ys);
        const y1 = Math.max(...ys);
        if (x1 - x0 <= RULE_THICKNESS !== y1 - y0 <= RULE_THICKNESS)
            addBox(rules, x0, y0, x1, y1);
    }
}
export function rulesFromOperatorList(list, ops) {
    const rules = { horizontal: [], vertical: [], images: [], marks: [] };
    const fills = new Set([ops.fill, ops.eoFill]);
    const imageOps = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject]);
    let ctm = [1, 0, 0, 1, 0, 0];
    const stack = [];
    for (let index = 0; index < list.fnArray.length; index++) {
        const fn = list.fnArray[index];
        const args = list.argsArray[index];
        if (fn === ops.save)
            stack.push(ctm);
        else if (fn === ops.restore)
            ctm = stack.pop() ?? ctm;
        else if (fn === ops.transform && args)
            ctm = multiply(ctm, args);
        else if (fn !== undefined && imageOps.has(fn)) {
            rules.images.push(mapBox(ctm, [0, 0, 1, 1]));
        }
        else if (fn === ops.constructPath && args) {
            // pdf.js 5: [paint op, [path data], bounding box of the path before the matrix].
            const bounds = args[2];
            if (fills.has(args[0]) && bounds && bounds.length === 4) {
                const box = mapBox(ctm, bounds);
                if (isMark(box))
                    rules.marks.push(box);
            }
            const paths = args[1];
            for (const path of paths ?? []) {
                if (path && typeof path.length === 'number')
                    walkPath(path, ctm, rules);
            }
        }
    }
    return rules;
}
//# sourceMappingURL=rules.js.map