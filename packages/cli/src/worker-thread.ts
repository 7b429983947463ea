/** The module each thread of the pool runs: inputs one at a time (`oneAtATime`), parsed by `work`. */
import { oneAtATime, work } from './worker.js'

export default oneAtATime(work)
